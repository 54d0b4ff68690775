"""Focus and time particles on word cards: the sense their place in the clause tells.

A handful of short adverbs carry most of a news text's hedging and timing ("etwa",
"erst", "gerade", "fast", "zuletzt", "inzwischen", "zugleich"). Ding lists their
senses in an order that suits none of their uses in particular ("fast: if anything;
almost", "erst: only just; only; at first", "gerade: just; just now"), and which
use a text makes is a matter of grammar, not of the word: a focus particle stands
right before the phrase it picks out, and what follows it tells the reading
(Duden-Grammatik, "Gradpartikeln"; Helbig, Lexikon deutscher Partikeln):

- "etwa" before a number or quantity is "about" ("etwa 300 Menschen"); before a
  preposition, an article or a noun it gives an example ("etwa durch kleinere
  Klassen", "etwa Zuschüsse für …"): "for example; for instance".
- "erst" before a time or a number is "only; not until" ("erst nach Beginn der
  Stunde", "erst spät", "erst seit Montag"); before "einmal"/"mal" or a verb that
  ends its clause it is "first" ("müssen erst angepasst werden").
- "gerade" before a noun phrase, a preposition or an adverb of time, and not after
  an article (the adjective "eine gerade Linie"), picks out what it stands before:
  "especially; particularly" ("gerade kleine Betriebe", "gerade im Winter").
- "möglichst" before an adjective is "as … as possible", "insgesamt" before a number
  "in total", "immer" before a comparative "increasingly" ("immer wieder": again and
  again, "immer noch": still); a few sentence adverbs get their usual sense first
  ("lediglich": only, "sofort": immediately, "daher": therefore, "weitgehend": largely).
- "fast" is "almost; nearly" (Ding's "if anything" is the rarer "eher"), "zugleich"
  "at the same time", "inzwischen" "by now; now" (Ding's own first line), "zuletzt"
  "most recently" ("bis zuletzt": until the end, "nicht zuletzt": not least).

The rule is a closed list of particles (a closed class) with the grammar of what
follows them; every other word's list is left as it is. Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.dictionary.model import Gloss, WordInfo, senses_first
from app.dictionary.schema import word_set
from app.grammar import is_numeral

_ABOUT = (Gloss("about"), Gloss("approximately"))
_EXAMPLE = (Gloss("for example"), Gloss("for instance"))
_ONLY = (Gloss("only"), Gloss("not until"))
_FIRST = (Gloss("first"), Gloss("at first"))
_ESPECIALLY = (Gloss("especially"), Gloss("particularly"))
_ALMOST = (Gloss("almost"), Gloss("nearly"))
_SAME_TIME = (Gloss("at the same time"), Gloss("simultaneously"))
_BY_NOW = (Gloss("by now"), Gloss("now"), Gloss("meanwhile"))
_RECENTLY = (Gloss("most recently"), Gloss("last"))
_TO_THE_END = (Gloss("until the end"), Gloss("to the last"))
_NOT_LEAST = (Gloss("not least"),)

#: Articles, determiners and quantifiers that open a noun phrase.
_DETERMINERS = word_set(
    """der die das den dem des ein eine einen einem einer eines diese dieser diesen diesem
    dieses jene jener jenen solche solcher solchen viele vielen manche manchen alle allen
    mein meine sein seine ihr ihre ihren unser unsere"""
)
#: Quantifiers among them, which "möglichst" grades ("möglichst viele").
_QUANTIFIERS = word_set("viele vielen alle allen")
#: Prepositions (and their contractions) that open the phrase a particle picks out.
_PREPOSITIONS = word_set(
    """in im ins an am ans auf aufs bei beim für durch mit nach von vom vor zu zum zur
    über unter während wegen gegen ohne um aus seit ab bis zwischen hinter neben"""
)
#: Adverbs and conjunctions of time after "erst" ("erst spät", "erst nachdem …").
_TIME_WORDS = word_set(
    """gestern heute morgen vorgestern übermorgen jetzt nun dann danach später spät
    kürzlich nachdem wenn als seit ab nach in im am um vor kurz bei beim mit ende
    anfang mitte nächste nächsten nächstes künftig allmählich zum zur"""
)
#: Adverbs of time a focus "gerade" picks out ("gerade nachts", "gerade heute").
_TIME_ADVERBS = word_set("nachts abends morgens mittags tagsüber heute damals dann")
#: Words that make "etwa" count ("etwa jeder dritte", "etwa doppelt so viele", "etwa die
#: Hälfte"); after "ein"/"die" only a measure noun counts.
_QUANTITIES = word_set(
    """jeder jede jedes jedem jeden doppelt dreimal zweimal halb gleich so genauso
    hälfte drittel viertel fünftel zehntel dutzend million millionen milliarde
    milliarden tausend hundert prozent"""
)
#: Forms of the auxiliaries and modal verbs that may follow a clause-final verb.
_VERB_TAIL = word_set(
    """werden wird wurde wurden würde würden worden sein ist sind war waren sei seien
    wäre wären haben hat hatte hatten habe hätte hätten können kann konnte könne
    könnten müssen muss musste müsse müssten sollen soll sollte sollten solle dürfen
    darf dürfe dürften wollen will wolle wollte lassen lässt"""
)
#: Sentence and degree adverbs whose usual sense in running text Ding lists after a
#: rarer one ("lediglich: just barely", "sofort: just", "daher: from there",
#: "weitgehend: much", "offenbar: manifestly", "jeweils: every").
_USUAL = {
    "lediglich": (Gloss("only"), Gloss("merely")),
    "sofort": (Gloss("immediately"), Gloss("at once")),
    "daher": (Gloss("therefore"), Gloss("hence")),
    "weitgehend": (Gloss("largely"), Gloss("to a large extent")),
    "offenbar": (Gloss("apparently"), Gloss("evidently")),
    "anschließend": (Gloss("afterwards"), Gloss("subsequently")),
    "jüngst": (Gloss("recently"), Gloss("lately")),
    "jeweils": (Gloss("each"), Gloss("in each case")),
}
_AS_POSSIBLE = (Gloss("as … as possible"), Gloss("if possible"))
_IN_TOTAL = (Gloss("in total"), Gloss("altogether"))
_INCREASINGLY = (Gloss("increasingly"), Gloss("more and more"))
_AGAIN_AND_AGAIN = (Gloss("again and again"), Gloss("repeatedly"))
_STILL = (Gloss("still"),)
#: Comparatives that do not end in -er ("immer mehr", "immer weniger").
_COMPARATIVES = word_set("mehr weniger besser öfter lieber eher")
_PARTICLES = word_set("etwa erst gerade fast zugleich inzwischen zuletzt möglichst insgesamt immer")


def particle_first(
    info: WordInfo, sentence: Sequence[tuple[str, str, bool]], position: int, limit: int
) -> WordInfo:
    """``info`` of one of the particles above with the senses its place in the clause
    (``sentence``, the lookup's clause of (form, lemma, is a noun)) asks for first;
    else ``info`` unchanged."""
    word = info.word.lower()
    if (word not in _PARTICLES and word not in _USUAL) or not 0 <= position < len(sentence):
        return info
    if sentence[position][0] != word:
        return info
    first = _reading(word, sentence, position)
    return senses_first(info, first, limit) if first else info


def _reading(
    word: str, sentence: Sequence[tuple[str, str, bool]], position: int
) -> tuple[Gloss, ...]:
    after = sentence[position + 1 :]
    following, next_noun = (after[0][0], after[0][2]) if after else ("", False)
    before = sentence[position - 1][0] if position > 0 else ""
    if word == "etwa":
        if _quantity(after):
            return _ABOUT
        if following in _PREPOSITIONS or following in ("der", "die", "das", "dem", "den"):
            return _EXAMPLE if not _quantity(after[1:]) else ()
        return _EXAMPLE if next_noun else ()
    if word == "erst":
        if following in ("einmal", "mal") or _ends_with_verb(after):
            return _FIRST
        if following in _TIME_WORDS or (following and is_numeral(following)):
            return _ONLY
        return ()
    if word == "gerade":
        if before in _DETERMINERS or not following:
            return ()  # "eine gerade Linie": the adjective, straight
        if next_noun or following in _TIME_ADVERBS:
            return _ESPECIALLY
        if following in _PREPOSITIONS or following in _DETERMINERS:
            return _ESPECIALLY
        # an inflected adjective before its noun: "gerade kleine Betriebe"
        if len(after) > 1 and after[1][2] and following.endswith(("e", "en", "er", "es", "em")):
            return _ESPECIALLY
        return ()
    if word in _USUAL:
        return _USUAL[word]
    if word == "möglichst":  # "möglichst viele", "möglichst schnell"
        article = following in _DETERMINERS and following not in _QUANTIFIERS
        verb = after[0][1] != following and after[0][1].endswith(("en", "ern", "eln"))
        return _AS_POSSIBLE if following and not (next_noun or article or verb) else ()
    if word == "insgesamt":  # "insgesamt elf Fahrzeuge"
        return _IN_TOTAL if _quantity(after) else ()
    if word == "immer":
        if following == "wieder":
            return _AGAIN_AND_AGAIN
        if following == "noch":
            return _STILL
        if following in _COMPARATIVES or _comparative(after):
            return _INCREASINGLY  # "immer teurer", "immer mehr Menschen"
        return ()
    if word == "fast":
        return _ALMOST
    if word == "zugleich":
        return _SAME_TIME
    if word == "inzwischen":
        return _BY_NOW
    if word == "zuletzt":
        if before == "bis":
            return _TO_THE_END
        if before == "nicht":
            return _NOT_LEAST
        return _RECENTLY
    return ()


def _comparative(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the first word ``after`` is an adjective's comparative: a form in -er with
    or without an ending whose lemma is shorter ("teurer" of "teuer", "größeren" of
    "groß")."""
    if not after or after[0][2]:
        return False
    form, lemma, _noun = after[0]
    stem = form
    for ending in ("en", "em", "es", "e"):
        if stem.endswith("er" + ending):
            stem = stem[: -len(ending)]
            break
    return stem.endswith("er") and lemma != form and len(lemma) > 2


def _quantity(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the words ``after`` a particle open with a number or a quantity
    ("etwa 300", "etwa jeder dritte", "etwa die Hälfte", "etwa ein Drittel")."""
    if not after:
        return False
    first = after[0][0]
    if first in _QUANTITIES or (first != "ein" and is_numeral(first)):
        return True
    if first in ("ein", "eine", "einem", "einen", "die", "der", "den") and len(after) > 1:
        return after[1][0] in _QUANTITIES
    return False


def _ends_with_verb(after: Sequence[tuple[str, str, bool]]) -> bool:
    """Whether the words ``after`` "erst" are one verb form and then only auxiliaries
    or modal verbs up to the clause's end ("erst angepasst werden", "erst prüfen"): the
    verb's lemma is an infinitive that is not the form itself or is followed by an
    auxiliary."""
    words = [w for w in after if any(ch.isalnum() for ch in w[0])]
    if not words:
        return False
    form, lemma, noun = words[0]
    if noun or form in _TIME_WORDS or not lemma.endswith("n"):
        return False
    rest = words[1:]
    if rest and not all(w[0] in _VERB_TAIL for w in rest):
        return False
    # a participle ("angepasst" of "anpassen"), an infinitive before an auxiliary, or
    # one that ends the clause ("wollen erst abwarten")
    return form != lemma or bool(rest) or (len(form) > 4 and form.endswith(("en", "ern", "eln")))
