"""Compound splitting, the last step of the lookup chain before "nothing".

- Hyphenated words are split at the hyphens and every piece is looked up on
  its own ("Raketen-Tests" -> Rakete + Test); a piece may itself be split.
- Closed compounds take the longest known head on the right whose
  capitalisation fits the word (a noun compound ends in a noun), then the rest
  as modifier: as written, without a linking element (-es- -en- -er- -ns- -s-
  -n- -e-), or with an elided -e/-en restored ("Schul" -> "Schule"); a
  modifier that is not a word is split again (two levels at most).
  "Waffenlieferungen" -> Waffen (Waffe) + lieferungen (Lieferung),
  "Stahlimporte" -> Stahl + importe (Import). Up to three shorter heads whose
  modifier is a word compete with it (:func:`_plausibility`: head length and
  frequency, a plausible linking -s-, no function-word modifier): "Landrats|amt",
  not "Landrat|samt"; "Gaspreis|bremse".
- The head's gloss is the one Ding's own compounds with that head use
  (:mod:`app.dictionary.heads`): "Batteriespeicher" -> "battery + storage".

:func:`compound_info` turns the pieces into the :class:`WordInfo` the hover
shows: the head's gender, article and plural, a lemma with the head's lemma,
and a literal gloss made of the parts' first glosses. No Qt; never raises for
any string.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from app.dictionary import english, frequency, german, heads
from app.dictionary.lookup import RANKED_SENSES, Lookup
from app.dictionary.model import SOURCE_NAME, CompoundPart, Gloss, WordInfo
from app.dictionary.preferences import foreign_lines_down
from app.dictionary.ranking import CLASS_BITS, VERB_MASK
from app.dictionary.schema import (
    KIND_DECLINED,
    KIND_HEAD,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
    word_set,
)
from app.dictionary.senses import Found, Sense
from app.grammar import PARTICLES
from app.lexicon.words import NAMED_PLACE_KINDS
from app.nlp.gazetteer import load_gazetteer

MIN_PART = 3
#: Inflection endings as long as a part (dative plural "Feldern", genitive "Herzens"):
#: never a compound's head, though Ding has a word spelt so ("Ern").
_INFLECTION_ENDINGS = frozenset({"ern", "ens"})
#: Derivational suffixes of adjectives that Ding also has as words ("bar": cash,
#: "los": loose): a lower-case word ending in one is a derivation, not a compound.
_ADJECTIVE_SUFFIXES = frozenset({"bar", "lich", "los", "sam", "haft"})
#: The compass points' short forms, the modifiers of "Nordwind", "Südosteuropa",
#: "Westküste" (the nouns Norden, Süden, Osten, Westen without their -en).
_COMPASS_POINTS = ("nord", "süd", "ost", "west")
MAX_DEPTH = 2
#: Shorter heads weighed against the longest one (each costs a query).
MAX_RIVALS = 3
#: Points per Zipf point of the head's frequency (a letter of head length is one).
ZIPF_WEIGHT = 1.5
#: A linking -s- after a suffix that always takes it, and after a noun not in -e.
S_SUFFIX_BONUS = 2.0
S_LINK_BONUS = 1.0
FUNCTION_WORD_PENALTY = 6.0
#: A first part this short that wordfreq does not know yields to its form with a dropped
#: ending restored when that is this many Zipf points above the floor ("Elb" -> "Elbe").
MAX_RARE_PART = 4
RARE_WORD_MARGIN = 1.5
#: A verb's stem beats a noun in -e spelt alike by this many Zipf points ("Brau": brauen
#: 3.24, Braue 2.5).
STEM_MARGIN = 0.5
_S_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ling", "tum", "sicht")
_ADJECTIVE = CLASS_BITS["adj"]
_NOUN = CLASS_BITS["noun"]
_ADVERB = CLASS_BITS["adv"]
_PREPOSITION = CLASS_BITS["prp"]
_INTERJECTION = CLASS_BITS["interj"]
_CONTENT = CLASS_BITS["noun"] | VERB_MASK | CLASS_BITS["adj"] | CLASS_BITS["adv"]
_WEAK_KINDS = frozenset({KIND_DECLINED, KIND_SUBHEAD, KIND_VARIANT})
#: The second try of a word no split explained: a noun heading only a sub-entry of
#: another word's line ("Strafkammer" under "Gerichtskammer") may be the head.
_HEAD_FALLBACK = frozenset({KIND_DECLINED, KIND_VARIANT})
#: Subject fields Ding gives lines of words in general use (politics, economy,
#: administration, law, finance, geography, transport, technology): two parts sharing
#: one of them need not speak of one thing ("Lohn [fin.]: reward" and "Verlust [fin.]").
_BROAD_FIELDS = word_set("pol. econ. adm. jur. fin. geogr. transp. techn.")
#: The fields of news in general, which say nothing of a compound's modifier: a text
#: of politics is no reason to read "Ort" as "locality" [geogr.] or "Lohn" as "reward"
#: [fin.]; a report from court is ("Verhandlung [jur.] :: trial").
_GENERAL_FIELDS = (_BROAD_FIELDS | {"school"}) - {"jur."}
#: Lines of the text's field (with different first glosses) a modifier needs to be
#: read in it: a term of the field ("Prozess [jur.]: litigation; trial; legal
#: proceedings"), not a word with one technical line beside its everyday sense.
MIN_TOPIC_LINES = 2


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a compound as written, and its readings."""

    text: str
    found: Found


#: Productive first parts written before a hyphen, which Ding lacks as words or has
#: only as a clipped noun ("Multi": multinational, "Mini": miniskirt): the English word
#: or prefix they stand for before another noun ("Bio-Bauer": organic farmer,
#: "E-Rezept": e-prescription, "Öko-Bilanz": eco-balance, "Anti-Terror-Einheit").
HYPHEN_PREFIXES = {
    "bio": "organic",
    "öko": "eco-",
    "e": "e-",
    "mini": "mini-",
    "maxi": "maxi-",
    "mega": "mega-",
    "multi": "multi-",
    "anti": "anti-",
    "semi": "semi-",
}


