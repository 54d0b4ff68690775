"""Session 35 (read35): the index of who holds which office (app.people.anaphora._Offices)
knows every role the anaphoric walk gives, also the predicate of a demonym that refers
back ("Die 48 Jahre alte Südafrikanerin war bisher Justizministerin"): a later bare
"Die Ministerin" may be hers, so it goes to nobody, as when every person's roles were read
for each phrase."""

from __future__ import annotations

import pytest

from app.people.anaphora import _office_keys
from tests.people.support import by_name


@pytest.mark.parametrize("predicate", ["Justizministerin", "Justizministerin des Landes"])
def test_a_demonyms_predicate_is_an_office_held(predicate: str) -> None:
    text = (
        f"Anna Berg stellte den Plan vor. Die 48 Jahre alte Südafrikanerin war bisher "
        f"{predicate}. Eva Kohl lobte den Plan. Die Ministerin sagte, man sehe keinen Grund."
    )
    found = by_name(text, ["Anna Berg", "Eva Kohl"])
    assert found["Anna Berg"].roles == (predicate,)
    assert found["Eva Kohl"].roles == ()  # either woman may be the minister


def test_a_blank_role_holds_no_office() -> None:
    assert _office_keys("") == set() and _office_keys(" ") == set()
