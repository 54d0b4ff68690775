"""Ages and names of session 32 (ages32b): "der 67-Jährige" after the apposition of an
opening role phrase or after "Für A ist es ...", and their look-alikes (NER given as the
listed names)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        # the apposition of an opening role phrase is the nearest subject
        (
            "Minister Otto Schwenk (CDU) verteidigte die Pläne. Der Präsident des Sozialverbands, "
            "Bernd Kallweit, kündigte Widerstand an; der 67-Jährige will klagen.",
            ["Otto Schwenk", "Bernd Kallweit"],
            {"Otto Schwenk": None, "Bernd Kallweit": 67},
        ),
        (
            "Kommandant Uwe Strehl ließ die Anwohner warnen. Der Inhaber der Firma Kessler "
            "Metallbau, Jörg Kessler, schätzt den Schaden hoch. Der 61-Jährige will weitermachen.",
            ["Uwe Strehl", "Jörg Kessler"],
            {"Uwe Strehl": None, "Jörg Kessler": 61},
        ),
        # near miss: the apposition is not the nearest; the object named after it is
        (
            "Der Bischof von Trier, Peter Lanz, hat den Pfarrer der Gemeinde, Jan Ruhl, zum "
            "Dekan ernannt. Der 52-Jährige folgt auf Karl Boos.",
            ["Peter Lanz", "Jan Ruhl", "Karl Boos"],
            {"Peter Lanz": None, "Jan Ruhl": 52, "Karl Boos": None},
        ),
        # the topic of "Für A ist es ..."
        (
            "Im Finale besiegte der Chinese Li Wei den Schweden Nils Berg. Für Manager Heinz "
            "Kottmann ist es der letzte Titel: Der 71-Jährige hört im Sommer auf.",
            ["Li Wei", "Nils Berg", "Heinz Kottmann"],
            {"Li Wei": None, "Nils Berg": None, "Heinz Kottmann": 71},
        ),
        (
            "Trainer Ulf Sander lobte die Mannschaft. Für Kapitän Timo Raabe war das der "
            "Abschied. Der 34-Jährige beendet seine Karriere.",
            ["Ulf Sander", "Timo Raabe"],
            {"Ulf Sander": None, "Timo Raabe": 34},
        ),
        # near miss: "für A" with another subject is no topic
        (
            "Das Team verlor. Für Kapitän Timo Raabe ist Trainer Ulf Sander verantwortlich. "
            "Der 54-Jährige bleibt.",
            ["Ulf Sander", "Timo Raabe"],
            {"Ulf Sander": 54, "Timo Raabe": None},
        ),
        (
            "Das Team verlor. Für Kapitän Timo Raabe stimmten alle Spieler. Der 34-Jährige "
            "bleibt Kapitän.",
            ["Timo Raabe"],
            {"Timo Raabe": 34},
        ),
    ],
)
def test_back_reference_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per=per)
    assert {name: found[name].age for name in ages} == ages
