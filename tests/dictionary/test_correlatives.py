"""app.dictionary.correlatives: "je" by its next word, "desto"/"umso" + comparative, and
two-part conjunctions by their second part ("je … desto", "weder … noch")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dictionary.correlatives import (
    CONJUNCTION,
    DEGREE,
    PREPOSITION,
    correlative_first,
    reading,
    second_part,
    split_second_parts,
)
from app.dictionary.model import Gloss, WordInfo
from app.morphology.adjectives import is_comparative


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("weniger", "wenig", True),
        ("mehr", "viel", True),
        ("höher", "hoch", True),
        ("näher", "nah", True),
        ("größer", "groß", True),
        ("längeren", "lang", True),
        ("leiser", "leise", True),
        ("teurer", "teuer", True),
        ("dunkler", "dunkel", True),
        ("älter", "alt", True),
        # positives in -er and other words are no comparatives
        ("sicher", "sicher", False),
        ("bitter", "bitter", False),
        ("ander", "ander", False),
        ("aber", "aber", False),
        ("einer", "ein", False),
        ("seiner", "sein", False),
        ("vieler", "viel", False),
        ("der", "der", False),
        ("lehrer", "lehrer", False),
        # rev_mend35: a declined irregular comparative; "mehrere" is none
        ("besseren", "gut", True),
        ("höhere", "hoch", True),
        ("näheren", "nah", True),
        ("mehrere", "mehr", False),
        ("mehr", "viel", True),
    ],
)  # fmt: skip
def test_comparative(form: str, lemma: str, expected: bool) -> None:
    assert is_comparative(form, lemma) is expected


def words(text: str, nouns: str = "") -> list[tuple[str, str, bool]]:
    lemmas = {"weniger": "wenig", "größer": "groß", "höher": "hoch"}
    return [(w.lower(), lemmas.get(w.lower(), w.lower()), w in nouns.split()) for w in text.split()]


def test_reading() -> None:
    assert reading("Je", 0, words("Je weniger wir sind")) == CONJUNCTION
    assert reading("je", 2, words("1,65 Euro je Quadratmeter", "Euro Quadratmeter")) == PREPOSITION
    assert reading("je", 2, words("kostet 3 je Liter", "Liter")) == PREPOSITION  # after a number
    assert reading("je", 0, words("Je Einwohner gab", "Einwohner")) == PREPOSITION
    assert reading("umso", 0, words("umso größer")) == DEGREE
    assert reading("desto", 0, words("desto höher")) == DEGREE
    # near misses
    assert reading("je", 0, words("je zwei Euro")) is None
    assert reading("je", 0, words("je nach Region", "Region")) is None
    assert reading("je", 1, words("als je zuvor")) is None
    assert reading("umso", 0, words("umso")) is None  # the last word
    assert reading("desto", 0, words("desto Menschen", "Menschen")) is None  # only "je" is per
    assert reading("jeder", 0, words("jeder weniger")) is None
    # "je" as "ever" before a noun: after a verb, a pronoun, "ob" (rev_gloss33)
    assert reading("je", 2, words("ob er je Reue gezeigt", "Reue")) is None
    assert reading("je", 3, words("Politiker hat je Zahlen genannt", "Politiker Zahlen")) is None


@given(
    st.text(max_size=8),
    st.integers(-3, 5),
    st.lists(st.tuples(st.text(max_size=6), st.text(max_size=6), st.booleans()), max_size=5),
)
def test_reading_never_raises(
    word: str, position: int, sentence: list[tuple[str, str, bool]]
) -> None:
    assert reading(word, position, sentence) in (None, CONJUNCTION, PREPOSITION, DEGREE)


_LINES = [("je … desto", ["the … the"]), ("je … umso", ["the … the"]), ("je", ["each"])]


def _info() -> WordInfo:
    senses = (Gloss("each"), Gloss("ever"), Gloss("the … the"))
    return WordInfo("je", "je", glosses=tuple(g.text for g in senses), senses=senses)


def test_second_part() -> None:
    assert second_part("je … desto", "Je") == "desto"
    assert second_part("sowohl … als auch", "sowohl") == "als"
    assert second_part("je", "je") is None
    assert second_part("je nach", "je") is None
    assert second_part("weder … noch", "je") is None
    assert second_part("etw. … tun", "etw.") is None


def test_split_second_parts() -> None:
    assert split_second_parts("…desto") == ("", frozenset({"desto"}))
    assert split_second_parts("mit +passiv") == ("mit +passiv", frozenset())
    assert split_second_parts("…") == ("…", frozenset())


def test_correlative_first() -> None:
    info = _info()
    first = correlative_first(info, _LINES, "je", frozenset({"desto"}), 5)
    assert first.glosses == ("the … the", "each", "ever")
    assert correlative_first(info, _LINES, "je", frozenset({"noch"}), 5) is info
    assert correlative_first(info, _LINES, "je", frozenset(), 5) is info
