"""roles36p: a second role of somebody who already has one, announced by a news lede
before a colon ("Der Verein hat einen neuen Trainer: Der 52-jährige Lehrer A …"), on
made-up sentences with near misses (the one leaving, somebody else of the other gender,
no age)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name


@pytest.mark.parametrize(
    ("text", "per", "roles"),
    [
        ("Der Ruderclub hat einen neuen Präsidenten: Der 61-jährige Zahnarzt Gernot Habich "
         "kommt aus Kassel und übernimmt das Amt im Mai.", ["Gernot Habich"],
         {"Gernot Habich": ["Zahnarzt", "Präsident"]}),
        ("Das Landestheater hat erstmals eine Intendantin: Die frühere Schauspielerin Karla "
         "Wendt, 49, setzte sich gegen drei Mitbewerber durch.", ["Karla Wendt"],
         {"Karla Wendt": ["frühere Schauspielerin", "Intendantin"]}),
        ("Die Gemeinde hat einen neuen Bürgermeister: Der 38 Jahre alte Bäcker Jens Lohse "
         "gewann gegen die Amtsinhaberin Ute Marr.", ["Jens Lohse", "Ute Marr"],
         {"Jens Lohse": ["Bäcker", "Bürgermeister"], "Ute Marr": ["Amtsinhaberin"]}),
    ],
)  # fmt: skip
def test_an_announced_office_goes_to_the_one_named_after_the_colon(
    text: str, per: list[str], roles: dict[str, list[str]]
) -> None:
    found = by_name(text, per=per)
    for name, expected in roles.items():
        assert sorted(found[name].roles) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "per", "name", "not_role"),
    [
        # the one leaving
        ("Der Ruderclub hat einen neuen Präsidenten: Der bisherige Kassenwart Gernot "
         "Habich, 61, hatte nicht mehr kandidiert.", ["Gernot Habich"], "Gernot Habich",
         "Präsident"),
        ("Der Verein hat einen neuen Trainer: Der 45-jährige Lehrer Uwe Brandt wurde "
         "entlassen.", ["Uwe Brandt"], "Uwe Brandt", "Trainer"),
        # a woman is named, the office is a man's
        ("Der Ruderclub hat einen neuen Präsidenten: Die 61-jährige Zahnärztin Gerda "
         "Habich gratulierte.", ["Gerda Habich"], "Gerda Habich", "Präsident"),
        # no age: maybe somebody known
        ("Der Ruderclub hat einen neuen Präsidenten: Der Zahnarzt Gernot Habich "
         "gratulierte.", ["Gernot Habich"], "Gernot Habich", "Präsident"),
    ],
)  # fmt: skip
def test_near_misses_of_the_announced_office(
    text: str, per: list[str], name: str, not_role: str
) -> None:
    found = by_name(text, per=per)
    assert not_role not in found[name].roles
