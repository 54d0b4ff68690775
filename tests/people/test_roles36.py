"""Roles of session 36 (roles36): trades, church words and military ranks the lexicon
now reads from Ding's English glosses ("Metzger", "Zimmerer", "Förster", "Fähnrich"), a
training kept before a role ("die gelernte Chemikerin", "der studierte Jurist"), a title
adjective in lowercase ("ärztlicher Direktor") and the age back-reference's predicate after
a semicolon. Near misses: the same words as surnames, a role noun without a name, a clause
after a semicolon without the age, a passing quality, a count ("die erste Kundin")."""

from __future__ import annotations

import pytest

from app.lexicon.roles import analyze_role, is_role_word
from tests.people.support import by_name


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("Metzger", "Metzger"),
        ("Zimmerer", "Zimmerer"),
        ("Förstern", "Förster"),
        ("Berufsfischer", "Berufsfischer"),
        ("Klempners", "Klempner"),
        ("Lackierer", "Lackierer"),
        ("Fähnrich", "Fähnrich"),
        ("Muezzin", "Muezzin"),
    ],
)
def test_gloss_person_nouns_are_roles(word: str, base: str) -> None:
    role = analyze_role(word)
    assert role is not None and role.base == base and role.gender == "m"


@pytest.mark.parametrize("word", ["Warschauer", "Schneemann", "Nächster", "Krokodilkaiman"])
def test_look_alikes_stay_what_they_were(word: str) -> None:
    role = analyze_role(word)
    assert role is None or role.kind == "demonym"


@pytest.mark.parametrize(
    ("text", "name", "roles", "age"),
    [
        ("Der Metzger Hans Kübler (54) aus Ulm hat den Preis gewonnen.", "Hans Kübler",
         ["Metzger"], 54),
        ("Der 61-jährige Zimmerer Paul Rieder stürzte vom Dach.", "Paul Rieder",
         ["Zimmerer"], 61),
        ("Tobias Seemann, Klempner aus Kiel, fand den Schatz.", "Tobias Seemann",
         ["Klempner"], None),
        ("Der Förster Jens Wiebe warnte vor Waldbrand.", "Jens Wiebe", ["Förster"], None),
        ("Fähnrich Tim Rettich führt den Zug seit März.", "Tim Rettich", ["Fähnrich"],
         None),
    ],
)  # fmt: skip
def test_trades_and_ranks_before_a_name(
    text: str, name: str, roles: list[str], age: int | None
) -> None:
    person = by_name(text, per=[name])[name]
    assert list(person.roles) == roles
    assert person.age == age


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Außenminister Joschka Fischer (Grüne) traf am Montag seinen Amtskollegen.",
         "Joschka Fischer"),
        ("Die Abgeordnete Helga Zimmermann sagte, der Plan sei falsch. Zimmermann "
         "kündigte Widerstand an.", "Helga Zimmermann"),
        ("Die Ministerpräsidentin Anke Kirchner (SPD) besuchte die Kaserne. Kirchner "
         "sagte, sie sei beeindruckt.", "Anke Kirchner"),
        ("Der Bürgermeister Klaus Förster (SPD) eröffnete das Fest. Förster sagte, es sei "
         "ein guter Tag.", "Klaus Förster"),
    ],
)  # fmt: skip
def test_the_same_words_as_surnames(text: str, name: str) -> None:
    found = by_name(text, per=[name])
    assert list(found) == [name]
    assert not any(r in {"Fischer", "Zimmermann", "Kirchner", "Förster"}
                   for r in found[name].roles)  # fmt: skip


def test_a_trade_without_a_name_is_nobody() -> None:
    text = "Die Polizei sucht einen Zeugen. Ein Fischer hatte das Boot am Morgen gesehen."
    assert by_name(text) == {}


