"""People extraction on handwritten German news sentences (no trained model needed).

Each test builds the analysis data with spaCy's blank German tokenizer and, where
the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.people import ages, credits, extract_people, scan
from tests.people_support import analysis_data, by_name, mention_texts, people

# --------------------------------------------------------------------------- names


def test_fullest_name_and_surname_mentions_are_merged() -> None:
    text = (
        "Die Ministerin Anja Karliczek besuchte am Montag Münster. "
        "Karliczek sprach dort mit Studierenden. Später reiste Karliczek weiter."
    )
    found = by_name(text)
    assert list(found) == ["Anja Karliczek"]
    assert mention_texts(text, found["Anja Karliczek"]) == [
        "Anja Karliczek",
        "Karliczek",
        "Karliczek",
    ]


def test_genitive_mentions_are_merged() -> None:
    text = (
        "Bundeskanzler Friedrich Merz reiste nach Paris. Merz' Rede wurde gelobt. "
        "Auch Emmanuel Macron sprach. Macrons Berater waren zufrieden."
    )
    found = by_name(text)
    assert set(found) == {"Friedrich Merz", "Emmanuel Macron"}
    assert "Merz" in mention_texts(text, found["Friedrich Merz"])
    assert "Macrons" in mention_texts(text, found["Emmanuel Macron"])


def test_unambiguous_first_name_is_merged() -> None:
    text = "Sahra Wagenknecht gründete eine Partei. Sahra, wie Anhänger sie nennen, jubelte."
    found = by_name(text)
    assert list(found) == ["Sahra Wagenknecht"]
    assert mention_texts(text, found["Sahra Wagenknecht"]) == ["Sahra Wagenknecht", "Sahra"]


def test_name_with_particles() -> None:
    text = (
        "EU-Kommissionspräsidentin Ursula von der Leyen reist nach Kiew. "
        "Von der Leyen will dort Präsident Wolodymyr Selenskyj treffen. "
        "Wie von der Leyen sagte, sei die Reise lange geplant."
    )
    found = by_name(text)
    assert set(found) == {"Ursula von der Leyen", "Wolodymyr Selenskyj"}
    assert found["Ursula von der Leyen"].roles == ("EU-Kommissionspräsidentin",)
    assert len(found["Ursula von der Leyen"].mentions) >= 2


def test_hyphenated_and_accented_names() -> None:
    text = (
        "Die CDU-Politikerin Annegret Kramp-Karrenbauer traf den Ungarn Péter Magyar. "
        "Kramp-Karrenbauer lobte Magyar. Auch Jean-Luc Mélenchon äußerte sich."
    )
    found = by_name(text)
    assert {"Annegret Kramp-Karrenbauer", "Péter Magyar", "Jean-Luc Mélenchon"} <= set(found)
    assert found["Annegret Kramp-Karrenbauer"].roles == ("CDU-Politikerin",)
    assert len(found["Péter Magyar"].mentions) == 2


def test_two_people_with_one_surname_stay_apart() -> None:
    text = (
        "Der Schauspieler Til Schweiger und seine Tochter Luna Schweiger drehen gemeinsam. "
        "Luna Schweiger spielt die Hauptrolle."
    )
    found = by_name(text)
    assert {"Til Schweiger", "Luna Schweiger"} <= set(found)
    assert found["Luna Schweiger"].roles == ("Tochter",)
    assert found["Til Schweiger"].roles == ("Schauspieler",)


def test_surname_that_is_also_a_word() -> None:
    text = (
        "Trainerin Martina Voss-Tecklenburg lobte Stürmerin Lea Schüller und Torhüterin "
        "Merle Frohms. Frohms hielt stark, der Koch des Teams kochte Nudeln."
    )
    found = by_name(text)
    assert found["Merle Frohms"].roles == ("Torhüterin",)
    assert "Koch" not in found


def test_east_asian_names() -> None:
    text = "Chinas Staatschef Xi Jinping empfing Südkoreas Präsidenten Lee Jae-myung in Peking."
    found = by_name(text)
    assert found["Xi Jinping"].roles == ("Staatschef",)
    assert found["Lee Jae-myung"].roles == ("Präsident",)


def test_initials() -> None:
    text = "Vizepräsident J.D. Vance sprach in Ohio. Der Angeklagte Max M. schwieg vor Gericht."
    found = by_name(text)
    assert found["J.D. Vance"].roles == ("Vizepräsident",)
    assert found["Max M."].roles == ("Angeklagter",)


def test_no_people_in_plain_text() -> None:
    text = (
        "Der Haushalt der Stadt wächst um 3 Prozent. Die Verwaltung rechnet mit Einnahmen "
        "von 12 Millionen Euro. Im Herbst beginnt der Umbau des Rathauses."
    )
    assert people(text) == []


def test_organisations_and_places_are_not_people() -> None:
    text = (
        "Die Deutsche Bank und die Commerzbank legten Zahlen vor. In Bad Kreuznach und "
        "Pjöngjang wurde gefeiert. Die Konrad-Adenauer-Stiftung lud ins Weiße Haus."
    )
    per = ["Deutsche Bank", "Bad Kreuznach", "Pjöngjang", "Konrad-Adenauer-Stiftung", "Weiße Haus"]
    assert by_name(text, per=per) == {}


# --------------------------------------------------------------------------- NER repairs


def test_role_word_swallowed_by_the_ner_span() -> None:
    text = "Der Besuch von Bundespräsident Frank-Walter Steinmeier (69) in Mali endet."
    found = by_name(text, per=["Bundespräsident Frank-Walter Steinmeier"])
    assert list(found) == ["Frank-Walter Steinmeier"]
    assert found["Frank-Walter Steinmeier"].roles == ("Bundespräsident",)
    assert found["Frank-Walter Steinmeier"].age == 69


def test_trailing_non_name_words_in_the_ner_span() -> None:
    text = "Rettungskräfte im Einsatz Foto: Boris Roessler/dpa\nDie Lage bleibt angespannt."
    assert by_name(text, per=["Einsatz Foto", "Boris Roessler"]) == {}


def test_genitive_object_is_a_mention_of_a_known_person() -> None:
    text = (
        "Die Grünen-Politikerin Ricarda Lang kritisierte den Plan. Das liege nicht im "
        "Interesse Langs, hieß es."
    )
    found = by_name(text, per=["Ricarda Lang", "Interesse Langs"])
    assert list(found) == ["Ricarda Lang"]
    assert "Langs" in mention_texts(text, found["Ricarda Lang"])


def test_missed_surname_mentions_are_found() -> None:
    text = "Trainer Julian Nagelsmann nominierte 26 Spieler. Nagelsmann verzichtet auf Hummels."
    found = by_name(text, per=["Julian Nagelsmann"])
    assert mention_texts(text, found["Julian Nagelsmann"]) == ["Julian Nagelsmann", "Nagelsmann"]


def test_genitive_possessor_inside_a_ner_span_is_split() -> None:
    text = "Putins Sprecher Dmitri Peskow wies die Berichte zurück. Wladimir Putin schwieg."
    found = by_name(text, per=["Putins Sprecher Dmitri Peskow", "Wladimir Putin"])
    assert set(found) == {"Dmitri Peskow", "Wladimir Putin"}
    assert found["Dmitri Peskow"].relations == (("Sprecher", "Wladimir Putin"),)


def test_first_name_and_particles_left_out_by_the_ner_span() -> None:
    text = (
        "Auch EU-Kommissionspräsidentin Ursula von der Leyen wird erwartet. "
        "Von der Leyen, 65, will dort sprechen."
    )
    found = by_name(text, per=["Leyen"])
    assert list(found) == ["Ursula von der Leyen"]
    assert found["Ursula von der Leyen"].roles == ("EU-Kommissionspräsidentin",)
    assert found["Ursula von der Leyen"].age == 65


def test_preposition_before_a_surname_is_not_a_particle() -> None:
    text = "Ein Treffen von Scholz mit Macron ist geplant. Kanzler Olaf Scholz schwieg."
    found = by_name(text, per=["Scholz", "Macron", "Olaf Scholz"])
    assert "Olaf Scholz" in found
    assert "von Scholz" not in mention_texts(text, found["Olaf Scholz"])


def test_possessed_noun_after_a_genitive_is_no_name() -> None:
    text = (
        "Die Schriftstellerin Jenny Erpenbeck gewann den Preis. "
        "Erpenbecks Roman erzählt von einer Liebe. Die 57-Jährige lebt in Berlin."
    )
    found = by_name(text, per=["Jenny Erpenbeck", "Erpenbecks Roman"])
    assert list(found) == ["Jenny Erpenbeck"]
    assert "Erpenbecks" in mention_texts(text, found["Jenny Erpenbeck"])


def test_person_inside_a_place_span_after_a_genitive_and_a_role() -> None:
    text = "Ungarns Regierungschef Viktor Orbán blieb dem Treffen fern."
    found = by_name(text, other=[("Ungarns Regierungschef Viktor Orbán", "LOC")])
    assert list(found) == ["Viktor Orbán"]
    assert found["Viktor Orbán"].roles == ("Regierungschef",)


def test_first_name_before_a_capital_particle_name() -> None:
    text = "Die Chefin der Partei, Marine Le Pen, kündigte Widerstand an. Le Pen bleibt hart."
    found = by_name(text, per=["Le Pen"])
    assert list(found) == ["Marine Le Pen"]
    assert len(found["Marine Le Pen"].mentions) == 2


def test_capital_particle_name_at_sentence_start_stays_short() -> None:
    text = "Gegen Le Pen stimmten viele. Die Politikerin Marine Le Pen schwieg."
    found = by_name(text, per=["Le Pen", "Marine Le Pen"])
    assert "Gegen Le Pen" not in found


def test_weak_noun_role_without_a_feminine_in_ding() -> None:
    text = "Torschütze Harry Kane (31) traf zweimal."
    found = by_name(text, per=["Harry Kane"])
    assert found["Harry Kane"].roles == ("Torschütze",)
    assert found["Harry Kane"].age == 31


def test_age_of_someone_without_a_name_is_not_given_to_the_named_person() -> None:
    text = (
        "Nach Angaben von Polizeisprecher Matthias Mänz übersah ein Autofahrer den Mann. "
        "Der 45-Jährige blieb unverletzt."
    )
    found = by_name(text, per=["Matthias Mänz"])
    assert found["Matthias Mänz"].age is None


def test_surname_that_is_an_inflected_noun_needs_the_proper_noun_tag() -> None:
    text = "Ministerin Katherina Reiche traf Kunden. Sie kaufte für Anna Blumen."
    tokens, sentences, entities = analysis_data(text, per=["Katherina"])
    tagged = tuple(
        dataclasses.replace(t, pos="PROPN") if t.text in {"Katherina", "Reiche", "Anna"} else t
        for t in tokens
    )
    names = {p.name for p in extract_people(text, tagged, sentences, entities) if not p.credit}
    assert "Katherina Reiche" in names
    assert "Anna Blumen" not in names


def test_single_unknown_word_after_noun_creates_nobody() -> None:
    text = "Am Ufer der Elbe feierten Tausende das Stadtfest Elbflorenz."
    assert by_name(text, per=["Stadtfest Elbflorenz"]) == {}


def test_company_after_a_business_noun_is_no_person() -> None:
    text = "Der Autobauer Tesla und der Onlinehändler Zalando meldeten Gewinne."
    assert by_name(text) == {}
    assert by_name(text, per=["Autobauer Tesla"]) == {}


# --------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "Gestern sprach Nordkorea-Diktator Kim Jong-un in Pjöngjang.",
            "Kim Jong-un",
            ("Nordkorea-Diktator",),
        ),
        (
            "Sie trafen den Ex-Präsidenten Barack Obama in Chicago.",
            "Barack Obama",
            ("Ex-Präsident",),
        ),
        (
            "Ministerpräsidentin Manuela Schwesig eröffnete die Messe.",
            "Manuela Schwesig",
            ("Ministerpräsidentin",),
        ),
        (
            "Das sagte der Kreml-Kritiker Alexej Nawalny vor seiner Haft.",
            "Alexej Nawalny",
            ("Kreml-Kritiker",),
        ),
        (
            "Bayern-Trainerin Alexander Straus? Nein: Bayern-Trainer Vincent Kompany.",
            "Vincent Kompany",
            ("Bayern-Trainer",),
        ),
        (
            "Mit dem Regierungssprecher Steffen Hebestreit sprach niemand.",
            "Steffen Hebestreit",
            ("Regierungssprecher",),
        ),
        ("Die Virologin Melanie Brinkmann warnte.", "Melanie Brinkmann", ("Virologin",)),
        (
            "Laut Polizeisprecherin Jana Ebert gab es keine Verletzten.",
            "Jana Ebert",
            ("Polizeisprecherin",),
        ),
        (
            "Die frühere Kanzlerin Angela Merkel las aus ihrem Buch.",
            "Angela Merkel",
            ("frühere Kanzlerin",),
        ),
        (
            "Der stellvertretende Vorsitzende Jens Spahn widersprach.",
            "Jens Spahn",
            ("stellvertretender Vorsitzender",),
        ),
        (
            "Der britische Premierminister Keir Starmer reiste nach Berlin.",
            "Keir Starmer",
            ("britischer Premierminister",),
        ),
        (
            "Nach Angaben des Oberbürgermeisters Dieter Reiter ist alles ruhig.",
            "Dieter Reiter",
            ("Oberbürgermeister",),
        ),
        (
            "Ein Gespräch mit Schauspielerin Sandra Hüller über Cannes.",
            "Sandra Hüller",
            ("Schauspielerin",),
        ),
        (
            "Der Vorstandsvorsitzende Oliver Blume verteidigte die Strategie.",
            "Oliver Blume",
            ("Vorstandsvorsitzender",),
        ),
        ("Die SPD-Vorsitzende Saskia Esken widersprach.", "Saskia Esken", ("SPD-Vorsitzende",)),
        ("Papst Leo XIV. segnete die Pilger.", "Leo", ("Papst",)),
    ],
)
def test_role_right_before_the_name(text: str, name: str, roles: tuple[str, ...]) -> None:
    found = by_name(text)
    assert found[name].roles == roles


def test_apposition_after_the_name() -> None:
    text = (
        "„Die Lage ist ernst“, sagte Claudia Kemfert, Energieexpertin des Deutschen Instituts "
        "für Wirtschaftsforschung, am Dienstag in Berlin."
    )
    found = by_name(text)
    assert found["Claudia Kemfert"].roles == (
        "Energieexpertin des Deutschen Instituts für Wirtschaftsforschung",
    )


def test_apposition_with_article_and_two_roles() -> None:
    text = (
        "Heiko Maas, der frühere Außenminister, arbeitet heute als Anwalt. "
        "Marie Krüger, Sprecherin und Beraterin der Bürgermeisterin, bestätigte das."
    )
    found = by_name(text)
    assert found["Heiko Maas"].roles == ("früherer Außenminister",)
    assert found["Marie Krüger"].roles == ("Sprecherin", "Beraterin der Bürgermeisterin")


def test_apposition_stops_before_time_words() -> None:
    text = "Das bestätigte Jan Müller, Sprecher der Feuerwehr am Sonntag in Kiel."
    assert by_name(text)["Jan Müller"].roles == ("Sprecher der Feuerwehr",)


def test_role_phrase_before_comma_and_name() -> None:
    text = (
        "Der Vorsitzende des Betriebsrats, Thomas Ehrlich, kündigte Widerstand an. "
        "Auch die Präsidentin des Bundesverfassungsgerichts, Doris König, äußerte sich."
    )
    found = by_name(text)
    assert found["Thomas Ehrlich"].roles == ("Vorsitzender des Betriebsrats",)
    assert found["Doris König"].roles == ("Präsidentin des Bundesverfassungsgerichts",)


def test_possessive_roles_with_relation() -> None:
    text = (
        "Kanzler Olaf Scholz schweigt. Scholz' Sprecher Steffen Hebestreit sagte, "
        "man prüfe den Vorgang. Die Sängerin Nena sagte ihr Konzert ab. "
        "Ihr Manager Thomas Becker nannte Krankheitsgründe."
    )
    found = by_name(text)
    assert found["Steffen Hebestreit"].roles == ("Sprecher",)
    assert found["Steffen Hebestreit"].relations == (("Sprecher", "Olaf Scholz"),)
    assert found["Thomas Becker"].relations == (("Manager", "Nena"),)


def test_no_role_from_unrelated_words() -> None:
    text = (
        "Der Präsident sprach lange. Danach kam Anna Schmitz zu Wort. "
        "Die Wähler wollten Markus Lanz sehen. Bei einem künftigen Kanzler Merz "
        "wäre alles anders, meinte Lanz. Welchen Kandidaten Emma Roth wählt, ist offen."
    )
    found = by_name(text)
    assert found["Anna Schmitz"].roles == ()
    assert found["Markus Lanz"].roles == ()
    assert found["Emma Roth"].roles == ()
    assert all(p.roles == () for p in found.values())


def test_demonyms_are_not_roles() -> None:
    text = "Der Österreicher Dominic Thiem verlor gegen den Serben Novak Djokovic."
    found = by_name(text)
    assert found["Dominic Thiem"].roles == ()
    assert found["Novak Djokovic"].roles == ()


def test_enumeration_after_a_role_phrase_gives_no_role() -> None:
    text = "Auf dem Podium saßen die Experten, Julia Berg und Tim Ahrens, und diskutierten."
    found = by_name(text)
    assert found["Julia Berg"].roles == ()


# --------------------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Sängerin Nena (64) tritt in Hagen auf.", "Nena", 64),
        ("Landwirt Josef Huber, 58, verkauft seinen Hof.", "Josef Huber", 58),
        ("Die Malerin Gerda Stein ist im Alter von 95 Jahren gestorben.", "Gerda Stein", 95),
        (
            "Trainer Christian Streich verabschiedet sich. Der 58-Jährige hört auf.",
            "Christian Streich",
            58,
        ),
        ("Die 34 Jahre alte Lehrerin Maria Schulz erhielt den Preis.", "Maria Schulz", 34),
        ("Der 19-jährige Auszubildende Leon Bauer rettete ein Kind.", "Leon Bauer", 19),
        ("Die 48-jährige Petra Vogel gewann das Rennen.", "Petra Vogel", 48),
        ("Der Rentner Hans Meyer ist 91 Jahre alt und fährt noch Rad.", "Hans Meyer", 91),
        ("Seinen 80. Geburtstag feierte Reinhold Messner auf einem Berg.", "Reinhold Messner", 80),
        ("Bürgermeisterin Katja Dörner (Grüne, 48) eröffnete das Fest.", "Katja Dörner", 48),
    ],
)
def test_stated_ages(text: str, name: str, age: int) -> None:
    assert by_name(text)[name].age == age


def test_age_back_reference_respects_gender() -> None:
    text = (
        "Kommissar Frank Thiel ermittelt mit der Rechtsmedizinerin Silke Haller. "
        "Die 52-Jährige fand die entscheidende Spur."
    )
    found = by_name(text)
    assert found["Silke Haller"].age == 52
    assert found["Frank Thiel"].age is None


def test_age_back_reference_prefers_the_subject() -> None:
    text = (
        "Jan-Lennard Struff hat in München das Finale erreicht. Im Halbfinale bezwang er "
        "den Italiener Matteo Berrettini. Der 34-Jährige spielt nun um den Titel."
    )
    found = by_name(text)
    assert found["Jan-Lennard Struff"].age == 34
    assert found["Matteo Berrettini"].age is None


@pytest.mark.parametrize(
    "text",
    [
        "Innenministerin Nancy Faeser (SPD) stellte am 5. November den Bericht vor.",
        "Bayern gewann 3:1, Stürmer Harry Kane traf doppelt.",
        "Das Team von Trainer Xabi Alonso (2:0) bleibt ungeschlagen.",
        "Torschützen: Jamal Musiala (2), Leroy Sané.",
        "Schon seit 1998 leitet Karin Berger den Verein, der 42 Mitglieder hat.",
        "Die Autorin Juli Zeh (2023) schrieb einen Bestseller.",
        "Ein 34-Jähriger wurde festgenommen, sagte Polizeisprecher Uwe Kraus.",
        "Bei Oberbürgermeister Frank Mentrup, 30 Prozent Zustimmung, hakt es.",
        "Die 30-Jährigen spielten gegen die Mannschaft von Trainerin Anna Roth.",
        "Der Sieger Max Frei (2.) lag vor Tom Lenz (3.).",
        "Die Schriftstellerin Eva Menasse las am 12. März 2024 in Wien.",
    ],
)
def test_no_invented_ages(text: str) -> None:
    assert all(p.age is None for p in people(text))


# --------------------------------------------------------------------------- parties


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        ("Gesundheitsminister Karl Lauterbach (SPD) warnte.", "Karl Lauterbach", "SPD"),
        ("Dazu äußerte sich Cem Özdemir (Grüne).", "Cem Özdemir", "Grüne"),
        (
            "Landrätin Eva Irrgang (CDU) und Stadtrat Ralf Mertens (Grünen) stritten.",
            "Ralf Mertens",
            "Grüne",
        ),
        ("Der Abgeordnete Gregor Gysi (Linke, 76) sprach.", "Gregor Gysi", "Linke"),
        ("Fraktionsvize Jens Spahn (CDU/CSU) widersprach.", "Jens Spahn", "CDU/CSU"),
        ("CSU-Chef Markus Söder reiste nach Rom.", "Markus Söder", "CSU"),
        (
            "Die FDP-Politikerin Marie-Agnes Strack-Zimmermann warnte.",
            "Marie-Agnes Strack-Zimmermann",
            "FDP",
        ),
        ("Bürgermeister Boris Palmer (parteilos) lehnte ab.", "Boris Palmer", "parteilos"),
    ],
)
def test_parties(text: str, name: str, party: str) -> None:
    assert by_name(text)[name].party == party


@pytest.mark.parametrize(
    "text",
    [
        "Berlin (dpa) - Der Politiker Kevin Kühnert gab seinen Rückzug bekannt.",
        "Der AfD-Gegner Stefan Wolf demonstrierte in Essen.",
        "Die Wirtschaftsweise Veronika Grimm (USA-Expertin) warnte.",
    ],
)
def test_no_party(text: str) -> None:
    assert all(p.party is None for p in people(text))


# --------------------------------------------------------------------------- credits


def test_photo_credit_is_kept_apart() -> None:
    text = (
        "Der Dirigent Kirill Petrenko probt in Berlin. Foto: Monika Rittershaus/dpa\n"
        "Die Proben dauern Wochen. Foto: picture alliance / dpa | Michael Kappeler"
    )
    found = people(text)
    credits = {p.name for p in found if p.credit}
    story = {p.name for p in found if not p.credit}
    assert credits == {"Monika Rittershaus", "Michael Kappeler"}
    assert story == {"Kirill Petrenko"}
    assert all(p.roles == () and p.age is None for p in found if p.credit)


@pytest.mark.parametrize(
    "caption",
    [
        "Foto: STR/AFP",
        "Foto: /AP",
        "Foto: dpa",
        "Foto: Getty Images",
        "Foto: Stadt Köln",
        "Bild: Polizei Berlin",
        "Bild: Feuerwehr Essen",
        "Fotos: IMAGO/Sven Simon, REUTERS",
    ],
)
def test_agencies_in_credits_are_no_people(caption: str) -> None:
    text = f"Die Demonstration blieb friedlich. {caption}\nWeitere Kundgebungen sind geplant."
    found = people(text, per=["Sven Simon"])
    assert [p for p in found if not p.credit] == []
    assert {p.name for p in found if p.credit} <= {"Sven Simon"}


@pytest.mark.parametrize(
    "caption",
    ["Bild: Anna Weberling/dpa", "Bilder: Anna Weberling", "Fotografin: Anna Weberling",
     "© Anna Weberling/AFP", "Copyright: Anna Weberling"],
)  # fmt: skip
def test_every_credit_label_of_the_lexicon(caption: str) -> None:
    """ "Bild:" too (the old pattern "Bilder?" matched "Bilde" and "Bilder", not "Bild")."""
    found = people(f"Die Demonstration blieb friedlich. {caption}\nMehr folgt.")
    assert [(p.name, p.credit) for p in found] == [("Anna Weberling", True)]


def test_credit_name_is_not_merged_into_the_story() -> None:
    text = (
        "Der Fotograf Daniel Biskup zeigt Bilder aus der Wendezeit. Foto: Daniel Biskup\n"
        "Biskup fotografierte damals in Leipzig."
    )
    found = people(text)
    story = [p for p in found if not p.credit]
    credit = [p for p in found if p.credit]
    assert [p.name for p in story] == ["Daniel Biskup"]
    assert [p.name for p in credit] == ["Daniel Biskup"]
    assert story[0].roles == ("Fotograf",)
    assert len(story[0].mentions) == 2


# --------------------------------------------------------------------------- robustness


def test_empty_input() -> None:
    assert people("") == []
    assert people("   \n  ") == []


def test_mentions_point_into_the_text() -> None:
    text = (
        "Wirtschaftsminister Robert Habeck (Grüne) und Finanzminister Christian Lindner (FDP) "
        "stritten. Habeck warf Lindner Blockade vor; Lindners Sprecher widersprach."
    )
    found = by_name(text)
    assert found["Robert Habeck"].party == "Grüne"
    assert found["Christian Lindner"].party == "FDP"
    for person in found.values():
        for start, end in person.mentions:
            surname = person.name.split()[-1]
            assert text[start:end].startswith(surname) or text[start:end] == person.name


# --------------------------------------------------------------------------- later forms


def test_predicative_roles() -> None:
    text = (
        "Der frühere Regierungschef Mark Rutte ist inzwischen Generalsekretär der Nato. "
        "Innenministerin wird Daniela Behrens. Anna Roth ist Präsident Macron dankbar."
    )
    found = by_name(text)
    assert found["Mark Rutte"].roles == ("früherer Regierungschef", "Generalsekretär der Nato")
    assert found["Daniela Behrens"].roles == ("Innenministerin",)
    assert found["Anna Roth"].roles == ()


def test_anaphoric_role_goes_to_the_one_matching_person() -> None:
    text = (
        "Die Sängerin Ina Müller hat ein neues Album veröffentlicht. "
        "Die zweimalige Echo-Gewinnerin geht im Herbst auf Tour. "
        "Der Produzent Tim Rink und der Manager Jan Stahl lobten die Platte. "
        "Der Musiker plant weitere Konzerte."
    )
    found = by_name(text)
    assert found["Ina Müller"].roles == ("Sängerin", "zweimalige Echo-Gewinnerin")
    assert found["Tim Rink"].roles == ("Produzent",)  # "Der Musiker": which one is unclear
    assert found["Jan Stahl"].roles == ("Manager",)


def test_role_chain_before_comma_with_possessive() -> None:
    text = (
        "Die Grünen-Politikerin Lisa Paus tritt an. Ihr Herausforderer, der Münchner "
        "Stadtrat Dominik Krause, sieht gute Chancen."
    )
    found = by_name(text)
    assert found["Dominik Krause"].roles == ("Herausforderer", "Münchner Stadtrat")
    assert found["Dominik Krause"].relations == (("Herausforderer", "Lisa Paus"),)


def test_people_in_org_or_loc_entities_are_recovered() -> None:
    text = (
        "Polizeisprecher Thomas Weber bestätigte den Einsatz. Lando Norris wurde Zweiter. "
        "Die Hans Böckler Stiftung legte eine Studie vor."
    )
    other = [
        ("Polizeisprecher Thomas Weber", "ORG"),
        ("Lando Norris", "LOC"),
        ("Hans Böckler Stiftung", "ORG"),
    ]
    found = by_name(text, other=other)
    assert set(found) == {"Thomas Weber", "Lando Norris"}
    assert found["Thomas Weber"].roles == ("Polizeisprecher",)


def test_capitalised_particles_and_cut_ner_spans() -> None:
    text = (
        "Die Chefin des Rassemblement National, Marine Le Pen, protestierte. "
        "Der Physiker Anton Zeilinger sprach in Wien."
    )
    found = by_name(text, other=[("Marine Le Pen", "ORG")], per=["Anton"])
    assert found["Marine Le Pen"].roles == ("Chefin des Rassemblement National",)
    assert found["Anton Zeilinger"].roles == ("Physiker",)


def test_oblique_age_reference_is_not_the_subject() -> None:
    text = (
        "Der Verein hat sich von Trainer Paul Weiß getrennt. Sportdirektor Jan Brück dankte "
        "dem 52-Jährigen für seine Arbeit."
    )
    found = by_name(text)
    assert found["Paul Weiß"].age == 52
    assert found["Jan Brück"].age is None


# ------------------------------------------------------------- windowed scans

_PIECES = st.sampled_from(
    [
        "Er starb im Alter von 95 Jahren.", "Die 34 Jahre alte Lehrerin", "der 61-Jährige",
        "ist 42 Jahre alt", "ihren 100. Geburtstag", "Foto: Anna Weber/dpa", "Bild: ",
        "Wort", "Satz.", " ", "  ", "\n", "\n\n", ". ", "-", "(71)",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60), st.integers(min_value=1, max_value=40))
def test_windowed_scans_find_what_one_scan_finds(pieces: list[str], window: int) -> None:
    """Cutting the text into windows (at line breaks, else whitespace) loses no match
    of the patterns scanned that way and finds none twice."""
    text = "".join(pieces)
    cuts = list(scan.scan_cuts(text, window))
    if text:  # contiguous windows from the start to the end, none empty
        assert [a for a, _ in cuts] == [0] + [b for _, b in cuts[:-1]]
        assert cuts[-1][1] == len(text) and all(a < b for a, b in cuts)
    else:
        assert cuts == []
    patterns = [
        *ages.AGE_STATEMENTS,
        ages.AGE_BACKREF,
        ages.AGE_ATTRIBUTE,
        credits.CREDIT_LABEL,
    ]
    for pattern in patterns:
        whole = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        windowed = [(m.span(), m.groups()) for m in scan.finditer(pattern, text, window)]
        assert len(set(windowed)) == len(windowed)  # nothing found twice
        assert set(windowed) <= set(whole), pattern.pattern  # nothing invented
        at_line_breaks = all("\n" in text[a:b][len(text[a:b].rstrip()) :] for a, b in cuts[:-1])
        if at_line_breaks and not any("\n" in text[a:b] for (a, b), _ in whole):
            assert windowed == whole, pattern.pattern  # nothing lost
