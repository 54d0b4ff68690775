"""Ages and names of session 32 (ages32b): "der 67-Jährige" after the apposition of an
opening role phrase or after "Für A ist es ...", and their look-alikes (NER given as the
listed names)."""

from __future__ import annotations

import pytest

from tests.people.support import by_name, people


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        # the apposition of an opening role phrase is the nearest subject
        (
            "Minister Otto Schwenk (CDU) verteidigte die Pläne. Der Präsident des Sozialverbands, "
            "Bernd Kallweit, kündigte Widerstand an; der 67-Jährige will klagen.",
            ["Otto Schwenk", "Bernd Kallweit"],
            {"Otto Schwenk": None, "Bernd Kallweit": 67},
        ),
        (
            "Kommandant Uwe Strehl ließ die Anwohner warnen. Der Inhaber der Firma Kessler "
            "Metallbau, Jörg Kessler, schätzt den Schaden hoch. Der 61-Jährige will weitermachen.",
            ["Uwe Strehl", "Jörg Kessler"],
            {"Uwe Strehl": None, "Jörg Kessler": 61},
        ),
        # near miss: the apposition is not the nearest; the object named after it is
        (
            "Der Bischof von Trier, Peter Lanz, hat den Pfarrer der Gemeinde, Jan Ruhl, zum "
            "Dekan ernannt. Der 52-Jährige folgt auf Karl Boos.",
            ["Peter Lanz", "Jan Ruhl", "Karl Boos"],
            {"Peter Lanz": None, "Jan Ruhl": 52, "Karl Boos": None},
        ),
        # the topic of "Für A ist es ..."
        (
            "Im Finale besiegte der Chinese Li Wei den Schweden Nils Berg. Für Manager Heinz "
            "Kottmann ist es der letzte Titel: Der 71-Jährige hört im Sommer auf.",
            ["Li Wei", "Nils Berg", "Heinz Kottmann"],
            {"Li Wei": None, "Nils Berg": None, "Heinz Kottmann": 71},
        ),
        (
            "Trainer Ulf Sander lobte die Mannschaft. Für Kapitän Timo Raabe war das der "
            "Abschied. Der 34-Jährige beendet seine Karriere.",
            ["Ulf Sander", "Timo Raabe"],
            {"Ulf Sander": None, "Timo Raabe": 34},
        ),
        # near miss: "für A" with another subject is no topic
        (
            "Das Team verlor. Für Kapitän Timo Raabe ist Trainer Ulf Sander verantwortlich. "
            "Der 54-Jährige bleibt.",
            ["Ulf Sander", "Timo Raabe"],
            {"Ulf Sander": 54, "Timo Raabe": None},
        ),
        (
            "Das Team verlor. Für Kapitän Timo Raabe stimmten alle Spieler. Der 34-Jährige "
            "bleibt Kapitän.",
            ["Timo Raabe"],
            {"Timo Raabe": 34},
        ),
        # a back-reference that opens a reported clause: somebody the speaker reports on
        (
            "Minister Otto Schwenk lobte das Team. Der Sprecher der Polizei, Jan Ruhl, "
            "sagte, der 45-Jährige sei festgenommen worden.",
            ["Otto Schwenk", "Jan Ruhl"],
            {"Otto Schwenk": None, "Jan Ruhl": None},
        ),
        # near miss: no verb of saying before the comma
        (
            "Der Trainer Jan Ruhl lachte, der 45-Jährige ist zufrieden.",
            ["Jan Ruhl"],
            {"Jan Ruhl": 45},
        ),
        # a genitive place before the role opens the sentence: the subject
        (
            "Bayerns Innenministerin Carla Wendt (CSU) will Wachen schließen. Widerstand kommt "
            "aus der Fraktion. Der Abgeordnete Max Rohr kündigte an, dagegen zu stimmen. Die "
            "59-Jährige verteidigt die Pläne.",
            ["Carla Wendt", "Max Rohr"],
            {"Carla Wendt": 59, "Max Rohr": None},
        ),
        # near miss: a genitive place before a noun that is no role opens nothing
        (
            "Hessens Wälder leiden. Förster Max Rohr zählt Schäden. Die 59-Jährige lacht.",
            ["Max Rohr"],
            {"Max Rohr": None},
        ),
        # a firm named after a role noun in the apposition is nobody new
        (
            "Der Unternehmer Kurt Nolte, Gründer des Möbelherstellers Nolte Wohnen, ist tot. "
            "Er starb am Freitag; er wurde 88 Jahre alt.",
            ["Kurt Nolte"],
            {"Kurt Nolte": 88},
        ),
        (
            "Der Unternehmer Kurt Nolte, Chef des Autobauers VW, ist tot. Er wurde 88 Jahre alt.",
            ["Kurt Nolte"],
            {"Kurt Nolte": 88},
        ),
        # near miss: a person after the genitive role noun is somebody new
        (
            "Die Lehrerin Anna Berg, Trainerin des Schülers Jonas, lobte ihn. Er wurde 12 "
            "Jahre alt.",
            ["Anna Berg"],
            {"Anna Berg": None},
        ),
        (
            "Der Unternehmer Kurt Nolte, Vater des Herstellers, ist tot. Er wurde 88 Jahre alt.",
            ["Kurt Nolte"],
            {"Kurt Nolte": None},
        ),
        # "Frau"/"Mann" compounds stand between an age and the name like a role
        (
            "Die Nonnen wählten die 56-jährige Ordensfrau Maria Huber.",
            ["Maria Huber"],
            {"Maria Huber": 56},
        ),
        (
            "Der 48-jährige Geschäftsmann Hans Kober fuhr weg.",
            ["Hans Kober"],
            {"Hans Kober": 48},
        ),
        # near misses: the compound without a name after it; a plural
        (
            "Die 48-jährige Hausfrau erkannte Hans Kober.",
            ["Hans Kober"],
            {"Hans Kober": None},
        ),
        (
            "Die 48-jährige Frauenmannschaft von Hans Kober siegte.",
            ["Hans Kober"],
            {"Hans Kober": None},
        ),
    ],
)
def test_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per=per)
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    ("text", "per", "people"),
    [
        # a single word after a preposition fused with the article: a house, a venue
        (
            "Der Kurator Jan Visser wechselt vom Mauritshuis nach Amsterdam.",
            ["Jan Visser", "Mauritshuis"],
            {"Jan Visser"},
        ),
        (
            "Die Sängerin Anna Berg tritt beim Bolschoi auf.",
            ["Anna Berg", "Bolschoi"],
            {"Anna Berg"},
        ),
        # near miss: a role noun between the fused article and the name
        (
            "Der Brief kam vom Trainer Jan Visser.",
            ["Jan Visser"],
            {"Jan Visser"},
        ),
        # an office's place after "von"
        (
            "Ankara hat den Bürgermeister von Van, Serkan Aydın, abgesetzt.",
            ["Van", "Serkan Aydın"],
            {"Serkan Aydın"},
        ),
        # near miss: a kin noun before "von" takes a person
        (
            "Die Mutter von Lena lobte den Lehrer Paul Kern.",
            ["Lena", "Paul Kern"],
            {"Lena", "Paul Kern"},
        ),
        # a police force's region
        (
            "Die Sprecherin der Kantonspolizei Appenzell Ausserrhoden, Seraina Tobler, "
            "sprach von Glück.",
            ["Appenzell Ausserrhoden", "Seraina Tobler"],
            {"Seraina Tobler"},
        ),
        # near miss: a first name after the police noun
        (
            "Ein Sprecher der Bundespolizei Thomas Keller bestätigte den Einsatz.",
            ["Thomas Keller"],
            {"Thomas Keller"},
        ),
        # an English works name is a firm's
        (
            "Der Konzern kauft den Konkurrenten Severn Steelworks. Chefin Ada Rao jubelte.",
            ["Severn Steelworks", "Ada Rao"],
            {"Ada Rao"},
        ),
    ],
)
def test_places_and_firms_are_nobody(text: str, per: list[str], people: set[str]) -> None:
    assert set(by_name(text, per=per)) == people


