"""Roles of session 35 (roles35p): an office announced before a colon ("hat einen neuen
Bürgermeister:") for the subject after it who won the vote ("gewann die Stichwahl gegen B",
"setzte sich im zweiten Wahlgang gegen B durch"), replaced the holder ("ersetzt den
Mittelfeldspieler B") or was sworn in (Austrian "angelobt"), also after "Der 24 Jahre alte
Essener". Near misses: a lost vote, a win that is no vote, a negated win, "ersetzt B durch
C", the rival and the predecessor themselves."""

from __future__ import annotations

import pytest

from tests.people.support import by_name

_CITY = "Bad Holt - Die Stadt hat einen neuen Bürgermeister: "
_CLUB = "Essen - Der Verein hat einen neuen Kapitän: "


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            _CITY + "Der Tischlermeister Jan Rau (CSU) gewann die Stichwahl gegen die "
            "Grünen-Stadträtin Anna Berg mit 54 Prozent.",
            "Jan Rau",
            "Bürgermeister",
        ),
        (
            "Zug - Der Kanton bekommt eine neue Regierungsrätin: Die FDP-Politikerin Anna Berg "
            "setzte sich im zweiten Wahlgang gegen den SVP-Kandidaten Jan Rau durch.",
            "Anna Berg",
            "Regierungsrätin",
        ),
        (
            _CLUB + "Der 24 Jahre alte Essener Jan Rau ersetzt den Mittelfeldspieler Tim Klee, "
            "der seine Karriere beendet hat.",
            "Jan Rau",
            "Kapitän",
        ),
        (
            "Graz - Das Land hat einen neuen Minister: Der Oberarzt Dr. Jan Rau (ÖVP) wurde am "
            "Dienstag im Landtag angelobt.",
            "Jan Rau",
            "Minister",
        ),
    ],
)
def test_announced_office_for_the_winner_successor_or_sworn_in(
    text: str, name: str, role: str
) -> None:
    found = by_name(text, per=[name])
    assert role in found[name].roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            _CITY + "Der Tischlermeister Jan Rau (CSU) verlor die Stichwahl gegen Tim Klee.",
            ["Jan Rau", "Tim Klee"],
        ),
        (_CITY + "Der Anwalt Jan Rau gewann den Prozess gegen die Stadt.", ["Jan Rau"]),
        (_CITY + "Der Anwalt Jan Rau gewann die Stichwahl nicht.", ["Jan Rau"]),
        (_CLUB + "Der Stürmer Jan Rau gewann mit der Auswahl das Turnier.", ["Jan Rau"]),
        (
            _CITY + "Der Tischlermeister Jan Rau gewann die Stichwahl gegen den Anwalt Tim Klee.",
            ["Tim Klee"],
        ),
        (
            _CLUB + "Trainer Jan Rau ersetzt den verletzten Tim Klee durch Max Ott.",
            ["Jan Rau", "Tim Klee", "Max Ott"],
        ),
        (_CLUB + "Der Stürmer Jan Rau ersetzt den Torwart Tim Klee.", ["Tim Klee"]),
        (
            "Zug - Der Kanton bekommt eine neue Regierungsrätin: Die FDP-Politikerin Anna Berg "
            "setzte sich mit ihrem Antrag durch.",
            ["Anna Berg"],
        ),
    ],
)
def test_no_announced_office_for_losers_rivals_or_other_wins(text: str, names: list[str]) -> None:
    found = by_name(text, per=names)
    for name in names:
        roles = found[name].roles if name in found else ()
        assert not {"Bürgermeister", "Kapitän", "Regierungsrätin"} & set(roles), (name, roles)