def split_hyphenated(lookup: Lookup, word: str) -> list[Piece | str] | None:
    """Pieces of a hyphenated word; a str for a piece with no entry, or a prefix of
    :data:`HYPHEN_PREFIXES` before another piece."""
    if "-" not in word:
        return None
    out: list[Piece | str] = []
    texts = [t for t in word.split("-") if t]
    for k, text in enumerate(texts):
        if k < len(texts) - 1 and text.lower() in HYPHEN_PREFIXES:
            out.append(text)
            continue
        clean = german.clean_token(text)
        found = lookup.find(clean, None, "") if clean else None
        if found is not None:
            out.append(Piece(text, found))
            continue
        inner = split_closed(lookup, text) if clean else None
        if inner:
            out.extend(inner)
        else:
            out.append(text)
    if len(out) < 2 or not any(isinstance(p, Piece) for p in out):
        return None
    return out


def split_particle_verb(lookup: Lookup, lemma: str) -> list[Piece | str] | None:
    """A verb Ding lacks as a separable particle and a verb it has, the particle kept as
    written: "umsteuern" -> "um" + "steuern: to steer" (not the form "umsteuere" split as
    "um + teuer"). German inflects a verb at its end, so its lemma is what splits."""
    low = lemma.lower()
    if not low.isalpha() or not low.endswith("n"):
        return None
    for k in range(len(low) - MIN_PART - 1, 1, -1):  # the longest particle first
        particle, verb = low[:k], low[k:]
        if particle not in PARTICLES:
            continue
        found = _verb_headword(lookup, verb)
        if found is not None:
            # an adverb keeps its gloss ("weiter": further, "zurück": back); a
            # preposition's ("um": around, "ab": off sth.) would mislead, so it stands
            # as written
            adverb = lookup.find(particle, None, "ADV")
            if adverb is not None and adverb.candidates[0].sense.classes & _ADVERB:
                first = lookup.info(adverb, "ADV", "", particle).glosses[:1]
                if first and not any(mark in first[0] for mark in ("sth.", "sb.")):
                    return [Piece(particle, adverb), Piece(verb, found)]
            return [particle, Piece(verb, found)]
    return None


def _verb_headword(lookup: Lookup, verb: str) -> Found | None:
    """The readings of ``verb`` when Ding has it as a verb headword as written."""
    found = lookup.find(verb, verb, "VERB")
    if found is None or found.step != "exact":
        return None
    best = found.candidates[0].sense
    return found if best.key == verb and best.classes & VERB_MASK else None


#: Spoken short forms of the directional particles: "rein" is "herein"/"hinein",
#: "raus" "heraus"/"hinaus" ("reingehen" = hineingehen, "rausholen" = herausholen).
_SHORT_PARTICLES = {
    "rein": ("herein", "hinein"),
    "raus": ("heraus", "hinaus"),
    "rauf": ("herauf", "hinauf"),
    "runter": ("herunter", "hinunter"),
    "rüber": ("herüber", "hinüber"),
    "ran": ("heran",),
    "rum": ("herum",),
}


def written_particles(word: str) -> tuple[str, ...]:
    """The written forms of a spoken short particle ("rum": herum; "raus": heraus,
    hinaus); empty for any other word."""
    return _SHORT_PARTICLES.get(word, ())


def colloquial_particle_verb(lookup: Lookup, lemma: str) -> Found | None:
    """The readings of the written verb behind a spoken particle verb Ding lacks:
    "reingehen" is "hineingehen: to go in" (not "rein: pure" + "gehen"), "rausholen"
    "herausholen". The first full form Ding has as a verb headword, or None."""
    low = lemma.lower()
    for short, full_forms in _SHORT_PARTICLES.items():
        rest = low[len(short) :]
        if not low.startswith(short) or len(rest) < MIN_PART or not rest.endswith("n"):
            continue
        for full in full_forms:
            found = _verb_headword(lookup, full + rest)
            if found is not None:
                return found
    return None


def split_closed(
    lookup: Lookup,
    word: str,
    depth: int = 0,
    weak: frozenset[int] = _WEAK_KINDS,
) -> list[Piece | str] | None:
    """Modifier(s) + head of a closed compound, or None.

    The longest known head whose modifier is a word (or splits again) is the first
    candidate; shorter heads whose modifier is a word as it stands are its rivals
    (at most :data:`MAX_RIVALS`), and :func:`_plausibility` picks among them.
    ``weak``: the kinds of Ding forms that cannot be the head (:data:`_HEAD_FALLBACK`
    lets a word that heads only a later sub-entry be one: "Strafkammer" in Ding's
    line of "Gerichtskammer"). A head is a content word, never an interjection or
    another function word ("Limnologi|sch" is no "Hush!").
    """
    n = len(word)
    if n < 2 * MIN_PART or "-" in word:
        return None
    lower = word.lower()
    positions = range(MIN_PART, n - MIN_PART + 1)
    found = lookup.senses([lower[i:] for i in positions])
    capital = german.is_capitalised(word)
    best: list[Piece | str] | None = None
    best_score = 0.0
    first_modifier = ""
    longest: Piece | None = None
    rivals = 0
    for i in positions:  # longest head first
        head_senses = [
            s
            for s in found.get(lower[i:], ())
            if german.is_capitalised(s.key) == capital and s.kind not in weak
        ]
        if not head_senses or lower[i:] in _INFLECTION_ENDINGS:
            continue  # "Maisfeld|ern": the dative plural's ending is no head ("Ern")
        if not capital and lower[i:] in _ADJECTIVE_SUFFIXES:
            continue  # "zumut|bar" is a derivation of "zumuten", no compound of "bar"
        if not capital:  # a lower-case compound is an adjective: "wolfs|abweisend"
            head_senses = [s for s in head_senses if s.classes & _ADJECTIVE] or head_senses
        head_senses = [s for s in head_senses if not s.classes or s.classes & _CONTENT]
        if not head_senses:
            continue
        first = best is None
        modifier = _modifier(lookup, word[:i], depth if first else MAX_DEPTH)
        if modifier is None:
            continue
        head_text = word[i:]
        query = head_text[:1].upper() + head_text[1:] if capital else head_text
        head = Piece(head_text, _found(lookup, head_senses, query))
        pieces: list[Piece | str] = [*modifier, head]
        # Two bracketings of the same parts ("Gas|preisbremse", "Gaspreis|bremse"):
        # the length of the head says nothing, so it counts as the longest one's,
        # when Ding's compounds say how to translate the shorter head (else the
        # longer head, a Ding compound, is what settles the head's sense).
        length = len(head_text)
        words = heads.head_words(head.found.candidates[0].sense.lemma)
        if not first and words and _agrees(lookup, longest, modifier, words):
            length = n - len(first_modifier)
        score = _plausibility(word[:i], modifier[-1], head, length)
        if first:
            first_modifier, longest = word[:i], head
        if first or score > best_score:
            best, best_score = pieces, score
        if not first:
            rivals += 1
            if rivals >= MAX_RIVALS:
                break
    return best