def test_is_role_word_before_a_surname() -> None:
    assert is_role_word("Metzger")
    assert not is_role_word("Warschauer") or analyze_role("Warschauer").kind == "demonym"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Die frühere Landtagspräsidentin Roswitha Kahl (CDU) ist tot. Die gelernte "
         "Chemikerin hatte 1989 das Neue Forum mitgegründet.", "Roswitha Kahl",
         "gelernte Chemikerin"),
        ("Der Bürgermeister Otto Lenz (SPD) ist tot. Der studierte Jurist hatte die Stadt "
         "20 Jahre geführt.", "Otto Lenz", "studierter Jurist"),
        ("Die promovierte Physikerin Eva Brand leitet das Labor.", "Eva Brand",
         "promovierte Physikerin"),
    ],
)  # fmt: skip
def test_a_training_is_kept_before_the_role(text: str, name: str, role: str) -> None:
    assert role in by_name(text, per=[name])[name].roles


def test_age_back_reference_after_a_semicolon() -> None:
    text = (
        "Seoul - Den Antrag hatte Oppositionsführerin Seo Ji-yeon eingebracht; die "
        "48-Jährige war früher Staatsanwältin in Busan."
    )
    person = by_name(text, per=["Seo Ji-yeon"])["Seo Ji-yeon"]
    assert list(person.roles) == ["Oppositionsführerin", "Staatsanwältin in Busan"]
    assert person.age == 48


@pytest.mark.parametrize(
    ("clause", "age"),
    [
        ("die Regierung war früher Gegnerin des Plans.", None),  # no age back-reference
        ("der 48-Jährige war früher Staatsanwalt in Busan.", None),  # the other gender
    ],
)
def test_semicolon_clause_that_refers_elsewhere(clause: str, age: int | None) -> None:
    text = "Seoul - Den Antrag hatte Oppositionsführerin Seo Ji-yeon eingebracht; " + clause
    person = by_name(text, per=["Seo Ji-yeon"])["Seo Ji-yeon"]
    assert list(person.roles) == ["Oppositionsführerin"]
    assert person.age == age


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Der ärztliche Direktor Jan Rau (58) lobte das Team.", "Jan Rau",
         ["ärztlicher Direktor"]),
        ("Die wissenschaftliche Mitarbeiterin Eva Brand (31) leitet das Projekt.", "Eva Brand",
         ["wissenschaftliche Mitarbeiterin"]),
        ("Der Kinderarzt Jan Rau ist seit 2010 ärztlicher Leiter der Klinik.", "Jan Rau",
         ["Kinderarzt", "ärztlicher Leiter der Klinik"]),
        # near misses: a passing quality, a count
        ("Der freundliche Verkäufer Jan Rau half sofort.", "Jan Rau", ["Verkäufer"]),
        ("Die erste Kundin Eva Brand bekam Blumen.", "Eva Brand", ["Kundin"]),
    ],
)  # fmt: skip
def test_title_adjectives_in_lowercase(text: str, name: str, roles: list[str]) -> None:
    assert list(by_name(text, per=[name])[name].roles) == roles


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        ("Die Berufsfischer Alfons Gmeiner und sein Neffe Jakob Gmeiner zogen ihn aus dem "
         "Wasser.", "Jakob Gmeiner", ["Berufsfischer", "Neffe"]),
        ("Die Richterinnen Eva Bender und ihre Schwester Anna Bender kamen.", "Anna Bender",
         ["Richterin", "Schwester"]),
        # near misses: a singular role before the first name, a kin noun without "und"
        ("Der Landwirt Reinhold Gaißer und sein Sohn Jonathan Gaißer (23) halfen.",
         "Jonathan Gaißer", ["Sohn"]),
        ("Die Ministerin Eva Bender und ihr Mann Karl Bender kamen zum Fest.", "Karl Bender",
         ["Mann"]),
        ("Die Winzer Karl Bender und Udo Lenz trafen ihren Sohn Tim Bender.", "Tim Bender",
         ["Sohn"]),
    ],
)  # fmt: skip
def test_plural_role_over_a_kin_noun(text: str, name: str, roles: list[str]) -> None:
    assert list(by_name(text, per=[name])[name].roles) == roles