@pytest.mark.parametrize(
    ("text", "per", "people"),
    [
        # a Spanish second surname cut off by the NER, after a role, before a comma
        (
            "Neuer Präsident wird der Senator Diego Fernández Rubio, 58 Jahre alt.",
            ["Diego Fernández"],
            {"Diego Fernández Rubio": 58},
        ),
        (
            "Ihr Anwalt Carlos Gómez Prado, der sie verteidigt, schweigt.",
            ["Carlos Gómez"],
            {"Carlos Gómez Prado": None},
        ),
        # near misses: no role before, a German name, a place after
        (
            "Am Montag traf Diego Fernández Rubio, den Minister.",
            ["Diego Fernández"],
            {"Diego Fernández": None},
        ),
        (
            "Der Trainer Hans Berger Reportern, die fragten, antwortete.",
            ["Hans Berger"],
            {"Hans Berger": None},
        ),
        (
            "Der Senator Diego Fernández Madrid, sagte er, liebe er.",
            ["Diego Fernández"],
            {"Diego Fernández": None},
        ),
        # ", 67 Jahre alt." at the sentence's end is an age apposition
        (
            "Nachfolger wird der Senator Paul Kern, 67 Jahre alt.",
            ["Paul Kern"],
            {"Paul Kern": 67},
        ),
        # near miss: an age at some time gone by
        (
            "Nachfolger wurde der Senator Paul Kern, damals 67 Jahre alt.",
            ["Paul Kern"],
            {"Paul Kern": None},
        ),
    ],
)
def test_second_surname_and_age_at_the_end(
    text: str, per: list[str], people: dict[str, int | None]
) -> None:
    found = by_name(text, per=per)
    assert {name: p.age for name, p in found.items()} == people


