"""Ages stated in the sentence (app/people/ages.py) and next to the name.

Moved tests build the analysis data with spaCy's blank German tokenizer and,
where the case is about repairing NER output, with hand-made PER entities.
"""

from __future__ import annotations

import pytest

from app.people.ages import AGE_ATTRIBUTE, AGE_BACKREF, AGE_STATEMENTS, sentence_ages
from app.people.cluster import Cluster
from app.people.view import Mention, TokenView
from tests.people.support import by_name, people, view


def test_age_of_someone_without_a_name_is_not_given_to_the_named_person() -> None:
    text = (
        "Nach Angaben von Polizeisprecher Matthias Mänz übersah ein Autofahrer den Mann. "
        "Der 45-Jährige blieb unverletzt."
    )
    found = by_name(text, per=["Matthias Mänz"])
    assert found["Matthias Mänz"].age is None


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


@pytest.mark.parametrize(
    ("text", "owner", "other", "age"),
    [
        (
            "Kommissar Frank Thiel ermittelt mit der Rechtsmedizinerin Silke Haller. "
            "Die 52-Jährige fand die entscheidende Spur.",
            "Silke Haller",
            "Frank Thiel",
            52,
        ),
        # the speaker after a report is none of the people reported on
        (
            "Die Vize-Regierungssprecherin Annika Brölsch hat Berichte zurückgewiesen. "
            "Bundesarbeitsminister Detmar Ihlenfeld (SPD) und Bundesverkehrsministerin Ricarda "
            "Vollnhals (FDP) arbeiteten zusammen, sagte die 44-Jährige.",
            "Annika Brölsch",
            "Ricarda Vollnhals",
            44,
        ),
        # the subject right after a dateline opens its sentence; the speaker of the report
        # after it is not the subject
        (
            "Frankfurt (epd) - Die Schriftstellerin Mariam Sadeghpour erhält den Buchpreis. Ihr "
            "Roman erzähle von einer Familie, begründete Jurysprecherin Constanze Imgrund die "
            "Wahl. Die 38-Jährige lebt in Frankfurt.",
            "Mariam Sadeghpour",
            "Constanze Imgrund",
            38,
        ),
        # counterexamples: the speaker as the subject of the sentence just before is meant
        (
            "Frankfurt - Die Schriftstellerin Mariam Sadeghpour erhält den Buchpreis. "
            "Jurysprecherin Constanze Imgrund begründete die Wahl. Die 38-Jährige lebt in Kassel.",
            "Constanze Imgrund",
            "Mariam Sadeghpour",
            38,
        ),
        (
            "Frankfurt (dpa) - Der Schriftsteller Jonas Weber erhält den Buchpreis. Die "
            "Laudatio hielt die Verlegerin Anna Roth. Die 38-Jährige lebt in Kassel.",
            "Anna Roth",
            "Jonas Weber",
            38,
        ),
    ],
)
def test_age_back_reference_goes_to_the_right_person(
    text: str, owner: str, other: str, age: int
) -> None:
    found = by_name(text)
    assert found[owner].age == age
    assert found[other].age is None


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
        "Berlin (dpa) - Die Ministerin Eva Roth traf den Präsidenten. Ein 38-Jähriger wurde "
        "festgenommen.",
    ],
)
def test_no_invented_ages(text: str) -> None:
    assert all(p.age is None for p in people(text))


def test_oblique_age_reference_is_not_the_subject() -> None:
    text = (
        "Der Verein hat sich von Trainer Paul Weiß getrennt. Sportdirektor Jan Brück dankte "
        "dem 52-Jährigen für seine Arbeit."
    )
    found = by_name(text)
    assert found["Paul Weiß"].age == 52
    assert found["Jan Brück"].age is None


def _clusters(
    text: str, *names: str, genders: tuple[str | None, ...] = ()
) -> tuple[TokenView, list[Cluster]]:
    doc = view(text)
    clusters = []
    for k, name in enumerate(names):
        words = name.split()
        mentions = [
            Mention(i, i + len(words), tuple(words), False, "ner")
            for i in range(doc.n - len(words) + 1)
            if list(doc.words[i : i + len(words)]) == words
        ]
        gender = genders[k] if k < len(genders) else None
        clusters.append(Cluster(mentions=mentions, gender=gender))
    return doc, clusters


def test_sentence_ages_priorities() -> None:
    text = "Anna Berg ist 42 Jahre alt. Die 42-Jährige lacht."
    doc, clusters = _clusters(text, "Anna Berg", genders=("f",))
    sentence_ages(doc, clusters)
    assert clusters[0].ages == [(1, text.index("ist"), 42), (2, text.index("Die 42"), 42)]


