"""Serialisation hooks shared by Leselupe's spaCy components that keep no data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Self

from spacy.tokens import Doc


class Stateless:
    """spaCy serialisation hooks of a component without weights or data."""

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        return self

    def to_disk(self, path: object, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path: object, *, exclude: Iterable[str] = ()) -> Self:
        return self


class StatelessPipe(Stateless):
    """A stateless component whose ``pipe`` runs ``__call__`` per document."""

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)
