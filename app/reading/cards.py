"""What the reader says about one word, as data: the :class:`WordCard`.

Turns a token of the analysis plus the dictionary's :class:`WordInfo` (and the
entity or person at that place) into a :class:`WordCard` with readable grammar
(:func:`readable_pos`, :func:`readable_morph`). :class:`WordDescriber` builds the
cards of one text lazily and keeps them; building one runs on the UI thread
while the mouse moves, so it must stay well under 2 ms. What the card and the
Word panel say about a sentence's translation or a word's online gloss is
described by :class:`SentenceTranslation` and :class:`OnlineGloss`. HTML and
plain text of a card: :mod:`app.reading.card_html`, :mod:`app.reading.card_text`.
No Qt here, and no spaCy objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.results import Person
from app.dictionary import CompoundPart, WordInfo
from app.grammar import is_split_particle
from app.reading.lookups import InfoCache, lookup_key
from app.reading.textmodel import ReaderIndex

POS_NAMES = {
    "NOUN": "noun",
    "PROPN": "proper noun",
    "VERB": "verb",
    "AUX": "auxiliary verb",
    "ADJ": "adjective",
    "ADV": "adverb",
    "ADP": "preposition",
    "DET": "determiner",
    "PRON": "pronoun",
    "CCONJ": "conjunction",
    "SCONJ": "subordinating conjunction",
    "NUM": "number",
    "PART": "particle",
    "INTJ": "interjection",
    "PUNCT": "punctuation",
    "SYM": "symbol",
    "X": "other",
}

ENTITY_NAMES = {"PER": "Person", "LOC": "Place", "ORG": "Organisation", "MISC": "Other name"}
GENDER_NAMES = {"m": "masculine", "f": "feminine", "n": "neuter", "pl": "plural only"}
ARTICLE_OF_GENDER = {"m": "der", "f": "die", "n": "das", "pl": "die"}

# Feature order and readable values for UD morphology as the German pipelines write it.
_MORPH_ORDER = (
    "Person", "Number", "Case", "Gender", "Tense", "Mood", "VerbForm", "Degree",
    "Definite", "PronType", "Poss", "Reflex", "Polarity", "Foreign",
)  # fmt: skip
_MORPH_VALUES: dict[str, dict[str, str]] = {
    "Person": {"1": "1st person", "2": "2nd person", "3": "3rd person"},
    "Number": {"Sing": "singular", "Plur": "plural"},
    "Case": {"Nom": "nominative", "Acc": "accusative", "Dat": "dative", "Gen": "genitive"},
    "Gender": {"Masc": "masculine", "Fem": "feminine", "Neut": "neuter"},
    "Tense": {"Pres": "present", "Past": "past"},
    "Mood": {"Ind": "indicative", "Sub": "subjunctive", "Imp": "imperative"},
    "VerbForm": {"Fin": "", "Inf": "infinitive", "Part": "participle"},
    "Degree": {"Pos": "", "Cmp": "comparative", "Sup": "superlative"},
    "Definite": {"Def": "definite", "Ind": "indefinite"},
    "PronType": {
        "Art": "article",
        "Prs": "personal",
        "Dem": "demonstrative",
        "Rel": "relative",
        "Int": "interrogative",
        "Ind": "indefinite",
        "Neg": "negative",
        "Tot": "total",
    },
    "Poss": {"Yes": "possessive"},
    "Reflex": {"Yes": "reflexive"},
    "Polarity": {"Neg": "negation"},
    "Foreign": {"Yes": "foreign word"},
}


def readable_pos(pos: str) -> str:
    """``NOUN`` → ``noun``; unknown tags are returned lower-cased as they are."""
    if not pos:
        return ""
    return POS_NAMES.get(pos.upper(), pos.lower() if pos.isupper() else pos)


def readable_morph(morph: str) -> str:
    """``Case=Nom|Gender=Fem|Number=Sing`` → ``singular, nominative, feminine``."""
    if not morph:
        return ""
    feats: dict[str, str] = {}
    for part in morph.split("|"):
        key, sep, value = part.partition("=")
        if sep:
            feats[key] = value
    out: list[str] = []
    for key in _MORPH_ORDER:
        found = feats.get(key)
        if found is None:
            continue
        names = _MORPH_VALUES[key]
        readable = ", ".join(filter(None, (names.get(v, v.lower()) for v in found.split(","))))
        if readable:
            out.append(readable)
    return ", ".join(out)


@dataclass(frozen=True, slots=True)
class WordCard:
    """Everything the reader shows about one word."""

    token: int
    word: str
    lemma: str
    article: str | None
    gender: str | None  # readable
    plural: str | None
    pos: str  # readable
    morph: str  # readable
    glosses: tuple[str, ...]
    compound: tuple[CompoundPart, ...]
    entity: str | None  # PER / LOC / ORG / MISC
    entity_text: str | None
    person: Person | None
    sentence: int
    source: str


def make_card(index: ReaderIndex, token_index: int, info: WordInfo, frame: str = "") -> WordCard:
    token = index.token(token_index)
    entity = index.entity_at(token.start)
    person_index = index.person_at(token.start)
    person = index.person(person_index) if person_index is not None else None
    gender = info.gender or None
    article = info.article or (ARTICLE_OF_GENDER.get(gender) if gender else None)
    pos = readable_pos(token.pos or info.pos) or readable_pos(info.pos)
    if token.pos == "PROPN" and gender and gender != "pl" and entity is None:
        pos = "noun"  # a capitalised common noun the tagger took for a name
    if is_split_particle(token.text, token.lemma):
        pos = "particle of a separable verb"  # "an" in "kündigte … an"
    lemma = info.lemma or token.lemma or token.text
    if info.headword and frame:  # ``frame``: the verb's clause frame from its lookup key
        words = frame.split()
        if any(word in words for word in info.headword.split()):
            lemma = info.headword  # the construction the clause uses: "mit etw. rechnen"
    return WordCard(
        token=token_index,
        word=token.text,
        lemma=lemma,
        article=article,
        gender=GENDER_NAMES.get(gender, gender) if gender else None,
        plural=info.plural or None,
        pos=pos,
        morph=readable_morph(token.morph or info.morph),
        glosses=tuple(info.glosses),
        compound=tuple(info.compound),
        entity=entity.label if entity else ("PER" if person else None),
        entity_text=entity.text if entity else None,
        person=person,
        sentence=token.sentence,
        source=info.source,
    )


def headword(card: WordCard) -> str:
    """``die Spannung`` for a noun with a known article, else the lemma."""
    if card.article:
        return f"{card.article} {card.lemma}"
    return card.lemma


def grammar_line(card: WordCard) -> str:
    """``noun, feminine · plural: Spannungen`` (plain text)."""
    parts = [p for p in (card.pos, card.gender) if p]
    head = ", ".join(parts)
    if card.plural:
        head = f"{head} · plural: {card.plural}" if head else f"plural: {card.plural}"
    return head


@dataclass(frozen=True, slots=True)
class SentenceTranslation:
    """What the card and the Word panel say about the sentence's translation."""

    text: str | None = None
    """The translation, when there is one."""
    pending: bool = False
    """Being fetched: the card shows a quiet placeholder."""
    language: str = "English"
    note: str = ""
    """Why there is none (Word panel only), e.g. "Online translation is off"."""
    offer: bool = False
    """The Word panel offers a "Translate this sentence" link."""


