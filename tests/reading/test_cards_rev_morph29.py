"""Session 29 review (rev_morph29) of the word-card grammar merged in session 28 (morph11,
names11, sample28): made-up sentences, not from any fixture, where the new rules must
fire and where they must not (whole pipeline as the hover card shows it)."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card

PART = "Tense=Past|VerbForm=Part"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle phrase after a noun whose clause has its verb after it
        ("Rund 900 Helfer, unterstützt vom Roten Kreuz, waren im Einsatz.", "unterstützt"),
        ("Der Angeklagte, vertreten durch seinen Anwalt, schwieg.", "vertreten"),
        ("Die Ministerin, kritisiert von der Opposition, verteidigte das Gesetz.", "kritisiert"),
        # after a past verb, with its agent right after it
        ("Die Polizei kam am Morgen, unterstützt von Spezialkräften.", "unterstützt"),
        # a headline after a plural noun
        ("Unwetter in Bayern: Straßen überflutet, Bahnstrecke gesperrt.", "überflutet"),
        ("Polizei: Täter gefasst, Beute sichergestellt.", "sichergestellt"),
        # between two amounts
        ("Die Karte kostet 20 Euro, reduziert 15 Euro.", "reduziert"),
        # fronted before its auxiliary
        ("Beschlossen wurde auch eine Steuer.", "Beschlossen"),
        ("Bedient wird an der Theke.", "Bedient"),
        # the weak participle of a verb the table conjugates strongly
        ("Die Wäsche hat sie draußen gehängt.", "gehängt"),
        ("Der Sender hat die Sendung gesendet.", "gesendet"),
    ],
)
def test_a_participle_read_from_its_clause(text: str, word: str) -> None:
    assert card(text, word).features == PART


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Trainer sagte, die Mannschaft, die sich gut vorbereitet, werde gewinnen.",
         "vorbereitet"),
        ("Die Firma meldet, ihr Umsatz steigt.", "steigt"),
        ("Die Zahl der Arbeitslosen sank im Mai, berichtet die Bundesagentur.", "berichtet"),
        ("Er will wissen, wie viel sie verdient und wie lange sie arbeitet.", "verdient"),
        ("Die Klägerin, die in Köln wohnt, verlangt Schadenersatz.", "wohnt"),
    ],
)  # fmt: skip
def test_a_finite_verb_with_its_subject_stays_finite(text: str, word: str) -> None:
    assert "VerbForm=Fin" in card(text, word).features


def test_a_finite_verb_that_changes_the_tense_is_no_participle() -> None:
    # a present verb after a past one, joined without "und", with an adverb after it:
    # the company invests today (finite); it was read as a participle
    text = "Der Konzern verkaufte 2020 seine Sparte, investiert heute aber wieder in Stahl."
    assert "VerbForm=Part" not in card(text, "investiert").features


def test_a_past_form_in_the_3rd_singular_after_a_subjunctive_is_the_past() -> None:
    # Konjunktiv II stands in only where Konjunktiv I looks like the indicative (plural)
    text = "Der Sprecher sagte, man müsse handeln, und die Regierung reagierte sofort."
    assert "Mood=Ind|" in card(text, "reagierte").features
    text = "Man dürfe nicht zulassen, dass die Staaten die Einigung blockierten."
    assert "Mood=Ind,Sub|" in card(text, "blockierten").features
    text = "Man müsse prüfen, ob die Kunden zu viel zahlten."
    assert "Mood=Ind,Sub|" in card(text, "zahlten").features


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Der Verein holte im dritten Jahr den ersten Titel.", "ersten"),
        ("Er sah seine fünfte Gelbe Karte.", "fünfte"),
        ("Die Straße ist teilweise gesperrt, gegebenenfalls auch länger.", "teilweise"),
        ("Die Straße ist teilweise gesperrt, gegebenenfalls auch länger.", "gegebenenfalls"),
        ("Die Regierung plant weitere Schritte.", "weitere"),
        ("Zahlreiche Keller liefen nach dem Gewitter voll.", "voll"),
    ],
)
def test_no_degree_where_there_is_no_comparison(text: str, word: str) -> None:
    assert "Degree" not in card(text, word).features


@pytest.mark.parametrize(
    ("text", "word", "degree"),
    [
        ("Der weise Richter schwieg.", "weise", "Pos"),  # "weise" itself is compared
        ("Sie fuhren eine weitere Strecke als geplant.", "weitere", "Cmp"),
        ("Das Glas ist voll.", "voll", "Pos"),
        ("Ein tiefer Graben trennt die Parteien.", "tiefer", "Pos"),
    ],
)
def test_a_degree_where_there_is_one(text: str, word: str, degree: str) -> None:
    assert f"Degree={degree}" in card(text, word).features


def test_a_comparative_before_an_adjective_grades_it() -> None:
    deeper = card("In tiefer gelegenen Gebieten droht Hochwasser.", "tiefer")
    assert deeper.features == "Degree=Cmp"
    further = card("Die weiter entfernten Dörfer sind abgeschnitten.", "weiter")
    assert further.features == "Degree=Cmp"
    # two adjectives with the same ending are both the noun's
    higher = card("Wir brauchen höhere und breitere Deiche.", "höhere")
    assert "Case=Acc" in higher.features


def test_am_and_a_superlative_before_a_name_is_an_adverb() -> None:
    likely = card("Wovon am ehesten Kowalski profitiert, bleibt offen.", "ehesten")
    assert likely.features == "Degree=Sup"
    most = card("Wovon am meisten Schulz profitiert, ist unklar.", "meisten")
    assert most.features == "Degree=Sup"
    # a surname the tagger called a noun and the dictionary lists: no dative after "am"
    text = "Eine Provokation, von der wohl am ehesten Merkel profitieren dürfte."
    assert "Case=Dat" not in card(text, "Merkel").features


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a common noun keeps "am" + superlative as its phrase, tagged a name or not
        ("Die Wahl findet am nächsten Sonntag statt.", "nächsten"),
        ("Der Zug fährt am nächsten Donnerstag wieder.", "nächsten"),
        ("Er landete am größten Flughafen Europas.", "größten"),
    ],
)
def test_am_and_a_superlative_before_a_common_noun_is_its_dative(text: str, word: str) -> None:
    assert "Case=Dat" in card(text, word).features


def test_uhr_after_a_number_is_a_time_of_day() -> None:
    time = card("Der Laden öffnet um 9 Uhr und schließt später.", "Uhr")
    assert time.plural is None and "Number=Sing" in time.features
    assert "Plur" not in time.features
    time = card("Wir treffen uns gegen zwölf Uhr.", "Uhr")
    assert "Plur" not in time.features
    # clocks counted are clocks, with their plural
    clocks = card("Der Händler besitzt 12 Uhren.", "Uhren")
    assert clocks.plural == "Uhren" and "Number=Plur" in clocks.features
    clock = card("Die Uhr am Rathaus geht falsch.", "Uhr")
    assert clock.plural == "Uhren"


def test_places_and_their_near_misses() -> None:
    region = card("Die Polizei in Nordhessen sucht Zeugen.", "Nordhessen")
    assert region.article is None and region.plural is None
    assert region.lemma == "Nordhessen"
    lower = card("In Niederbayern regnet es.", "Niederbayern")
    assert lower.article is None and lower.plural is None
    # people of a region are a plural noun
    people = card("Die Westfalen feiern ihren Sieg.", "Westfalen")
    assert people.lemma == "Westfale" and "Number=Plur" in people.features
    talk = card("Die Unterhaltung dauerte lange.", "Unterhaltung")
    assert talk.article == "die" and talk.plural == "Unterhaltungen"


def test_sentence_initial_adverbs_and_nouns() -> None:
    for text, word in (
        ("Unterdessen stieg die Zahl der Toten.", "Unterdessen"),
        ("Zeitweise fiel der Strom aus.", "Zeitweise"),
        ("Glücklicherweise blieb es ruhig.", "Glücklicherweise"),
    ):
        adverb = card(text, word)
        assert adverb.pos == "adverb" and adverb.article is None and adverb.plural is None
    # a noun opening a sentence without an article stays a noun
    for text, word in (
        ("Geduld ist gefragt.", "Geduld"),
        ("Kinder spielen im Park.", "Kinder"),
        ("Seine Denkweise ist modern.", "Denkweise"),
    ):
        assert card(text, word).pos == "noun"


def test_a_title_before_a_first_name_is_a_noun() -> None:
    coach = card("Die Fans feierten mit Sportdirektor Markus Krösche.", "Sportdirektor")
    assert coach.pos == "noun" and coach.article == "der"
    judge = card("Sie sprach mit Richterin Anna Klein.", "Richterin")
    assert judge.pos == "noun" and "Case=Dat" in judge.features


def test_a_noun_of_two_genders_takes_the_first_sense() -> None:
    assert card("In diesem Moment fiel das Tor.", "Moment").article == "der"
    assert card("Ein Loch klafft in der Wand.", "Loch").article == "das"
