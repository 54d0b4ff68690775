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


def test_a_genitive_noun_after_wegen_is_nobody() -> None:
    text = (
        "Der Erbe des Konzerns, Kim Dae-ho, ist wegen Steuerbetrugs zu drei Jahren Haft "
        "verurteilt worden. Der 51-Jährige ist ein Sohn des Gründers."
    )
    found = by_name(text, per=["Kim Dae-ho", "Steuerbetrugs"])
    assert list(found) == ["Kim Dae-ho"]
    assert found["Kim Dae-ho"].age == 51


def test_a_surname_in_the_genitive_after_wegen_stays_a_person() -> None:
    text = "Wegen Hofreiters Rücktritt tagt der Vorstand. Anton Hofreiter schwieg."
    found = by_name(text, per=["Hofreiters", "Anton Hofreiter"])
    assert "Anton Hofreiter" in found


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Der Landtag hat Stadtrat Bruno Egli (SP) zum Ratspräsidenten für das Jahr 2028 "
         "gewählt.", ["Stadtrat", "Ratspräsident"]),
        ("Der Rat hat Bruno Egli zum Präsidenten für die nächsten vier Jahre gewählt.",
         ["Präsident"]),
    ],
)  # fmt: skip
def test_an_office_for_a_term_of_years(text: str, roles: list[str]) -> None:
    found = by_name(text, per=["Bruno Egli"])
    assert sorted(found["Bruno Egli"].roles) == sorted(roles)


def test_a_term_needs_a_span_of_time() -> None:
    # "für" with no time: the words are no term of office (the office phrase stays as read)
    text = "Der Rat hat Bruno Egli zum Präsidenten für Kultur gewählt."
    found = by_name(text, per=["Bruno Egli"])
    assert all(r.startswith("Präsident") for r in found["Bruno Egli"].roles)


def test_the_one_appointed_not_the_one_appointing() -> None:
    text = (
        "Das Land bekommt einen neuen Justizminister. Ministerpräsidentin Karin Wolf (SPD) "
        "berief am Dienstag den Juristen Dr. Olaf Brink, 58, von der Universität Kiel."
    )
    found = by_name(text, per=["Karin Wolf", "Olaf Brink"])
    assert "Justizminister" in found["Olaf Brink"].roles
    assert "Justizminister" not in found["Karin Wolf"].roles


def test_two_appointed_men_give_the_office_to_nobody() -> None:
    text = (
        "Das Land bekommt einen neuen Justizminister. Ministerpräsident Karl Wolf (SPD) "
        "berief am Dienstag den Juristen Dr. Olaf Brink, 58, von der Universität Kiel."
    )
    found = by_name(text, per=["Karl Wolf", "Olaf Brink"])
    assert all("Justizminister" not in p.roles for p in found.values())


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Der Ruderclub hat einen neuen Vorsitzenden: Der 61-jährige Zahnarzt Gernot Habich "
         "kommt aus Kassel.", "Gernot Habich", ["Zahnarzt", "Vorsitzender"]),
        ("Der Ruderclub hat eine neue Vorsitzende: Die 61-jährige Zahnärztin Gerda Habich "
         "kommt aus Kassel.", "Gerda Habich", ["Zahnärztin", "Vorsitzende"]),
        # an adjectival noun not announced as a new office gives nothing
        ("Ein Verletzter wurde gefunden: Der 61-jährige Zahnarzt Gernot Habich kam aus "
         "Kassel.", "Gernot Habich", ["Zahnarzt"]),
    ],
)  # fmt: skip
def test_an_announced_adjectival_office(text: str, name: str, roles: list[str]) -> None:
    found = by_name(text, per=[name])
    assert sorted(found[name].roles) == sorted(roles)
