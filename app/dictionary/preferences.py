"""The rules that reorder or filter a word's candidate senses before they are ranked:
the word class the tagger gives, verbal nouns and participles yielding to words of
their own, plurals spelt like the singular, a headword's frame words and
prepositions, and later synonyms of a Ding line."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from app.dictionary.english import NOTES
from app.dictionary.ranking import (
    CLASS_BITS,
    FLAG_VERBAL_NOUN,
    LATER_SYNONYM,
    OTHER_FORM_PENALTY,
    POS_CLASSES,
    VERB_MASK,
    VERBAL_NOUN_PENALTY,
)
from app.dictionary.schema import FS, KIND_HEAD, KIND_PLURAL, KIND_VERBFORM, RS, word_set
from app.dictionary.senses import Candidate, Sense
from app.grammar import is_numeral
from app.lexicon.words import MODAL_PARTICLES, feels_well


def later_synonym_penalty(sense: Sense) -> float:
    """What a word loses as the third or later synonym of a Ding line (LATER_SYNONYM)."""
    if sense.kind == KIND_HEAD and sense.alt >= 2:
        return LATER_SYNONYM * (min(sense.alt, 4) - 1)
    return 0.0


_PREPOSITIONS = word_set(
    "an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu zwischen"
)


def following_preposition(sentence: Sequence[tuple[str, str, bool]], position: int) -> str:
    """The preposition right after the noun at ``position`` of ``sentence`` (the
    lookup's clause, :data:`app.dictionary.context.Sentence`), or "": a noun's
    complement ("Mangel an Fachkräften", "Kritik an"), which Ding names in the usage
    note of the line it belongs to ("Mangel (an etw.) :: shortage (of sth.)")."""
    if not 0 <= position < len(sentence) - 1:
        return ""
    word = sentence[position + 1][0]
    return word if word in _PREPOSITIONS else ""


#: Appended to an adverb's or adjective's frame when a number follows it ("gut elf
#: Millionen", "knapp 60 Millionen"); no German word, so it matches no headword.
NUMBER_FOLLOWS = "+zahl"
#: The words of Ding's usage notes that tie a line to a following number or measure:
#: "gut {adv} (mit Zahlen und Zeitangaben) :: a good", "rund (bei Zahlenangaben) ::
#: around", "mal {adv} (mit Maßangabe) :: by" (Ding's format, not words of a text).
_NUMBER_NOTE_WORDS = word_set("zahlen zahlenangabe zahlenangaben maßangabe mengenangabe")


def number_follows(sentence: Sequence[tuple[str, str, bool]], position: int) -> bool:
    """Whether a number in digits or a German number word ("elf", "zwölf") follows
    the word at ``position`` of ``sentence``; the article "ein" is no number."""
    return _numeral_at(sentence, position + 1) if position >= 0 else False


def number_note(sense: Sense) -> bool:
    """Whether a loaded Ding line's usage note says it is used with numbers
    (:data:`_NUMBER_NOTE_WORDS`): "knapp; nicht ganz {adv} (vor Zahlen und
    Zeitangaben) :: just under"."""
    return any(w.lower() in _NUMBER_NOTE_WORDS for tokens in _usage_notes(sense) for w in tokens)


#: Appended to a noun's frame when a number stands right before it ("7,5 Tonnen", "drei
#: Meter"); no German word, so it matches no headword.
NUMBER_BEFORE = "+nachzahl"


def number_before(sentence: Sequence[tuple[str, str, bool]], position: int) -> bool:
    """Whether a number in digits or a German number word stands right before the word
    at ``position`` of ``sentence`` ("über 7,5 Tonnen"); the article "ein" is no number."""
    return _numeral_at(sentence, position - 1) if position < len(sentence) else False


def _numeral_at(sentence: Sequence[tuple[str, str, bool]], i: int) -> bool:
    """Whether the word at ``i`` of ``sentence`` is a number in digits or a German number
    word; the article "ein" is none."""
    if not 0 <= i < len(sentence):
        return False
    word = sentence[i][0]
    return word != "ein" and is_numeral(word)


def measure_note(sense: Sense) -> bool:
    """Whether a loaded Ding line is a measure, by a usage note ending in "-maß" ("Tonne
    {f}; Megagramm {n} (Massemaß) :: metric tonne", "Fuß {m} (Längenmaß) :: foot"): the
    sense a number before the noun asks for. Only when the word is the line's first
    headword (``sense.alt`` 0): a line the word is a later synonym in is another word's
    ("Winkelminute; Bogenminute; Minute {f} (Winkelmaß)" is "minute of arc", not the
    minute of "30 Minuten")."""
    return sense.alt == 0 and any(
        w.lower().endswith("maß") and len(w) > len("maß")
        for tokens in _usage_notes(sense)
        for w in tokens
    )


#: Appended to a modal particle's frame inside its clause (:func:`modal_particle`).
MODAL_PARTICLE = "+mp"


