"""The name lists behind the org/place rules: file format, forms and matching."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.nlp.gazetteer import (
    AMBIGUOUS,
    DERIVED,
    LISTED,
    RELABEL_ONLY,
    Entry,
    Gazetteer,
    default_path,
    load_gazetteer,
    parse,
    read,
)

ORG = Entry("ORG", "party", LISTED)
LOC = Entry("LOC", "city", LISTED)


def test_parse_reads_lines_and_skips_bad_ones() -> None:
    text = (
        "ORG\tauthority\t=\tBundesamt für Migration\n"
        "LOC\tcountry\t~\tRusslands\n"
        "PER\tx\t=\tNobody\n"  # no such label in a gazetteer
        "ORG\tparty\t*\tBadFlag\n"
        "broken line\n"
        "\n"
    )
    gaz = parse(text)
    assert len(gaz) == 2
    assert gaz.get(["Bundesamt", "für", "Migration"]) == Entry("ORG", "authority", LISTED)
    assert gaz.get(["Russlands"]) == Entry("LOC", "country", DERIVED)
    assert gaz.get(["Nobody"]) is None


def test_longest_match_wins_left_to_right() -> None:
    gaz = Gazetteer({("FC",): ORG, ("FC", "Bayern"): ORG, ("Bayern",): LOC, ("München",): LOC})
    words = ["Der", "FC", "Bayern", "spielt", "in", "München", "."]
    got = [(m.start, m.end, m.label) for m in gaz.matches(words)]
    assert got == [(1, 3, "ORG"), (5, 6, "LOC")]
    assert gaz.match_at(words, 0) is None
    assert gaz.starts("FC") and not gaz.starts("Der")


def test_place_is_a_one_word_place_as_listed_or_also_derived() -> None:
    derived = Entry("LOC", "country", DERIVED)
    gaz = Gazetteer({("Bayern",): LOC, ("Bayerns",): derived, ("CDU",): ORG})
    assert gaz.place("Bayern", derived=False) == LOC
    assert gaz.place("Bayerns", derived=False) is None
    assert gaz.place("Bayerns", derived=True) == derived
    assert gaz.place("CDU", derived=True) is None
    assert gaz.place("Nirgendwo", derived=True) is None


def test_missing_or_broken_file_gives_an_empty_gazetteer(tmp_path: Path) -> None:
    assert len(read(tmp_path / "nothing.tsv.gz")) == 0
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(b"\x1f\x8b" + b"not really gzip")
    assert len(read(bad)) == 0
    plain = tmp_path / "plain.tsv"
    plain.write_text("ORG\tmedia\t=\tKCNA\n", encoding="utf-8")
    assert read(plain).get(["KCNA"]) == Entry("ORG", "media", LISTED)


@given(st.lists(st.sampled_from(["EU", "Die", "Europäische", "Union", "in", "Berlin", "x"])))
def test_matches_never_overlap_and_stay_in_bounds(words: list[str]) -> None:
    gaz = Gazetteer(
        {
            ("Europäische", "Union"): ORG,
            ("EU",): ORG,
            ("Berlin",): LOC,
            ("Die", "Europäische", "Union"): ORG,
        }
    )
    matches = gaz.matches(words)
    ends = [0]
    for m in matches:
        assert 0 <= m.start < m.end <= len(words)
        assert m.start >= ends[-1]
        assert tuple(words[m.start : m.end]) in gaz.entries
        ends.append(m.end)


@pytest.fixture(scope="module")
def bundled() -> Gazetteer:
    assert default_path().is_file(), "resources/gazetteers/gazetteer.tsv.gz is missing"
    return load_gazetteer()


@pytest.mark.parametrize(
    ("words", "label", "flag"),
    [
        ("Bundestag", "ORG", LISTED),
        ("Bundestages", "ORG", DERIVED),  # genitive
        ("Europäischen Union", "ORG", DERIVED),  # weak adjective ending
        ("Auswärtigen Amtes", "ORG", DERIVED),
        ("Friedrich-Naumann-Stiftung", "ORG", LISTED),
        ("Grünen", "ORG", AMBIGUOUS),  # an ordinary word too: needs an article
        ("Bild", "ORG", RELABEL_ONLY),  # a common noun too: never added
        ("KCNA", "ORG", LISTED),
        ("Russland", "LOC", LISTED),
        ("Russlands", "LOC", DERIVED),
        ("Pjöngjangs", "LOC", DERIVED),
        ("Nordkorea", "LOC", LISTED),
        ("Weißen Haus", "LOC", DERIVED),  # a building: a place, as in GermEval
    ],
)
def test_bundled_forms(bundled: Gazetteer, words: str, label: str, flag: str) -> None:
    entry = bundled.get(words.split(" "))
    assert entry is not None, words
    assert (entry.label, entry.flag) == (label, flag)


def test_bundled_file_is_compact(bundled: Gazetteer) -> None:
    """It is read while the pipeline loads: keep it small (see build_gazetteers)."""
    assert 5_000 < len(bundled) < 60_000
    lines = gzip.decompress(default_path().read_bytes()).decode("utf-8").splitlines()
    assert len(lines) == len(bundled)
    # compounds with a name part are no names in GermEval ("EU-Kommission")
    assert bundled.get(["EU-Kommission"]) is None
