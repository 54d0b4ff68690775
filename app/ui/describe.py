"""What the reader says about one word: readable grammar and the tooltip / Word panel text.

Turns a token of the analysis plus the dictionary's :class:`WordInfo` (and the
entity or person at that place) into a :class:`WordCard`, and a card into the
small HTML of the hover tooltip, the fuller HTML of the Word panel, or plain
text for the clipboard. Building a card is cached per token and must stay well
under 2 ms, because it runs on the UI thread while the mouse moves. This module
must not import Qt and never touches spaCy objects.
"""

from __future__ import annotations

import html
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.core.results import Person
from app.core.tokens import TokenTable
from app.dictionary import CompoundPart, WordInfo
from app.grammar import frame_at, is_split_particle
from app.ui.textmodel import ReaderIndex

#: (word, lemma, POS, morphology, verb frame): what a dictionary answer depends on.
LookupKey = tuple[str, str, str, str, str]
LookupFunction = Callable[[str, str, str, str, str], WordInfo]

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


@dataclass(frozen=True, slots=True)
class HtmlStyle:
    """Colours used in the generated HTML (from the active theme)."""

    text: str
    muted: str
    accent: str
    entity: dict[str, str]


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


# ----------------------------------------------------------------------------- HTML


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _headword(card: WordCard) -> str:
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


def person_line(person: Person) -> str:
    """``Kreml-Despot, 71 years, SPD`` (plain text)."""
    bits = list(person.roles)
    if person.age is not None:
        bits.append(f"{person.age} years")
    if person.party:
        bits.append(person.party)
    if person.credit:
        bits.append("photo credit")
    return ", ".join(bits)


def _entity_html(card: WordCard, style: HtmlStyle) -> str:
    if not card.entity:
        return ""
    colour = style.entity.get(card.entity, style.accent)
    label = ENTITY_NAMES.get(card.entity, card.entity)
    if card.person is not None:
        name = card.person.name
        detail = person_line(card.person)
        text = f"<b>{_e(name)}</b>" + (f" — {_e(detail)}" if detail else "")
    else:
        text = f"<b>{_e(card.entity_text or card.word)}</b>"
    return (
        f'<p style="margin-top:6px"><span style="color:{colour}">●</span>'
        f' <span style="color:{style.muted}">{label}</span>&nbsp; {text}</p>'
    )


def _compound_html(card: WordCard, style: HtmlStyle, limit: int) -> str:
    if not card.compound:
        return ""
    pieces = []
    for part in card.compound:
        gloss = "; ".join(part.glosses[:limit])
        pieces.append(
            f"<b>{_e(part.text)}</b>"
            + (f' <span style="color:{style.muted}">({_e(gloss)})</span>' if gloss else "")
        )
    return f'<p style="margin-top:4px">{" + ".join(pieces)}</p>'


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


TRANSLATE_LINK = "leselupe:translate-sentence"
PENDING_TEXT = "translating…"


def _as_translation(value: SentenceTranslation | str | None) -> SentenceTranslation | None:
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


def _online_gloss_html(gloss: OnlineGloss, style: HtmlStyle, margin: int) -> str:
    mark = "online" + (f" · {_e(gloss.service)}" if gloss.service else "")
    badge = f'<span style="color:{style.muted}; font-size:small">&nbsp;&nbsp;{mark}</span>'
    if gloss.text:
        return f'<p style="margin-top:{margin}px">{_e(gloss.text)}{badge}</p>'
    return (
        f'<p style="margin-top:{margin}px; color:{style.muted}"><i>no dictionary entry · '
        f"looking it up online…</i></p>"
    )


def _sentence_translation_html(tr: SentenceTranslation, style: HtmlStyle, panel: bool) -> str:
    label = tr.language.upper() if panel else tr.language
    size = "small"
    head = (
        f'<p style="margin-top:{12 if panel else 8}px; margin-bottom:0; color:{style.muted}; '
        f'font-size:{size}">{_e(label)}</p>'
    )
    if tr.text:
        return head + f'<p style="margin-top:2px">{_e(tr.text)}</p>'
    if tr.pending:
        return head + f'<p style="margin-top:2px; color:{style.muted}"><i>{PENDING_TEXT}</i></p>'
    if panel and (tr.note or tr.offer):
        link = (
            f' <a href="{TRANSLATE_LINK}" style="color:{style.accent}; text-decoration:none">'
            "Translate this sentence</a>"
            if tr.offer
            else ""
        )
        note = _e(tr.note) + ("." if tr.note and not tr.note.endswith(".") else "")
        return head + f'<p style="margin-top:2px; color:{style.muted}">{note}{link}</p>'
    return ""