def modal_particle(
    word: str, position: int, clause: Sequence[tuple[str, str, bool]] | None = None
) -> bool:
    """Whether ``word``, an adverb at ``position`` of its clause, may be a modal
    particle: one of :data:`MODAL_PARTICLES` after the clause's first word (a modal
    particle stands in the middle field, never alone before the finite verb: "Das wird
    wohl länger dauern", "von der wohl am ehesten … profitieren würde"). As a particle
    it is never the adjective of the same form ("wohl: well", "eben: level"). Given the
    ``clause`` (the lookup's sentence), its last word is none either: an unstressed
    particle comes before what the clause stresses, the stressed last word is the
    adjective or adverb ("Ich fühle mich wohl": well; "Das Meer blieb ruhig")."""
    if position <= 0 or word.lower() not in MODAL_PARTICLES:
        return False
    if clause is None:
        return True
    if feels_well(word, (w for form, lemma, _noun in clause for w in (form, lemma))):
        return False  # "Sie fühlt sich wohl bei uns": well
    return any(any(ch.isalnum() for ch in form) for form, _lemma, _noun in clause[position + 1 :])


#: Ding's object placeholders after a preposition in a usage note ("an etw.").
_PLACEHOLDERS = word_set("etw. jdn. jdm. jds. etw jdn jdm jds")


def complement_prepositions(sense: Sense) -> frozenset[str]:
    """The prepositions a Ding line's usage notes give as a noun's complement: with an
    object placeholder ("Mangel (an etw.)", "Führung (durch etw.)") or alone ("Anteil
    (an)", "Vorrang (vor; über)"); not a note that describes a setting ("Platz (in
    bebautem Gebiet) :: square")."""
    words: set[str] = set()
    for tokens in _usage_notes(sense):
        if all(w in _PREPOSITIONS for w in tokens):
            words.update(tokens)
            continue
        words.update(
            w
            for w, after in itertools.pairwise(tokens)
            if w in _PREPOSITIONS and after in _PLACEHOLDERS
        )
    return frozenset(words)


def line_prepositions(sense: Sense) -> frozenset[str]:
    """Prepositions named in the usage notes of a Ding line's headwords
    ("vermitteln; als Vermittler fungieren (zwischen jdm./bei etw.)")."""
    return frozenset(w for tokens in _usage_notes(sense) for w in tokens if w in _PREPOSITIONS)


_NOTE_SEPARATORS = re.compile(r"[\s/;,()]+")


def _usage_notes(sense: Sense) -> Iterator[list[str]]:
    """The words of each usage note of a Ding line's headwords ("zwischen jdm./bei
    etw." -> zwischen, jdm., bei, etw.), one list per headword that has a note."""
    packed = sense.entry_data.heads if sense.entry_data else ""
    for record in packed.split(RS) if packed else ():
        fields = record.split(FS)
        if len(fields) > 4 and fields[4]:
            yield [w for w in _NOTE_SEPARATORS.split(fields[4]) if w]


def same_class(candidates: list[Candidate], pos: str) -> list[Candidate]:
    """The candidates whose Ding word class fits the part of speech ``pos`` (all of
    them when none does, or when ``pos`` says nothing)."""
    wanted = POS_CLASSES.get(pos.upper()) if pos else None
    if not wanted:
        return candidates
    fitting = [c for c in candidates if not c.sense.classes or c.sense.classes & wanted]
    return fitting or candidates


def demote_verbal_nouns(candidates: list[Candidate], word: str) -> list[Candidate]:
    """A verbal noun yields to another noun the word inflects ("Summen" -> Summe)."""
    verbal = [c for c in candidates if c.sense.flags & FLAG_VERBAL_NOUN]
    if not verbal:
        return candidates
    noun = CLASS_BITS["noun"]
    other_noun = any(
        c.sense.classes & noun
        and not c.sense.flags & FLAG_VERBAL_NOUN
        and (
            ((c.sense.kind == KIND_PLURAL or c.step != "exact") and c.sense.lemma != word)
            # a noun of its own spelt like the infinitive: "der Rasen" (lawn) before
            # "das Rasen" (speeding)
            or (c.sense.kind == KIND_HEAD and c.sense.key == word)
        )
        for c in candidates
    )
    if other_noun:
        for c in verbal:
            c.score -= VERBAL_NOUN_PENALTY
    return candidates


def adds_particle(lemma: str, exact: list[Sense]) -> bool:
    """True when ``lemma`` is a lemma of the exact form with a prefix in front
    ("ankündigen" for "kündigte", whose own lemma is "kündigen")."""
    lower = lemma.lower()
    return any(
        s.classes & VERB_MASK and len(lower) > len(s.lemma) and lower.endswith(s.lemma.lower())
        for s in exact
    )


STRONG_FRAME = frozenset({"sich", "als"})
_OBJECT_WORDS = frozenset(
    {"etw.", "jdn.", "jdm.", "jds.", "jd.", "jdn./etw.", "jdm./etw.", "etw./jdn.", "jdn./jdm."}
)


def frame_words(head: str, lemma: str) -> frozenset[str]:
    """The words of a headword besides its verb and objects: "mit" for "mit etw.
    rechnen", {"sich", "als"} for "sich als jd. ausgeben"."""
    words = NOTES.sub(" ", head).split()
    low = lemma.lower()
    return frozenset(w for w in words if w not in _OBJECT_WORDS and w.lower() != low)


