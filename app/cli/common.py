"""What every ``leselupe`` subcommand shares: its error type and reading its input."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.document import Document, document_from_bytes, load_document
from app.document.fetch import fetch_document, is_web_url

EXIT_USAGE = 2
SUBCOMMANDS = ("analyze", "brief", "doctor", "info", "lookup", "vocab")


class CliError(Exception):
    """An error reported as one line on stderr with exit code 2."""


def report_error(message: str) -> int:
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
