"""Role noun phrases (app/people/phrases.py)."""

from __future__ import annotations

import pytest

from app.people.phrases import (
    complement_end,
    determiner_before,
    for_no_remit,
    np_start,
    ordinal_noun,
    place_adjective,
    qualified,
    role_at,
    role_phrase,
)
from tests.people.support import by_name, index, view


def test_determiner_before_skips_adjectives_places_and_ages() -> None:
    doc = view("Sie traf die frühere Kanzlerin und den Kieler Landespolitiker.")
    assert determiner_before(doc, index(doc, "Kanzlerin")) == ("die", index(doc, "die"))
    assert determiner_before(doc, index(doc, "Landespolitiker")) == ("den", index(doc, "den"))
    doc = view("Es sprach die 34 Jahre alte Lehrerin.")
    assert determiner_before(doc, index(doc, "Lehrerin"))[0] == "die"
    doc = view("Kanzler Scholz kam.")
    assert determiner_before(doc, 0) == (None, -1)


def test_role_at_reads_the_article_and_marks_place_demonyms() -> None:
    doc = view("Der Vorsitzende und die Vorsitzende sprachen mit dem Hamburger.")
    first = role_at(doc, index(doc, "Vorsitzende"))
    second = role_at(doc, index(doc, "Vorsitzende", 1))
    assert first is not None and (first.base, first.gender) == ("Vorsitzender", "m")
    assert second is not None and (second.base, second.gender) == ("Vorsitzende", "f")
    hamburger = role_at(doc, index(doc, "Hamburger"))
    assert hamburger is None or hamburger.kind == "demonym"
    assert role_at(doc, doc.n) is None
    doc.blocked[0:2] = [True, True]
    assert role_at(doc, 1) is None  # credit lines are never read


def test_qualified_keeps_meaning_changing_adjectives() -> None:
    doc = view("Die frühere stellvertretende Kanzlerin sprach mit der Vorsitzenden Richterin.")
    k = index(doc, "Kanzlerin")
    role = role_at(doc, k)
    assert role is not None and qualified(doc, k, role) == "frühere stellvertretende Kanzlerin"
    k = index(doc, "Richterin")
    role = role_at(doc, k)
    assert role is not None and qualified(doc, k, role) == "Vorsitzende Richterin"


def test_complement_and_phrase() -> None:
    text = "Spohr, Direktor der Friedrich-Naumann-Stiftung in Südkorea, sagte am Montag etwas."
    doc = view(text)
    k = index(doc, "Direktor")
    end = complement_end(doc, k, doc.n)
    assert doc.words[end] == ","
    role = role_at(doc, k)
    assert role is not None
    assert role_phrase(doc, k, role, end) == "Direktor der Friedrich-Naumann-Stiftung in Südkorea"
    doc = view("Chef Siemens sagte am Montag etwas.")
    assert complement_end(doc, 0, doc.n) == 1  # no complement
    doc = view("Der Sprecher am Montag sagte etwas.")
    assert complement_end(doc, 1, doc.n) == 2  # time is no complement


def test_np_start() -> None:
    doc = view("Ihr Konkurrent, der Kieler Landespolitiker Felix Banaszak, sprach.")
    assert np_start(doc, index(doc, "Felix")) == index(doc, "der")
    doc = view("Gestern sprach Felix Banaszak.")
    assert np_start(doc, index(doc, "Felix")) == index(doc, "Felix")


def test_place_adjective_of_a_place_the_lexicon_lacks() -> None:
    found = by_name("Es sprach die Wolfsburgener Oberbürgermeisterin Hanne Vollmer.")
    assert found["Hanne Vollmer"].roles == ("Wolfsburgener Oberbürgermeisterin",)


def test_bisherig_is_a_meaning_changing_qualifier() -> None:
    found = by_name("Ihm folgt der bisherige Finanzvorstand Jan Ohlsen.")
    assert found["Jan Ohlsen"].roles == ("bisheriger Finanzvorstand",)


def test_place_adjective_of_a_city_of_the_entity_gazetteer() -> None:
    assert place_adjective("Ulmer")  # Ulm: a city the Ding place list lacks
    assert not place_adjective("Lehrer")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Begleitet wurde sie vom Abgeordneten Jan Kowalski.", "Jan Kowalski", "Abgeordneter"),
        ("Das sagte er beim Vorsitzenden Kai Brandt.", "Kai Brandt", "Vorsitzender"),
        ("Sie sprach mit der Abgeordneten Eva Kowalski.", "Eva Kowalski", "Abgeordnete"),
        ("Begleitet wurde er von Abgeordneten Kim Ott.", "Kim Ott", "Abgeordnete"),
    ],
)
def test_dative_contraction_is_masculine_for_adjectival_roles(
    text: str, name: str, role: str
) -> None:
    assert by_name(text)[name].roles == (role,)


