"""Bound first parts and number compounds (session 25, gloss24): "Sonder|prüfung" is a
special test (Ding's compounds beginning with "Sonder" say "special"), not "sondern"
(but); "70-Quadratmeter-Wohnung" has its parts glossed; "GmbH" is no English word."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.dictionary import Dictionary, heads
from app.dictionary.build.compound_heads import bound_words
from app.dictionary.build.database import build_database
from app.dictionary.compound import compound_info
from app.dictionary.english import loanword
from app.dictionary.lookup import Lookup

#: Made-up Ding lines: a bound part "Xonder" in six compounds, five of them "special";
#: "Blatt" a headword of its own, so "Blattwerk" etc. give no bound part "Blatt".
_LINES = """\
Prüfung {f} :: test
Sitzung {f} :: meeting
Wunsch {m} :: wish
Angebot {n} :: offer
Ausgabe {f} :: edition
Fahrt {f} :: trip
Zug {m} :: train
xondern {conj} :: but
Xonderprüfung {f} :: special test
Xondersitzung {f} :: special meeting
Xonderwunsch {m} :: special request
Xonderangebot {n} :: special offer
Xonderausgabe {f} :: special edition
Xonderfahrt {f} :: excursion trip
Blatt {n} :: leaf
Blattprüfung {f} :: leaf test
Blattsitzung {f} :: leaf meeting
Blattwunsch {m} :: leaf wish
Blattangebot {n} :: leaf offer
Blattausgabe {f} :: leaf edition
Blattfahrt {f} :: leaf trip
Zugver {m} :: zug ver
"""


@pytest.fixture(scope="module")
def lookup(installed: Dictionary) -> Lookup:
    assert installed._lookup is not None
    return installed._lookup


@pytest.fixture(scope="module")
def made_up_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bound")
    source = folder / "ding.txt"
    source.write_text(_LINES, encoding="utf-8")
    output = folder / "bound.sqlite"
    build_database(source, output)
    return output


def test_bound_table_from_a_database(made_up_db: Path) -> None:
    table = bound_words(made_up_db)
    # "xonder" restores only to the conjunction "xondern": a bound part; one of its
    # six compounds ("excursion trip") says otherwise, five say "special"
    assert table["xonder"][0][0] == ("special", 5)
    assert table["xonder"][1] == 6
    # a headword is no bound part, nor a word one letter into a head
    assert "blatt" not in table and "xonde" not in table


def test_bound_sense() -> None:
    assert heads.bound_sense("Sonder") == "special"
    assert heads.bound_sense("Mindest") == "minimum"
    # a word whose compounds start with a word none of its glosses ends in: "Haupt"
    # (head) is "main", "Lese" (harvest) "reading", "Immobilien" two words
    assert heads.bound_sense("Haupt") == "main"
    assert heads.bound_sense("Lese") == "reading"
    assert heads.bound_sense("Immobilien") == "real estate"
    # a word its compounds translate with one of its own glosses, or no compounds: none
    assert heads.bound_sense("Haus") is None and heads.bound_sense("Qwxyz") is None


@pytest.mark.parametrize(
    ("word", "gloss"),
    [
        ("Sonderbusfahrten", "special + bus + trip"),  # was "but + ..."
        ("Sonderbusse", "special + bus"),
        ("Hauptlesesaal", "main + reading room"),  # was "head + ..."
        ("Leseförderprogramm", "reading + support programme"),  # was "gathering"
        # Ding's Rechts- compounds are mostly "Recht" + s (legal), but some use the
        # part's own word (right-wing): two words behind one spelling, the part keeps its own
        ("Rechtspopulistenpartei", "right + populist + party"),  # not "legal + ..."
    ],
)
def test_bound_part_in_a_compound(lookup: Lookup, word: str, gloss: str) -> None:
    info = compound_info(lookup, word, word, None, "NOUN", "")
    assert info is not None and info.glosses[0] == gloss


def test_no_bound_part_in_a_lower_case_compound(lookup: Lookup) -> None:
    # "dicht|..." starts nouns as "sealing" ("Dichtring"); an adjective keeps "dicht"
    info = compound_info(lookup, "dichtbewaldeten", "dichtbewaldeten", None, "ADJ", "")
    assert info is None or not info.glosses[0].startswith("sealing")


def test_bound_table_with_two_words(made_up_db: Path) -> None:
    # a blank inside an English start is written "_" in the table (its items are
    # separated by blanks)
    assert all(" " not in w for words, _, _ in bound_words(made_up_db).values() for w, _ in words)


def test_a_word_is_no_bound_part(lookup: Lookup) -> None:
    # "Sonnen|..." is the sun, "Haupt|..." Ding's own "Haupt": the bound table is only
    # for first parts Ding has no word for
    info = compound_info(lookup, "Sonnenkissen", "Sonnenkissen", None, "NOUN", "")
    assert info is not None and info.compound[0].glosses[0] == "sun"


def test_number_compound_glosses_its_words(installed: Dictionary) -> None:
    info = installed.lookup("12-Zimmer-Haus", pos="NOUN")
    assert info.glosses and info.glosses[0] == "12 + room + house"
    assert [p.text for p in info.compound] == ["12", "Zimmer", "Haus"]
    # a number alone, or a number range, is no compound
    assert not installed.lookup("12-15", pos="NUM").glosses


def test_abbreviation_with_inner_capitals_is_no_loanword() -> None:
    assert loanword("GmbH") is None and loanword("GMBH") is None
    assert loanword("Ranger") == "ranger"