def test_statement_goes_to_a_person_of_the_same_sentence_only() -> None:
    doc, clusters = _clusters(
        "Max Berg kam. Später war Lisa Kern 30 Jahre alt.", "Max Berg", "Lisa Kern"
    )
    sentence_ages(doc, clusters)
    assert clusters[0].ages == [] and [a for _, _, a in clusters[1].ages] == [30]


def test_attribute_age_goes_to_the_following_name() -> None:
    text = "Die 34 Jahre alte Lehrerin Maria Schulz lacht."
    doc, clusters = _clusters(text, "Maria Schulz")
    sentence_ages(doc, clusters)
    assert clusters[0].ages == [(0, text.index("34"), 34)]


def test_no_people_no_ages() -> None:
    doc, clusters = _clusters("Der 42-Jährige lacht.")
    sentence_ages(doc, clusters)
    assert clusters == []


def test_age_patterns() -> None:
    assert AGE_BACKREF.search("der erst 19-Jährige").groups() == ("der", "19", None, None)  # type: ignore[union-attr]
    assert AGE_BACKREF.search("die Hundertjährige").groups() == ("die", None, "Hundert", None)  # type: ignore[union-attr]
    assert AGE_ATTRIBUTE.search("der 34-jährige Max").group(1) == "34"  # type: ignore[union-attr]
    found = [p.search("Er starb im Alter von 95 Jahren.") is not None for p in AGE_STATEMENTS]
    assert found == [True] + [False] * (len(AGE_STATEMENTS) - 1)


def test_backref_skips_a_person_whose_age_is_stated_otherwise() -> None:
    text = (
        "Die Vorsitzende Anna Berg (63) überreichte den Preis. Ausgezeichnet wurde die "
        "Malerin Carla Stein aus Kiel. Die 38-Jährige malt vor allem Landschaften."
    )
    found = by_name(text)
    assert found["Anna Berg"].age == 63
    assert found["Carla Stein"].age == 38


def test_age_with_a_generic_noun_refers_back() -> None:
    text = (
        "Die Kassiererin Carla Stein blieb unverletzt; die 58 Jahre alte Frau arbeitet "
        "seit 30 Jahren dort."
    )
    assert by_name(text)["Carla Stein"].age == 58


def test_age_with_an_indefinite_generic_noun_is_somebody_else() -> None:
    text = "Die Kassiererin Carla Stein rief die Polizei. Eine 58 Jahre alte Frau half ihr."
    assert by_name(text)["Carla Stein"].age is None


def test_age_stated_about_an_unnamed_role_is_nobody_s() -> None:
    """ "Der Fahrer starb im Alter von 45 Jahren" may be somebody else: no age."""
    text = "Minister Jan Berg besuchte die Unfallstelle. Der Fahrer starb im Alter von 45 Jahren."
    assert by_name(text)["Jan Berg"].age is None


def test_backreference_before_an_object_noun() -> None:
    text = (
        "Vor Gericht steht der Kaufmann Bernd Olsen. "
        "Die Anklägerin Jana Pohl wirft dem 52-Jährigen Betrug vor."
    )
    found = by_name(text, per=["Bernd Olsen", "Jana Pohl"])
    assert found["Bernd Olsen"].age == 52
    assert found["Jana Pohl"].age is None


def test_age_in_a_relative_clause_about_somebody_without_a_name() -> None:
    text = (
        "Der Maler Jon Ekdal widmete den Preis seiner Mutter, die im Alter von 61 Jahren "
        "gestorben war."
    )
    assert by_name(text)["Jon Ekdal"].age is None


def test_age_in_a_relative_clause_about_the_person_named_before_the_comma() -> None:
    text = "Es trauert die Stadt um Jon Ekdal, der im Alter von 88 Jahren gestorben ist."
    assert by_name(text)["Jon Ekdal"].age == 88


def test_back_reference_prefers_the_subject_after_the_verb_to_a_prepositional_object() -> None:
    text = (
        "In der Stichwahl hat sich Lars Ohmstede (parteilos) gegen Amtsinhaber Bernd "
        "Kaminski (CDU) durchgesetzt. Der 38-Jährige ist bislang Kämmerer der Stadt."
    )
    found = by_name(text)
    assert found["Lars Ohmstede"].age == 38
    assert found["Lars Ohmstede"].roles == ("Kämmerer der Stadt",)
    assert found["Bernd Kaminski"].age is None


def test_back_reference_skips_the_source_of_a_wie_clause() -> None:
    text = (
        "Neue Kulturdezernentin wird die Juristin Imke Sandvoß, wie Oberbürgermeisterin "
        "Karla Weidinger mitteilte. Die 46-Jährige war bisher Leiterin des Stadtarchivs."
    )
    found = by_name(text)
    assert found["Imke Sandvoß"].age == 46
    assert found["Karla Weidinger"].age is None