def _agrees(
    lookup: Lookup, longer: Piece | None, modifier: list[Piece | str], words: list[tuple[str, int]]
) -> bool:
    """May the shorter head stand for the longer one (a Ding compound)? Yes when Ding
    translates the longer head with an English word its compounds use for the shorter
    one ("Preis|bremse: price brake"), or when the shorter head's modifier is the more
    frequent word ("Grund|schul|zeit": "Grundschule" before "Schulzeit"). Not when the
    longer head is the more frequent word and Ding translates it otherwise
    ("Weide|tier|haltung": "Tierhaltung: animal husbandry", not "Haltung: posture")."""
    last = modifier[-1]
    if longer is None or len(modifier) != 1 or isinstance(last, str):
        return True
    own = frequency.zipf(longer.found.candidates[0].sense.lemma)
    if frequency.zipf(last.found.candidates[0].sense.lemma) >= own:
        return True
    top = [c.sense for c in longer.found.candidates[:RANKED_SENSES]]
    lookup.load(top)
    used = {word for word, _ in words}
    return any(heads.english_head(g[0]) in used for s in top for g in s.glosses(True)[:3])


def _plausibility(modifier_text: str, modifier: Piece | str, head: Piece, length: int) -> float:
    """How plausible a split is, from German word formation (higher is better).

    - a longer head: one point per letter of ``length`` (the longest known head is
      the usual reading); a rival (a shorter head, so its modifier holds the longest
      head's modifier and more) is another bracketing of the same parts and counts
      the longest head's length when Ding's compounds translate its head consistently
      (:mod:`app.dictionary.heads`), so that frequency decides: German three-part
      compounds are mostly left-branching ("Gaspreis|bremse", "Leitzins|erhöhung");
    - a frequent head: :data:`ZIPF_WEIGHT` per Zipf point of the head's lemma
      ("Landrats|amt" before "Landrat|samt": "Amt" is common, "Samt" rare);
    - a plausible linking -s-: after the suffixes that always take it (-ung, -heit,
      -keit, -schaft, -ion, -tät, -ling, -tum, ...) and after a noun not in -e
      (the genitive -s of masculine and neuter nouns: "Bezirks|amt");
    - a modifier that is only a function word (a preposition, conjunction, article or
      pronoun) is implausible ("Bei|ratsmitglied" against "Beirats|mitglied").
    """
    head_best = head.found.candidates[0].sense
    score = length + ZIPF_WEIGHT * frequency.zipf(head_best.lemma)
    if isinstance(modifier, str):  # a bound first part ("Sonder"): no word, no link
        return score
    mod_best = modifier.found.candidates[0].sense
    stem = mod_best.lemma.lower()
    link = modifier_text.lower()[len(stem) :] if modifier_text.lower().startswith(stem) else ""
    if link in ("s", "es"):
        if stem.endswith(_S_SUFFIXES):
            score += S_SUFFIX_BONUS
        elif german.is_capitalised(mod_best.key) and not stem.endswith("e"):
            score += S_LINK_BONUS
    classes = [c.sense.classes for c in modifier.found.candidates if c.sense.classes]
    if classes and not any(c & _CONTENT for c in classes):  # (no class: "Arbeits-")
        score -= FUNCTION_WORD_PENALTY
    return score


def _adjective(sense: Sense) -> bool:
    return (
        sense.kind not in _WEAK_KINDS
        and not german.is_capitalised(sense.key)
        and bool(sense.classes & _ADJECTIVE)
    )


def _found(lookup: Lookup, senses: list[Sense], query: str) -> Found:
    return Found(lookup.rank(senses, query, None, step="compound"), "compound")


def _home_first(lookup: Lookup, piece: Piece) -> Piece:
    """The piece with lines naming another country's institution last ("Landrat ::
    cantonal parliament (Switzerland)"), once the split is chosen (it loads the
    lines)."""
    candidates = [replace(c) for c in piece.found.candidates]  # scores change
    lookup.load([c.sense for c in candidates[: 2 * RANKED_SENSES]])
    ranked = sorted(foreign_lines_down(candidates), key=lambda c: -c.score)
    return Piece(piece.text, Found(ranked, piece.found.step))


def _modifier(lookup: Lookup, text: str, depth: int) -> list[Piece | str] | None:
    candidates = [text]
    lower = text.lower()
    for link in german.LINKING_ELEMENTS:
        if link and lower.endswith(link) and len(text) - len(link) >= MIN_PART:
            candidates.append(text[: -len(link)])
    # a dropped ending restored: -e ("Schul|hof" -> "Schule"), -en, -n; a compass
    # point's short form is its noun in -en ("West|wind" -> "Westen", not "Weste")
    restored = ["en", "e", "n"] if lower.endswith(_COMPASS_POINTS) else ["e", "en", "n"]
    candidates += [text + ending for ending in restored]
    found = lookup.senses(list(dict.fromkeys(c.lower() for c in candidates)))
    own = [s for s in found.get(lower, ()) if s.kind not in _WEAK_KINDS]
    # a noun with its linking -s- ("Wirtschafts", "Bundes") is that noun, whose bound
    # word (economic, federal) :func:`_bound_first` shows: not a bound part
    noun = [s for c in (text[:-1], text[:-2]) for s in found.get(c.lower(), ()) if c in candidates]
    linked = lower.endswith("s") and any(
        s.kind not in _WEAK_KINDS and german.is_capitalised(s.key) for s in noun
    )
    if not own and not linked and german.is_capitalised(text) and heads.bound_sense(text):
        # a bound first part Ding's compounds translate alike ("Sonder|prüfung":
        # special), not a word it restores to ("sondern": but)
        return [text]
    if not german.is_capitalised(text):
        # an adjective's first part that is (or restores to) an adjective is that
        # adjective: "ober|fränkisch" -> "obere" (upper), not "Ober" (waiter)
        adjectives = [c for c in candidates if any(_adjective(s) for s in found.get(c, ()))]
        candidates = adjectives[:1] + candidates
    endings = frozenset(candidates[len(candidates) - len(restored) :])
    stem = ""
    if german.is_capitalised(text):
        candidates, stem = _likelier_restored(lookup, text, candidates, restored, found)
    for candidate in candidates:
        senses = [s for s in found.get(candidate.lower(), ()) if s.kind not in _WEAK_KINDS]
        if candidate.lower() == stem:  # the verb, not the plural of the noun in -e
            senses = [s for s in senses if s.key == stem and s.classes & VERB_MASK]
        # never an interjection: "Achs|rohr" is of an axle ("Achse"), not of "Ach! :: oh"
        senses = [s for s in senses if s.classes != _INTERJECTION]
        if candidate in endings:
            # an ending restored makes a noun or adjective ("Schul" -> "Schule"), never a
            # pronoun or article ("Dei|des|heimer" is no "dein" + "Des")
            senses = [s for s in senses if not s.classes or s.classes & _CONTENT]
        if german.is_capitalised(text):
            # a noun's first part is a verb's stem, never its participle or another
            # form: "Geflüchteten|unterkunft" is no "geflüchtet: got away" + Unterkunft
            senses = [s for s in senses if s.kind != KIND_VERBFORM]
            # nor a call ("Weiter! :: Proceed!"): "Weiter|betrieb" is further operation
            senses = _without_calls(lookup, senses)
        nouns = [s for s in senses if german.is_capitalised(s.key)]
        if nouns and german.is_capitalised(text):  # "Stahl" the metal, not "stahl" (stole)
            senses = nouns
        if senses:
            return [Piece(text, _found(lookup, senses, candidate[:1].upper() + candidate[1:]))]
    if depth >= MAX_DEPTH:
        return None
    for candidate in [c for c in candidates if c not in endings]:
        inner = split_closed(lookup, candidate[:1].upper() + candidate[1:], depth + 1)
        if inner:
            if candidate != text:  # keep the linking element on the last piece
                last, link = inner[-1], text[len(candidate) :]
                if isinstance(last, str):
                    inner[-1] = last + link
                else:
                    inner[-1] = Piece(last.text + link, last.found)
            return inner
    return None