#: The case an object word of a headword stands for ("an jdn. denken": accusative).
_OBJECT_CASES = {"jdn.": "Acc", "jdm.": "Dat", "jds.": "Gen", "jd.": "Nom"}
#: Prepositions that govern the dative only, and the accusative only.
_DATIVE_PREPOSITIONS = frozenset({"aus", "bei", "mit", "nach", "seit", "von", "zu"})
_ACCUSATIVE_PREPOSITIONS = frozenset({"durch", "für", "gegen", "ohne", "um"})


def frame_case_conflict(head: str, cases: dict[str, str]) -> bool:
    """Whether a headword's object after one of its prepositions has a case the clause
    rules out: ``cases`` maps a two-way preposition to the plain case of the clause's
    phrase ("an": "Dat" for "am Ende", which "etw. an jdn. verlieren" does not fit).
    Also a headword whose object word no German construction gives that preposition:
    "als jdm. gelten" ("als" takes the case of what it refers to, the subject's
    nominative here: "als etw. gelten"), "zu jdn.", "für jdm.". "etw." is any case."""
    words = NOTES.sub(" ", head).split()
    for preposition, following in itertools.pairwise(words):
        objects = {_OBJECT_CASES.get(w) for w in following.split("/") if w != "etw."}
        if len(objects) != 1 or None in objects:
            continue  # "etw.", "jdn./jdm.": no one case
        case = objects.pop()
        if preposition == "als" and case in ("Dat", "Gen"):
            return True
        if preposition in _DATIVE_PREPOSITIONS and case == "Acc":
            return True
        if preposition in _ACCUSATIVE_PREPOSITIONS and case == "Dat":
            return True
        clause = cases.get(preposition)
        if clause and case in ("Acc", "Dat") and clause != case:
            return True
    return False


def attributive_base(word: str) -> str | None:
    """The "-e" form an inflected adjective may decline: Ding lists adjectives used
    only before nouns that way ("weitere(r/s)", "ehemalige(r/s)")."""
    if len(word) > 5 and word[:1].islower() and word[-2:] in ("en", "em", "er", "es"):
        return word[:-1]
    return None


def same_number_plurals(candidates: list[Candidate], morph: str) -> list[Candidate]:
    """ "Morgen", "Orchester": when the plural is spelt like the singular, the word
    is read as the singular unless the morphology says plural."""
    if "Number=Plur" in morph:
        return candidates
    heads = {(c.sense.entry, c.sense.key) for c in candidates if c.sense.kind == KIND_HEAD}
    return [
        c
        for c in candidates
        if c.sense.kind != KIND_PLURAL or (c.sense.entry, c.sense.key) not in heads
    ]


def demote_forms_of_other_words(candidates: list[Candidate]) -> list[Candidate]:
    """A word that is a headword itself ("während", "bekannt") is rarely meant as
    the participle of another verb ("währen", "bekennen")."""
    heads = {c.sense.key for c in candidates if c.sense.kind == KIND_HEAD and c.step == "exact"}
    if heads:
        for c in candidates:
            if c.sense.kind == KIND_VERBFORM and c.sense.key in heads and c.sense.lemma != c.query:
                c.score -= OTHER_FORM_PENALTY
    return candidates


#: Countries and regions whose own institutions and customs Ding's English notes name
#: ("Landrat [pol.] :: cantonal parliament (Switzerland)", "Innenminister :: Home
#: Minister (India)", "villein (in England)"): in a German text the line without such a
#: note is the sense meant ("Landrat: county commissioner"). German headwords labelled
#: [Schw.] or [Ös.] are ranked down by the converter already (build.scores.REGIONAL).
_FOREIGN = (
    "Switzerland|Swiss|Austria|Austrian|Liechtenstein|South Tyrol|USA|US|UK|GB|"
    "Great Britain|Britain|British|England|Scotland|Wales|Ireland|Northern Ireland|"
    "Canada|Australia|New Zealand|India|France|Italy|Spain|Belgium|Netherlands"
)
_FOREIGN_NOTE = re.compile(
    rf"^(?:(?:in|of|of the|esp\. in) )?(?:{_FOREIGN})(?:(?:, | and | or )(?:{_FOREIGN}))*$"
)
#: What a line loses when all its glosses name another country (as a German regional
#: headword loses in the converter, build.scores: 0.7).
FOREIGN_LINE_PENALTY = 0.7


def foreign_lines_down(candidates: list[Candidate]) -> list[Candidate]:
    """Rank down the loaded lines all of whose glosses carry a note naming another
    country (:data:`_FOREIGN_NOTE`): "Landrat [pol.] :: cantonal parliament
    (Switzerland)" after "Landrat :: county commissioner". A line with one gloss of
    its own ("Silvester :: New Year's Eve; Hogmanay (Scotland)") keeps its rank."""
    for cand in candidates:
        data = cand.sense.entry_data
        if data is None or not data.glosses:
            continue
        if all(item[2] and _FOREIGN_NOTE.match(item[2]) for item in data.glosses):
            cand.score -= FOREIGN_LINE_PENALTY
    return candidates
