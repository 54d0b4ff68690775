"""Corrected parts of speech: forms that prove the tagger wrong."""

from __future__ import annotations

from app.morphology.engine import tags_of
from app.morphology.tagging import in_english_name
from tests.morphology.test_engine import table


def test_finite_verb_tagged_as_adverb() -> None:
    t = table("Es/es/PRON gebe/gebe/ADV keine/kein/DET Hinweise/Hinweis/NOUN ././PUNCT")
    assert tags_of(t)[1] == "VERB"


def test_participle_before_a_noun_tagged_as_verb() -> None:
    t = table(
        "Es/es/PRON wurden/werden/AUX erhöhte/erhöhen/VERB Werte/Wert/NOUN gemessen/messen/VERB"
    )
    tags = tags_of(t)
    assert tags[2] == "ADJ" and tags[4] == "VERB"


def test_infinitive_tagged_as_adjective() -> None:
    t = table(
        "dass/dass/SCONJ er/er/PRON die/der/DET Waffen/Waffe/NOUN aufgeben/aufgeben/ADJ"
        " wird/werden/AUX"
    )
    assert tags_of(t)[4] == "VERB"


def test_right_tags_stay() -> None:
    t = table("Der/der/DET alte/alt/ADJ Mann/Mann/NOUN lacht/lachen/VERB ././PUNCT")
    assert list(tags_of(t)) == ["DET", "ADJ", "NOUN", "VERB", "PUNCT"]


def test_capitalised_noun_tagged_as_function_word() -> None:
    t = table(
        "Er/er/PRON war/sein/AUX unter/unter/ADP der/der/DET Notrufnummer/Notrufnummer/CCONJ"
        " erreichbar/erreichbar/ADJ und/und/CCONJ die/der/DET Glut/Glut/PART war/sein/AUX"
        " heiß/heiß/ADJ ././PUNCT"
    )
    tags = tags_of(t)
    assert tags[4] == "NOUN" and tags[8] == "NOUN"


def test_capitalised_adjective_before_a_noun_stays() -> None:
    t = table("Das/der/DET Berliner/Berliner/ADJ Landgericht/Landgericht/NOUN urteilte/a/VERB")
    assert tags_of(t)[1] == "ADJ"


def test_common_noun_tagged_as_interjection() -> None:
    t = table("Er/er/PRON nannte/nennen/VERB ihn/er/PRON einen/ein/DET Erzfeind/Erzfeind/INTJ")
    assert tags_of(t)[4] == "NOUN"


def test_abbreviation_and_common_noun_tagged_as_a_name() -> None:
    t = table("in/in/ADP EU-Wahljahren/EU-Wahljahren/PROPN steigt/steigen/VERB es/es/PRON")
    assert tags_of(t)[1] == "NOUN"
    names = table("mit/mit/ADP Baden-Württemberg/Baden-Württemberg/PROPN und/und/CCONJ")
    assert tags_of(names)[1] == "PROPN"  # no abbreviation in front: left alone


def test_sentence_opening_adjective_before_a_colon() -> None:
    t = table("Wichtig/Wichtig/PROPN :/:/PUNCT Die/der/DET Frist/Frist/NOUN läuft/laufen/VERB")
    assert tags_of(t)[0] == "ADJ"
    name = table("Müller/Müller/PROPN :/:/PUNCT Die/der/DET Frist/Frist/NOUN läuft/laufen/VERB")
    assert tags_of(name)[0] == "PROPN"


def test_lowercase_word_tagged_as_noun_that_reads_as_an_adjective() -> None:
    # German writes every noun with a capital: "fiel deutlich größer aus" is no noun
    t = table(
        "Der/der/DET Gewinn/Gewinn/NOUN fiel/fallen/VERB größer/groß/NOUN aus/aus/ADP ././PUNCT"
    )
    assert tags_of(t)[3] == "ADJ"
    t = table("Die/der/DET Kleine/Kleine/NOUN lacht/lachen/VERB ././PUNCT")
    assert tags_of(t)[1] == "NOUN"  # capitalised: a noun