def _likelier_restored(
    lookup: Lookup,
    text: str,
    candidates: list[str],
    restored: list[str],
    found: dict[str, list[Sense]],
) -> tuple[list[str], str]:
    """``candidates`` with a likelier reading of a noun's first part moved first:

    - a short first part that is a word only wordfreq does not know (:data:`frequency.
      FLOOR`) reads as a common word with its dropped -e (-en, -n) restored when that is
      far more frequent (:data:`RARE_WORD_MARGIN`): "Elb|deich" is of the Elbe, not of an
      elf ("Elb"), as German drops the -e of a feminine noun before a head;
    - a verb's stem before a head (the verb in -en or -n) instead of a rarer noun in -e
      spelt alike (:data:`STEM_MARGIN`): "Brau|meister" is of brewing ("brauen"), not of
      an eyebrow ("Braue"); the verb is returned second. Not a particle verb's: its
      noun in -e is its action ("Ausleihe", "Ausweiche"), and its stem before a head
      is often no act of the verb ("Ausweich|halle": a stand-in hall); nor a verb whose
      first gloss has no -ing form (:func:`_ing_form`: "to drive against sth.").
    """
    lower = text.lower()
    tail = candidates[len(candidates) - len(restored) :]

    def words(candidate: str, mask: int) -> bool:
        return any(
            s.kind == KIND_HEAD and s.classes & mask for s in found.get(candidate.lower(), ())
        )

    own_nouns = [s for s in found.get(lower, ()) if german.is_capitalised(s.key)]
    if (
        len(text) <= MAX_RARE_PART
        and any(s.kind == KIND_HEAD and s.classes & _NOUN for s in own_nouns)
        and frequency.zipf(text) <= frequency.FLOOR
    ):
        likelier = [
            c
            for c in tail
            if words(c, _CONTENT) and frequency.zipf(c) >= frequency.FLOOR + RARE_WORD_MARGIN
        ]
        if likelier:
            return [likelier[0], *(c for c in candidates if c != likelier[0])], ""
    noun = lower + "e"
    if words(noun, _NOUN) and noun not in (c.lower() for c in candidates[: -len(restored)]):
        verbs = [
            c
            for c in tail
            if c.lower() != noun
            and not _particle_start(c.lower())
            and _verb_lines(found.get(c.lower(), ()), c.lower())
        ]
        if (
            verbs
            and frequency.zipf(verbs[0]) >= frequency.zipf(noun) + STEM_MARGIN
            and _plain_verb(lookup, found.get(verbs[0].lower(), []), verbs[0].lower())
        ):
            return [verbs[0], *(c for c in candidates if c != verbs[0])], verbs[0].lower()
    return candidates, ""


def _verb_lines(senses: Iterable[Sense], verb: str) -> list[Sense]:
    """The main verb lines of ``verb`` itself among ``senses``."""
    return [s for s in senses if s.key == verb and s.kind == KIND_HEAD and s.classes & VERB_MASK]


def _plain_verb(lookup: Lookup, senses: list[Sense], verb: str) -> bool:
    """Is the first gloss of ``verb``'s best verb line one plain verb (:func:`_ing_form`)?"""
    lines = _verb_lines(senses, verb)
    if not lines:
        return False
    best = max(lines, key=lambda s: s.score)
    lookup.load([best])
    glosses = best.glosses(True)
    return bool(glosses) and _ing_form(glosses[0][0]) is not None


def _particle_start(verb: str) -> bool:
    """Does ``verb`` begin with a separable particle before a verb of three letters or
    more ("ausleihen", "ausweichen")?"""
    return any(verb.startswith(p) and len(verb) - len(p) > MIN_PART for p in PARTICLES)


def _without_calls(lookup: Lookup, senses: list[Sense]) -> list[Sense]:
    """``senses`` without the lines that are only calls or commands, every gloss of
    them ending in "!" ("Weiter! :: Proceed!; Resume!"), when another line is left: a
    compound's first part is a word, not an exclamation."""
    if len(senses) < 2 or not any(not s.classes for s in senses):
        return senses
    lookup.load(senses)
    kept = [s for s in senses if s.classes or not _call(s)]
    return kept or senses


def _call(sense: Sense) -> bool:
    """Is every gloss of the line a call or command ("Proceed!; Resume!")?"""
    glosses = [g[0].rstrip() for g in sense.glosses(True)]
    return bool(glosses) and all(g.endswith("!") for g in glosses)