def tooltip_html(
    card: WordCard,
    style: HtmlStyle,
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
) -> str:
    """The hover tooltip: compact, at most four glosses; the sentence's translation last."""
    out = [
        f'<p style="margin:0"><span style="font-size:large; font-weight:600">{_e(card.word)}'
        "</span></p>"
    ]
    head = _headword(card)
    forms = []
    if head and head != card.word:
        forms.append(head)
    if card.plural:
        forms.append(f"plural {card.plural}")
    if forms:
        out.append(f'<p style="margin:0; color:{style.muted}">{_e(" · ".join(forms))}</p>')
    grammar = ", ".join(filter(None, (card.pos, card.gender if not card.article else None)))
    grammar = " · ".join(filter(None, (grammar, card.morph)))
    if grammar:
        out.append(f'<p style="margin:0; color:{style.muted}">{_e(grammar)}</p>')
    if card.glosses:
        glosses = "; ".join(card.glosses[:4])
        more = f' <span style="color:{style.muted}">…</span>' if len(card.glosses) > 4 else ""
        out.append(f'<p style="margin-top:6px">{_e(glosses)}{more}</p>')
    out.append(_compound_html(card, style, 2))
    if not card.glosses and not card.compound and card.pos not in {"proper noun", "number"}:
        if gloss is not None and (gloss.text or gloss.pending):
            out.append(_online_gloss_html(gloss, style, 6))
        else:
            out.append(
                f'<p style="margin-top:6px; color:{style.muted}"><i>no dictionary entry</i></p>'
            )
    out.append(_entity_html(card, style))
    tr = _as_translation(translation)
    if tr is not None:
        out.append(_sentence_translation_html(tr, style, panel=False))
    return "".join(out)


def panel_html(
    card: WordCard,
    style: HtmlStyle,
    sentence: str,
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
) -> str:
    """The Word panel: everything, including all glosses, the sentence and its translation."""
    out = [
        f'<p style="margin:0"><span style="font-size:x-large; font-weight:600">'
        f"{_e(card.word)}</span></p>"
    ]
    head = _headword(card)
    if head and head != card.word:
        out.append(f'<p style="margin:0">{_e(head)}</p>')
    rows = [
        ("Grammar", grammar_line(card)),
        ("Form", card.morph),
    ]
    out.append('<table cellspacing="0" cellpadding="1" style="margin-top:6px">')
    for label, value in rows:
        if value:
            out.append(
                f'<tr><td style="color:{style.muted}; padding-right:10px">{label}</td>'
                f"<td>{_e(value)}</td></tr>"
            )
    out.append("</table>")
    if card.glosses:
        out.append('<ol style="margin-top:6px; margin-left:0px; -qt-list-indent:1">')
        out.extend(f"<li>{_e(g)}</li>" for g in card.glosses[:12])
        out.append("</ol>")
    elif card.pos not in {"proper noun", "number", "punctuation"} and not card.compound:
        out.append(f'<p style="color:{style.muted}"><i>No entry in the offline dictionary.</i></p>')
        if gloss is not None and (gloss.text or gloss.pending):
            out.append(_online_gloss_html(gloss, style, 0))
    out.append(_compound_html(card, style, 3))
    out.append(_entity_html(card, style))
    out.append(
        f'<p style="margin-top:12px; color:{style.muted}; font-size:small">SENTENCE</p>'
        f'<p style="margin-top:2px">{_e(sentence)}</p>'
    )
    tr = _as_translation(translation)
    if tr is not None:
        out.append(_sentence_translation_html(tr, style, panel=True))
    return "".join(out)


