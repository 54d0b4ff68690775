"""Ages of session 34 (ages34): an age in a genitive after a person noun is not given to
the name in apposition after it ("Der Verteidiger des 31-jährigen Angeklagten, A,"), the
age at a point in time ("der zur Tatzeit 17-jährige A"), one age stated of two names
("A und B sind beide 26 Jahre alt", "Beide sind 33 Jahre alt und …", "die beiden
26-jährigen A und B"), and a month alone before an age tag ("Am 12. Mai (34)"); with near
misses (NER given as the listed names)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name

Ages = dict[str, int | None]


def _ages(text: str, per: list[str], ages: Ages) -> Ages:
    found = by_name(text, per)
    return {name: found[name].age if name in found else None for name in ages}


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Der Verteidiger des 31-jährigen Angeklagten, Jürgen Kastner, beantragte Freispruch.",
            ["Jürgen Kastner"],
            {"Jürgen Kastner": None},
        ),
        (
            "Die Tochter des 58-jährigen Ministers, Klara Voss, studiert in Wien.",
            ["Klara Voss"],
            {"Klara Voss": None},
        ),
        (
            "Der Trainer des 19-jährigen Talents, Gerd Kohlmann, ist zufrieden.",
            ["Gerd Kohlmann"],
            {"Gerd Kohlmann": None},
        ),
        (
            "Die Anwältin einer 40-jährigen Klägerin, Ina Roth, sprach von Willkür.",
            ["Ina Roth"],
            {"Ina Roth": None},
        ),
        # near misses: the name right after the genitive's noun, or no person noun before
        (
            "Der Anwalt des 24-jährigen Marvin Schenk kündigte Berufung an.",
            ["Marvin Schenk"],
            {"Marvin Schenk": 24},
        ),
        (
            "Der 45-jährige Fahrer des Lastwagens, Uwe Rohde, wurde verletzt.",
            ["Uwe Rohde"],
            {"Uwe Rohde": 45},
        ),
        (
            "Laut der 45-jährigen Fahrerin, Anke Rohde, war die Ampel rot.",
            ["Anke Rohde"],
            {"Anke Rohde": 45},
        ),
        (
            "Die 72-jährige Altbäuerin aus dem Mühlviertel, Rosa Hinterleitner, erzählt.",
            ["Rosa Hinterleitner"],
            {"Rosa Hinterleitner": 72},
        ),
    ],
)
def test_genitive_age_not_given_to_apposition(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per, ages) == ages


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Der zur Tatzeit 17-jährige Angeklagte Jannik Sorge wird nach Jugendstrafrecht"
            " verurteilt.",
            ["Jannik Sorge"],
            {"Jannik Sorge": None},
        ),
        (
            "Der zum Unfallzeitpunkt 19-jährige Timo Brandt hatte getrunken.",
            ["Timo Brandt"],
            {"Timo Brandt": None},
        ),
        # near misses: "heute", "zur" right before the number (no time point)
        (
            "Der heute 38-jährige Rainer Tews soll einen Kiosk überfallen haben.",
            ["Rainer Tews"],
            {"Rainer Tews": 38},
        ),
        (
            "Der Preis ging zur 40-jährigen Autorin Eva Link.",
            ["Eva Link"],
            {"Eva Link": 40},
        ),
    ],
)
def test_age_at_a_time_point(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per, ages) == ages


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Selina Roth und Nina Keller sind beide 26 Jahre alt.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": 26, "Nina Keller": 26},
        ),
        (
            "Die Gründerinnen Selina Roth und Nina Keller sind jeweils 26.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": 26, "Nina Keller": 26},
        ),
        (
            "Selina Roth und Nina Keller sind 26 Jahre alt und kommen aus Bern.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": 26, "Nina Keller": 26},
        ),
        (
            "Die Gründerinnen Jana Wüst und Aylin Demirci wollen expandieren. Beide sind 33"
            " Jahre alt und kommen aus Bochum.",
            ["Jana Wüst", "Aylin Demirci"],
            {"Jana Wüst": 33, "Aylin Demirci": 33},
        ),
        (
            "Die Polizei nahm die beiden 19-jährigen Kevin Roth und Dennis Ahlers fest.",
            ["Kevin Roth", "Dennis Ahlers"],
            {"Kevin Roth": 19, "Dennis Ahlers": 19},
        ),
        (
            "Die Polizei nahm die zwei 19-Jährigen Kevin Roth und Dennis Ahlers fest.",
            ["Kevin Roth", "Dennis Ahlers"],
            {"Kevin Roth": 19, "Dennis Ahlers": 19},
        ),
        # near misses: somebody else's, more than two, a singular attribute, no "Jahre alt"
        (
            "Die Kinder von Selina Roth und Nina Keller sind 8 Jahre alt.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": None, "Nina Keller": None},
        ),
        (
            "Laut Selina Roth und Nina Keller sind beide 8 Jahre alt.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": None, "Nina Keller": None},
        ),
        (
            "Selina Roth und Nina Keller sind 26 Jahre verheiratet.",
            ["Selina Roth", "Nina Keller"],
            {"Selina Roth": None, "Nina Keller": None},
        ),
        (
            "Die Polizei nahm den 19-jährigen Kevin Roth und Dennis Ahlers fest.",
            ["Kevin Roth", "Dennis Ahlers"],
            {"Kevin Roth": 19, "Dennis Ahlers": None},
        ),
        (
            "Die Polizei nahm die beiden 19-jährigen Kevin Roth und den Fahrer Dennis Ahlers fest.",
            ["Kevin Roth", "Dennis Ahlers"],
            {"Kevin Roth": 19, "Dennis Ahlers": None},
        ),
    ],
)
def test_one_age_of_two_names(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per, ages) == ages


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        (
            "Am 12. Mai (34) wurde der Vertrag unterzeichnet, sagte Geschäftsführer Uwe Brandl.",
            ["Uwe Brandl"],
            {"Mai": None, "Uwe Brandl": None},
        ),
        # near miss: a first name that is a month, with a surname
        ("Heute sprach August Müller (34) im Rat.", [], {"August Müller": 34}),
    ],
)
def test_month_before_tag_is_no_person(text: str, per: list[str], ages: Ages) -> None:
    assert _ages(text, per, ages) == ages
    assert "Mai" not in by_name(text, per)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Der zum Zeitpunkt der Wahl 42-jährige Kanzler Gerold Baum siegte.",
            {"Gerold Baum": None},
        ),
        ("Die zur Tatzeit 16-jährige Täterin Lea Kunz schwieg.", {"Lea Kunz": None}),
        # near misses: a verb or a comma between "zur …" and the age
        ("Zur Eröffnung kam der 42-jährige Minister Gerold Baum.", {"Gerold Baum": 42}),
        ("Zum Schluss sprach die 42-jährige Rednerin Eva Link.", {"Eva Link": 42}),
        ("Zur Wahl steht die 42-jährige Eva Link.", {"Eva Link": 42}),
    ],
)
def test_age_after_time_phrase(text: str, ages: Ages) -> None:
    assert _ages(text, list(ages), ages) == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Helmut Sauer ist am Sonntag 81-jährig gestorben.", {"Helmut Sauer": 81}),
        ("Die Schauspielerin Ilse Kranz ist 84-jährig verstorben.", {"Ilse Kranz": 84}),
        # near misses: how long, not how old
        ("Helmut Sauer war 60-jährig verheiratet.", {"Helmut Sauer": None}),
        ("Helmut Sauer feierte die 40-jährig bestehende Partnerschaft.", {"Helmut Sauer": None}),
    ],
)
def test_uninflected_age_before_gestorben(text: str, ages: Ages) -> None:
    assert _ages(text, list(ages), ages) == ages