def compound_info(
    lookup: Lookup,
    clean: str,
    word: str,
    lemma: str | None,
    pos: str,
    morph: str,
    topic: frozenset[str] = frozenset(),
) -> WordInfo | None:
    """The WordInfo of a word known only through its parts (None: no split found);
    ``topic``: the Ding fields of the text around it (:func:`_topic_lines`)."""
    pieces: list[Piece | str] | None = split_hyphenated(lookup, clean)
    base = clean  # the form that was split (the word, or its lemma)
    verb = german.clean_token(lemma) if lemma and pos.upper() == "VERB" else None
    if pieces is None and verb:
        spoken = colloquial_particle_verb(lookup, verb)
        if spoken is not None:  # "reingehen": hineingehen, to go in
            return replace(lookup.info(spoken, "VERB", morph, word), pos=pos)
        pieces = split_particle_verb(lookup, verb)
        if pieces:
            base = verb
    if pieces is None and german.is_capitalised(clean) and _particle_verb_noun(lookup, clean):
        return None
    if pieces is None:
        queries = [clean]
        for q in (lookup.simplemma_lemma(clean), german.clean_token(lemma) if lemma else None):
            if q and q not in queries:
                queries.append(q)
        queries += german.inflection_candidates(clean)[:3]
        for weak in (_WEAK_KINDS, _HEAD_FALLBACK):
            for k, query in enumerate(queries):
                closed = split_closed(lookup, query, weak=weak)
                if closed:
                    later = queries[k + 1 :]
                    pieces, base = _fewer_pieces(lookup, list(closed), query, later, weak)
                    break
            if pieces:
                break
    if not pieces:
        return None
    return _info(lookup, pieces, base, word, pos, morph, topic)


def _fewer_pieces(
    lookup: Lookup,
    pieces: list[Piece | str],
    query: str,
    others: list[str],
    weak: frozenset[int],
) -> tuple[list[Piece | str], str]:
    """The split of the inflected form, or of its lemma when that has fewer parts, all
    of them words: an inflection ending read as part of the head makes fragments of the
    rest ("Kleingärtnerverein|s" is no "Kleingärt + nerver + eins", as
    "Kleingärtnerverein" is "Kleingärtner + Verein"). Each further part is one more
    place a short, rare word can be found by chance."""
    if len(pieces) < 3:
        return pieces, query
    for other in others:
        if not query.lower().startswith(other.lower()[:-1]):
            continue  # a lemma of the same stem, not another reading of the word
        closed = split_closed(lookup, other, weak=weak)
        if closed and len(closed) < len(pieces) and all(isinstance(p, Piece) for p in closed):
            return list(closed), other
    return pieces, query


def _particle_verb_noun(lookup: Lookup, word: str) -> bool:
    """Is ``word`` the noun in -er (-erin) of a separable verb Ding has, so no compound
    of a particle and a noun: "Ausrichter" (organiser) is "ausrichten" + -er, not "Aus:
    end of the line" + "Richter: judge"; "Aufbereiter" not "Auf" + "Bereiter:
    horsebreaker". Its sense follows from the verb's, which a part-by-part gloss
    cannot give, so the card shows none."""
    low = word.lower()
    low = low[:-2] if low.endswith("erin") else low
    if not low.isalpha() or not low.endswith("er"):
        return False
    stem = low[:-2]
    particle = next((p for p in sorted(PARTICLES, key=len, reverse=True) if stem.startswith(p)), "")
    if not particle or len(stem) - len(particle) < MIN_PART:
        return False
    return any(_verb_headword(lookup, verb) is not None for verb in (stem + "en", stem + "n"))


def _info(
    lookup: Lookup,
    pieces: list[Piece | str],
    base: str,
    word: str,
    pos: str,
    morph: str,
    topic: frozenset[str] = frozenset(),
) -> WordInfo:
    pieces = [p if isinstance(p, str) else _home_first(lookup, p) for p in pieces]
    pieces = [_as_written(p) if i < len(pieces) - 1 else p for i, p in enumerate(pieces)]
    parts = [_bound_part(p) if isinstance(p, str) else lookup.part(p.text, p.found) for p in pieces]
    names = [
        _place_name(lookup, piece, parts[i + 1].lemma, parts[-1].lemma)
        if i < len(pieces) - 1
        else None
        for i, piece in enumerate(pieces)
    ]
    if any(names) and "-" in base and parts[-1].lemma in NAMED_PLACE_KINDS:
        # a district's or canal's name of several places joined by hyphens: its other
        # capitalised parts are names too ("Rhein-Sieg-Kreis": no victory), as written
        names = [
            name or (p.text if isinstance(p, Piece) and german.is_capitalised(p.text) else None)
            for p, name in zip(pieces[:-1], names[:-1], strict=True)
        ] + [None]
    if isinstance(pieces[-1], Piece) and parts[-1].glosses and any(names):
        # after a place's name the word Ding's compounds of places use: "Harz|kreis" is a
        # district ("Landkreis"), whatever Ding's other compounds of circles say
        parts[-1] = _part_first(lookup, pieces[-1], parts[-1], _place_sense)
    elif isinstance(pieces[-1], Piece) and parts[-1].glosses:
        modifier = parts[-2].lemma if len(parts) > 1 and isinstance(pieces[-2], Piece) else ""
        parts[-1] = _head_part(lookup, pieces[-1], parts[-1], modifier)
    for i, piece in enumerate(pieces[:-1]):
        if isinstance(piece, Piece) and parts[i].glosses and not names[i]:
            part = _singular_modifier(lookup, piece, _modifier_part(lookup, piece, parts[i]))
            parts[i] = _bound_first(piece, part)
    parts = [
        CompoundPart(part.text, part.lemma, (name,)) if (name := names[i]) else part
        for i, part in enumerate(parts)
    ]
    parts = _fields_agree(pieces, parts, names)
    if topic:
        parts = _topic_lines(pieces, parts, topic, names)
    parts = [
        _stem_ing(lookup, piece, part, base.lower())
        if isinstance(piece, Piece) and i < len(pieces) - 1
        else part
        for i, (piece, part) in enumerate(zip(pieces, parts, strict=True))
    ]
    last = pieces[-1]
    head_text = last if isinstance(last, str) else last.text
    gender = article = plural = None
    head_lemma = parts[-1].lemma
    if isinstance(last, Piece):
        head_info = lookup.info(last.found, "", "", last.text)
        gender, article, head_lemma = head_info.gender, head_info.article, head_info.lemma
        if head_info.plural:
            plural = _join_head(base, head_text, head_info.plural)
    compound_lemma = _join_head(base, head_text, head_lemma)
    composed = " + ".join(_short(p.glosses[0]) if p.glosses else p.text for p in parts)
    return WordInfo(
        word=word,
        lemma=compound_lemma,
        pos=pos or ("NOUN" if gender else ""),
        gender=gender,
        article=article,
        plural=plural,
        morph=morph,
        glosses=(composed,),
        compound=tuple(parts),
        source=SOURCE_NAME,
        headword=compound_lemma,
        senses=(Gloss(composed, note="literally, part by part"),),
        match="compound",
    )


