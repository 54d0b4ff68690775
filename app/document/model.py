"""The records a loaded document is made of: :class:`Document`, :class:`DocumentMeta`.

Plain immutable data; nothing here reads files or parses markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Files above this size are refused (a 20 MB text still opens).
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


class DocumentError(Exception):
    """A file or byte string that cannot be opened as a document.

    The message is one short sentence meant for the user.
    """


#: Academic and honorary titles that are part of a byline but not of the name.
_NAME_TITLES = r"^(?:(?:Dr|Prof|Dipl|Mag|PD)\.(?:-\w+\.)?\s*)+"


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What a document says about itself. ``None`` (or empty) where unknown.

    For web pages it comes from the page's structured data (JSON-LD, Open Graph,
    meta tags, microdata), its byline and date line; for plain text and Markdown
    only the title is known (a first line that reads like a headline).
    """

    #: The article's headline, without the site's name.
    title: str | None = None
    #: Everyone the byline credits, as published ("Dr. Miriam Albrecht", "dpa").
    authors: tuple[str, ...] = ()
    #: Day of publication, ISO 8601 (``yyyy-mm-dd``), as the publisher dated it.
    date: str | None = None
    #: The publication's name ("Der Tagesbote").
    site: str | None = None
    #: The page's own address (canonical link, ``og:url``, or the browser's
    #: "saved from" note); never fetched.
    url: str | None = None

    @property
    def author(self) -> str | None:
        """The byline as one string ("Lena Hoffmann, Markus Weber"), or None."""
        return ", ".join(self.authors) or None

    @property
    def credits(self) -> tuple[str, ...]:
        """The credited names as the analysis should match them in the text.

        Academic titles are removed ("Dr. Miriam Albrecht" -> "Miriam Albrecht").
        These are the journalists of the piece: a person of that name in the text
        is a credit, not a person of the story.
        """
        names = []
        for author in self.authors:
            name = re.sub(_NAME_TITLES, "", author).strip()
            if name and name not in names:
                names.append(name)
        return tuple(names)

    def as_json(self) -> dict[str, str | None]:
        """The ``"meta"`` object of ``leselupe analyze --json`` (field names are a contract)."""
        return {
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "site": self.site,
            "url": self.url,
        }


#: Metadata of a document that says nothing about itself.
NO_META = DocumentMeta()


@dataclass(frozen=True, slots=True)
class Document:
    """A document ready for analysis."""

    text: str
    source: str
    encoding: str
    kind: str  # "text", "markdown" or "html"
    notices: tuple[str, ...] = ()
    meta: DocumentMeta = NO_META
