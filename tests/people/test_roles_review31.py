"""Roles on made-up news sentences (session 31 review, ``tests/data/roles_review31.txt``).

Near misses and look-alikes of the people31 rules: adjectives that are no part of a role,
"für" phrases that are no remit, time phrases after a copula, adverbs before an
apposition, fronted "Als <role>", offices announced before a name, ranks and councils.
Every block names its people (given to the test's "NER" as PER) and the exact roles the
text gives each ("-": none). A block marked ``# miss`` holds a role not found yet (the test
accepts a subset, never a wrong role).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people.support import by_name

FIXTURE = Path(__file__).resolve().parent.parent / "data" / "roles_review31.txt"


def _blocks() -> list[tuple[str, dict[str, tuple[str, ...]], bool]]:
    out: list[tuple[str, dict[str, tuple[str, ...]], bool]] = []
    for block in FIXTURE.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line]
        expect = [line for line in lines if line.startswith("# expect:")]
        if not expect:
            continue
        roles: dict[str, tuple[str, ...]] = {}
        for part in expect[0].removeprefix("# expect:").split(";"):
            if part.strip():
                name, listed = part.split("=", 1)
                listed = listed.strip()
                roles[name.strip()] = (
                    () if listed == "-" else tuple(r.strip() for r in listed.split("|"))
                )
        text = "\n".join(line for line in lines if not line.startswith("#"))
        out.append((text, roles, "# miss" in lines))
    return out


BLOCKS = _blocks()


def test_fixture_is_large_enough() -> None:
    assert len(BLOCKS) >= 120


@pytest.mark.parametrize(("text", "roles", "miss"), BLOCKS, ids=[b[0][:50] for b in BLOCKS])
def test_roles(text: str, roles: dict[str, tuple[str, ...]], miss: bool) -> None:
    found = by_name(text, per=list(roles))
    for name, want in roles.items():
        got = set(found[name].roles) if name in found else set()
        if miss:
            assert got <= set(want), (name, got)
        else:
            assert got == set(want), (name, got)
    for name, person in found.items():
        if name not in roles:
            assert not person.roles, (name, person.roles)
