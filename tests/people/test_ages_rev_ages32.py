"""Ages stated in the ways session 32's review (rev_ages32) found missed, and their
look-alikes that must give nobody an age (NER given as the listed names)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        # a death with "mit N Jahren" in its clause
        (
            "Der Rapper Kalle Nowotny ist mit 27 Jahren gestorben.",
            ["Kalle Nowotny"],
            {"Kalle Nowotny": 27},
        ),
        (
            "Die Mitgründerin Renate Kühl starb 2019 mit 81 Jahren.",
            ["Renate Kühl"],
            {"Renate Kühl": 81},
        ),
        (
            "Die Unternehmerin Svenja Grotefend gründete ihre Firma mit 23 Jahren.",
            ["Svenja Grotefend"],
            {"Svenja Grotefend": None},
        ),
        (
            "Anna Berg heiratete mit 30 Jahren; ihr Mann starb 2010.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Anna Berg trauert um ihren Vater, der mit 80 Jahren starb.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        ("Der Vater von Anna Berg starb mit 80 Jahren.", ["Anna Berg"], {"Anna Berg": None}),
        # "ist N geworden"
        (
            "Der Schriftsteller Peter Handtmann ist am Mittwoch 80 geworden.",
            ["Peter Handtmann"],
            {"Peter Handtmann": 80},
        ),
        ("Anna Berg ist Dritte geworden.", ["Anna Berg"], {"Anna Berg": None}),
        (
            "Der Verein ist 100 geworden, sagt Vorsitzende Anna Berg.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        # "im Alter von nur N Jahren"
        (
            "Im Alter von nur 24 Jahren hat Niklas Feuerstein den Preis gewonnen.",
            ["Niklas Feuerstein"],
            {"Niklas Feuerstein": 24},
        ),
        # "ist N und …"
        (
            "Der Kabarettist Bruno Friedl ist 74 und steht noch auf der Bühne.",
            ["Bruno Friedl"],
            {"Bruno Friedl": 74},
        ),
        (
            "Der Lehrer Achim Rauschenbach unterrichtet 28 Schüler. Er ist 61 und hört auf.",
            ["Achim Rauschenbach"],
            {"Achim Rauschenbach": 61},
        ),
        (
            "Der Etat von Anna Berg ist 45 und steigt.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        # a bare age after a name in apposition to the subject
        (
            "Der Bischof von Limburg, Georg Hartleb, wird 75.",
            ["Georg Hartleb"],
            {"Georg Hartleb": 75},
        ),
        (
            "Karl Albrecht ist der älteste Läufer. Der jüngste, Mats Peters, ist 6.",
            ["Karl Albrecht", "Mats Peters"],
            {"Karl Albrecht": None, "Mats Peters": 6},
        ),
        (
            "Der Trainer, der Anna Berg kennt, ist 45.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Der Kommandant der Feuerwehr, Uwe Schnabel, ist 59.",
            ["Uwe Schnabel"],
            {"Uwe Schnabel": 59},
        ),
        (
            "Der Trainer der Läuferin, Lisa Kern, ist 45.",
            ["Lisa Kern"],
            {"Lisa Kern": None},
        ),
        (
            "Die 32-jährige Stürmerin des SC Freiburg, Hanna Lübke, fällt aus.",
            ["Hanna Lübke"],
            {"Hanna Lübke": 32},
        ),
        (
            "Die 32-jährige Trainerin der Läuferin, Anna Berg, fehlt.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Die Startnummer von Anna Berg, Lisa Kern, ist 12.",
            ["Anna Berg", "Lisa Kern"],
            {"Anna Berg": None, "Lisa Kern": None},
        ),
        # an age attribute of a role noun, and the name in apposition after it
        (
            "Sein 34 Jahre alter Gegner, der Brite Liam O'Connell, bleibt Weltmeister.",
            ["Liam O'Connell"],
            {"Liam O'Connell": 34},
        ),
        (
            "Der 45-jährige Fahrer des Lastwagens, Piotr Nowak, wurde verletzt.",
            ["Piotr Nowak"],
            {"Piotr Nowak": 45},
        ),
        (
            "Der 45-jährige Fahrer, den Anna Berg anzeigte, floh.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Der 45-jährige Fahrer, der Anna Berg rammte, floh.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Die 45-jährige Fahrerin, Anna Berg und Jan Kurz wurden verletzt.",
            ["Anna Berg", "Jan Kurz"],
            {"Anna Berg": None, "Jan Kurz": None},
        ),
        # retiring now
        (
            "Der Pfarrer Johannes Bielefeld geht mit 70 Jahren in den Ruhestand.",
            ["Johannes Bielefeld"],
            {"Johannes Bielefeld": 70},
        ),
        (
            "Ihr Vorgänger Helmut Kraske geht mit 62 in Pension.",
            ["Helmut Kraske"],
            {"Helmut Kraske": 62},
        ),
        ("Anna Berg ging mit 60 in Rente.", ["Anna Berg"], {"Anna Berg": None}),
        # a state beside the age in the tag
        ("Helga Nordmann (verwitwet, 79) lebt allein.", ["Helga Nordmann"], {"Helga Nordmann": 79}),
        # "wurde 96." only near a death; else a rank
        (
            "Der Maler Konrad Lübbers ist tot. Er wurde 96, wie seine Galerie mitteilte.",
            ["Konrad Lübbers"],
            {"Konrad Lübbers": 96},
        ),
        (
            "Die Läuferin Anna Berg wurde 12, wie der Verband mitteilte.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
    ],
)
def test_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per=per)
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    "text",
    [
        "Der Schauspieler starb mit 88 Jahren, teilte Sprecherin Anna Berg mit.",
        "Der Schauspieler starb im Alter von 88 Jahren, teilte Sprecherin Anna Berg mit.",
        "Ihr Mann starb mit 79 Jahren, sagt Anna Berg.",
        "Ihr Mann ist im Alter von 79 Jahren gestorben, sagt Anna Berg.",
    ],
)
def test_death_of_an_unnamed_subject_gives_no_age(text: str) -> None:
    assert by_name(text, per=["Anna Berg"])["Anna Berg"].age is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Der Schauspieler Max Kern starb mit 88 Jahren, teilte Sprecherin Anna Berg mit.",
            "Max Kern",
        ),
        ("Der Rapper Max Kern alias MK ist mit 88 Jahren gestorben, sagt Anna Berg.", "Max Kern"),
    ],
)
def test_death_of_a_named_subject_keeps_its_age(text: str, name: str) -> None:
    found = by_name(text, per=[name, "Anna Berg"])
    assert (found[name].age, found["Anna Berg"].age) == (88, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ihr Mann geht mit 65 in Rente, sagt Anna Berg.",
        "Der Vater von Anna Berg geht mit 65 in den Ruhestand.",
    ],
)
def test_retirement_of_another_subject_gives_no_age(text: str) -> None:
    assert by_name(text, per=["Anna Berg"])["Anna Berg"].age is None


@pytest.mark.parametrize(
    ("text", "per", "people"),
    [
        (
            "Jonas Eberl wurde Dritter. Der erst 19 Jahre alte Oberstdorfer sprang weit.",
            ["Jonas Eberl", "Oberstdorfer"],
            {"Jonas Eberl"},
        ),
        (
            "Jonas Eberl wurde Dritter. Der 19-jährige Garmischer sprang weit.",
            ["Jonas Eberl", "Garmischer"],
            {"Jonas Eberl"},
        ),
        (
            "Trainerin Anna Bamberger lobte. Die 40-jährige Bamberger war stolz.",
            ["Anna Bamberger", "Bamberger"],
            {"Anna Bamberger"},
        ),
    ],
)
def test_place_word_after_an_age_is_nobody(text: str, per: list[str], people: set[str]) -> None:
    assert set(by_name(text, per=per)) == people
