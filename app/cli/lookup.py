"""``leselupe info`` and ``leselupe lookup``: the pipeline, and words in the offline dictionary."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from app import __version__
from app.cli.common import CliError
from app.core.gcpolicy import settle
from app.dictionary import open_dictionary
from app.document.decoding import looks_binary
from app.nlp import load_pipeline_with_info


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


def _stdin_lines() -> Iterable[str]:
    """The lines of stdin; binary data is refused, lines that are not UTF-8 are read as
    Windows-1252 (German text from older tools), never shown as replacement marks."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in place of stdin (tests, embedding)
        yield from sys.stdin
        return
    head = raw.peek(65536)[:65536] if hasattr(raw, "peek") else b""
    if looks_binary(head):
        raise CliError("<stdin>: this is binary data, not words or text")
    for number, line in enumerate(raw):
        if number == 0:  # a byte-order mark (Windows editors) is no part of the first word
            line = line.removeprefix(b"\xef\xbb\xbf")
        try:
            yield line.decode("utf-8")
        except UnicodeDecodeError:
            yield line.decode("cp1252", errors="replace")


def _lookup_words(args: argparse.Namespace) -> Iterable[str]:
    lines = _stdin_lines() if args.stdin else args.words
    for line in lines:
        word = line.strip()
        if word:  # a blank line or argument has nothing to look up
            yield word


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
    if not args.stdin and not any(word.strip() for word in args.words):
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
