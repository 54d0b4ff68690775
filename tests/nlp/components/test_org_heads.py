"""Organisation heads of ``leselupe_org_place_rules`` (:mod:`app.nlp.components.org_heads`).

Each test gives the rules a fixed NER output (see :mod:`.org_place_support`)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.nlp.components.org_place_support import load_bundled, rules_on


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


@pytest.mark.parametrize(
    "name",
    [
        "Friedrich-Naumann-Stiftung",
        "Bundesamt für Migration und Flüchtlinge",
        "Institut für Weltwirtschaft",
        "Realschule Spaichingen",
        "Amtsgericht Hamm",
        "Quastenberg Logistik GmbH",
        "Matthew Humberstone School",
        "NBC News",
        "VfL Osnabrück",
        "Stuttgarter Zeitung",
    ],
)
def test_organisation_heads(nlp: Any, name: str) -> None:
    text = f"Nach Angaben der {name} bleibt alles beim Alten."
    assert (name, "ORG") in rules_on(nlp, text, [])


def test_head_replaces_a_partial_model_entity(nlp: Any) -> None:
    text = "Die Klassen der Realschule Spaichingen sammelten Geld."
    assert rules_on(nlp, text, [("Spaichingen", "LOC")]) == {("Realschule Spaichingen", "ORG")}


def test_company_names_with_a_place_name_link(nlp: Any) -> None:
    text = "Im Werk der Quendel-Fabrik Witten a. d. Ruhr GmbH brannte es."
    got = rules_on(nlp, text, [("Ruhr GmbH", "ORG")])
    assert got == {("Quendel-Fabrik Witten a. d. Ruhr GmbH", "ORG")}
    text = "Die Stadtwerke Mülheim an der Ruhr GmbH bauen."
    assert ("Stadtwerke Mülheim an der Ruhr GmbH", "ORG") in rules_on(nlp, text, [])


def test_online_media_and_alliances(nlp: Any) -> None:
    assert rules_on(nlp, "Das schrieb ich bei QUENDEL-Online.", []) == {("QUENDEL-Online", "ORG")}
    text = "Das Abschneiden vom Bündnis Zukunft Österreich überraschte."
    got = rules_on(nlp, text, [("Österreich", "LOC")])
    assert got == {("Bündnis Zukunft Österreich", "ORG")}
    assert rules_on(nlp, "Das Bündnis Ende März scheiterte.", []) == set()
