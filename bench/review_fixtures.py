"""Readers of the people review fixtures (``tests/data/ages_review*.txt``,
``tests/data/people_review*.txt``): blocks of text separated by a blank line, each with an
"# expect:" line. Shared by :mod:`bench.ages_review_eval` and the tests (a benchmark does
not import the tests)."""

from __future__ import annotations

from pathlib import Path


def _fixture_blocks(path: Path) -> list[tuple[str, str, list[str]]]:
    """The blocks of a review fixture, separated by a blank line, that hold an "# expect:"
    line: (text without comment lines, the part after "# expect:", the comment lines)."""
    out: list[tuple[str, str, list[str]]] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().split("\n") if line]
        expect = [line for line in lines if line.startswith("# expect:")]
        if not expect:
            continue
        text = "\n".join(line for line in lines if not line.startswith("#"))
        notes = [line for line in lines if line.startswith("#")]
        out.append((text, expect[0].removeprefix("# expect:"), notes))
    return out


def age_blocks(path: Path) -> list[tuple[str, dict[str, int | None], list[str]]]:
    """The blocks of an ages review fixture: (text, {name: age or None}, comment lines).

    Blocks are separated by a blank line; "# expect: Name=age; Name=-" gives the ages."""
    out: list[tuple[str, dict[str, int | None], list[str]]] = []
    for text, expect, notes in _fixture_blocks(path):
        ages: dict[str, int | None] = {}
        for part in expect.split(";"):
            if part.strip():
                name, age = part.rsplit("=", 1)
                ages[name.strip()] = None if age.strip() == "-" else int(age)
        out.append((text, ages, notes))
    return out


#: One expected person of a review fixture: (age or None, roles in order).
Expected = dict[str, tuple[int | None, list[str]]]


def review_blocks(fixture: Path) -> list[tuple[str, Expected, bool]]:
    """The blocks of a review fixture: the text, then "# expect: Name=age|role,role; …"
    (age "-" for none), and "# wrong" when a wrong fact is still shown (a strict xfail).
    Returns (text, expected people, wrong) for each block with an "# expect:" line."""
    out: list[tuple[str, Expected, bool]] = []
    for text, expect, notes in _fixture_blocks(fixture):
        people: Expected = {}
        for part in expect.split(";"):
            if part.strip():
                name, rest = part.split("=", 1)
                age, roles = rest.split("|", 1)
                people[name.strip()] = (
                    None if age.strip() == "-" else int(age),
                    [r for r in roles.split(",") if r.strip()],
                )
        out.append((text, people, "# wrong" in notes))
    return out
