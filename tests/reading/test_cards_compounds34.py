"""Session 34 (compounds34): a town's word in -er whose town the text names or the
gazetteer lists is "of PLACE" (or its people), never a split into parts; a compound's
modifier is never a call ("Proceed!") nor an English plural when its singular is a
gloss; a modifier that is a term of the text's field (a court report) takes that
field's line. Made-up sentences, whole pipeline: analysis, reading layer, bundled
dictionary."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # the town is named in the text: its adjective before a noun
        ("Gifhorn hat ein neues Rathaus. Die Gifhorner Polizei meldete einen Einbruch.",
         "Gifhorner", "of Gifhorn"),
        ("In Celle wurde gestern gewählt. Der Celler Stadtrat tagte lange.",
         "Celler", "of Celle"),
        ("Buxtehude liegt bei Hamburg. Die Buxtehuder Feuerwehr rückte aus.",
         "Buxtehuder", "of Buxtehude"),
        ("Die Syker Schule in der Stadt Syke bekommt eine Mensa.", "Syker", "of Syke"),
        ("In Stade wird gebaut. Die Stader Stadtwerke erhöhen die Preise.",
         "Stader", "of Stade"),
        ("Moers ist eine Stadt am Niederrhein. Der Moerser Bürgermeister trat zurück.",
         "Moerser", "of Moers"),
        ("In Brühl steht ein Schloss. Die Brühler Schlossfestspiele beginnen im Juni.",
         "Brühler", "of Brühl"),
        ("Die Stadt Lahr wächst. Das Lahrer Krankenhaus wird erweitert.", "Lahrer", "of Lahr"),
        ("In Werl gibt es eine Wallfahrt. Die Werler Polizei sperrte die Straße.",
         "Werler", "of Werl"),
        ("Rotenburg an der Wümme hat ein Krankenhaus. Das Rotenburger Krankenhaus wird "
         "saniert.", "Rotenburger", "of Rotenburg"),
        ("Die Gemeinde Ottersberg plant ein Neubaugebiet. Der Ottersberger Gemeinderat "
         "stimmte zu.", "Ottersberger", "of Ottersberg"),
        ("In Mainz tagt der Landtag. Die Mainzer Regierung stellte den Haushalt vor.",
         "Mainzer", "of Mainz"),
        # a town of the gazetteer needs no mention
        ("Die Uelzener Innenstadt wird umgebaut.", "Uelzener", "of Uelzen"),
        # Ding's own towns as before
        ("Der Hamburger Hafen ist groß.", "Hamburger", "of Hamburg"),
        ("Die Münchner Polizei und die Kölner Feuerwehr arbeiten zusammen.",
         "Münchner", "of Munich"),
        ("Die Münchner Polizei und die Kölner Feuerwehr arbeiten zusammen.",
         "Kölner", "of Cologne"),
        ("Ein Augsburger Unternehmen hat die Ausschreibung gewonnen.",
         "Augsburger", "of Augsburg"),
        ("Die Tübinger Forscher veröffentlichten ihre Studie.", "Tübinger", "of Tübingen"),
    ],
)  # fmt: skip
def test_a_town_of_the_text_makes_its_adjective(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # look-alikes in -er: Ding's own words keep their glosses
        ("Die Bürger der Stadt wollen mehr Busse.", "Bürger", "member of the public"),
        ("Der Kilometer kostet zwei Euro.", "Kilometer", "kilometer"),
        ("Die Mitglieder trafen sich im Sommer mit dem Lehrer.", "Mitglieder", "members"),
        ("Die Mitglieder trafen sich im Sommer mit dem Lehrer.", "Sommer", "summer"),
        ("Die Mitglieder trafen sich im Sommer mit dem Lehrer.", "Lehrer", "teacher"),
        ("Die Arbeiter der Werft streikten.", "Arbeiter", "worker"),
        ("Die Wanderer kehrten um.", "Wanderer", "hiker"),
        # ... also when the text names a town that is their stem
        ("In Hamm regnete es. Der Hammer lag auf dem Tisch.", "Hammer", "hammer"),
        ("Weil am Rhein liegt an der Grenze. Der kleine Weiler hat zwanzig Einwohner.",
         "Weiler", "hamlet"),
        ("In Bonn ist die Behörde. Der Lehrer fuhr im Sommer 200 Kilometer nach Bonn.",
         "Lehrer", "teacher"),
        ("In Bonn ist die Behörde. Der Lehrer fuhr im Sommer 200 Kilometer nach Bonn.",
         "Sommer", "summer"),
        ("In Bonn ist die Behörde. Der Lehrer fuhr im Sommer 200 Kilometer nach Bonn.",
         "Kilometer", "kilometer"),
    ],
)  # fmt: skip
def test_look_alikes_in_er_keep_their_glosses(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a town neither named nor listed (Achim is also a first name): nothing made up
        ("Ein Achimer erzählte, er habe den Bus verpasst.", "Achimer"),
        ("Viele Verdener ärgern sich über die Pläne.", "Verdener"),
    ],
)
def test_no_town_without_evidence(text: str, word: str) -> None:
    assert not any(g.startswith("of ") for g in card(text, word).glosses)


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # "Weiter! :: Proceed!" is no modifier: the adverb's "further"
        ("Der Rat will ein Konzept für einen sparsamen Weiterbetrieb.",
         "Weiterbetrieb", "further + operation"),
        ("Die Weiterbeschäftigung der Mitarbeiter ist unsicher.",
         "Weiterbeschäftigung", "further + employment"),
        ("Der Weiterbau der Autobahn wurde gestoppt.", "Weiterbau", "further + building"),
        ("Der Konzern plant die Weiterfinanzierung des Projekts.",
         "Weiterfinanzierung", "further + financing"),
        # a modifier's singular ("negotiations" -> "negotiation")
        ("Das Verhandlungsangebot der Gewerkschaft wurde abgelehnt.",
         "Verhandlungsangebot", "negotiation + offer"),
        # ... not of a word in -ics
        ("Die Logistikbranche sucht Fahrer.", "Logistikbranche", "logistics + industry"),
        # a report from court: the modifier's legal line
        ("Der Angeklagte schwieg vor Gericht. Am dritten Verhandlungstag sagte die Zeugin "
         "aus, das Urteil des Gerichts wird im Mai erwartet.",
         "Verhandlungstag", "trial + day"),
        # ... not in a report of wage talks
        ("Die Tarifparteien trafen sich zu Gesprächen. Nach dem dritten Verhandlungstag gab "
         "es keine Einigung, die Gewerkschaft droht mit Streik.",
         "Verhandlungstag", "negotiation + day"),
    ],
)  # fmt: skip
def test_modifier_glosses(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first
