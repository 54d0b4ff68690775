"""Adjectives of places in -er that Ding lacks, read from the place's own line.

German makes an indeclinable, capitalised adjective of every town name with -er:
"das Bayreuther Zentrum" (Bayreuth), "die Dresdner Verkehrsbetriebe" (Dresden, the
"-en" of the name dropped before "-er"), "die Bremer Polizei" (Bremen). Ding lists the
towns ([geogr.] lines) but few of these adjectives; without this the word gets no gloss
or a nonsense split ("Deidesheimer": "your + D + home"). The card says "of Bayreuth"
with the English name Ding gives the place ("Münchner": of Munich); the same word
used as a noun (the tagger's NOUN: "Die Bayreuther protestierten") is the town's
people ("people of Bayreuth"). Runs after the
lookup chain found nothing and before compound splitting. No Qt; never raises.

A town Ding lacks ("Hamelner": Hameln) still makes such an adjective: a capitalised
word in -er that the tagger reads as an uninflected adjective (its lemma is the word:
"-er" place adjectives never decline) and no dictionary step explains is read as
"of" the place (:func:`unknown_place_adjective_info`; a lookup without the tagger's
lemma, as in "Qwertzer" looked up alone, gets nothing): the stem as it stands
("Hamelner": Hameln, "Kasseler": Kassel), "-inger" as "-ingen" ("Tübinger":
Tübingen), a stem in a stop + n with the "e" restored ("Dresdner": Dresden). Not for
a stem ending like an adjective ("-lich", "-ig", "-isch": a declined adjective at the
start of a sentence).
"""

from __future__ import annotations

from dataclasses import replace

from app.dictionary.context import Sentence
from app.dictionary.lookup import Lookup
from app.dictionary.model import SOURCE_NAME, Gloss, WordInfo

#: Ding's field label of places.
GEOGRAPHY = "geogr."
MATCH = "place adjective"
MIN_PLACE = 3
#: Endings of adjective stems: "Freundlicher", "Wichtiger" are no town's adjectives.
_ADJECTIVE_STEMS = ("lich", "ig", "isch", "bar", "sam", "los", "haft", "voll", "ell", "iv", "al")


def place_names(word: str) -> list[str]:
    """The town names a capitalised adjective in -er may come from ("Bayreuther":
    Bayreuth; "Dresdner": Dresden; "Bremer": Bremen)."""
    if not word[:1].isupper() or not word.isalpha() or not word.endswith("er"):
        return []
    stem = word[:-2]
    if len(stem) < MIN_PLACE:
        return []
    out = [stem, stem + "en"]
    if stem.endswith("n"):  # "Dresdner": Dresden, "Münchner": München
        out.append(stem[:-1] + "en")
    if stem.endswith("an") and len(stem) - 2 > MIN_PLACE + 1:
        out.append(stem[:-2])  # "Münsteraner": Münster, "Hannoveraner": Hannover
    return out


def place_adjective_info(
    lookup: Lookup, word: str, original: str, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo of a place adjective in -er from Ding's line of the place, or None."""
    if pos not in ("", "ADJ", "NOUN", "PROPN"):
        return None
    for place in place_names(word):
        found = lookup.find(place, None, "")
        if found is None or found.step != "exact":
            continue
        best = found.candidates[0].sense
        if best.key != place or GEOGRAPHY not in lookup.domains(found, "").split(", "):
            continue
        glosses = best.glosses()
        name = glosses[0][0] if glosses else place
        if name.startswith(place + " "):
            # "Frankfurt an der Oder" is one of two towns the adjective may mean: the
            # name as the adjective says it ("Frankfurter": of Frankfurt)
            name = place
        return _town_word(word, original, pos == "NOUN", morph, name, place)
    return None


def _town_word(word: str, original: str, noun: bool, morph: str, name: str, place: str) -> WordInfo:
    """The WordInfo of a town's word in -er: "of NAME", or as a noun its people."""
    texts = _inhabitants(name, morph) if noun else (f"of {name}",)
    return WordInfo(
        word=original,
        lemma=word,
        pos="NOUN" if noun else "ADJ",
        morph=morph,
        glosses=texts,
        source=SOURCE_NAME,
        headword=place,
        senses=tuple(Gloss(text) for text in texts),
        match=MATCH,
    )


def _inhabitants(name: str, morph: str) -> tuple[str, ...]:
    """The glosses of the same word used as a noun: its town's people ("Die Bayreuther
    protestierten": people of Bayreuth; "der Bayreuther": inhabitant of Bayreuth)."""
    if "Number=Plur" in morph.split("|"):
        return (f"people of {name}", f"inhabitants of {name}")
    return (f"inhabitant of {name}", f"people of {name}")


def attributive(info: WordInfo, sentence: Sentence, position: int) -> WordInfo:
    """``info`` of a place adjective the tagger read as a noun, as the adjective ("of
    Landshut") when a noun follows it: "Der Landshuter Stadtrat" is the town's
    council, not its inhabitant; else ``info``."""
    if info.match != MATCH or info.pos != "NOUN" or not info.glosses:
        return info
    following = sentence[position + 1 : position + 2]
    if not following or not following[0][2] or not following[0][0][:1].isalpha():
        return info
    name = info.glosses[0].partition(" of ")[2]
    text = f"of {name}"
    return replace(info, pos="ADJ", glosses=(text,), senses=(Gloss(text),))


def unknown_place_adjective_info(
    word: str, original: str, lemma: str | None, pos: str, morph: str
) -> WordInfo | None:
    """The WordInfo "of PLACE" of an indeclinable adjective in -er whose town Ding
    lacks ("der Hamelner Stadtrat": of Hameln), or None."""
    if pos != "ADJ" or not word[:1].isupper() or not word.isalpha() or not word.endswith("er"):
        return None
    if lemma is None or lemma.lower() != word.lower():
        # the tagger's lemma is the evidence: the word itself (indeclinable), not a
        # declined adjective ("Wichtiger": wichtig); no tagger, no reading
        return None
    stem = word[:-2]
    if len(stem) < MIN_PLACE + 1 or stem.lower().endswith(_ADJECTIVE_STEMS):
        return None
    if stem.endswith("ing"):
        place = stem + "en"  # "Tübinger": Tübingen
    elif stem.endswith("n") and stem[-2:-1] in ("d", "t", "g", "k", "b", "p"):
        place = stem[:-1] + "en"  # "Dresdner": Dresden
    else:
        place = stem
    text = f"of {place}"
    return WordInfo(
        word=original,
        lemma=word,
        pos="ADJ",
        morph=morph,
        glosses=(text,),
        source=SOURCE_NAME,
        headword=place,
        senses=(Gloss(text),),
        match=MATCH,
    )


def named_place_info(
    word: str, original: str, pos: str, morph: str, place: str, before_noun: bool
) -> WordInfo:
    """The WordInfo of ``word``, a town's word in -er, as the word of ``place`` (a town
    the text itself names or a list has): "im Nienburger Rathaus" beside "im Landkreis
    Nienburg" is "of Nienburg", not a compound of "nie" and "Burger" that the splitter
    found for a town Ding lacks. Before a noun, or not read as a noun, the adjective
    ("of PLACE"); else the town's people (:func:`_inhabitants`)."""
    return _town_word(word, original, pos == "NOUN" and not before_noun, morph, place, place)
