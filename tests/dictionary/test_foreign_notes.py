"""Lines whose English names another country's institution rank last (session 22)."""

from __future__ import annotations

from app.dictionary import Dictionary
from app.dictionary.compound import compound_info
from app.dictionary.preferences import _FOREIGN_NOTE


def test_foreign_note() -> None:
    for note in ("Switzerland", "in England and Wales", "Swiss", "in Austria", "USA"):
        assert _FOREIGN_NOTE.match(note), note
    # a note that describes rather than names a country's usage
    for note in ("city in Switzerland", "railway", "Swiss canton", "of sth.", ""):
        assert not _FOREIGN_NOTE.match(note), note


def test_swiss_line_after_the_german_one(installed: Dictionary) -> None:
    # "Landrat [pol.] :: cantonal parliament (Switzerland)"
    assert installed.lookup("Landrat", "Landrat", "NOUN").glosses[0] == "county commissioner"
    assert installed._lookup is not None
    info = compound_info(installed._lookup, "Landratsamt", "Landratsamt", None, "NOUN", "")
    assert info is not None and info.glosses == ("county commissioner + office",)


def test_a_line_with_a_plain_gloss_keeps_its_rank(installed: Dictionary) -> None:
    # "Silvester :: New Year's Eve; Hogmanay (Scotland)": one gloss has no note
    assert installed.lookup("Silvester", "Silvester", "NOUN").glosses[0] == "New Year’s Eve"
    # the only line of the word stays, whatever its note: "Bundesheer (in Austria)"
    assert installed.lookup("Bundesheer", "Bundesheer", "NOUN").glosses[0] == "Federal Armed Forces"
