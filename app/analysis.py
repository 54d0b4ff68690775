"""The analysis of a German text: tokens, sentences, entities, people, places,
organisations and quotes.

:func:`analyze` runs the active spaCy pipeline over the text paragraph by
paragraph (``nlp.pipe``), maps every offset back to the original string and
returns plain immutable data. Nothing downstream (CLI, window, tests) touches
spaCy objects. This module must not import Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.core.gcpolicy import settle
from app.core.memo import trim_word_caches
from app.core.results import Entity, NamedEntity, Person, Quote, Sentence
from app.core.tokens import Token, TokenTable
from app.entities import places_and_organisations
from app.grammar import join_separable_verbs, retag_adjectival_participles, retag_degree_adverbs
from app.lexicon.lemmas import known_lemma
from app.lexicon.words import MONTHS, is_common_noun
from app.morphology.verbs import finite_form, participle_verb
from app.nlp import PipelineInfo, describe, load_pipeline_with_info
from app.people import extract_people
from app.people import warm_up as warm_up_people
from app.quotes import extract_quotes

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LABEL_MAP = {
    "PER": "PER", "PERSON": "PER",
    "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC", "FAC": "LOC",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NORP": "MISC",
    "MISC": "MISC", "OTH": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}  # fmt: skip

#: Longest piece handed to spaCy at once; longer paragraphs are cut at sentence ends.
MAX_CHUNK_CHARS = 50_000


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    tokens: TokenTable  # any sequence of Token given is stored as a TokenTable
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    people: tuple[Person, ...]
    model: PipelineInfo
    notices: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[NamedEntity, ...] = ()
    organisations: tuple[NamedEntity, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.tokens, TokenTable):
            object.__setattr__(self, "tokens", TokenTable.of(self.tokens))

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]


def iter_chunks(text: str, max_chars: int = MAX_CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` for each non-blank paragraph (line) of ``text``.

    Paragraphs longer than ``max_chars`` are cut after a sentence end, or at
    whitespace, or (for a pathological run without spaces) hard.
    """
    for match in re.finditer(r"[^\n]+", text):
        para = match.group()
        if not para.strip():
            continue
        offset = match.start()
        while len(para) > max_chars:
            cut = _cut_position(para, max_chars)
            yield offset, para[:cut]
            offset += cut
            para = para[cut:]
        if para.strip():
            yield offset, para


def _cut_position(para: str, max_chars: int) -> int:
    window = para[:max_chars]
    lower = max_chars // 2
    best = -1
    for m in re.finditer(r"[.!?…][\"'»«“”)]*\s+(?=\S)", window):
        if m.end() >= lower:
            best = m.end()
    if best > 0:
        return best
    space = window.rfind(" ", lower)
    return space + 1 if space > 0 else max_chars


def analyze(
    text: str,
    nlp: Language | None = None,
    info: PipelineInfo | None = None,
    *,
    credits: tuple[str, ...] = (),
) -> Analysis:
    """Analyse ``text`` with the active pipeline (or ``nlp``).

    ``credits`` are the names a document's byline credits (``Document.meta.credits``):
    a person of that name is marked as a credit, not a person of the story.
    """
    if nlp is None:
        nlp, info = load_pipeline_with_info()
    elif info is None:
        info = describe(nlp, "argument", None)
    assert info is not None
    prepare_run()
    return complete(text, parse_range(text, nlp), info, credits=credits)


@dataclass(frozen=True, slots=True)
class Parsed:
    """What the model found in ``text[start:end]``: tokens, sentences and raw entities.

    Offsets are into the whole text; token sentence ids count from 0 within this part.
    """

    start: int
    end: int
    tokens: TokenTable
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]


def prepare_run() -> None:
    """Before a document's analysis: lexicons loaded once, word caches trimmed."""
    _settle_lexicons()
    trim_word_caches()


def parse_range(text: str, nlp: Language, start: int = 0, end: int | None = None) -> Parsed:
    """Run the pipeline over the lines of ``text[start:end]`` (a range of whole lines).

    The expensive part of an analysis; a long text may be parsed range by range
    (the part on screen first) and the parts joined with :func:`merge_parsed`.
    """
    end = len(text) if end is None else end
    chunks = [(start + offset, chunk) for offset, chunk in iter_chunks(text[start:end])]
    docs = nlp.pipe((chunk for _, chunk in chunks), batch_size=32)
    tokens = _TokenColumns()
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for (offset, _chunk), doc in zip(chunks, docs, strict=True):
        _collect(doc, offset, text, tokens, sentences, entities)
    repair_participle_lemmas(tokens.texts, tokens.tags, tokens.morphs, tokens.lemmas)
    join_separable_verbs(
        tokens.texts, tokens.tags, tokens.morphs, tokens.sentence_ids, tokens.lemmas, known_lemma,
        finite_form,
    )  # fmt: skip
    retag_degree_adverbs(tokens.texts, tokens.tags, tokens.lemmas)
    retag_adjectival_participles(
        tokens.texts, tokens.tags, tokens.morphs, tokens.sentence_ids, tokens.lemmas, known_lemma
    )
    return Parsed(start, end, tokens.table(), tuple(sentences), tuple(entities))


