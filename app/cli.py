"""The ``leselupe`` command: the window, or ``analyze`` / ``lookup`` / ``info`` / ``vocab``.

The JSON written by ``analyze --json`` and ``lookup --json`` is a contract that
other tools rely on; keep its field names. Errors are one line on stderr and
exit code 2, never a traceback. No Qt is imported here unless the window is
asked for.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from app import __version__
from app.core.gcpolicy import collection_paused, settle
from app.core.paths import sample_article_path
from app.core.results import ENTITY_LABELS
from app.dictionary import open_dictionary
from app.document import (
    NO_META,
    Document,
    DocumentError,
    DocumentMeta,
    document_from_bytes,
    load_document,
)
from app.nlp import load_pipeline_with_info
from app.vocab.cli import add_subcommand as add_vocab_subcommand
from app.vocab.marks import card_lemma, token_marks
from app.vocab.store import Vocabulary

EXIT_USAGE = 2
SUBCOMMANDS = ("analyze", "doctor", "info", "lookup", "vocab")


class CliError(Exception):
    """An error reported as one line on stderr with exit code 2."""


def _error(message: str) -> int:
    print(f"leselupe: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def read_input(path: str) -> Document:
    """A document from a path, or from stdin when ``path`` is ``-``."""
    if path == "-":
        return document_from_bytes(sys.stdin.buffer.read(), source="<stdin>")
    return load_document(path)


# ------------------------------------------------------------------------ analyze


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
        # deferred: the reading layer and its grammar tables cost ~0.13 s to import
        from app.reading.cards import name_tokens, token_grammar, use_dictionary_genders
        from app.reading.lookups import lookup_key

        dictionary = open_dictionary()
        use_dictionary_genders(dictionary.lookup)
        tokens = []
        lemmas = []  # the lemma the word card shows: status and band belong to it
        in_names = name_tokens(analysis)
        for i, t in enumerate(analysis.tokens):
            info = dictionary.lookup(*lookup_key(analysis.tokens, i))  # as the word card asks
            tokens.append(
                {
                    "start": t.start,
                    "end": t.end,
                    "text": t.text,
                    "lemma": info.lemma or t.lemma,
                    "pos": info.pos or t.pos,
                    "glosses": list(info.glosses),
                    # the grammar the word card shows, from the same function
                    **token_grammar(analysis.tokens, i, info, i in in_names).json_fields(),
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
        out["tokens"] = tokens
    if analysis.notices:
        out["notices"] = list(analysis.notices)
    return out


def print_summary(analysis: Any, source: str, out: TextIO, meta: DocumentMeta = NO_META) -> None:
    """A readable summary: the document's metadata, the people table and entity counts."""
    model = analysis.model
    print(
        f"{source} — {len(analysis.text):,} characters, {len(analysis.sentences)} sentences,"
        f" {len(analysis.tokens):,} tokens",
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
        print("Photo credits: " + ", ".join(p.name for p in credits), file=out)
    print(file=out)
    counts = Counter(e.label for e in analysis.entities)
    print(
        "Entities: " + ", ".join(f"{label} {counts.get(label, 0)}" for label in ENTITY_LABELS),
        file=out,
    )
    for notice in analysis.notices:
        print(f"Note: {notice}", file=out)


def cmd_analyze(args: argparse.Namespace) -> int:
    # the analysis loads simplemma and the people lexicon (~0.4 s): lookup and info skip it
    from app.analysis import analyze

    doc = read_input(args.path)
    for notice in doc.notices:
        print(f"leselupe: note: {notice}", file=sys.stderr)
    with collection_paused():  # as the window does: no cycles, no collections
        analysis = analyze(doc.text, credits=doc.meta.credits)
        for notice in analysis.notices:
            print(f"leselupe: note: {notice}", file=sys.stderr)
        if args.json:
            json.dump(
                analysis_to_json(analysis, doc.source, with_tokens=args.tokens, meta=doc.meta),
                sys.stdout,
                ensure_ascii=False,
            )
            sys.stdout.write("\n")
        else:
            print_summary(analysis, doc.source, sys.stdout, doc.meta)
    return 0


# --------------------------------------------------------------------------- info


def cmd_info(args: argparse.Namespace) -> int:
    _, info = load_pipeline_with_info()
    data = {
        "name": info.name,
        "version": info.version,
        "components": list(info.components),
        "labels": list(info.labels),
        "origin": info.origin,
        "path": info.path,
        "sources": list(info.sources),
        "leselupe": __version__,
    }
    dictionary = open_dictionary()
    data["dictionary"] = getattr(dictionary, "description", None) or (dictionary.error or "")
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"Pipeline:   {info.name} {info.version}")
    print(f"Origin:     {info.origin}" + (f" ({info.path})" if info.path else ""))
    print(f"Components: {', '.join(info.components) or '–'}")
    print(f"Labels:     {', '.join(info.labels) or '–'}")
    if info.sources:
        print(f"Trained on: {'; '.join(info.sources)}")
    print(f"Dictionary: {data['dictionary']}")
    print(f"Leselupe:   {__version__}")
    return 0


# ------------------------------------------------------------------------- lookup