def test_age_phrase_in_apposition_and_an_appointment_after_it() -> None:
    text = (
        "Der Verein hat eine neue Spitze. Bernd Hollmichel, inzwischen 79 Jahre alt, wurde "
        "zum Ehrenvorsitzenden ernannt."
    )
    found = by_name(text)
    assert found["Bernd Hollmichel"].age == 79
    assert found["Bernd Hollmichel"].roles == ("Ehrenvorsitzender",)


def test_years_of_service_between_commas_are_no_age() -> None:
    text = "Bernd Hollmichel, seit 30 Jahren im Amt, tritt ab."
    assert by_name(text)["Bernd Hollmichel"].age is None


def test_dative_plural_between_name_and_back_reference_is_nobody() -> None:
    text = (
        "Der kuwaitische Ölminister Faris al-Mutairi hat eine höhere Förderung angekündigt. "
        "Das sei mit den Partnern abgestimmt, sagte der 58-Jährige."
    )
    assert by_name(text, per=["Faris al-Mutairi"])["Faris al-Mutairi"].age == 58


def test_place_adjective_after_an_article_is_no_unnamed_person() -> None:
    text = (
        "Der Regisseur Kees Wolters wird Intendant des Bochumer Schauspielhauses. "
        "Der 52-Jährige leitet bisher ein Theater in Gent."
    )
    assert by_name(text, per=["Kees Wolters"])["Kees Wolters"].age == 52


def test_pronoun_subject_takes_the_age_not_a_name_later_in_the_sentence() -> None:
    text = (
        "Die Malerin Hedwig Arnold ist tot. Sie starb im Alter von 88 Jahren, "
        "wie ihr Sohn Jan Arnold mitteilte."
    )
    found = by_name(text, per=["Hedwig Arnold", "Jan Arnold"])
    assert found["Hedwig Arnold"].age == 88
    assert found["Jan Arnold"].age is None


@pytest.mark.parametrize("group", ["Die Beamten", "Die Polizisten"])
def test_plural_role_subject_is_no_unnamed_person_before_an_age(group: str) -> None:
    text = f"Die Behörde ermittelt gegen Karl Fiedler. {group} nahmen den 51-Jährigen fest."
    assert by_name(text, per=["Karl Fiedler"])["Karl Fiedler"].age == 51


def test_weekday_as_surname_after_an_age_adjective_and_a_first_name() -> None:
    text = "Ein Nachbar, der 61 Jahre alte Friedhelm Sonnabend, rettete eine Frau."
    for per in ([], ["Friedhelm Sonnabend"]):
        found = by_name(text, per=per)
        assert list(found) == ["Friedhelm Sonnabend"]
        assert found["Friedhelm Sonnabend"].age == 61


def test_weekday_after_a_time_preposition_stays_a_time() -> None:
    found = by_name("Am Montag sagte Anna Berg, sie komme am Freitag, Peter Weber am Sonntag.")
    assert set(found) == {"Anna Berg", "Peter Weber"}


def test_age_and_role_with_a_digit_prefix() -> None:
    text = "Zweimal traf der erst 19 Jahre alte U21-Nationalspieler Jannis Vogelsberg-Öztürkmen."
    p = by_name(text)["Jannis Vogelsberg-Öztürkmen"]
    assert (p.roles, p.age) == (("U21-Nationalspieler",), 19)


def test_age_between_commas_after_an_origin() -> None:
    text = "Die Hausärztin Nele Berg aus Kusel, 34, betreut 2.400 Patienten."
    assert by_name(text, per=["Nele Berg"], other=[("Kusel", "LOC")])["Nele Berg"].age == 34


@pytest.mark.parametrize(
    "text",
    [
        "Nele Berg aus Kusel, 2019, war gut.",  # a year
        "Nele Berg aus Kusel, die 34 Patienten hat, lobte.",  # a relative clause
        "Nele Berg aus, 34, Menschen kamen.",  # no place after "aus"
    ],
)
def test_no_age_after_an_origin_without_a_comma_age(text: str) -> None:
    assert by_name(text, per=["Nele Berg"], other=[("Kusel", "LOC")])["Nele Berg"].age is None


def test_backref_after_a_speaker_and_the_subject_of_his_report_gives_no_age() -> None:
    text = (
        "Neuer Trainer ist Jonas Pirwitz. Präsident Arne Kolbeck sagte, Pirwitz habe "
        "sein Vertrauen. Der 44-Jährige war zuvor in Ulm."
    )
    found = by_name(text, per=["Jonas Pirwitz", "Arne Kolbeck", "Pirwitz"])
    assert found["Arne Kolbeck"].age is None


def test_backref_after_a_speaker_without_a_reported_person_keeps_the_age() -> None:
    text = "Präsident Arne Kolbeck sagte, das Team habe Vertrauen. Der 44-Jährige war in Ulm."
    found = by_name(text, per=["Arne Kolbeck"])
    assert found["Arne Kolbeck"].age == 44