#: The kinds of places the gazetteer lists whose name before such a head is read as the
#: place: regions and Ding's own geographic names (rivers, landscapes, lakes); a town's
#: name ("Essen", "Halle") is also a common noun too often ("Hallenbad").
_NAME_KINDS = frozenset({"region", "ding"})


def _place_name(lookup: Lookup, piece: Piece | str, following: str, head: str) -> str | None:
    """The name ``piece`` (a modifier) shows when it is a place's name, before a piece
    (``following``) or in a compound (``head``) whose lemma is a kind of named place
    (:data:`NAMED_PLACE_KINDS`), else None. A place's name when one of its Ding lines is a
    geographic name ("Harz [geogr.] :: Harz Mountains", shown so), or the gazetteer lists
    its text (or the text with the "-e" German drops before a head: "Elb|tunnel" shows
    "Elbe") as a region or one of Ding's geographic names (shown as listed), never a common
    noun spelt alike (resin, elf, flattened wire)."""
    if following not in NAMED_PLACE_KINDS and head not in NAMED_PLACE_KINDS:
        return None
    text = piece if isinstance(piece, str) else piece.text
    if not german.is_capitalised(text) or not text.isalpha():
        return None
    # a common noun Ding puts before places is that noun as written ("Kur|halle"), but
    # not the short form of another name ("Elb|tunnel": the Elbe, whatever elves do)
    common = isinstance(piece, Piece) and _common_before_places(piece)
    english = _geographic_name(lookup, piece) if isinstance(piece, Piece) else None
    if english is not None and not common:
        return english
    # as written: a name takes no linking element ("Lippen|klinik" is of lips)
    for name in (text + "e",) if common else (text, text + "e"):
        entry = load_gazetteer().place(name, derived=False)
        if entry is not None and entry.kind in _NAME_KINDS:
            return name
    return None


def _common_before_places(piece: Piece) -> bool:
    """Is ``piece``'s first reading a common noun (not a capitalised name: "Kur :: cure",
    not "Rhein :: Rhine") that Ding's compounds put before buildings and places
    (:func:`app.dictionary.heads.before_places`: "Kurhaus", "Kurort", "Kurpark")?
    Then "Kur|halle" is a spa's hall, not one of the river Kura."""
    first = piece.found.candidates[0].sense if piece.found.candidates else None
    if first is None:
        return False
    glosses = [g[0] for g in first.glosses(True)]
    if glosses and glosses[0][:1].isupper():
        return False
    return heads.before_places(_lemma_of(piece), _PLACE_KINDS_LOWER)


#: :data:`NAMED_PLACE_KINDS` in lower case, as Ding's compound table holds heads (built once,
#: not on every card).
_PLACE_KINDS_LOWER = frozenset(kind.lower() for kind in NAMED_PLACE_KINDS)


def _lemma_of(piece: Piece) -> str:
    return piece.found.candidates[0].sense.lemma if piece.found.candidates else piece.text


def _geographic_name(lookup: Lookup, piece: Piece) -> str | None:
    """The English name of ``piece``'s line that names a place (the [geogr.] field, a
    capitalised first gloss: "Harz Mountains", "Moselle"), or None."""
    senses = [c.sense for c in piece.found.candidates]
    lookup.load(senses)
    for sense in senses:
        data = sense.entry_data
        glosses = [g[0] for g in sense.glosses(True)]
        if data is None or not glosses or "geogr." not in data.domains:
            continue
        if glosses[0][:1].isupper():
            return glosses[0]
    return None


def _place_sense(head: str, texts: list[str]) -> int | None:
    """The index of the shortest gloss of ``head`` ending in the word Ding's compounds of
    places use for it (:func:`app.dictionary.heads.place_word`), or None."""
    gazetteer = load_gazetteer()
    word = heads.place_word(head, lambda name: gazetteer.place(name, derived=False) is not None)
    matching = [i for i, gloss in enumerate(texts) if word and heads.english_head(gloss) == word]
    return min(matching, key=lambda i: len(texts[i].split())) if matching else None


def _bound_part(text: str) -> CompoundPart:
    """A piece with no entry: a bound first part with the word Ding's compounds use
    for it ("Sonder": special, :func:`app.dictionary.heads.bound_sense`), else the
    text as written ("70", a code)."""
    sense = HYPHEN_PREFIXES.get(text.lower()) or heads.bound_sense(text)
    return CompoundPart(text, text, (sense,) if sense else ())


def _bound_first(piece: Piece, part: CompoundPart) -> CompoundPart:
    """A word as a noun's first part with the word Ding's compounds beginning with it
    use, when that is none of its own glosses (:func:`app.dictionary.heads.bound_sense`):
    English makes an adjective or another noun of it ("Haupt|problem": main, not head;
    "Lese|ecke": reading, not harvest; "Umwelt|verband": environmental)."""
    sense = heads.bound_sense(piece.text) if german.is_capitalised(piece.text) else None
    if not sense or sense == part.glosses[0]:
        return part
    own = part.glosses[0].lower()
    if own in heads.bound_words(piece.text) and not sense.startswith(own[:4]):
        # Ding's compounds also use the part's own word, and the table's word is no
        # derivative of it: two words behind one spelling ("Rechts|populist": right, as
        # in Ding's right-wing compounds, not legal from "Recht" + s); "Umwelt":
        # environmental is one of environment's words and stays
        return part
    rest = tuple(g for g in part.glosses if g != sense)
    return CompoundPart(part.text, part.lemma, (sense, *rest)[: len(part.glosses)])


def _stem_ing(lookup: Lookup, piece: Piece, part: CompoundPart, whole: str) -> CompoundPart:
    """A noun's first part read as a verb's stem with the verb's -ing form first
    (:func:`_ing_form`): English puts the gerund where German puts the stem
    ("Brau|meister": brewing, not "to brew sth."; "Schwimm|verein": swimming). Not when
    the first gloss is no plain verb ("to check out sth." stays). Of the verb's plain
    glosses the one Ding's own compounds of the stem use (:func:`_stem_sense`), when the
    first gloss shown is the verb's first."""
    first = piece.found.candidates[0].sense if piece.found.candidates else None
    if first is None or not german.is_capitalised(piece.text) or not part.glosses:
        return part
    if german.is_capitalised(first.key) or not first.classes & VERB_MASK:
        return part
    ing = _ing_form(part.glosses[0])
    if ing is None:
        return part
    ing = _stem_sense(lookup, piece, part.glosses[0], whole) or ing
    rest = tuple(g for g in part.glosses[1:] if _ing_form(g) != ing)
    return CompoundPart(part.text, part.lemma, (ing, *rest)[: len(part.glosses)])