@pytest.mark.parametrize(
    ("text", "per", "credits", "story"),
    [
        (
            "Von unserer Korrespondentin Marit Lund\nBrüssel - Minister Rolf Egger stimmte zu.",
            ["Marit Lund", "Rolf Egger"],
            {"Marit Lund"},
            {"Rolf Egger"},
        ),
        (
            "Von unserem Korrespondenten Jens Ruud\nOslo - Ministerin Kari Lie stimmte zu.",
            ["Jens Ruud", "Kari Lie"],
            {"Jens Ruud"},
            {"Kari Lie"},
        ),
        # near misses: no name after the role; a sentence that opens with "Von unserer"
        (
            "Von unserer Korrespondentin in Brüssel\nBrüssel - Minister Rolf Egger stimmte zu.",
            ["Rolf Egger"],
            set(),
            {"Rolf Egger"},
        ),
        (
            "Von unserer Redakteurin Anna Berg stammt der Text, sagte Minister Rolf Egger.",
            ["Anna Berg", "Rolf Egger"],
            set(),
            {"Anna Berg", "Rolf Egger"},
        ),
    ],
)
def test_byline_with_a_staff_role(
    text: str, per: list[str], credits: set[str], story: set[str]
) -> None:
    found = people(text, per=per)
    assert {p.name for p in found if p.credit} == credits
    assert {p.name for p in found if not p.credit} == story


@pytest.mark.parametrize(
    ("text", "other", "names"),
    [
        # a first name tagged as a place, a nickname in quotes and the surname: one person
        (
            "Er folgt auf Wilhelmina „Mien“ Kuipers-Bakker, die das Haus leitete.",
            [("Wilhelmina", "LOC")],
            {"Wilhelmina „Mien“ Kuipers-Bakker"},
        ),
        # near misses: a place that is also a first name; no nickname
        (
            "Er zog nach Florenz „Firenze“ Mitte, sagte Minister Rolf Egger.",
            [("Florenz", "LOC"), ("Rolf Egger", "PER")],
            {"Rolf Egger"},
        ),
        (
            "Das Schiff „Wilhelmina“ lief aus, sagte Kapitän Rolf Egger.",
            [("Wilhelmina", "MISC"), ("Rolf Egger", "PER")],
            {"Rolf Egger"},
        ),
    ],
)
def test_nickname_after_a_first_name_tagged_as_a_place(
    text: str, other: list[tuple[str, str]], names: set[str]
) -> None:
    per = [name for name, label in other if label == "PER"]
    rest = [(name, label) for name, label in other if label != "PER"]
    assert set(by_name(text, per=per, other=rest)) == names