def test_age_after_a_subject_and_a_named_object_of_one_gender_is_left_out() -> None:
    text = "Trainer Jonas Brück lobte vor allem Paul Weber. Der 22-Jährige traf zweimal."
    found = by_name(text, per=["Jonas Brück", "Paul Weber"])
    assert found["Jonas Brück"].age is None and found["Paul Weber"].age is None


def test_age_after_a_subject_and_an_object_of_another_gender_goes_to_the_subject() -> None:
    text = "Trainer Jonas Brück lobte vor allem Anna Weber. Der 52-Jährige blieb ruhig."
    found = by_name(text, per=["Jonas Brück", "Anna Weber"])
    assert found["Jonas Brück"].age == 52 and found["Anna Weber"].age is None


def test_age_after_a_quote_about_the_subject_ignores_the_speaker() -> None:
    text = (
        "Der Verein hat Paul Weber gebunden. „Paul ist stark“, sagte Manager Jonas Brück. "
        "Der 27-Jährige kam 2023."
    )
    found = by_name(text, per=["Paul Weber", "Paul", "Jonas Brück"])
    assert found["Paul Weber"].age == 27 and found["Jonas Brück"].age is None


def test_age_after_a_subject_with_a_genitive_name_in_its_predicate_goes_to_the_subject() -> None:
    text = "Dirigent Jonas Brück wird Chef der Paul Weber Band. Der 39-Jährige kommt 2028."
    found = by_name(text, per=["Jonas Brück", "Paul Weber"])
    assert found["Jonas Brück"].age == 39


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Der Regisseur Ravi Kumar ist tot. Er starb am Montag 87-jährig in Pune.",
            "Ravi Kumar",
            87,
        ),
        ("Die Sängerin Ina Graf ist tot. Sie starb 91-jährig in Wien.", "Ina Graf", 91),
        ("Der Maler Jan Klee ist 74-jährig.", "Jan Klee", 74),
    ],
)
def test_uninflected_age_adjective_is_the_subjects_age(text: str, name: str, age: int) -> None:
    assert by_name(text, per=[name])[name].age == age


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer Jan Klee ist tot. Sein 60-jährig verheirateter Nachbar Tim Rau trauert.",
        "Der Maler Jan Klee ist tot. Seine Frau, mit der er lebte, starb 88-jährig.",
    ],
)
def test_uninflected_age_adjective_before_a_participle_or_of_another_is_no_age(
    text: str,
) -> None:
    assert all(p.age is None for p in people(text, per=["Jan Klee", "Tim Rau"]))


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Die Lehrerin Anna Berg, die 45 Jahre alt ist, wurde geehrt.", {"Anna Berg": 45}),
        ("Anna Berg traf Jan Rau, der 45 Jahre alt ist.", {"Anna Berg": None, "Jan Rau": 45}),
        ("Die Lehrerin Anna Berg wird am Sonntag 80.", {"Anna Berg": 80}),
        ("Die Lehrerin Anna Berg (SPD) ist inzwischen 45, ihr Mann ist 50.", {"Anna Berg": 45}),
        ("Der Trainer Jan Rau kam. Er ist 45.", {"Jan Rau": 45}),
        # two people at once
        ("Anna Berg und Jan Rau, beide 45, kamen.", {"Anna Berg": 45, "Jan Rau": 45}),
        (
            "Anna Berg traf Jan Rau. Die beiden sind 31 und 29 Jahre alt.",
            {"Anna Berg": 31, "Jan Rau": 29},
        ),
        (
            "Es gründeten Jan Rau, Anna Berg und Eva Roth. Rau ist 29 Jahre alt, "
            "die beiden Frauen sind jeweils 31.",
            {"Jan Rau": 29, "Anna Berg": 31, "Eva Roth": 31},
        ),
    ],
)
def test_ages_in_relative_clauses_bare_numbers_and_shared(
    text: str, ages: dict[str, int | None]
) -> None:
    found = by_name(text, per=list(ages))
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg pflegt ihren Vater, der 80 Jahre alt ist.",
        "Laut Anna Berg ist der Zähler bei 45.",
        "Der Etat von Anna Berg ist 45.",
        "Laut Anna Berg ist sie 45.",
        "Anna Berg sagte, ihr Sohn ist 45.",
        "Die Skifahrerin Anna Berg ist derzeit 12. der Weltrangliste.",
        "Die Skifahrerin Anna Berg wurde 12. Sie war enttäuscht.",
        "Anna Berg traf Jan Rau und Eva Roth. Die beiden sind 31 und 29 Jahre alt.",
        "Anna Berg traf Jan Rau. Die beiden Frauen sind jeweils 31.",
    ],
)
def test_no_age_from_numbers_of_others_ranks_or_unclear_pairs(text: str) -> None:
    assert all(p.age is None for p in people(text, per=["Anna Berg", "Jan Rau", "Eva Roth"]))


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg und Jan Rau haben zwei Söhne. Die beiden sind 8 und 6.",
        "Anna Berg und Jan Rau kamen mit ihren Söhnen. Die beiden sind 8 und 6 Jahre alt.",
        "Anna Berg und Jan Rau haben zwei Autos. Beide sind 8 Jahre alt.",
        "Anna Berg und Jan Rau leiten zwei Firmen. Die beiden sind jeweils 31.",
    ],
)
def test_die_beiden_after_another_plural_noun_gives_no_age(text: str) -> None:
    assert all(p.age is None for p in people(text, per=["Anna Berg", "Jan Rau"]))


