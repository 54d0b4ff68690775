"""The database layout: case codes round-trip, kinds have names, tables are declared."""

from __future__ import annotations

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from app.dictionary import schema


@given(st.text(alphabet="abcäöüßABCÄÖÜ-", min_size=1, max_size=20))
def test_case_code_round_trips(key: str) -> None:
    cased, exact = schema.case_code(key)
    assert schema.restore_case(key.lower(), cased, exact) == key
    assert (exact is None) == (cased in (0, 1))


def test_case_codes_of_the_three_shapes() -> None:
    assert schema.case_code("haus") == (0, None)
    assert schema.case_code("Haus") == (1, None)
    assert schema.case_code("USA") == (2, "USA")


def test_every_kind_has_a_name_and_the_schema_creates_the_required_tables() -> None:
    kinds = [v for k, v in vars(schema).items() if k.startswith("KIND_") and isinstance(v, int)]
    assert sorted(kinds) == sorted(schema.KIND_NAMES)
    db = sqlite3.connect(":memory:")
    db.executescript(schema.SCHEMA)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == schema.REQUIRED_TABLES | schema.OPTIONAL_TABLES
    assert schema.word_set("a  b\nc a") == frozenset({"a", "b", "c"})
