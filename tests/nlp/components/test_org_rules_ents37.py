"""Session 37 (ents37): firms named after their founder, organisations after a noun of
their kind, public broadcasters named by a land's adjective, hospitals of a hyphenated
compound with their place.

A first name and a surname right after a noun of a firm's kind that never names a person
("Das Möbelhaus Wilhelm Brandt", "der Spedition Gottlieb Maier") are the firm; name
words after "Klub", "Verein", "Verlag" are the organisation, and one unknown word after
"Stiftung", "Museum", "Team" is one with its head ("die Stiftung Mercator"); a
capitalised adjective of a land before "Rundfunk" is a broadcaster ("der Norddeutsche
Rundfunk"); a hyphenated hospital compound takes its place ("Helios-Klinikum Krefeld").
Each rule with near misses it must leave alone. All sentences, firms and persons made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.nlp.components.org_place_words import firm_only_kind
from tests.nlp.components.org_place_support import load_bundled, rules_on

Case = tuple[str, list[tuple[str, str]], set[tuple[str, str]]]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_bundled()


FOUNDERS: list[Case] = [
    (
        "Das Möbelhaus Wilhelm Brandtmöller feiert sein 100-jähriges Bestehen.",
        [("Wilhelm Brandtmöller", "PER")],
        {("Wilhelm Brandtmöller", "ORG")},
    ),
    (
        "Beim Brand einer Halle der Spedition Gottlieb Wächterle entstand hoher Schaden.",
        [("Gottlieb Wächterle", "PER")],
        {("Gottlieb Wächterle", "ORG")},
    ),
    (
        "Der Küchenhersteller Ferdinand Ölkrug baut Stellen ab.",
        [("Ferdinand Ölkrug", "PER")],
        {("Ferdinand Ölkrug", "ORG")},
    ),
    (
        "Sie übergibt den Gemüsegroßhandel Yıldırak Frischwaren an ihren Sohn.",
        [("Yıldırak Frischwaren", "PER")],
        {("Yıldırak Frischwaren", "ORG")},
    ),
    (
        "Das Schiff wurde bei der Werft Tessmer gebaut.",
        [("Tessmer", "LOC")],
        {("Tessmer", "ORG")},
    ),
    # near misses: an owner's genitive, a kind a person can have, the head "Hersteller"
    # alone, a lone surname (left to the older rule's first-name check)
    (
        "In der Spedition Hans Maierles arbeiten 40 Menschen.",
        [("Hans Maierles", "PER")],
        {("Hans Maierles", "PER")},
    ),
    (
        "Der Betreiber Max Hubertal äußerte sich nicht.",
        [("Max Hubertal", "PER")],
        {("Max Hubertal", "PER")},
    ),
    (
        "Der Hersteller Max Hubertal äußerte sich nicht.",
        [("Max Hubertal", "PER")],
        {("Max Hubertal", "PER")},
    ),
    (
        "Der Firmengründer Max Hubertal äußerte sich nicht.",
        [("Max Hubertal", "PER")],
        {("Max Hubertal", "PER")},
    ),
]

ORG_KINDS: list[Case] = [
    # a kind noun before the name (left out of it), a head that opens the name
    (
        "Der Torwart wechselt zum dänischen Klub Skovlund Håndbold.",
        [("Skovlund Håndbold", "PER")],
        {("Skovlund Håndbold", "ORG")},
    ),
    (
        "Er starb, wie sein Verlag Kiritosha mitteilte.",
        [("Kiritosha", "PER")],
        {("Kiritosha", "ORG")},
    ),
    (
        "Ihr erstes Labor finanzierte die Stiftung Merkatoria.",
        [("Merkatoria", "PER")],
        {("Stiftung Merkatoria", "ORG")},
    ),
    (
        "Der Belgier fährt für das Team Flandrovia.",
        [],
        {("Team Flandrovia", "ORG")},
    ),
    (
        "Das Museum Kolvenhoff zeigt ab Freitag eine Schau.",
        [],
        {("Museum Kolvenhoff", "ORG")},
    ),
    (
        "Die Villa gehört der Stiftung Denkmalpflege Kornstadt.",
        [("Denkmalpflege Kornstadt", "ORG")],
        {("Stiftung Denkmalpflege Kornstadt", "ORG")},
    ),
    # near misses: a first name, a listed place, "ein", a person's surname of the text
    (
        "Der Verein Anna Wendholt hilft Kindern.",
        [("Anna Wendholt", "PER")],
        {("Anna Wendholt", "PER")},
    ),
    (
        "Das Team Deutschland gewann Gold.",
        [("Deutschland", "LOC")],
        {("Deutschland", "LOC")},
    ),
    (
        "Ein Team Freiwilliger half beim Aufbau.",
        [],
        set(),
    ),
    (
        "Sie gründete eine Stiftung Kinderhilfe Kornstadt.",
        [("Kinderhilfe Kornstadt", "ORG")],
        {("Kinderhilfe Kornstadt", "ORG")},
    ),
    (
        "Das Team Brideley wirbt um Spenden für Jon Brideley.",
        [("Jon Brideley", "PER"), ("Brideley", "PER")],
        {("Jon Brideley", "PER"), ("Brideley", "PER")},
    ),
]

BROADCASTERS: list[Case] = [
    (
        "Das berichtete der Norddeutsche Rundfunk am Montag.",
        [],
        {("Norddeutsche Rundfunk", "ORG")},
    ),
    (
        "Eine Sprecherin des Hessischen Rundfunks bestätigte das.",
        [],
        {("Hessischen Rundfunks", "ORG")},
    ),
    # near misses: a lowercase adjective is generic, another head is no broadcaster
    (
        "Der private Rundfunk klagt über sinkende Einnahmen.",
        [],
        set(),
    ),
    (
        "Die Bayerische Staatsregierung lehnt das ab.",
        [],
        set(),
    ),
]

HOSPITALS: list[Case] = [
    (
        "Er wurde ins Helios-Klinikum Krefeld gebracht.",
        [("Helios-Klinikum", "ORG"), ("Krefeld", "LOC")],
        {("Helios-Klinikum Krefeld", "ORG")},
    ),
    (
        "Sie liegt im Uni-Klinikum Essen.",
        [("Uni-Klinikum", "ORG")],
        {("Uni-Klinikum Essen", "ORG")},
    ),
    # near misses: another compound head keeps its place apart, no place after it
    (
        "Die Friedrich-Naumann-Stiftung Berlin lud ein.",
        [("Friedrich-Naumann-Stiftung", "ORG"), ("Berlin", "LOC")],
        {("Friedrich-Naumann-Stiftung", "ORG"), ("Berlin", "LOC")},
    ),
    (
        "Das Helios-Klinikum Montag wieder geöffnet.",
        [("Helios-Klinikum", "ORG")],
        {("Helios-Klinikum", "ORG")},
    ),
]


@pytest.mark.parametrize(
    ("text", "ents", "expected"), FOUNDERS + ORG_KINDS + BROADCASTERS + HOSPITALS
)
def test_ents37_rules_and_near_misses(
    nlp: Any, text: str, ents: list[tuple[str, str]], expected: set[tuple[str, str]]
) -> None:
    assert rules_on(nlp, text, ents) == expected


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Möbelhaus", True),
        ("Autohauses", True),
        ("Spedition", True),
        ("Küchenhersteller", True),
        ("Küchenherstellers", True),
        ("Armaturenfabrik", True),
        ("Hersteller", False),
        ("Bosch-Fabrik", False),
        ("Unternehmer", False),
        ("spedition", False),
    ],
)
def test_firm_only_kind(word: str, kind: bool) -> None:
    assert firm_only_kind(word) is kind