def test_die_beiden_after_a_place_or_a_day_still_gives_the_ages() -> None:
    text = "Anna Berg traf Jan Rau am Montag in Berlin. Die beiden sind 31 und 29 Jahre alt."
    found = by_name(text, per=["Anna Berg", "Jan Rau"], other=[("Berlin", "LOC")])
    assert (found["Anna Berg"].age, found["Jan Rau"].age) == (31, 29)


def test_shared_ages_in_a_long_text_of_many_statements() -> None:
    # each statement reads the mentions of its own two sentences only
    text = " ".join(
        f"Anna Berg traf Jan Rau. Die beiden sind {30 + i % 9} und 29 Jahre alt."
        for i in range(300)
    )
    found = by_name(text, per=["Anna Berg", "Jan Rau"])
    assert (found["Anna Berg"].age, found["Jan Rau"].age) == (30, 29)


@pytest.mark.parametrize(
    "text",
    [
        "Der Maler Jan Klee kam 1960 20-jährig nach Berlin.",
        "Der Sportler Jan Klee wurde 25-jährig Weltmeister.",
    ],
)
def test_uninflected_age_adjective_of_an_earlier_event_is_no_age(text: str) -> None:
    assert by_name(text, per=["Jan Klee"])["Jan Klee"].age is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer Jan Klee traf seinen Vater. Er ist 80.",
        "Der Trainer Jan Klee traf seinen Vater. Er ist 80 Jahre alt.",
        "Die Ministerin Anna Berg traf ihre Mutter. Sie wird am Sonntag 80.",
    ],
)
def test_pronoun_age_after_a_relative_without_a_name_is_nobodys(text: str) -> None:
    assert all(p.age is None for p in people(text, per=["Jan Klee", "Anna Berg"]))


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Karin Wolfsteller hat ihren Rücktritt erklärt. Die Landesschulrätin nannte "
            "private Gründe. Die 56-Jährige war seit 2015 im Amt.",
            "Karin Wolfsteller",
            56,
        ),
        (
            "Seit 30 Jahren führt Ottmar Brenneisen die Apotheke am Markt. Jetzt hört der "
            "Apotheker auf: Im Mai übergibt der 67-Jährige an seine Tochter.",
            "Ottmar Brenneisen",
            67,
        ),
    ],
)
def test_age_after_a_role_subject_that_speaks_of_the_person(text: str, name: str, age: int) -> None:
    assert by_name(text, per=[name])[name].age == age


@pytest.mark.parametrize(
    "text",
    [
        # the role is no subject: somebody new
        "Karin Wolfsteller wurde angefahren. Sie rief die Notärztin. Die 56-Jährige kam schnell.",
        # two women named before the role subject: it may be either
        "Karin Wolfsteller traf Jana Ost. Die Ministerin lobte sie. Die 56-Jährige lachte.",
        # a name in the role's sentence: the role belongs to that person
        "Karin Wolfsteller kam. Die Ärztin Ute Rahn half ihr. Die 56-Jährige lachte.",
    ],
)
def test_age_after_a_role_of_someone_else_is_not_the_named_persons(text: str) -> None:
    found = by_name(text, per=["Karin Wolfsteller", "Jana Ost", "Ute Rahn"])
    assert found["Karin Wolfsteller"].age is None


@pytest.mark.parametrize(
    "text",
    [
        "Ute Brahms wurde in Kiel angefahren. Die Sanitäterin war sofort da. "
        "Die 38-Jährige versorgte die Wunde.",
        "Ute Brahms hat das Turnier gewonnen. Die Finalgegnerin gratulierte ihr. "
        "Die 27-Jährige will nun pausieren.",
    ],
)
def test_role_subject_dealing_with_the_person_is_somebody_else(text: str) -> None:
    person = by_name(text, per=["Ute Brahms"])["Ute Brahms"]
    assert person.age is None
    assert person.roles == ()