def test_english_name_reaches_a_few_words_only() -> None:
    # the word before "of" and the words after it; a long capitalised run stays linear
    t = table(
        " ".join(
            ["Haus/Haus/NOUN"] * 3000
            + ["Museum/Museum/NOUN", "of/of/ADP"]
            + ["Modern/modern/ADJ", "Art/Art/NOUN"]
        )
    )
    assert in_english_name(t, 3000) and in_english_name(t, 3003)
    assert not in_english_name(t, 2999) and not in_english_name(t, 0)


def test_small_word_inside_a_sentence_is_no_noun_when_only_finite() -> None:
    from tests.morphology.test_engine import at

    # "passe" read as a form of der Pass: spelt small inside a sentence, it is the verb
    t = table(
        "Eine/ein/DET Lösung/Lösung/NOUN passe/Pass/NOUN nicht/nicht/PART zu/zu/ADP"
        " jeder/jeder/DET Schule/Schule/NOUN ././PUNCT"
    )
    assert tags_of(t)[2] == "VERB"
    f = at(t, "passe")
    assert f.lemma == "passen" and f.shown["Mood"] == ("Sub",) and f.article is None
    # capitalised, the noun stays: "mit dem Passe" (old dative)
    t = table("Er/er/PRON kam/kommen/VERB mit/mit/ADP dem/der/DET Passe/Pass/NOUN ././PUNCT")
    assert tags_of(t)[4] == "NOUN"


def test_second_person_form_without_its_pronoun_stays_an_adverb() -> None:
    from tests.morphology.test_engine import at

    # "längst" is also "du längst" (längen): no "du" in the sentence, so the adverb
    t = table(
        "Viele/viel/DET Schulen/Schule/NOUN hätten/haben/AUX längst/längst/ADV"
        " Regeln/Regel/NOUN aufgestellt/aufstellen/VERB ././PUNCT"
    )
    assert tags_of(t)[3] == "ADV"
    assert at(t, "längst").shown == {}
    # with its pronoun a second-person form tagged as an adverb is the verb
    t = table("Warum/warum/ADV längst/längst/ADV du/du/PRON den/der/DET Rock/Rock/NOUN ?/?/PUNCT")
    assert tags_of(t)[1] == "VERB"


def test_sentence_opening_adverb_read_as_a_chance_compound_is_an_adverb() -> None:
    from tests.morphology.test_engine import at

    # "Zusammen" is no plural of "Zusamme" (Zus + die Amme), "Denkbar" no "Denk" + die Bar
    t = table(
        "Zusammen/Zusamme/NOUN sollen/sollen/AUX sie/sie/PRON Strom/Strom/NOUN"
        " liefern/liefern/VERB ././PUNCT"
    )
    assert tags_of(t)[0] == "ADV"
    assert at(t, "Zusammen").article is None and at(t, "Zusammen").shown == {}
    t = table("Denkbar/Denkbar/NOUN sei/sein/AUX ein/ein/DET Kompromiss/Kompromiss/NOUN ././PUNCT")
    assert tags_of(t)[0] == "ADV"
    # before the preposition it governs: "Zusammen mit seiner Frau kam er" (no die Zusamme)
    t = table(
        "Zusammen/Zusamme/NOUN mit/mit/ADP seiner/sein/DET Frau/Frau/NOUN kam/kommen/VERB"
        " er/er/PRON ././PUNCT"
    )
    assert tags_of(t)[0] == "ADV" and at(t, "Zusammen").article is None
    # a compound noun opening the sentence stays a noun
    t = table("Landeschef/Landeschef/NOUN Müller/Müller/PROPN kam/kommen/VERB ././PUNCT")
    assert tags_of(t)[0] == "NOUN"
    t = table("Hauptstadt/Hauptstadt/NOUN bleibt/bleiben/VERB Berlin/Berlin/PROPN ././PUNCT")
    assert tags_of(t)[0] == "NOUN"