def repair_participle_lemmas(
    texts: Sequence[str], tags: Sequence[str], morphs: Sequence[str], lemmas: list[str]
) -> int:
    """Give a verb's past participle the verb it is a participle of where the tagger's
    lemma is another verb (:func:`~app.morphology.verbs.participle_verb`: "gelangt" of
    gelangen, not gelingen; "vermisst" of vermissen, not vermessen), in place; returns
    how many."""
    changed = 0
    for i, text in enumerate(texts):
        if tags[i] != "VERB" or not text[:1].islower():
            continue
        verb = participle_verb(text, lemmas[i], "VerbForm=Part" in morphs[i])
        if verb:
            lemmas[i] = verb
            changed += 1
    return changed


def merge_parsed(parts: Sequence[Parsed]) -> Parsed:
    """Parts of one text (disjoint ranges, any order) as one, in text order."""
    ordered = sorted(parts, key=lambda p: p.start)
    if len(ordered) == 1:
        return ordered[0]
    columns = _TokenColumns()
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for part in ordered:
        shift = len(sentences)
        table = part.tokens
        columns.starts.extend(table.starts)
        columns.ends.extend(table.ends)
        columns.texts.extend(table.texts)
        columns.lemmas.extend(table.lemmas)
        columns.tags.extend(table.tags)
        columns.morphs.extend(table.morphs)
        columns.sentence_ids.extend(i + shift for i in table.sentence_ids)
        sentences.extend(part.sentences)
        entities.extend(part.entities)
    start = ordered[0].start if ordered else 0
    end = ordered[-1].end if ordered else 0
    return Parsed(start, end, columns.table(), tuple(sentences), tuple(entities))


def partial_analysis(text: str, parsed: Parsed, info: PipelineInfo) -> Analysis:
    """An analysis of the parsed parts alone, for showing them before the rest is done.

    Words, sentences and the model's names, without the steps that need the whole
    text (people, their mentions, quotes, places and organisations)."""
    return Analysis(text, parsed.tokens, parsed.sentences, parsed.entities, (), info)


def complete(
    text: str, parsed: Parsed, info: PipelineInfo, *, credits: tuple[str, ...] = ()
) -> Analysis:
    """The analysis of the whole text from its parse: people, entities, places, quotes."""
    token_table = parsed.tokens
    # A degree adverb may stand before a numeral at the start of the next part.
    tags = list(token_table.tags)
    if retag_degree_adverbs(token_table.texts, tags, token_table.lemmas):
        t = token_table
        token_table = TokenTable(
            t.starts, t.ends, t.texts, t.lemmas, tags, t.morphs, t.sentence_ids
        )
    sentence_tuple = parsed.sentences
    people = extract_people(text, token_table, sentence_tuple, parsed.entities)
    people = mark_credits(people, credits)
    entity_tuple = reconcile_entities(text, list(parsed.entities), people)
    places, organisations = places_and_organisations(text, token_table, entity_tuple)
    quotes = extract_quotes(text, token_table, people, organisations)
    notices = (
        ()
        if looks_german(token_table)
        else ("This text does not look German; Leselupe's analysis is made for German.",)
    )
    return Analysis(
        text, token_table, sentence_tuple, entity_tuple, people, info, notices,
        quotes, places, organisations,
    )  # fmt: skip


def mark_credits(people: tuple[Person, ...], credits: tuple[str, ...]) -> tuple[Person, ...]:
    """People whose name a byline credits become credits (listed after the story's people).

    A name matches a credit in full ("Anna Berger"), case aside, or as the credit's
    last name alone ("Berger"). Without credits the people are returned unchanged.
    """
    if not credits:
        return people
    full = {" ".join(c.split()).casefold() for c in credits}
    last = {c.split()[-1].casefold() for c in credits if c.split()}
    story: list[Person] = []
    credited: list[Person] = []
    for person in people:
        name = " ".join(person.name.split()).casefold()
        if not person.credit and (name in full or (" " not in name and name in last)):
            person = replace(person, credit=True)
        (credited if person.credit else story).append(person)
    return (*story, *credited)