@pytest.mark.parametrize(
    "text",
    [
        "Der Maler Jonas Brettschneider bekommt den Kunstpreis der Stadt. Die Auszeichnung "
        "ist mit 10.000 Euro dotiert. Die Jury unter Leitung des Galeristen Ole Fransen lobte "
        "die Bilder. Im Interview erzählt der 47-Jährige von seinem Atelier.",
        "Jonas Brettschneider eröffnet eine Ausstellung. Sie zeigt 40 Bilder. Der Katalog "
        "erscheint im Verlag von Ole Fransen. Der 47-Jährige hat lange daran gearbeitet.",
    ],
)
def test_backref_whose_nearest_candidate_is_no_subject_is_ambiguous(text: str) -> None:
    # the story's subject further back may be meant as well: no age for the near name
    found = by_name(text, per=["Jonas Brettschneider", "Ole Fransen"])
    assert found["Ole Fransen"].age is None
    assert found["Jonas Brettschneider"].age is None


def test_backref_to_the_subject_of_a_near_sentence_still_counts() -> None:
    text = (
        "Jonas Brettschneider eröffnet eine Ausstellung. Der Katalog erscheint im Verlag von "
        "Ole Fransen. Brettschneider hat lange daran gearbeitet. Der 47-Jährige ist zufrieden."
    )
    found = by_name(text, per=["Jonas Brettschneider", "Ole Fransen", "Brettschneider"])
    assert found["Jonas Brettschneider"].age == 47
    assert found["Ole Fransen"].age is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Köchinnen Alma Rudnick und Svea Lindqvist eröffnen ein Lokal. Rudnick ist 38, "
        "Lindqvist 33 Jahre alt.",
        "Die Köchinnen Alma Rudnick und Svea Lindqvist eröffnen ein Lokal. Rudnick ist 38 "
        "und Lindqvist 33.",
    ],
)
def test_gapped_age_statement(text: str) -> None:
    found = by_name(text, per=["Alma Rudnick", "Svea Lindqvist", "Rudnick", "Lindqvist"])
    assert found["Alma Rudnick"].age == 38
    assert found["Svea Lindqvist"].age == 33


@pytest.mark.parametrize(
    "text",
    [
        "Alma Rudnick ist 38, Svea Lindqvist 33 Jahre lang Köchin gewesen.",
        "Alma Rudnick ist 38 und Svea Lindqvist am 3. Mai geboren.",
        "Alma Rudnick ist 38, Svea Lindqvist kocht seit 33 Jahren.",
    ],
)
def test_no_gapped_age_when_the_clause_goes_on(text: str) -> None:
    found = by_name(text, per=["Alma Rudnick", "Svea Lindqvist"])
    assert found["Svea Lindqvist"].age is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Startnummer von Alma Rudnick ist 31, Svea Lindqvist 29.",
        "Ihre Rückennummer war 31, Svea Lindqvist 29.",
        "Die Zahl der Verletzten war 31 und Svea Lindqvist 29.",
    ],
)
def test_no_gapped_age_after_a_number_of_something_else(text: str) -> None:
    found = by_name(text, per=["Alma Rudnick", "Svea Lindqvist"])
    assert found["Svea Lindqvist"].age is None
    if "Alma Rudnick" in found:
        assert found["Alma Rudnick"].age is None


def test_gapped_age_with_years_after_another_subject() -> None:
    found = by_name("Ihr Mann ist 61, Svea Lindqvist 59 Jahre alt.", per=["Svea Lindqvist"])
    assert found["Svea Lindqvist"].age == 59


@pytest.mark.parametrize(
    "text",
    [
        "Die Mutter von Hauke Tiedemann ist 80 Jahre alt.",
        "Der Hund von Hauke Tiedemann ist 12 Jahre alt.",
        "Laut Hauke Tiedemann ist sein Vater 58 Jahre alt.",
        "Die Tochter des Bürgermeisters Hauke Tiedemann ist 19 Jahre alt.",
        "Der Vater von Hauke Tiedemann starb im Alter von 80 Jahren.",
    ],
)
def test_no_age_for_a_name_inside_the_subject_phrase(text: str) -> None:
    assert by_name(text, per=["Hauke Tiedemann"])["Hauke Tiedemann"].age is None


def test_age_for_the_subject_after_its_role() -> None:
    text = "Der Bürgermeister Hauke Tiedemann ist 58 Jahre alt."
    assert by_name(text, per=["Hauke Tiedemann"])["Hauke Tiedemann"].age == 58


