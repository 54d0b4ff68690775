"""The noun phrase before a noun: quantity words that do not inflect, and the
genitive "dessen"/"deren" in front of it (hand-tagged token tables, no model)."""

from __future__ import annotations

from app.morphology.phrase import cut_part
from tests.morphology.test_engine import at, table


def test_cut_part_is_a_capitalised_first_part_before_a_conjunction() -> None:
    texts = ["die", "Vor-", "und", "Nachsorge", "Heizungs-", "sowie", "Lüftungstechnik"]
    assert cut_part(texts, 1) and cut_part(texts, 4)
    assert not cut_part(texts, 0) and not cut_part(texts, 3) and not cut_part(texts, 6)
    # an adjective's cut part ("ein- und ausreisen"), a bare hyphen, a part at the end
    assert not cut_part(["ein-", "und", "ausreisen"], 0)
    assert not cut_part(["E-", "und"], 0) and not cut_part(["Vor-"], 0)


def test_uninflected_quantifier_keeps_the_preposition() -> None:
    t = table(
        "Der/der/DET Dreck/Dreck/NOUN wird/werden/AUX mit/mit/ADP viel/viel/PRON"
        " Lärm/Lärm/NOUN verteilt/verteilen/VERB ././PUNCT"
    )
    assert at(t, "Lärm").shown["Case"] == ("Dat",)
    t = table(
        "Er/er/PRON kam/kommen/VERB mit/mit/ADP ein/ein/DET paar/paar/PRON"
        " Freunden/Freund/NOUN ././PUNCT"
    )
    assert at(t, "Freunden").shown["Case"] == ("Dat",)


def test_approximation_before_a_numeral_keeps_the_preposition() -> None:
    t = table(
        "Die/der/DET Investitionen/Investition/NOUN werden/werden/AUX bei/bei/ADP rund/rund/ADV"
        " 800/800/NUM Millionen/Million/NOUN Mark/Mark/NOUN angesetzt/ansetzen/VERB ././PUNCT"
    )
    assert at(t, "Millionen").shown["Case"] == ("Dat",)
    t = table(
        "Der/der/DET Satz/Satz/NOUN liegt/liegen/VERB bei/bei/ADP mehr/mehr/ADV als/als/CCONJ"
        " 53/53/NUM Prozent/Prozent/NOUN ././PUNCT"
    )
    assert at(t, "Prozent").shown["Case"] == ("Dat",)


def test_genitive_relative_before_a_noun_keeps_the_preposition() -> None:
    t = table(
        "Man/man/PRON müsse/müssen/AUX zwischen/zwischen/ADP deren/der/PRON"
        " Erwerbstätigkeit/Erwerbstätigkeit/NOUN und/und/CCONJ Ausbeutung/Ausbeutung/NOUN"
        " unterscheiden/unterscheiden/VERB ././PUNCT"
    )
    assert at(t, "Erwerbstätigkeit").shown["Case"] == ("Acc", "Dat")
    assert at(t, "Ausbeutung").shown["Case"] == ("Acc", "Dat")


def test_latex_quotes_inside_the_phrase_are_skipped() -> None:
    t = table(
        "Dadurch/dadurch/ADV wird/werden/AUX der/der/DET ``/``/PUNCT innere/inner/ADJ"
        " Frieden/Frieden/NOUN gefährdet/gefährden/VERB ''/''/PUNCT ././PUNCT"
    )
    assert at(t, "Frieden").shown["Number"] == ("Sing",)


def test_weak_adjective_after_a_strong_dative() -> None:
    t = table(
        "Wir/wir/PRON stehen/stehen/VERB unter/unter/ADP starkem/stark/ADV"
        " wirtschaftspolitischen/wirtschaftspolitisch/ADJ Druck/Druck/NOUN ././PUNCT"
    )
    assert at(t, "Druck").shown["Case"] == ("Dat",)