def _stem_sense(lookup: Lookup, piece: Piece, shown: str, whole: str) -> str | None:
    """The -ing form of the verb's plain gloss that most of Ding's compounds beginning
    with the stem use (the -ing form or the verb among their first glosses' words), when
    more of them use it than use ``shown``, the verb's first gloss (None otherwise, and
    when a field's or topic's line chose ``shown``): Ding's first line of a verb may open
    with a rare sense ("schmieren: to square sb.", to bribe) where its compounds say
    another ("Schmier|fett: lubricating grease", "Schmier|büchse: grease cup"):
    "greasing + system", not "squaring". ``whole``: the compound itself, not counted (a
    compound Ding has is split only by benchmarks)."""
    verbs = [c.sense for c in piece.found.candidates if c.sense.classes & VERB_MASK]
    verbs = [s for s in verbs if s.key == piece.found.candidates[0].sense.key]
    lookup.load(verbs)
    glosses = [item[0] for s in verbs for item in s.glosses(True)]
    if not glosses or glosses[0] != shown:
        return None  # a field's or topic's line chose the gloss
    forms: dict[str, frozenset[str]] = {}  # -ing form -> it and the verb ("greasing", "grease")
    for gloss in glosses:
        ing = _ing_form(gloss)
        if ing is not None and ing not in forms:
            forms[ing] = frozenset({ing, gloss.split()[1]})
    words = [w for key, w in lookup.starting_words(piece.text.lower()) if key != whole]
    votes = {ing: sum(1 for w in words if w & own) for ing, own in forms.items()}
    first = _ing_form(shown) or ""
    best = max(votes, key=lambda ing: votes[ing])  # the first of equals
    return best if votes[best] > votes.get(first, 0) else None


_VOWELS = "aeiou"
#: What may follow a plain verb in its gloss and still let it stand for the act: an
#: object placeholder ("to brew sth.").
_OBJECTS = frozenset({"sth.", "sb.", "sth./sb.", "sb./sth."})


def _ing_form(gloss: str) -> str | None:
    """The -ing form of a gloss that is one plain verb ("to brew sth." -> "brewing",
    "to swim" -> "swimming", "to drive" -> "driving"), else None ("to check out sth.")."""
    words = gloss.split()
    if len(words) < 2 or words[0] != "to" or any(w not in _OBJECTS for w in words[2:]):
        return None
    verb = words[1]
    if not verb.isalpha() or not verb.islower() or len(verb) < 2:
        return None
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    groups = sum(
        1 for k, ch in enumerate(verb) if ch in _VOWELS and (k == 0 or verb[k - 1] not in _VOWELS)
    )
    if (
        groups == 1
        and len(verb) >= 3
        and verb[-1] not in _VOWELS + "wxy"
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
    ):
        return verb + verb[-1] + "ing"  # "swim" -> "swimming", "stop" -> "stopping"
    return verb + "ing"


def _as_written(piece: Piece | str) -> Piece | str:
    """A first part that is only a preposition stands as written: it is a prefix
    with a sense of its own ("Gegen|liebe": returned love, "nach|besetzt": filled
    later), which the preposition's gloss ("against", "by") would mislead about."""
    if isinstance(piece, str):
        return piece
    classes = [c.sense.classes for c in piece.found.candidates if c.sense.classes]
    lexical = CLASS_BITS["noun"] | VERB_MASK | _ADJECTIVE  # (prepositions have adverb lines)
    if any(c & _PREPOSITION for c in classes) and not any(c & lexical for c in classes):
        return piece.text
    return piece


def _head_part(lookup: Lookup, piece: Piece, part: CompoundPart, modifier: str) -> CompoundPart:
    """The head with the gloss Ding's own compounds use for it first
    (:mod:`app.dictionary.heads`): "Batterie|speicher" -> "storage", not "warehouse";
    then the word Ding's compounds of the head with modifiers like ``modifier`` use
    (:func:`app.dictionary.heads.neighbour_sense`): "Museums|leitung" -> "management",
    "Öl|leitung" stays "line"."""
    if not heads.head_words(part.lemma):
        return part
    part = _part_first(lookup, piece, part, heads.compound_sense)
    if not modifier:
        return part
    shown = part.glosses[0]
    return _part_first(
        lookup, piece, part, lambda head, texts: heads.neighbour_sense(modifier, head, texts, shown)
    )


def _modifier_part(lookup: Lookup, piece: Piece, part: CompoundPart) -> CompoundPart:
    """A modifier with the gloss Ding's compounds beginning with it use first
    (:func:`app.dictionary.heads.modifier_sense`): "Kreis|klinik" -> "county", not
    "circle"."""
    if not heads.votes_for_modifier(part.lemma):
        return part
    return _part_first(lookup, piece, part, heads.modifier_sense)


def _singular_modifier(lookup: Lookup, piece: Piece, part: CompoundPart) -> CompoundPart:
    """A modifier shown with an English plural ("Verhandlung :: negotiations") with its
    singular first when one of its noun lines has it ("negotiation"): English compounds
    take the singular ("negotiation round", "cost estimate"). Not for a noun in -ics, no
    plural ("logistics": "logistic" is Ding's adjective line)."""
    plural = part.glosses[0] if part.glosses else ""
    if " " in plural or not plural.endswith("s") or plural.endswith(("ics", "ss")):
        return part
    singulars = {plural[:-1], plural[:-2] if plural.endswith("es") else ""}
    if plural.endswith("ies"):
        singulars.add(plural[:-3] + "y")
    senses = [c.sense for c in piece.found.candidates if c.sense.classes & _NOUN]
    lookup.load(senses)
    texts = [g[0] for s in senses for g in s.glosses(True)]
    singular = next((text for text in texts if text in singulars), None)
    if singular is None:
        return part
    rest = tuple(g for g in part.glosses if g != singular)
    return CompoundPart(part.text, part.lemma, (singular, *rest)[: len(part.glosses)])