def test_a_subject_of_an_earlier_story_does_not_block_a_backref() -> None:
    # "die Autorin A ... die Kritikerin B ... die 39-Jährige" holds within a story; a subject
    # many sentences back (an earlier story of a long text) leaves the near name its age
    filler = " ".join(f"Am Tag {n} regnete es." for n in range(1, 16))
    text = (
        f"Jonas Brettschneider eröffnet eine Ausstellung. {filler} Der Katalog erscheint im "
        "Verlag von Ole Fransen. Der 47-Jährige hat lange daran gearbeitet."
    )
    found = by_name(text, per=["Jonas Brettschneider", "Ole Fransen"])
    assert found["Ole Fransen"].age == 47
    assert found["Jonas Brettschneider"].age is None


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Die Rede hielten Jens Pohlke und Anna Moll, beide 17.",
            {"Jens Pohlke": 17, "Anna Moll": 17},
        ),
        ("Es sprachen Jens Pohlke und Anna Moll (beide 17).", {"Jens Pohlke": 17, "Anna Moll": 17}),
        (
            "Jens Pohlke und Anna Moll, beide 17 Jahre alt, gewannen.",
            {"Jens Pohlke": 17, "Anna Moll": 17},
        ),
        # a count of things, no age
        (
            "Jens Pohlke und Anna Moll erzielten dann beide 17 Punkte.",
            {"Jens Pohlke": None, "Anna Moll": None},
        ),
    ],
)
def test_both_of_the_same_age(text: str, ages: dict[str, int | None]) -> None:
    found = by_name(text, per=list(ages))
    assert {name: found[name].age for name in ages} == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Firmenchef Jens Pohlke, Enkel des Gründers Emil Pohlke, bleibt im Verein. "
            "Der 58-Jährige sagte, er freue sich.",
            {"Jens Pohlke": 58, "Emil Pohlke": None},
        ),
        # a genitive in the object: either could be meant
        (
            "Trainer Jens Pohlke lobte die Tore des Stürmers Ole Kamp. "
            "Der 21-Jährige traf zweimal.",
            {"Jens Pohlke": None, "Ole Kamp": None},
        ),
    ],
)
def test_genitive_in_the_subjects_apposition_is_no_other_candidate(
    text: str, ages: dict[str, int | None]
) -> None:
    found = by_name(text, per=list(ages))
    assert {name: found[name].age for name in ages} == ages


def test_office_after_zu_is_nobody_new_for_a_later_age() -> None:
    text = (
        "Der Kreistag hat die Ärztin Vera Holm zu seiner Präsidentin gewählt. "
        "Die 52-Jährige erhielt 40 Stimmen."
    )
    assert by_name(text, per=["Vera Holm"])["Vera Holm"].age == 52
    other = "Der Kreistag hat Vera Holm gelobt. Ihre Präsidentin sprach. Die 52-Jährige lachte."
    assert by_name(other, per=["Vera Holm"])["Vera Holm"].age is None


def test_age_backref_reaches_the_lone_subject_three_sentences_back() -> None:
    text = (
        "Die Malerin Vera Holm bekommt den Kunstpreis. Er ist mit 5000 Euro dotiert. "
        "Die Jury lobte ihre Bilder. Im Interview erzählt die 61-Jährige von ihrem Atelier."
    )
    assert by_name(text, per=["Vera Holm"])["Vera Holm"].age == 61


@pytest.mark.parametrize(
    "text",
    [
        # two women named before: which one is meant is unclear
        "Die Malerin Vera Holm und die Bildhauerin Anna Stork stellen aus. Der Eintritt ist "
        "frei. Die Jury lobte ihre Werke. Im Interview erzählt die 61-Jährige von ihrem Atelier.",
        # the one named only as an object: no topic of the story
        "Die Jury lobte Vera Holm. Der Preis ist mit 5000 Euro dotiert. Er wird im Mai "
        "verliehen. Im Interview erzählt die 61-Jährige von ihrem Atelier.",
        # too far back
        "Die Malerin Vera Holm bekommt den Kunstpreis. Er ist dotiert. Die Jury tagte. "
        "Sie lobte die Bilder. Der Preis wird im Mai verliehen. Die 61-Jährige freut sich.",
    ],
)
def test_no_far_age_backref_when_unclear(text: str) -> None:
    assert by_name(text, per=["Vera Holm", "Anna Stork"])["Vera Holm"].age is None


@pytest.mark.parametrize(
    ("text", "per", "ages"),
    [
        # review (session 29): "beide" + an age in apposition, in brackets, at the end
        (
            "Die Brüder Max Seidel und Paul Seidel (beide 19) führen die Bäckerei.",
            ["Max Seidel", "Paul Seidel"],
            {"Max Seidel": 19, "Paul Seidel": 19},
        ),
        (
            "Gewonnen haben Lena Hoff und Tim Brandt, beide 17 Jahre alt.",
            ["Lena Hoff", "Tim Brandt"],
            {"Lena Hoff": 17, "Tim Brandt": 17},
        ),
        # the ages of others after the names, and "beide" + no age
        (
            "Die Eheleute Lena Hoff und Tim Hoff haben zwei Töchter, beide 12.",
            ["Lena Hoff", "Tim Hoff"],
            {"Lena Hoff": None, "Tim Hoff": None},
        ),
        (
            "Die Mieter Jan Ott und Eva Klee, beide seit 30 Jahren im Haus, wehren sich.",
            ["Jan Ott", "Eva Klee"],
            {"Jan Ott": None, "Eva Klee": None},
        ),
    ],
)
def test_review29_shared_ages(text: str, per: list[str], ages: dict[str, int | None]) -> None:
    found = by_name(text, per=per)
    assert {name: found[name].age for name in ages} == ages


