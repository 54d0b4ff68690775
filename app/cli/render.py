"""The output of ``leselupe analyze``: its JSON object (a contract) and its readable summary."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any, TextIO

from app.core.results import ENTITY_LABELS
from app.dictionary import open_dictionary
from app.document import NO_META, DocumentMeta
from app.reading.numbers import plural
from app.vocab.marks import card_lemma, token_marks
from app.vocab.store import Vocabulary


def analysis_to_json(
    analysis: Any, source: str, with_tokens: bool = False, meta: DocumentMeta = NO_META
) -> dict[str, Any]:
    """The JSON object of ``leselupe analyze --json`` (field names are a contract)."""
    # deferred like every analysis import here: app.people loads the extractor and simplemma
    from app.people.export import person_record
    from app.quotes.export import entity_record, quote_record

    out: dict[str, Any] = {
        "source": source,
        "meta": meta.as_json(),
        "model": {"name": analysis.model.name, "version": analysis.model.version},
        "text": analysis.text,
        "entities": [
            {"start": e.start, "end": e.end, "label": e.label, "text": e.text}
            for e in analysis.entities
        ],
        "people": [person_record(p) for p in analysis.people],
        # any analysis-like object will do; one without quotes has none
        "quotes": [quote_record(q) for q in getattr(analysis, "quotes", ())],
        "places": [entity_record(r) for r in getattr(analysis, "places", ())],
        "organisations": [entity_record(r) for r in getattr(analysis, "organisations", ())],
    }
    if with_tokens:
        out["tokens"] = token_records(analysis)
    if analysis.notices:
        out["notices"] = list(analysis.notices)
    return out


def token_records(analysis: Any) -> list[dict[str, Any]]:
    """The ``tokens`` of ``analyze --json --tokens``: what each word card shows."""
    # deferred: the reading layer and its grammar tables cost ~0.13 s to import
    from app.reading.cards import (
        card_names,
        shown_glosses,
        shown_lemma,
        token_grammar,
        use_dictionary_genders,
        word_class,
    )
    from app.reading.lookups import (  # deferred: as above
        checked_info,
        lookup_key,
        place_of_text,
        text_places,
    )
    from app.reading.textmodel import ReaderIndex  # deferred: as above

    dictionary = open_dictionary()
    use_dictionary_genders(dictionary.lookup)
    tokens = []
    lemmas = []  # the lemma the word card shows: status and band belong to it
    index = ReaderIndex.build(analysis)  # the window's index: its entities and people
    names, proper = card_names(analysis, index)
    places = text_places(analysis.entities)
    for i, t in enumerate(analysis.tokens):
        key = lookup_key(analysis.tokens, i)
        # as the word card asks
        info = checked_info(key, dictionary.lookup(*key), dictionary.lookup)
        info = place_of_text(info, analysis.tokens, i, places)  # as the word card
        # the base form and grammar the word card shows, from the same functions
        grammar = token_grammar(analysis.tokens, i, info, i in names, i in proper, names.get(i))
        # the card's part of speech as a UD tag (one decision: word_class); an agency's
        # or district's code ("Reuters", "(dpa/sa)") is shown as it stands, untranslated
        kind = word_class(index, i, info, grammar, names.get(i))
        lemma = t.text
        glosses: tuple[str, ...] = ()
        if not kind.code:
            lemma = shown_lemma(grammar, info, t.lemma, t.text, key[4])
            label = names.get(i)
            glosses = shown_glosses(t.text, info.glosses, label, i in proper and label != "PER")
        tokens.append(
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "lemma": lemma,
                "pos": kind.ud,
                "glosses": list(glosses),
                **grammar.json_fields(),
            }
        )
        lemmas.append(card_lemma(info.lemma, t.lemma, t.text))
    vocabulary = Vocabulary()
    if vocabulary.notice:
        print(f"leselupe: note: {vocabulary.notice}", file=sys.stderr)
    marks = token_marks(analysis.tokens, analysis.entities, lemmas, vocabulary)
    for record, status, band in zip(tokens, marks.statuses, marks.bands, strict=True):
        record["status"] = status
        record["freq_band"] = band
    return tokens


def print_summary(analysis: Any, source: str, out: TextIO, meta: DocumentMeta = NO_META) -> None:
    """A readable summary: the document's metadata, the people table and entity counts."""
    model = analysis.model
    print(
        f"{source} — {plural(len(analysis.text), 'character', 'characters')},"
        f" {plural(len(analysis.sentences), 'sentence', 'sentences')},"
        f" {plural(len(analysis.tokens), 'token', 'tokens')}",
        file=out,
    )
    for label, value in (("Title", meta.title), ("By", meta.author), ("Date", meta.date),
                         ("Site", meta.site), ("URL", meta.url)):  # fmt: skip
        if value:
            print(f"{label}: {value}", file=out)
    print(f"Model: {model.name} {model.version} ({model.origin})", file=out)
    print(file=out)
    story = [p for p in analysis.people if not p.credit]
    credits = [p for p in analysis.people if p.credit]
    rows = [("Person", "Roles", "Age", "Party", "Mentions")]
    for p in story:
        rows.append(
            (
                p.name,
                "; ".join(p.roles) or "–",
                str(p.age) if p.age is not None else "–",
                p.party or "–",
                str(len(p.mentions)),
            )
        )
    if len(rows) == 1:
        print("No people found.", file=out)
    else:
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        for n, row in enumerate(rows):
            print(
                "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(),
                file=out,
            )
            if n == 0:
                print("  ".join("-" * w for w in widths), file=out)
    if credits:
        print(file=out)
        print("Credits (authors, photos): " + ", ".join(p.name for p in credits), file=out)
    print(file=out)
    counts = Counter(e.label for e in analysis.entities)
    print(
        "Entities: " + ", ".join(f"{label} {counts.get(label, 0)}" for label in ENTITY_LABELS),
        file=out,
    )
    for notice in analysis.notices:
        print(f"Note: {notice}", file=out)