def card_text(
    card: WordCard,
    sentence: str = "",
    translation: SentenceTranslation | str | None = None,
    gloss: OnlineGloss | None = None,
) -> str:
    """Plain text of a card, for the clipboard."""
    lines = [card.word]
    head = _headword(card)
    if head and head != card.word:
        lines.append(head)
    for value in (grammar_line(card), card.morph):
        if value:
            lines.append(value)
    lines.extend(f"- {g}" for g in card.glosses)
    if gloss is not None and gloss.text:
        lines.append(f"- {gloss.text} (online" + (f", {gloss.service})" if gloss.service else ")"))
    if card.compound:
        lines.append(
            " + ".join(
                f"{p.text} ({'; '.join(p.glosses[:3])})" if p.glosses else p.text
                for p in card.compound
            )
        )
    if card.entity:
        label = ENTITY_NAMES.get(card.entity, card.entity)
        if card.person is not None:
            detail = person_line(card.person)
            lines.append(f"{label}: {card.person.name}" + (f" — {detail}" if detail else ""))
        else:
            lines.append(f"{label}: {card.entity_text or card.word}")
    if sentence:
        lines.append("")
        lines.append(sentence)
    tr = _as_translation(translation)
    if tr is not None and tr.text:
        lines.append(tr.text)
    return "\n".join(lines)


# -------------------------------------------------------------------------- caching


class InfoCache:
    """Dictionary answers by (word, lemma, POS, morphology), oldest dropped first.

    :meth:`get` runs on the UI thread. :meth:`prefetch` runs on a worker thread
    and fills a separate table that :meth:`get` reads, so that by the time the
    mouse reaches a word its (possibly slow) lookup has usually been done.
    Plain dict reads and writes are atomic in CPython, so no lock is needed.
    """

    PREFETCH_LIMIT = 100_000
    YIELD_AFTER = 0.002  # seconds of prefetch work between two turns for the UI thread
    #: how long the prefetch then rests: long enough for a UI thread that waits for the
    #: interpreter lock to take it (a bare sleep(0) hands it back at once)
    REST = 0.001

    def __init__(self, lookup: LookupFunction, size: int = 20_000) -> None:
        self._lookup = lookup
        self._size = size
        self._cache: OrderedDict[LookupKey, WordInfo] = OrderedDict()
        self._prefetched: dict[LookupKey, WordInfo] = {}

    def get(self, text: str, lemma: str, pos: str, morph: str, frame: str = "") -> WordInfo:
        key = (text, lemma, pos, morph, frame)
        info = self._cache.get(key)
        if info is None:
            info = self._prefetched.get(key)
        if info is None:
            info = self._safe_lookup(key)
        self._cache[key] = info
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return info

    def prefetch(self, keys: Iterable[LookupKey], stop: Callable[[], bool]) -> int:
        """Look ``keys`` up ahead of time (worker thread); returns how many were new."""
        done = 0
        table = self._prefetched
        clock = time.perf_counter
        turn = clock()
        for key in keys:
            if stop() or len(table) >= self.PREFETCH_LIMIT:
                break
            if clock() - turn > self.YIELD_AFTER:
                time.sleep(self.REST)  # hand the interpreter lock to the UI thread now
                turn = clock()
            if key in table or key in self._cache:
                continue
            table[key] = self._safe_lookup(key)
            done += 1
        return done

    def _safe_lookup(self, key: LookupKey) -> WordInfo:
        try:
            return self._lookup(*key)
        except Exception:  # the dictionary promises not to raise; never crash on hover
            return WordInfo(word=key[0], lemma=key[1], pos=key[2], source="")

    def clear(self) -> None:
        self._cache.clear()
        self._prefetched.clear()


def lookup_key(tokens: TokenTable, i: int) -> LookupKey:
    """The dictionary key of token ``i``: word, lemma, POS, morphology, verb frame."""
    frame = frame_at(tokens, i) if tokens.tags[i] == "VERB" else ""
    return (tokens.texts[i], tokens.lemmas[i], tokens.tags[i], tokens.morphs[i], frame)


def lookup_keys(index: ReaderIndex, first: Iterable[int] = ()) -> Iterator[LookupKey]:
    """Dictionary keys of the text's words: the tokens in ``first``, then all in text order.

    Repeated keys come again: the prefetch skips them, and it checks its clock for
    each. (A generator that dropped them itself ran for a long stretch over a long
    text's repeats without giving the prefetch a turn to hand the interpreter lock
    to the UI thread.)"""
    tokens = index.analysis.tokens
    for order in (first, index.words):
        for i in order:
            yield lookup_key(tokens, i)


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