def _lookup_words(args: argparse.Namespace) -> Iterable[str]:
    if args.stdin:
        for line in sys.stdin:
            word = line.strip()
            if word:
                yield word
    else:
        yield from args.words


def _lookup_json(info: Any) -> str:
    """One line of ``lookup --json`` (field names are a contract)."""
    record = {
        "word": info.word,
        "lemma": info.lemma,
        "pos": info.pos,
        "gender": info.gender,
        "plural": info.plural,
        "glosses": list(info.glosses),
        "compound": [
            {"text": c.text, "lemma": c.lemma, "glosses": list(c.glosses)} for c in info.compound
        ],
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def _lookup_text(info: Any) -> str:
    head = info.word
    if info.lemma and info.lemma != info.word:
        head += f" ({info.lemma})"
    details = ", ".join(
        x for x in (info.pos, info.article, info.plural and f"pl. {info.plural}") if x
    )
    lines = [f"{head}{' — ' + details if details else ''}"]
    lines += [f"    {gloss}" for gloss in info.glosses]
    lines += [f"    + {part.text}: {'; '.join(part.glosses) or '–'}" for part in info.compound]
    if not info.glosses and not info.compound:
        lines.append("    (no entry)")
    return "\n".join(lines) + "\n"


def cmd_lookup(args: argparse.Namespace) -> int:
    if not args.stdin and not args.words:
        raise CliError("lookup needs words or --stdin")
    dictionary = open_dictionary()
    if dictionary.error:
        print(f"leselupe: note: {dictionary.error}", file=sys.stderr)
    out = sys.stdout
    render = _lookup_json if args.json else _lookup_text
    rendered: dict[str, str] = {}  # repeated words (most of a text) are formatted once
    buffer: list[str] = []
    for word in _lookup_words(args):
        text = rendered.get(word)
        if text is None:
            text = render(dictionary.lookup(word))
            if len(rendered) < 100_000:
                rendered[word] = text
        buffer.append(text)
        if len(buffer) >= 256:
            out.write("".join(buffer))
            buffer.clear()
            settle()  # the caches hold no cycles: the collector need not walk them again
    out.write("".join(buffer))
    return 0


# --------------------------------------------------------------------------- main


def _subcommand_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="leselupe", description="German reading assistant.")
    parser.add_argument("--version", action="version", version=f"leselupe {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="analyse a German text (a file, or - for stdin)")
    p.add_argument("path", help="text, Markdown or HTML file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--tokens", action="store_true", help="include tokens with lemmas and glosses")
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser("info", help="show the active spaCy pipeline")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_info)
    p = sub.add_parser("lookup", help="look German words up in the offline dictionary")
    p.add_argument("words", nargs="*", help="words to look up")
    p.add_argument("--stdin", action="store_true", help="read one word per line from stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_lookup)
    p = sub.add_parser("doctor", help="check that the window can start; model, dictionary, cache")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_doctor)
    add_vocab_subcommand(sub)
    return parser


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.doctor import run_doctor  # deferred: only this command needs the checks

    return run_doctor(as_json=args.json)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leselupe",
        description="German reading assistant. Subcommands: analyze, lookup, info, vocab, doctor.",
    )
    parser.add_argument("--version", action="version", version=f"leselupe {__version__}")
    parser.add_argument("file", nargs="?", help="article to open (default: the sample article)")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit after the analysis is shown, printing timings as JSON",
    )
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Leselupe to the applications menu (launcher and icons in $XDG_DATA_HOME)",
    )
    parser.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop added"
    )
    return parser


def run_window(args: argparse.Namespace) -> int:
    """Open the reading window (falls back to a text summary without the UI)."""
    if args.install_desktop or args.uninstall_desktop:
        from app.desktop import run_desktop_command  # deferred: only for these two flags

        return run_desktop_command(install=args.install_desktop)
    try:
        ui_main = importlib.import_module("app.ui.main")
    except ImportError:
        ui_main = None
    if ui_main is not None:
        return int(ui_main.run(args.file, quit_when_ready=args.quit_when_ready))
    from app.analysis import analyze  # heavy (simplemma, lexicon): only without the window

    path = args.file or str(sample_article_path())
    doc = load_document(path)
    print_summary(analyze(doc.text), doc.source, sys.stdout)
    return 0


def _tolerant_stdio() -> None:
    """File names and input bytes need not be valid UTF-8 (Linux allows any bytes):
    write them with a replacement character instead of failing mid-output
    (stdout is strict under a UTF-8 locale), and read undecodable stdin lines
    the same way."""
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_stdio()
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _subcommand_parser().parse_args(argv)
            return int(args.func(args))
        if argv and argv[0] in {"-h", "--help"} and len(argv) == 1:
            _window_parser().print_help()
            print(
                "\nsubcommands:\n  analyze PATH|- [--json] [--tokens]\n"
                "  lookup WORD...|--stdin [--json]\n  info [--json]\n"
                "  vocab mark|add|list|export|import …  (leselupe vocab -h)\n  doctor [--json]"
            )
            return 0
        return run_window(_window_parser().parse_args(argv))
    except (DocumentError, CliError) as exc:
        return _error(str(exc))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        return _error("not enough memory for this document")
    except RuntimeError as exc:
        return _error(str(exc))
