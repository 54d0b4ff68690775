"""Fixtures of the dictionary tests: the small database and a Dictionary on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.dictionary import Dictionary, store
from tests.dictionary.support import build_small


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small(tmp_path_factory.mktemp("dictionary"))


@pytest.fixture(scope="session")
def small(small_db: Path) -> Iterator[Dictionary]:
    dictionary = Dictionary(small_db)
    assert dictionary.error is None
    yield dictionary
    dictionary.close()


@pytest.fixture(scope="session")
def installed() -> Iterator[Dictionary]:
    """A Dictionary on the bundled (installed) database."""
    dictionary = Dictionary(store.locate())
    assert dictionary.error is None
    yield dictionary
    dictionary.close()
