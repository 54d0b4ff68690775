"""Vocabulary tests: a fresh user data directory per test, the real dictionary."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.dictionary import Dictionary, open_dictionary
from tests.helpers import REPO


@pytest.fixture(scope="session")
def dictionary() -> Dictionary:
    """The real offline dictionary (unpacked once into the session's data directory)."""
    found = open_dictionary()
    assert found.available, found.error
    return found


@pytest.fixture
def data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dictionary: Dictionary
) -> Iterator[Path]:
    """XDG_DATA_HOME of this test only; the dictionary stays the session's one."""
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert dictionary.path is not None
    monkeypatch.setenv("LESELUPE_DICTIONARY", str(dictionary.path))  # for child processes
    yield home


def child_env(home: Path, dictionary: Dictionary) -> dict[str, str]:
    """The environment of a ``leselupe`` child process using ``home`` as data dir."""
    return {
        **os.environ,
        "XDG_DATA_HOME": str(home),
        "LESELUPE_DICTIONARY": str(dictionary.path),
        "PYTHONPATH": str(REPO),
    }
