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
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.analyze import cmd_analyze
from app.cli.batch import _batch_outcomes, batch_job, run_batch
from app.cli.brief import brief_translator, cmd_brief
from app.cli.common import (
    EXIT_USAGE,
    NEEDS_ONLINE,
    CliError,
    read_input,
    refuse_offline_urls,
    report_error,
)
from app.cli.lookup import cmd_info, cmd_lookup
from app.cli.render import analysis_to_json, print_summary
from app.cli.vocab_add import sentence_card
from app.core.paths import sample_article_path
from app.document import DocumentError, load_document
from app.document.fetch import is_web_url
from app.vocab.cli import add_subcommand as add_vocab_subcommand

__all__ = [
    "EXIT_USAGE",
    "NEEDS_ONLINE",
    "SUBCOMMANDS",
    "CliError",
    "_batch_outcomes",
    "analysis_to_json",
    "batch_job",
    "brief_translator",
    "main",
    "print_summary",
    "read_input",
    "refuse_offline_urls",
    "run_batch",
]

SUBCOMMANDS = ("analyze", "brief", "doctor", "info", "lookup", "vocab")


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
    add_vocab_subcommand(sub, sentence_card)
    return parser


def cmd_doctor(args: argparse.Namespace) -> int:
    from app.doctor import run_doctor  # deferred: only this command needs the checks

    return run_doctor(as_json=args.json)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leselupe",
        description="German reading assistant. Subcommands: analyze, brief, lookup, info, "
        "vocab, doctor.",
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
        return report_error("--scroll goes with --screenshot OUT.png")
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
        return report_error(str(exc))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        return report_error("not enough memory for this document")
    except RuntimeError as exc:
        return report_error(str(exc))