def _part_first(
    lookup: Lookup,
    piece: Piece,
    part: CompoundPart,
    choose: Callable[[str, list[str]], int | None],
) -> CompoundPart:
    """``part`` with the gloss ``choose`` picks among its lines' glosses first: the
    lines the part was found in, then the lines its lemma heads (a plural may lead
    to one line only: "Zahn|reinigungen" to "Reinigung :: purification", where
    "Reinigung :: cleaning" is the sense Ding's compounds use)."""
    senses = [c.sense for c in piece.found.candidates]
    lemma = part.lemma.lower()
    own = lookup.senses([lemma]).get(lemma, [])
    senses += sorted(
        (s for s in own if s.key == part.lemma and s.kind == KIND_HEAD), key=lambda s: -s.score
    )
    lookup.load(senses)
    texts = list(dict.fromkeys(g[0] for s in senses for g in s.glosses(True)))
    index = choose(part.lemma, texts)
    if index is None or texts[index] == part.glosses[0]:
        return part
    chosen = texts[index]
    rest = tuple(g for g in part.glosses if g != chosen)
    return CompoundPart(part.text, part.lemma, (chosen, *rest)[: len(part.glosses)])


def _fields(piece: Piece, gloss: str | None = None) -> list[tuple[frozenset[str], str]]:
    """The subject fields and first gloss of each loaded line of ``piece`` (only the line
    that has ``gloss`` when given)."""
    out = []
    for cand in piece.found.candidates:
        data = cand.sense.entry_data
        glosses = [g[0] for g in cand.sense.glosses(True)]
        if data is None or not glosses or (gloss is not None and gloss not in glosses):
            continue
        # the plain gloss of the line: "fattening", not "animal fattening"
        end = heads.english_head(glosses[0])
        same = [g for g in glosses if end and heads.english_head(g) == end]
        first = min(same, key=lambda g: len(g.split())) if same else glosses[0]
        fields = frozenset(f.strip() for f in data.domains.split(",")) - _BROAD_FIELDS
        out.append((fields - {""}, first))
    return out


def _fields_agree(
    pieces: list[Piece | str], parts: list[CompoundPart], names: list[str | None] | None = None
) -> list[CompoundPart]:
    """A part whose shown line has no subject field of another part's shown line takes
    its first line that has one: the parts of a compound speak of one thing
    ("Puten|mast|stall": "Stall :: stable" [agr.] makes "Mast" the line "[agr.] ::
    fattening", not "[constr.] :: tower"; "Spannbeton|träger": [constr.] "beam")."""
    shown: list[frozenset[str]] = []
    lead: list[frozenset[str]] = []  # the field of a part's best line, when it is shown
    for piece, part in zip(pieces, parts, strict=True):
        lines = _fields(piece, part.glosses[0]) if isinstance(piece, Piece) and part.glosses else []
        shown.append(lines[0][0] if lines else frozenset())
        best = _fields(piece)[:1] if isinstance(piece, Piece) and lines else []
        # "Speicher :: storage" shown from its [comp.] line "memory; storage" (the
        # compounds' word) says nothing of the field: its best line is another
        lead.append(
            shown[-1] if best and best[0][0] == shown[-1] and lines[0] == best[0] else frozenset()
        )
    out = list(parts)
    for i, piece in enumerate(pieces):
        others = frozenset().union(*(f for j, f in enumerate(lead) if j != i))
        if not isinstance(piece, Piece) or not parts[i].glosses or not others or shown[i] & others:
            continue
        if names and (names[i] or (i > 0 and names[i - 1])):
            continue  # a place's name, and the kind of place after it, keep their line
        agreeing = [gloss for fields, gloss in _fields(piece) if fields & others]
        if agreeing and agreeing[0] != parts[i].glosses[0]:
            rest = tuple(g for g in parts[i].glosses if g != agreeing[0])
            out[i] = replace(parts[i], glosses=(agreeing[0], *rest)[: len(parts[i].glosses)])
    return out


def _topic_lines(
    pieces: list[Piece | str],
    parts: list[CompoundPart],
    topic: frozenset[str],
    names: list[str | None] | None = None,
) -> list[CompoundPart]:
    """A modifier whose shown line has none of the text's fields (less
    :data:`_GENERAL_FIELDS`) takes its line that has one, when it has
    :data:`MIN_TOPIC_LINES` such lines: "Verhandlungs|tag" in a report from court is a
    day of the trial ("Verhandlung [jur.] :: trial"), not of negotiations. Of the
    field's lines the one whose gloss is the most common English word. The head keeps
    its line (Ding's compounds of it chose that)."""
    out = list(parts)
    topic = topic - _GENERAL_FIELDS
    if not topic:
        return out
    for i, piece in enumerate(pieces[:-1]):
        if not isinstance(piece, Piece) or not parts[i].glosses or (names and names[i]):
            continue
        lines = []
        for cand in piece.found.candidates:
            data = cand.sense.entry_data
            glosses = [g[0] for g in cand.sense.glosses(True)]
            if data is not None and glosses:
                lines.append((frozenset(f.strip() for f in data.domains.split(",")), glosses))
        shown = [fields for fields, glosses in lines if parts[i].glosses[0] in glosses]
        if not shown or shown[0] & topic:
            continue
        # of the text's field's lines the most common English word: "trial", not
        # "arguments" (a line for the hearing's pleadings)
        fitting = list(dict.fromkeys(glosses[0] for fields, glosses in lines if fields & topic))
        if len(fitting) < MIN_TOPIC_LINES:
            continue  # one line of the field ("Geburt [med.] :: delivery") is its jargon
        chosen = max(fitting, key=lambda g: english.gloss_zipf(g) or 0.0)
        if chosen != parts[i].glosses[0]:
            rest = tuple(g for g in parts[i].glosses if g != chosen)
            out[i] = replace(parts[i], glosses=(chosen, *rest)[: len(parts[i].glosses)])
    return out


def _join_head(word: str, head_text: str, head_form: str) -> str:
    """Replace the head of ``word`` by another form of it (lemma or plural)."""
    prefix = word[: len(word) - len(head_text)] if word.endswith(head_text) else ""
    if not prefix:
        return head_form
    if prefix.endswith("-"):
        return prefix + head_form
    return prefix + head_form[:1].lower() + head_form[1:]


#: Words that open a part's gloss but stand in no English compound: the infinitive's
#: "to", an article, a possessive ("the police" + "spokesman": "police spokesman").
_OPENERS = ("to ", "the ", "sb.’s ", "sb.'s ")


def _short(gloss: str) -> str:
    """A part's gloss as it reads in the literal gloss ("to heat" -> "heat")."""
    for opener in _OPENERS:
        if gloss.startswith(opener) and len(gloss) > len(opener):
            return gloss[len(opener) :]
    return gloss
