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
import io
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

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
from app.document.fetch import fetch_document, is_web_url
from app.nlp import load_pipeline_with_info
from app.vocab.cli import add_subcommand as add_vocab_subcommand
from app.vocab.marks import card_lemma, token_marks
from app.vocab.store import Vocabulary

if TYPE_CHECKING:
    import multiprocessing.context

EXIT_USAGE = 2
SUBCOMMANDS = ("analyze", "brief", "doctor", "info", "lookup", "vocab")


class CliError(Exception):
    """An error reported as one line on stderr with exit code 2."""


def _error(message: str) -> int:
    print(f"leselupe: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def read_input(path: str, online: bool = False) -> Document:
    """A document from a path, a web address (only when ``online``), or stdin for ``-``."""
    if path == "-":
        return document_from_bytes(sys.stdin.buffer.read(), source="<stdin>")
    if is_web_url(path):
        if not online:
            raise CliError(NEEDS_ONLINE.format(path))
        return fetch_document(path)
    return load_document(path)


#: The one error line for an address given without ``--online`` (nothing is sent).
NEEDS_ONLINE = "{}: fetching a web page needs --online (nothing was sent)"


def refuse_offline_urls(paths: Sequence[str], online: bool) -> None:
    """Without ``--online``, any web address among ``paths`` stops the command before it starts."""
    if not online:
        for path in paths:
            if is_web_url(path):
                raise CliError(NEEDS_ONLINE.format(path))


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
    paths: list[str] = args.paths
    refuse_offline_urls(paths, args.online)
    if len(paths) > 1 or args.jsonl:
        return run_batch(args)
    # the analysis loads simplemma and the people lexicon (~0.4 s): lookup and info skip it
    from app.analysis import analyze

    doc = read_input(paths[0], args.online)
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


# -------------------------------------------------------------------------- batch

#: What a batch job is given: (path or URL, online allowed, as JSON, with tokens).
BatchTask = tuple[str, bool, bool, bool]
#: What it gives back: (the document's source, output, error message or None, notes).
BatchOutcome = tuple[str, str, str | None, list[str]]


def run_batch(args: argparse.Namespace) -> int:
    """Several documents (or ``--jsonl``): one output per document, in input order.

    The documents are analysed by a process pool with one worker per available
    core, each loading the pipeline once; a document that fails gives its error
    (``{"source": ..., "error": ...}`` with ``--jsonl``) and the others go on.
    Exit code 1 when any failed.
    """
    paths: list[str] = args.paths
    if "-" in paths and len(paths) > 1:
        raise CliError("standard input (-) cannot be combined with other documents")
    if args.json and not args.jsonl:
        raise CliError("several documents are written with --jsonl (one JSON object per line)")
    if args.workers < 0:
        raise CliError("--workers must be 0 (one per core) or more")
    tasks = [(path, bool(args.online), bool(args.jsonl), bool(args.tokens)) for path in paths]
    workers = min(len(tasks), args.workers or len(os.sched_getaffinity(0)))
    progress = _Progress(len(tasks)) if sys.stderr.isatty() else None
    failed = 0
    for n, (_source, output, error, notes) in enumerate(_batch_outcomes(tasks, workers), 1):
        for note in notes:
            print(f"leselupe: note: {note}", file=sys.stderr)
        if progress is not None:
            progress.clear()
        if error is not None:
            failed += 1
            if not args.jsonl:
                print(f"leselupe: error: {error}", file=sys.stderr)
        if output:
            sys.stdout.write(output)
            sys.stdout.flush()
        if progress is not None:
            progress.show(n)
    if progress is not None:
        progress.clear()
    return 1 if failed else 0


def _batch_outcomes(tasks: list[BatchTask], workers: int) -> Iterator[BatchOutcome]:
    """The outcomes in input order (finished ones wait for those before them)."""
    if workers <= 1:
        _batch_init()
        yield from map(batch_job, tasks)
        return
    import multiprocessing  # deferred: only batches start processes

    context: multiprocessing.context.BaseContext
    if "fork" in multiprocessing.get_all_start_methods():
        # Load the pipeline once, here: the forked workers share it (copy on write;
        # settled, so no collection touches and copies it) instead of each loading it.
        _batch_init()
        settle()
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")  # each worker loads it once
    yield from _pool_outcomes(tasks, workers, context)


def _pool_outcomes(
    tasks: list[BatchTask], workers: int, context: multiprocessing.context.BaseContext
) -> Iterator[BatchOutcome]:
    """A pool's outcomes in input order, surviving workers that die (killed, out of memory).

    A dead worker breaks the pool: the first document without an outcome is then
    tried in a process of its own (failing alone if it was the one), and the rest
    go on in a new pool.
    """
    from concurrent.futures import ProcessPoolExecutor  # deferred with multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    rest = tasks
    while rest:
        broken_at = None
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_batch_init) as pool:
            futures = [pool.submit(batch_job, task) for task in rest]
            for n, future in enumerate(futures):
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    broken_at = n
                    break
                yield outcome
        if broken_at is None:
            return
        task = rest[broken_at]
        with ProcessPoolExecutor(1, mp_context=context, initializer=_batch_init) as alone:
            try:
                yield alone.submit(batch_job, task).result()
            except BrokenProcessPool:
                yield _batch_failure(task, f"{task[0]}: the process analysing it stopped")
        rest = rest[broken_at + 1 :]


def _batch_init() -> None:
    """Each batch worker loads the pipeline and the analysis' word lists once."""
    from app.analysis import analyze  # deferred like every analysis import here

    with collection_paused():
        analyze("Der Bundestag tagt in Berlin.", credits=())