@dataclass(frozen=True, slots=True)
class OnlineGloss:
    """A word's gloss from the online service, for words the offline dictionary lacks."""

    text: str | None = None
    pending: bool = False
    service: str = ""
    """The service's name, shown with the gloss ("online · Google Translate")."""


def as_translation(value: SentenceTranslation | str | None) -> SentenceTranslation | None:
    if value is None or isinstance(value, SentenceTranslation):
        return value
    return SentenceTranslation(text=value) if value else None


def needs_online_gloss(card: WordCard) -> bool:
    """True for a word the offline dictionary does not explain (names and numbers excepted)."""
    return (
        not card.glosses
        and not card.compound
        and card.entity is None
        and card.pos not in {"proper noun", "number", "punctuation", "symbol"}
        and any(ch.isalpha() for ch in card.word)
    )


class WordDescriber:
    """Cards for the tokens of one analysed text (built lazily, then kept)."""

    def __init__(self, index: ReaderIndex, infos: InfoCache) -> None:
        self.index = index
        self.infos = infos
        self._cards: dict[int, WordCard] = {}

    def card(self, token_index: int) -> WordCard:
        card = self._cards.get(token_index)
        if card is None:
            key = lookup_key(self.index.analysis.tokens, token_index)
            info = self.infos.get(*key)
            card = make_card(self.index, token_index, info, frame=key[4])
            self._cards[token_index] = card
        return card