def test_lone_subject_back_not_past_an_unnamed_person() -> None:
    # review (session 30): "Ein Besucher" came after the painter, so "Der 31-jährige Mann"
    # three sentences on may be him
    text = (
        "Der Maler Kurt Brede stellt in Celle aus. Ein Besucher beschwerte sich. Kuratorin "
        "Eva Lind entschuldigte sich. Der 31-jährige Mann hatte eine Stunde gewartet."
    )
    assert by_name(text, per=["Kurt Brede", "Eva Lind"])["Kurt Brede"].age is None
    text = (
        "Die Lyrikerin Anna Berg erhält den Preis. Er ist mit 10000 Euro dotiert. Die Jury "
        "lobte ihr Werk. Im Gespräch erzählt die 44-Jährige, wie sie schreibt."
    )
    assert by_name(text, per=["Anna Berg"])["Anna Berg"].age == 44


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mit 21 Jahren ist Anna Kluge die jüngste Bürgermeisterin des Landes.", 21),
        ("Mit 64 Jahren wird Anna Kluge die älteste Ministerin.", 64),
        # look-alikes: an event at that age, a past time, somebody else's subject
        ("Mit 17 Jahren ist Anna Kluge ausgewandert, sie ist die jüngste Tochter.", None),
        ("Mit 21 Jahren war Anna Kluge die jüngste Bürgermeisterin des Landes.", None),
        ("Mit 21 Jahren ist die Tochter von Anna Kluge die jüngste Ratsfrau.", None),
    ],
)
def test_fronted_age_before_a_superlative(text: str, age: int | None) -> None:
    assert by_name(text, per=["Anna Kluge"])["Anna Kluge"].age == age


def test_back_reference_after_an_object_of_its_clause() -> None:
    text = (
        "Nach 30 Jahren schließt Landarzt Dr. Otto Brehm seine Praxis. "
        "Einen Nachfolger hat der 73-Jährige nicht gefunden."
    )
    assert by_name(text, per=["Otto Brehm"])["Otto Brehm"].age == 73
    # the unnamed successor in a clause of its own may be the one meant
    text = (
        "Landarzt Otto Brehm schließt seine Praxis. Einen Nachfolger hat er gefunden. "
        "Der 43-Jährige kommt aus Kiel."
    )
    assert by_name(text, per=["Otto Brehm"])["Otto Brehm"].age is None


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        (
            "Anna Kluge aus Kiel hat Goldene Hochzeit gefeiert. Er ist 80 Jahre alt.",
            "Anna Kluge",
            None,
        ),
        (
            "Otto Kluge aus Kiel hat Goldene Hochzeit gefeiert. Er ist 80 Jahre alt.",
            "Otto Kluge",
            80,
        ),
        ("Kim Kluge hat das Rennen gewonnen. Sie ist 27 Jahre alt.", "Kim Kluge", 27),
        # a man and a woman spoken of, the named one's gender unknown
        ("Otto und Kim Kluge feierten. Er ist 80 Jahre alt, sie 77.", "Kim Kluge", None),
    ],
)
def test_pronoun_statement_keeps_the_pronoun_s_gender(
    text: str, name: str, age: int | None
) -> None:
    assert by_name(text, per=[name])[name].age == age


def test_back_reference_to_the_apposition_of_an_opening_role() -> None:
    text = (
        "Der Chef der Kieler Verkehrsbetriebe, Sir Otto Brehm, tritt zurück. Grund sind "
        "Ausfälle. Bürgermeisterin Anna Kluge nannte den Schritt „unvermeidlich“. "
        "Der 61-Jährige war seit 2021 im Amt."
    )
    found = by_name(text, per=["Otto Brehm", "Anna Kluge"])
    assert found["Otto Brehm"].age == 61
    assert found["Anna Kluge"].age is None
    # an object after a verb is no subject
    text = (
        "Der Chef der Verkehrsbetriebe lobte Otto Brehm, den Kapitän. Grund sind Ausfälle. "
        "Bürgermeisterin Anna Kluge nannte den Schritt „unvermeidlich“. "
        "Der 61-Jährige war seit 2021 im Amt."
    )
    assert by_name(text, per=["Otto Brehm", "Anna Kluge"])["Otto Brehm"].age is None