_lexicons_settled = False


def _settle_lexicons() -> None:
    """Once per process: load the people lexicons, then freeze what is alive.

    The lexicons (some 20,000 role forms among them) live as long as the process; a
    full garbage collection walking them again and again costs tens of milliseconds
    each time, holding the interpreter lock (see :mod:`app.core.gcpolicy`)."""
    global _lexicons_settled
    if not _lexicons_settled:
        _lexicons_settled = True
        warm_up_people()
        settle()


class _TokenColumns:
    """The columns of a :class:`TokenTable` while they grow."""

    __slots__ = ("ends", "lemmas", "morphs", "sentence_ids", "starts", "tags", "texts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.lemmas: list[str] = []
        self.tags: list[str] = []
        self.morphs: list[str] = []
        self.sentence_ids: list[int] = []

    def table(self) -> TokenTable:
        return TokenTable(
            self.starts, self.ends, self.texts, self.lemmas,
            self.tags, self.morphs, self.sentence_ids,
        )  # fmt: skip


#: Last characters of a sentence: "Oberbürgermeister" alone, as a statistical sentence
#: splitter may cut it off before "Lars Henkel würdigte ...", is no sentence.
_SENTENCE_ENDS = frozenset(".!?…:;\"“”»«')")


def _may_end_sentence(text: str, prev_end: int, start: int) -> bool:
    """May a sentence end at ``prev_end`` and the next begin at ``start``?

    After sentence-final punctuation (or a closing quote/bracket), or across a line break.
    A closing quote right after a word ends no sentence: "Gerd „Bomber“ Wendtland schoss"
    (a nickname), "das Wort „Wende“ prägte" (a quoted word) go on."""
    if "\n" in text[prev_end:start]:
        return True
    last = text[prev_end - 1 : prev_end]
    if last in _CLOSING_QUOTES and text[prev_end - 2 : prev_end - 1].isalnum():
        return False
    if last == "." and _ROMAN_ORDINAL.search(text, max(0, prev_end - 24), prev_end):
        return False  # "Richter des VIII. Senats": a Roman ordinal after an article
    return last in _SENTENCE_ENDS


#: A Roman numeral with its full stop after an article or a contracted preposition: an
#: ordinal before its noun ("des VIII. Senats", "im III. Quartal"), no sentence end.
_ROMAN_ORDINAL = re.compile(
    r"(?<![\w])(?:des|der|dem|den|die|das|im|am|zum|zur|vom|beim)\s+[IVX]{1,6}\.\Z"
)


_CLOSING_QUOTES = frozenset("“”»«\"'")


def _opens_quote(text: str, start: int, end: int, next_start: int) -> bool:
    """Is the token at ``start:end`` a straight double quote that opens a quotation: a
    space (or the text's start) before it, the next word right after it ('… sagte: "Wir')?
    A statistical splitter leaves such a quote at the end of the previous sentence."""
    return (
        text[start:end] == '"' and end == next_start and (start == 0 or text[start - 1].isspace())
    )


#: Capitalised words that open a sentence after an age apposition: "…, Dr. A, 51. Die
#: Theologin setzte sich durch", "…, 67. Er folgt auf B".
_SENTENCE_OPENERS = frozenset(
    {
        *("Der", "Die", "Das", "Den", "Dem", "Dieser", "Diese"),
        *("Er", "Sie", "Ihr", "Ihre", "Sein", "Seine"),
        *("Im", "Am", "Mit", "Nach", "Seit", "Zuvor"),
    }
)
_AGE_WITH_STOP = re.compile(r"[1-9][0-9]?\.")


def _age_closes_sentence(before: list[str], word: str, following: str) -> bool:
    """Does an age apposition with a full stop (", 51.") end the sentence before ``word``?
    A statistical splitter reads "51." as an ordinal ("am 51. Tag") and runs on; after a
    comma and before a capitalised opener and a capitalised word ("Die Theologin", "Er
    folgt") it is an age that closes the sentence. Not "am 3. Die-Hard-Fans" (no comma
    before). A surname alone before a comma opens a sentence too ("…, 48. Feng, der …"),
    not a month ("Freitag, 5. Mai, um …") or another noun."""
    if len(before) < 2 or before[-2] != "," or _AGE_WITH_STOP.fullmatch(before[-1]) is None:
        return False
    if word in _SENTENCE_OPENERS:
        return following[:1].isupper() or (following[:1].islower() and word in {"Er", "Sie"})
    return (
        following == ","
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word not in MONTHS
        and not is_common_noun(word)
    )


def _next_word(text: str, offset: int, rows: list[list[int]], i: int) -> str:
    """The text of the token after row ``i`` that is no space ("" at the end)."""
    for idx, length, *_rest, is_space in rows[i + 1 : i + 3]:
        if not is_space:
            return text[offset + idx : offset + idx + length]
    return ""


def _collect(
    doc: Doc,
    offset: int,
    text: str,
    tokens: _TokenColumns,
    sentences: list[Sentence],
    entities: list[Entity],
) -> None:
    """Append ``doc``'s tokens, sentences and entities, shifted by ``offset``.

    Reads token attributes through ``Doc.to_array`` (one C call) instead of
    creating a Python ``Token`` object per word: several times faster.
    """
    if len(doc) == 0:
        return
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    rows = _token_rows(doc)
    strings = doc.vocab.strings
    pos_names: dict[int, str] = {}
    morph_names: dict[int, str] = {0: ""}
    sent_start = -1
    sent_end = -1
    index = len(sentences) - 1
    add_start, add_end = tokens.starts.append, tokens.ends.append
    add_text, add_lemma = tokens.texts.append, tokens.lemmas.append
    add_tag, add_morph = tokens.tags.append, tokens.morphs.append
    add_sentence = tokens.sentence_ids.append
    for i, (idx, length, lemma_id, pos_id, morph_id, is_start, is_space) in enumerate(rows):
        if is_space:
            continue
        start = offset + idx
        end = start + length
        if (
            sent_start < 0
            or (has_sents and is_start == 1 and i > 0 and _may_end_sentence(text, sent_end, start))
            or _age_closes_sentence(
                tokens.texts, text[start:end], _next_word(text, offset, rows, i)
            )
        ):
            if 0 <= sent_start < tokens.starts[-1] and _opens_quote(
                text, tokens.starts[-1], sent_end, start
            ):
                # '… gestiegen. "Wir können …': the straight quote (the last token) opens
                # the new sentence; the one before it ends the old
                sentences.append(Sentence(sent_start, tokens.ends[-2]))
                sent_start = tokens.starts[-1]
                index = len(sentences)
                tokens.sentence_ids[-1] = index
            else:
                if sent_start >= 0:
                    sentences.append(Sentence(sent_start, sent_end))
                sent_start = start
                index = len(sentences)
        sent_end = end
        word = text[start:end]
        pos = pos_names.get(pos_id)
        if pos is None:
            pos = pos_names[pos_id] = doc[i].pos_
        morph = morph_names.get(morph_id)
        if morph is None:
            morph = morph_names[morph_id] = str(doc[i].morph)
        lemma = strings[lemma_id] if lemma_id else word
        add_start(start)
        add_end(end)
        add_text(word)
        add_lemma(lemma or word)
        add_tag(pos)
        add_morph(morph)
        add_sentence(index)
    if sent_start >= 0:
        sentences.append(Sentence(sent_start, sent_end))
    _collect_entities(doc, offset, text, entities)


def _token_rows(doc: Doc) -> list[list[int]]:
    """Each token's offset, length, lemma, part of speech, morphology, sentence start
    and whether it is a space, as numbers (one C call)."""
    # spaCy (seconds to import) loads with the pipeline, not with this module
    from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS, SENT_START

    rows: list[list[int]] = doc.to_array(
        [IDX, LENGTH, LEMMA, POS, MORPH, SENT_START, IS_SPACE]
    ).tolist()
    return rows


def _collect_entities(doc: Doc, offset: int, text: str, entities: list[Entity]) -> None:
    """Append ``doc``'s entities of the known labels, shifted by ``offset``, trimmed."""
    for ent in doc.ents:
        label = _LABEL_MAP.get(ent.label_.upper())
        if label is None:
            continue
        start = offset + ent.start_char
        end = offset + ent.end_char
        # Trim whitespace the model may have included.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            entities.append(Entity(start, end, label, text[start:end]))


def reconcile_entities(
    text: str, entities: list[Entity], people: tuple[Person, ...]
) -> tuple[Entity, ...]:
    """The entities to show: PER spans are exactly the people's mentions.

    The people extractor repairs the model's PER spans (role words cut off,
    "(71)" left out, missed surname mentions added), so the colours in the window
    and the JSON agree with the people list. Other entities stay unless they
    overlap a person mention; a mention inside a longer firm's name that ends in a legal
    form or joins two names with "&" ("Heinrich Brockmeyer GmbH", "Jansen & Voss") is no
    person there and the firm stays whole, and so is a name right after a noun of a
    firm's kind that names no person ("Das Möbelhaus Wilhelm Brandt").
    """
    mentions = sorted({span for person in people for span in person.mentions})
    firms = [
        e for e in entities if e.label == "ORG" and (_ends_in_legal_form(e.text) or " & " in e.text)
    ]
    founders = [
        e
        for e in entities
        if e.label == "ORG"
        and _after_firm_kind(text, e.start)
        and not _AGE_AFTER.match(text, e.end)  # "Max Huber (61)": a person, not the firm
    ]
    if firms or founders:  # "Heinrich Brockmeyer GmbH": a surname in a firm's name is no
        # person there; "Das Möbelhaus Wilhelm Brandt": nor is the founder's whole name
        inside = _mentions_inside(mentions, firms, shorter=True)
        inside |= _mentions_inside(mentions, founders, shorter=False)
        mentions = [span for span in mentions if span not in inside]
    out = [Entity(start, end, "PER", text[start:end]) for start, end in mentions]
    starts = [start for start, _ in mentions]
    for ent in entities:
        if ent.label == "PER":
            continue
        k = bisect.bisect_left(starts, ent.end)
        # any mention starting before ent.end and ending after ent.start overlaps
        overlaps = any(mentions[j][1] > ent.start for j in range(max(0, k - 3), k))
        if not overlaps:
            out.append(ent)
    out.sort(key=lambda e: (e.start, e.end))
    return tuple(out)


def _mentions_inside(
    mentions: list[tuple[int, int]], spans: list[Entity], shorter: bool
) -> set[tuple[int, int]]:
    """The ``mentions`` (sorted) that lie within one of ``spans``, with ``shorter`` only
    those shorter than it: found by bisecting the mentions' starts, once per span (a long
    text has many mentions and firms)."""
    starts = [s for s, _ in mentions]
    inside: set[tuple[int, int]] = set()
    for f in spans:
        j = bisect.bisect_left(starts, f.start)
        while j < len(mentions) and mentions[j][0] <= f.end:
            s, e = mentions[j]
            if e <= f.end and (not shorter or e - s < f.end - f.start):
                inside.add((s, e))
            j += 1
    return inside


# "Max Huber (61)": an age in parentheses right after a name (rev_ents37)
_AGE_AFTER = re.compile(r"\s?\([1-9][0-9]?\)")


def _after_firm_kind(text: str, start: int) -> bool:
    """The word right before ``start`` is a noun of a firm's kind that names no person
    ("Das Möbelhaus Wilhelm Brandt", "der Spedition Gottlieb Maier"): the pipeline's
    organisation there is the firm named after its founder (ents37). Not across a line
    break: a headline ends there ("Großbrand in Spedition" / "Gottlieb Maier sagte ...")."""
    from app.nlp.components.org_place_words import firm_only_kind  # with the pipeline

    line = text[max(0, start - 40) : start].rsplit("\n", 1)[-1]
    words = line.split()
    return bool(words) and line[-1:].isspace() and firm_only_kind(words[-1])


def _ends_in_legal_form(name: str) -> bool:
    """'Heinrich Brockmeyer GmbH', 'Krause Bau GmbH & Co. KG': a company's name that ends
    in a legal form (a name of more than one word)."""
    from app.nlp.components.org_place_words import LEGAL_FORMS  # with the pipeline

    words = name.split()
    return len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1].rstrip(".") in LEGAL_FORMS)


_GERMAN_MARKERS = frozenset(
    {
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des",
        "zu", "mit", "auf", "für", "von", "sich", "auch", "es", "im", "in", "wie", "bei", "aus",
        "nach", "wird", "werden", "hat", "haben", "sind", "war", "dass", "oder", "aber", "als",
        "noch", "nur", "über", "vor", "so", "schon", "um", "ich", "wir", "sie", "er", "ihr",
    }
)  # fmt: skip


def looks_german(tokens: Sequence[Token]) -> bool:
    """A cheap check: do common German function words make up part of the text?"""
    texts = TokenTable.of(tokens).texts[:5000]
    words = [w.lower() for w in texts if w[:1].isalpha()]
    if len(words) < 8:
        return True  # too short to judge; do not nag
    hits = sum(1 for w in words if w in _GERMAN_MARKERS)
    return hits / len(words) >= 0.08
