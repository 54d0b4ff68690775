"""Plain text and Markdown: the Markdown unwrapped, and the headline of either.

A text file's title is its first line when that line reads like a headline: a
paragraph of its own (more text follows), at most 150 characters and 20 words,
not ending like a sentence or a cut-off line (".", ",", ";", ":"). Otherwise a
text has no title. Markdown's title is its first level-one heading. No I/O here.
"""

from __future__ import annotations

import re

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE), ""),
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"<[^>\n]+>"), ""),
)
_MD_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t#]*$")


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document (headings, emphasis, links unwrapped)."""
    text = markdown
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())


def text_title(text: str) -> str | None:
    """The headline of a plain text: its first line if that reads like one, else None."""
    first, _, rest = text.strip().partition("\n")
    line = " ".join(first.split())
    if not rest.strip() or not line:
        return None
    if len(line) > 150 or len(line.split()) > 20 or line[-1] in ".,;:":
        return None
    return line


def markdown_title(markdown: str) -> str | None:
    """The first level-one heading of a Markdown text (if it comes first), else as for text."""
    for raw in markdown.strip().splitlines():
        if not raw.strip():
            continue
        match = _MD_H1.match(raw)
        if match:
            return markdown_to_text(match.group(1)) or None
        break
    return text_title(markdown_to_text(markdown))
