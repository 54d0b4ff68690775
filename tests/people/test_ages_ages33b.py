"""Ages and names of session 33 (ages33b): two ages in one bracket after two names joined
by "und" ("die Brüder Carsten und Frank Detmering (61 und 58)"), and a last name word the
lexicon reads as a noun before the finite verb when a country in the genitive and a
dateline open the sentence ("Dakar (AFP) - Senegals Fischereiministerin A B Fall hat");
with near misses (NER given as the listed names)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Das Unternehmen führen die Brüder Carsten und Frank Detmering (61 und 58).",
            ["Carsten", "Frank Detmering"],
            {"Carsten": 61, "Frank Detmering": 58},
        ),
        (
            "Die Eltern Anna Berg und Peter Kunz (45 und 47) sind verzweifelt.",
            ["Anna Berg", "Peter Kunz"],
            {"Anna Berg": 45, "Peter Kunz": 47},
        ),
        # near misses: no bracket right after the second name, or more than "und" between
        (
            "Anna Berg und Peter Kunz (SPD) kamen auf 45 und 47 (45 und 47).",
            ["Anna Berg", "Peter Kunz"],
            {"Anna Berg": None, "Peter Kunz": None},
        ),
        (
            "Anna Berg lobte die Schule und Peter Kunz (45 und 47) nicht.",
            ["Anna Berg", "Peter Kunz"],
            {"Anna Berg": None, "Peter Kunz": None},
        ),
        (
            "Anna Berg und Peter Kunz (45 und 47 Prozent) lagen vorn.",
            ["Anna Berg", "Peter Kunz"],
            {"Anna Berg": None, "Peter Kunz": None},
        ),
    ],
)
def test_paired_bracket_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per)
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    ("text", "per", "name"),
    [
        (
            "Dakar (AFP) - Senegals Fischereiministerin Aminata Ndiaye Fall hat den Trawlern"
            " die Lizenz entzogen.",
            ["Aminata Ndiaye"],
            "Aminata Ndiaye Fall",
        ),
        (
            "Senegals Fischereiministerin Aminata Ndiaye Fall hat den Trawlern die Lizenz"
            " entzogen.",
            ["Aminata Ndiaye"],
            "Aminata Ndiaye Fall",
        ),
        # near misses: a genitive name is the possessor of the noun; a possessor that is
        # no place; a temporal noun
        (
            "Senegals Fischereiministerin Aminata Ndiayes Fall hat alle überrascht.",
            ["Aminata Ndiayes"],
            "Aminata Ndiayes",
        ),
        (
            "Dakar (AFP) - Senegals Ministerin Aminata Ndiaye Montag hat gesprochen.",
            ["Aminata Ndiaye"],
            "Aminata Ndiaye",
        ),
    ],
)
def test_noun_surname_before_the_verb_after_a_place_possessor(
    text: str, per: list[str], name: str
) -> None:
    found = by_name(text, per)
    assert name in found
    assert not any(other.startswith(name + " ") for other in found)


def test_no_noun_surname_after_a_possessor_that_is_no_place() -> None:
    text = "Pauls Freundin Aminata Ndiaye Fall hat gelacht."
    assert "Aminata Ndiaye Fall" not in by_name(text, ["Aminata Ndiaye"])


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Der 67-jährige Rentner aus Freiburg im Breisgau, Wolfram Eisele, war gestürzt.", 67),
        ("Der 67-jährige Rentner aus Halle an der Saale, Wolfram Eisele, war gestürzt.", 67),
        ("Der 67-jährige Rentner aus Frankfurt am Main, Wolfram Eisele, war gestürzt.", 67),
        # near misses: the apposition is no name; more than a town's second part
        (
            "Der 67-jährige Rentner aus Freiburg im Breisgau, seine Frau und Wolfram Eisele"
            " waren da.",
            None,
        ),
        ("Der 67-jährige Rentner aus Freiburg im Jahr 2020, Wolfram Eisele, war da.", None),
    ],
)
def test_attribute_age_over_a_two_part_town_name(text: str, age: int | None) -> None:
    assert by_name(text, ["Wolfram Eisele"])["Wolfram Eisele"].age == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Die Sängerin Dora Fenzl ist tot. Sie starb in der Nacht in Schwabing. Die"
            " gebürtige Wienerin wurde 87 Jahre alt.",
            87,
        ),
        (
            "Der Sänger Karl Fenzl ist tot. Er starb in der Nacht in Schwabing. Der"
            " gebürtige Wiener wurde 87 Jahre alt.",
            87,
        ),
        # near misses: a plural pronoun, a pronoun of the other gender, no pronoun
        (
            "Die Sängerin Dora Fenzl ist tot. Sie starben in der Nacht in Schwabing. Die"
            " gebürtige Wienerin wurde 87 Jahre alt.",
            None,
        ),
        (
            "Die Sängerin Dora Fenzl ist tot. Er starb in der Nacht in Schwabing. Die"
            " gebürtige Wienerin wurde 87 Jahre alt.",
            None,
        ),
        (
            "Die Sängerin Dora Fenzl ist tot. In der Nacht brannte es in Schwabing. Die"
            " gebürtige Wienerin wurde 87 Jahre alt.",
            None,
        ),
    ],
)
def test_demonym_age_past_a_pronoun_sentence(text: str, age: int | None) -> None:
    name = "Karl Fenzl" if "Karl" in text else "Dora Fenzl"
    assert by_name(text, [name])[name].age == age
