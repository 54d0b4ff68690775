"""Ages of session 34 (rev_ages34), near misses of ages34's rules: a genitive after a person
noun also through a second genitive or an adjective ("Der Anwalt der Familie des
14-jährigen Opfers, A,", "Die Enkelin des verstorbenen 93-jährigen Malers, A,"), more time
points ("der bei Amtsantritt 42-jährige", "der zu Saisonbeginn 18-jährige", "zum Zeitpunkt
ihres Rücktritts"), but "der zur Zeit 34-jährige" (now) and "zum Tod der 91-jährigen A"
(the age of the noun after); a denied age ("des nicht einmal 20-jährigen"); "jeweils"
with an amount ("sind jeweils 50.000 Euro schuldig"). NER given as the listed names."""

from __future__ import annotations

import pytest

from tests.people.support import by_name

Ages = dict[str, int | None]


def _ages(text: str, per: list[str], ages: Ages) -> Ages:
    found = by_name(text, per)
    return {name: found[name].age if name in found else None for name in ages}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a genitive after a person noun: the name in apposition may be the head's
        (
            "Der Anwalt der Familie des 14-jährigen Opfers, Stefan Raabe, fordert Aufklärung.",
            {"Stefan Raabe": None},
        ),
        (
            "Die Enkelin des verstorbenen 93-jährigen Malers, Clara Winterfeld, erbt.",
            {"Clara Winterfeld": None},
        ),
        (
            "Der Verteidiger eines 31-jährigen Mitangeklagten, Arne Jessen, widersprach.",
            {"Arne Jessen": None},
        ),
        # near misses: a thing heads the genitive, or the name right after the noun
        (
            "Nach Angaben der Familie des 14-jährigen Opfers, Stefan Raabe, war er krank.",
            {"Stefan Raabe": 14},
        ),
        (
            "Die Festnahme des 23-jährigen Verdächtigen, Ali Demirtas, erfolgte am Dienstag.",
            {"Ali Demirtas": 23},
        ),
        (
            "Das Haus des 79-jährigen Rentners, Hugo Brettschneider, brannte völlig aus.",
            {"Hugo Brettschneider": 79},
        ),
        (
            "Der Trainer der 16-jährigen Turnerin Mia Castellano, Bogdan Ilic, ist zufrieden.",
            {"Mia Castellano": 16, "Bogdan Ilic": None},
        ),
        # the age at a time point
        (
            "Der bei Amtsantritt 42-jährige Kanzler Paul Reuterberg galt als jung.",
            {"Paul Reuterberg": None},
        ),
        (
            "Der zu Saisonbeginn 18-jährige Torwart Noah Kessler hat einen Stammplatz.",
            {"Noah Kessler": None},
        ),
        (
            "Die zum Zeitpunkt ihres Rücktritts 70-jährige Präsidentin Renate Hufnagel lebt "
            "in Spanien.",
            {"Renate Hufnagel": None},
        ),
        # near misses: "zur Zeit" is now; an article before the number starts a new phrase
        (
            "Der zur Zeit 34-jährige Stürmer Jonas Hahnemann ist der älteste im Kader.",
            {"Jonas Hahnemann": 34},
        ),
        (
            "Viele Fans schrieben zum Tod der 91-jährigen Schauspielerin Eva Lindqvist.",
            {"Eva Lindqvist": 91},
        ),
        (
            "Erst bei der Siegerehrung lachte die 19-jährige Lina Morawe.",
            {"Lina Morawe": 19},
        ),
        # an age denied
        (
            "Der Verteidiger des nicht einmal 20-jährigen Angeklagten Finn Mahler schwieg.",
            {"Finn Mahler": None},
        ),
        (
            "Anna Rothe und Ben Kurzweil sind nicht 26, sondern 28 Jahre alt.",
            {"Anna Rothe": None, "Ben Kurzweil": None},
        ),
        # "jeweils" with an amount, and the age itself
        (
            "Anna Rothe und Ben Kurzweil sind jeweils 50.000 Euro schuldig.",
            {"Anna Rothe": None, "Ben Kurzweil": None},
        ),
        (
            "Nils Brand und Eva Sorge sind jeweils 12,5 Prozent an der Firma beteiligt.",
            {"Nils Brand": None, "Eva Sorge": None},
        ),
        (
            "Anna Rothe und Ben Kurzweil sind jeweils 26. Sie studieren in Jena.",
            {"Anna Rothe": 26, "Ben Kurzweil": 26},
        ),
        # words of the genitive's noun phrase between its article and the age
        (
            "Die Mutter des bei dem Unfall getöteten 19-jährigen Fahrers, Karin Busch, klagt.",
            {"Karin Busch": None},
        ),
        (
            "Die Ehefrau des seit Jahren kranken 74-jährigen Ex-Ministers, Hilde Fromm, dankte.",
            {"Hilde Fromm": None},
        ),
        # near miss: another noun phrase starts before the age
        (
            "Die Trainerin der Mannschaft lobte die 19-jährige Sprinterin, Lina Morawe, sehr.",
            {"Lina Morawe": 19},
        ),
        # an attribute between the time phrase and the age: no time point
        (
            "Der zur Halbzeit eingewechselte 19-jährige Stürmer Can Öztürk traf zweimal.",
            {"Can Öztürk": 19},
        ),
        (
            "Der zu Hause gepflegte 90-jährige Ernst Vogt starb am Montag.",
            {"Ernst Vogt": 90},
        ),
        (
            "Der zu Beginn der Saison erst 17-jährige Tom Weber ist inzwischen Stammspieler.",
            {"Tom Weber": None},
        ),
        # a group's number that is no age: a rank, a score
        (
            "Paul Kern und Eva Hahn sind jeweils 3. geworden.",
            {"Paul Kern": None, "Eva Hahn": None},
        ),
        (
            "Paul Kern und Eva Hahn sind beide 3 und 4 Punkte hinter dem Spitzenreiter.",
            {"Paul Kern": None, "Eva Hahn": None},
        ),
        (
            "Paul Kern und Eva Hahn sind beide 33 Jahre alt und kommen aus Bonn.",
            {"Paul Kern": 33, "Eva Hahn": 33},
        ),
    ],
)
def test_rev_ages34(text: str, ages: Ages) -> None:
    assert _ages(text, list(ages), ages) == ages