def test_an_infinitive_before_the_adjectives_is_not_one_of_them() -> None:
    from app.morphology.phrase import find_phrase

    t = table(
        "Die/der/DET Dokumente/Dokument/NOUN schreiben/schreiben/VERB neue/neu/ADJ"
        " Rechte/Recht/NOUN fest/festschreiben/ADP ././PUNCT"
    )
    phrase = find_phrase(t.texts, t.tags, t.lemmas, t.sentence_ids, 4)
    assert phrase.adjectives == (3,)


def test_an_ordinal_before_the_noun_does_not_count_it() -> None:
    # "am 3. März": the ordinal is an adjective; "am" (an dem) leaves the singular
    t = table(
        "Das/der/DET Konzert/Konzert/NOUN beginnt/beginnen/VERB am/an/ADP 3./3./ADJ"
        " März/März/NOUN ././PUNCT"
    )
    assert at(t, "März").shown["Number"] == ("Sing",)
    t = table("Er/er/PRON belegte/belegen/VERB den/der/DET 4./4./NUM Platz/Platz/NOUN ././PUNCT")
    assert at(t, "Platz").shown["Number"] == ("Sing",)
    # a cardinal still counts
    t = table("Sie/sie/PRON wartete/warten/VERB 12/12/NUM Monate/Monat/NOUN ././PUNCT")
    assert at(t, "Monate").shown["Number"] == ("Plur",)


def test_the_superlative_of_am_before_a_name_is_an_adverb() -> None:
    # "am meisten" is adverbial: the name after it is the subject, not a dative after "am"
    t = table(
        "Davon/davon/ADV dürfte/dürfen/AUX am/am/ADP meisten/viel/ADJ Kowalski/Kowalski/PROPN"
        " profitieren/profitieren/VERB ././PUNCT"
    )
    assert at(t, "Kowalski").shown.get("Case") != ("Dat",)
    assert at(t, "meisten").shown == {"Degree": ("Sup",)}
    # a common noun after "am" + superlative keeps its phrase ("am schönsten Abend")
    t = table(
        "Sie/sie/PRON trafen/treffen/VERB sich/sich/PRON am/am/ADP schönsten/schön/ADJ"
        " Abend/Abend/NOUN ././PUNCT"
    )
    assert at(t, "Abend").shown["Case"] == ("Dat",)
    assert at(t, "schönsten").shown["Case"] == ("Dat",)


def test_a_name_after_a_question_words_phrase_is_no_apposition() -> None:
    # "welchen Bewerber Habeck unterstützt": Habeck is the subject, not an apposition
    t = table(
        "Offen/offen/ADJ ist/sein/AUX ,/,/PUNCT welchen/welchen/ADJ Bewerber/Bewerber/NOUN"
        " Habeck/Habeck/PROPN unterstützt/unterstützen/VERB ././PUNCT"
    )
    assert at(t, "Bewerber").shown["Case"] == ("Acc",)
    assert at(t, "Habeck").shown.get("Case") != ("Acc",)
    # a title's name after an article is one (dative after "mit")
    t = table(
        "Er/er/PRON sprach/sprechen/VERB mit/mit/ADP der/der/DET Ministerin/Ministerin/NOUN"
        " Lena/Lena/PROPN Kowalski/Kowalski/PROPN ././PUNCT"
    )
    assert at(t, "Kowalski").shown["Case"] == ("Dat",)


def test_a_number_closing_a_run_on_sentence_is_no_ordinal() -> None:
    # the tagger ran two sentences together and took the article for a noun: "… erlaubt
    # sind 30. Die …"; the full stop closes the sentence, so "30." is no ordinal
    t = table(
        "Erlaubt/erlauben/VERB sind/sein/AUX 30./30./NUM Die/Die/NOUN beiden/beide/PRON"
        " zahlten/zahlen/VERB ././PUNCT"
    )
    assert "Plur" in at(t, "Die").shown["Number"]