def batch_job(task: BatchTask) -> BatchOutcome:
    """Analyse one document of a batch; every failure becomes its error message."""
    from app.analysis import analyze  # deferred like every analysis import here

    path, online, as_json, tokens = task
    try:
        doc = read_input(path, online)
        with collection_paused():
            analysis = analyze(doc.text, credits=doc.meta.credits)
            notes = [*doc.notices, *analysis.notices]
            if as_json:
                record = analysis_to_json(analysis, doc.source, with_tokens=tokens, meta=doc.meta)
                return doc.source, json.dumps(record, ensure_ascii=False) + "\n", None, notes
            out = io.StringIO()
            print_summary(analysis, doc.source, out, doc.meta)
            return doc.source, out.getvalue() + "\n", None, notes
    except Exception as exc:  # one document's failure, whatever it is, ends only its line
        message = str(exc) or type(exc).__name__
        if isinstance(exc, MemoryError):
            message = f"{path}: not enough memory for this document"
        elif not isinstance(exc, (DocumentError, CliError)):
            message = f"{path}: {type(exc).__name__}: {message}"
        return _batch_failure(task, message)


def _batch_failure(task: BatchTask, message: str) -> BatchOutcome:
    """The outcome of a document that failed: its error line (with --jsonl) and message."""
    path, as_json = task[0], task[2]
    line = json.dumps({"source": path, "error": message}, ensure_ascii=False) + "\n"
    return path, line if as_json else "", message, []


class _Progress:
    """A one-line progress bar on a terminal's stderr."""

    WIDTH = 30

    def __init__(self, total: int) -> None:
        self.total = total
        self.started = time.monotonic()

    def show(self, done: int) -> None:
        filled = round(self.WIDTH * done / self.total)
        rate = done / max(time.monotonic() - self.started, 1e-6)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        sys.stderr.write(f"\r[{bar}] {done}/{self.total}  {rate:.1f} docs/s")
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


# -------------------------------------------------------------------------- brief


def cmd_brief(args: argparse.Namespace) -> int:
    """``leselupe brief FILE|URL``: people, who said what, organisations and places."""
    from app.analysis import analyze  # deferred like every analysis import here
    from app.reading.brief import make_briefing, render

    refuse_offline_urls([args.path], args.online)
    doc = read_input(args.path, args.online)
    for notice in doc.notices:
        print(f"leselupe: note: {notice}", file=sys.stderr)
    with collection_paused():
        analysis = analyze(doc.text, credits=doc.meta.credits)
    why = (
        "the translation service did not answer"
        if args.online
        else "not in the translation cache; --online asks the translation service"
    )
    briefing = make_briefing(
        doc,
        analysis,
        brief_translator(args.online),
        with_sentences=args.translation,
        why_missing=why,
    )
    text = render(briefing, args.format)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise CliError(f"{args.output}: cannot be written ({exc.strerror or exc})") from exc
    else:
        sys.stdout.write(text)
    return 0


def brief_translator(online: bool) -> Callable[[Sequence[str]], list[str | None]]:
    """English translations from the cache, and from the online service only when ``online``."""
    from app.translate import (  # deferred: only briefings translate on the command line
        TranslationCache,
        TranslationService,
        TranslationSettings,
        default_cache_path,
    )

    def translate(texts: Sequence[str]) -> list[str | None]:
        cache = TranslationCache(default_cache_path())
        service = TranslationService(TranslationSettings(online=online), cache)
        try:
            if not online:
                return service.cached_many(texts)
            return [result.translation for result in service.translate(texts)]
        finally:
            service.close()
            cache.close()

    return translate


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
    p = sub.add_parser("analyze", help="analyse German texts (files, web pages, or - for stdin)")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH|URL",
        help="text, Markdown or HTML files, web addresses (with --online), or - for stdin",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--jsonl", action="store_true", help="one JSON object per document and line")
    p.add_argument("--tokens", action="store_true", help="include tokens with lemmas and glosses")
    p.add_argument("--online", action="store_true", help="allow fetching web addresses")
    p.add_argument(
        "-w",
        "--workers",
        type=int,
        default=0,
        help="processes for several documents (default: one per available core)",
    )
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser("brief", help="a briefing: people, who said what, organisations, places")
    p.add_argument("path", metavar="PATH|URL", help="an article file, a web address, or -")
    p.add_argument("--online", action="store_true", help="allow fetching and online translation")
    p.add_argument("--format", choices=("md", "html", "json"), default="md", help="output format")
    p.add_argument(
        "--translation", action="store_true", help="add the article's translation by sentence"
    )
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    p.set_defaults(func=cmd_brief)
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
    parser.add_argument(
        "file", nargs="?", help="article or web address to open (default: the sample article)"
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="exit after the analysis is shown, printing timings as JSON",
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        help="save the window as a PNG once the analysis is shown, then exit",
    )
    parser.add_argument(
        "--scroll",
        type=float,
        default=0.0,
        metavar="FRACTION",
        help="with --screenshot: scroll to this fraction of the article first (0-1)",
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
    if args.scroll != 0.0 and args.screenshot is None:
        return _error("--scroll goes with --screenshot OUT.png")
    try:
        ui_main = importlib.import_module("app.ui.main")
    except ImportError:
        ui_main = None
    if ui_main is not None:
        return int(
            ui_main.run(
                args.file,
                quit_when_ready=args.quit_when_ready,
                screenshot=args.screenshot,
                scroll=args.scroll,
            )
        )
    from app.analysis import analyze  # heavy (simplemma, lexicon): only without the window

    if args.file and is_web_url(args.file):
        raise CliError(f"{args.file}: web pages open in the window; without it: analyze --online")
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
                "\nsubcommands:\n  analyze PATH|URL|-... [--json|--jsonl] [--tokens] [--online]\n"
                "  brief PATH|URL|- [--online] [--format md|html|json] [--translation]\n"
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