def test_complement_runs_over_a_capitalised_function_word_inside_a_name() -> None:
    doc = view("Sie war Chefin des Konzerns Minh An bis 2020.")
    k = index(doc, "Chefin")
    assert doc.words[complement_end(doc, k, doc.n) - 1] == "An"


def test_determiner_before_skips_a_capitalised_title_adjective() -> None:
    doc = view("Die Geschäfte führt der Erste Kreisbeigeordnete Ulf Mahn.")
    assert determiner_before(doc, index(doc, "Kreisbeigeordnete"))[0] == "der"
    assert by_name("Die Geschäfte führt der Erste Kreisbeigeordnete Ulf Mahn.")[
        "Ulf Mahn"
    ].roles == ("Erster Kreisbeigeordneter",)
    # a capitalised adjective of another kind still ends the noun phrase
    doc = view("Er sprach mit der Grünen Politikerin.")
    assert determiner_before(doc, index(doc, "Politikerin")) == (None, index(doc, "Grünen"))


def test_a_former_civil_servant_after_der_is_masculine() -> None:
    found = by_name("Seit Jahren führt Karl Wendt Touristen. Der frühere Postbeamte hört auf.")
    assert found["Karl Wendt"].roles == ("früherer Postbeamter",)


def test_complement_keeps_a_genitive_role_before_a_name_but_not_von() -> None:
    from app.people.phrases import complement_end
    from tests.people.support import index, view

    doc = view("Enkelin des Gründers Otto Tessloff sprach.", per=["Otto Tessloff"])
    assert complement_end(doc, 0, doc.n) == index(doc, "Otto")
    doc = view("Sohn von Firmengründer Götz Werner sprach.", per=["Götz Werner"])
    assert complement_end(doc, 0, doc.n) == 1


def test_complement_with_a_truncated_compound() -> None:
    from tests.people.support import by_name

    text = "Die Chefin der Bau- und Wohnungsgenossenschaft, Vera Holm, warnte."
    roles = by_name(text, per=["Vera Holm"])["Vera Holm"].roles
    assert roles == ("Chefin der Bau- und Wohnungsgenossenschaft",)
    text = "Die Chefin der Bau- und, Vera Holm, warnte."  # nothing after "und"
    assert "Chefin der Bau- und" not in by_name(text, per=["Vera Holm"])["Vera Holm"].roles


@pytest.mark.parametrize(
    ("text", "no_remit"),
    [
        ("Er war Senator für kurze Zeit.", True),
        ("Sie wird Senatorin für die nächsten vier Jahre.", True),
        ("Sie bleibt Ministerin für eine Übergangszeit.", True),
        ("Sie ist Sprecherin für die Dauer des Verfahrens.", True),
        ("Sie sprach als Sprecherin für alle Anwohner.", True),
        ("Sie, die als Kommissarin für Aufsehen sorgte, ging.", True),
        ("Er, der als Minister für die Kürzungen gestimmt hatte, ging.", True),
        ("Er war als Minister für die Reform, doch die Fraktion nicht.", True),
        # a remit: the verb after it is the main clause's, second, or no verb follows
        ("Der Senator für Inneres stimmte zu.", False),
        ("Die Ministerin für Bildung warb für mehr Geld.", False),
        ("Sie ist Beauftragte für den Datenschutz.", False),
        ("Sie ist Sonderbeauftragte für den Wiederaufbau der Ukraine.", False),
        ("Sie ist Ministerin für Arbeit und Soziales.", False),
        ("Sie war als Ministerin für Arbeit zuständig.", False),
    ],
)
def test_for_no_remit(text: str, no_remit: bool) -> None:
    doc = view(text)
    assert for_no_remit(doc, index(doc, "für")) is no_remit


@pytest.mark.parametrize("word", ["Zwölfte", "Dritter", "Zweiten", "Zwanzigste", "Erster"])
def test_bare_ordinal_nouns_roles32b(word: str) -> None:
    assert ordinal_noun(word)


@pytest.mark.parametrize("word", ["Weltranglistenzehnte", "Ranglistendritter", "Bürgermeister"])
def test_no_bare_ordinal_nouns_roles32b(word: str) -> None:
    """A ranking compound ("Weltranglistenzehnte") is a standing of a player: a role."""
    assert not ordinal_noun(word)
