"""The grammar of a token in its sentence, on hand-tagged token tables (no model).

Each sentence is written as ``word/LEMMA/POS`` items; the engine reads only
texts, lemmas, POS tags and sentence ids, as it does from a real analysis.
"""

from __future__ import annotations

import pytest

from app.core.tokens import TokenTable
from app.dictionary import WordInfo
from app.lexicon.words import DEFINITE
from app.morphology import FormAnalysis, features
from app.morphology.engine import _ARTICLES_OF_PART, _PARTS_OF_TIME


def table(*sentences: str) -> TokenTable:
    texts: list[str] = []
    lemmas: list[str] = []
    tags: list[str] = []
    ids: list[int] = []
    for number, sentence in enumerate(sentences):
        for item in sentence.split():
            text, lemma, tag = item.rsplit("/", 2)
            texts.append(text)
            lemmas.append(lemma)
            tags.append(tag)
            ids.append(number)
    n = len(texts)
    return TokenTable(range(n), range(n), texts, lemmas, tags, [""] * n, ids)


def at(tokens: TokenTable, word: str) -> FormAnalysis:
    return features(tokens, tokens.texts.index(word))


def test_case_after_preposition_and_article() -> None:
    t = table(
        "Sie/sie/PRON sprach/sprechen/VERB mit/mit/ADP den/der/DET"
        " Gouverneurinnen/Gouverneurin/NOUN ././PUNCT"
    )
    f = at(t, "Gouverneurinnen")
    assert f.shown == {"Case": ("Dat",), "Number": ("Plur",), "Gender": ("Fem",)}
    assert f.ud() == "Case=Dat|Gender=Fem|Number=Plur"
    assert f.article == "die" and f.plural == "Gouverneurinnen"
    assert f.explanation.startswith("dative plural")


def test_genitive_compound() -> None:
    t = table(
        "Die/der/DET Folgen/Folge/NOUN des/der/DET Angriffskrieges/Angriffskrieg/NOUN ././PUNCT"
    )
    f = at(t, "Angriffskrieges")
    assert f.shown["Case"] == ("Gen",) and f.shown["Number"] == ("Sing",)
    assert (f.lemma, f.article, f.plural) == ("Angriffskrieg", "der", "Angriffskriege")


def test_two_cases_are_shown_as_a_choice() -> None:
    t = table("Das/der/DET Militärbündnis/Militärbündnis/NOUN")
    f = at(t, "Militärbündnis")
    assert f.shown["Case"] == ("Nom", "Acc") and f.article == "das"
    assert "nominative or accusative" in f.explanation


def test_subject_and_object_from_agreement() -> None:
    t = table(
        "Die/der/DET Regierung/Regierung/NOUN kündigte/ankündigen/VERB neue/neu/ADJ "
        "Hilfen/Hilfe/NOUN an/ankündigen/ADP ././PUNCT"
    )
    assert at(t, "Regierung").shown["Case"] == ("Nom",)
    assert at(t, "Hilfen").shown["Case"] == ("Acc",)
    assert at(t, "neue").shown == {"Degree": ("Pos",), "Case": ("Acc",), "Number": ("Plur",)}
    kündigte = at(t, "kündigte")
    assert kündigte.lemma == "ankündigen"
    assert kündigte.ud() == "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


def test_present_first_person_plural() -> None:
    t = table(
        "Wir/wir/PRON befürchten/befürchten/VERB das/der/DET Schlimmste/schlimm/NOUN ././PUNCT"
    )
    assert at(t, "befürchten").ud() == "Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin"


def test_infinitive_after_würden() -> None:
    t = table(
        "Sie/sie/PRON sagten/sagen/VERB ,/,/PUNCT die/der/DET USA/USA/PROPN würden/werden/AUX "
        "einen/ein/DET Angriff/Angriff/NOUN vorbereiten/vorbereiten/VERB ././PUNCT"
    )
    assert at(t, "vorbereiten").shown == {"VerbForm": ("Inf",)}
    würden = at(t, "würden")
    assert würden.shown["Mood"] == ("Sub",) and würden.shown["Tense"] == ("Past",)
    assert "Konjunktiv II" in würden.explanation


def test_konjunktiv_one_is_reported_speech() -> None:
    t = table(
        "Er/er/PRON sagte/sagen/VERB ,/,/PUNCT das/der/DET Bündnis/Bündnis/NOUN sei/sein/AUX"
        " schwach/schwach/ADJ ././PUNCT"
    )
    sei = at(t, "sei")
    assert sei.ud() == "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
    assert "reported speech" in sei.explanation
    assert at(t, "Bündnis").shown["Case"] == ("Nom",)


def test_comparative_not_a_form_of_lassen() -> None:
    t = table(
        "Er/er/PRON sieht/sehen/VERB die/der/DET Lage/Lage/NOUN gelassener/lassen/VERB ././PUNCT"
    )
    f = at(t, "gelassener")
    assert (f.lemma, f.pos, f.shown) == ("gelassen", "ADJ", {"Degree": ("Cmp",)})
    assert f.explanation == "comparative of »gelassen«"


def test_unknown_capitalised_word_is_a_name() -> None:
    t = table(
        "Kremlsprecher/Kremlsprecher/NOUN Peskow/Peskow/NOUN sagte/sagen/VERB"
        " nichts/nichts/PRON ././PUNCT"
    )
    f = at(t, "Peskow")
    assert f.kind == "name or abbreviation" and f.pos == "PROPN"
    assert "Gender" not in f.shown and f.article is None and f.plural is None


def test_adjectival_noun_after_ein() -> None:
    t = table("Ein/ein/DET US-Beamter/US-Beamter/NOUN sagte/sagen/VERB das/der/PRON ././PUNCT")
    f = at(t, "US-Beamter")
    assert (f.lemma, f.article, f.plural) == ("US-Beamte", "der", "US-Beamten")
    assert f.shown == {"Case": ("Nom",), "Number": ("Sing",), "Gender": ("Masc",)}


def test_dative_place_after_in() -> None:
    t = table("Er/er/PRON lebt/leben/VERB in/in/ADP Berlin/Berlin/PROPN ././PUNCT")
    assert at(t, "Berlin").shown["Case"] == ("Dat",)


def test_function_words_show_nothing() -> None:
    t = table("Er/er/PRON kam/kommen/VERB und/und/CCONJ ging/gehen/VERB ././PUNCT")
    assert at(t, "und").shown == {} and at(t, ".").shown == {}


@pytest.mark.parametrize(
    "sentence",
    ["", "!!!/!/PUNCT", "x/x/X", "Ä/Ä/NOUN", "der/der/DET", "laufen/laufen/VERB zu/zu/PART"],
)
def test_odd_input_never_raises(sentence: str) -> None:
    if not sentence:
        return
    t = table(sentence)
    for i in range(len(t)):
        assert isinstance(features(t, i), FormAnalysis)


def test_inflected_participle_before_its_noun_is_an_adjective() -> None:
    t = table(
        "Die/der/DET groß/groß/ADJ angelegte/Angelegte/ADJ Aktion/Aktion/NOUN "
        "scheiterte/scheitern/VERB ././PUNCT"
    )
    f = at(t, "angelegte")
    assert (f.lemma, f.pos, f.kind) == ("angelegt", "ADJ", "adjective")
    assert "Mood" not in f.shown and f.shown["Case"] == ("Nom",)


def test_spelling_before_1996() -> None:
    t = table(
        "Die/der/DET Firma/Firma/NOUN mußte/müssen/AUX den/der/DET Plan/Plan/NOUN"
        " aufgeben/aufgeben/VERB ,/,/PUNCT daß/daß/SCONJ sie/sie/PRON es/es/PRON läßt/lassen/VERB"
        " ././PUNCT"
    )
    assert at(t, "mußte").ud() == "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
    assert at(t, "aufgeben").ud() == "VerbForm=Inf"
    assert at(t, "läßt").shown["Tense"] == ("Pres",)


def test_irregular_participle_with_the_pipeline_lemma_unknown() -> None:
    t = table(
        "dass/dass/SCONJ ich/ich/PRON den/der/DET Zahn/Zahn/NOUN nicht/nicht/PART"
        " verloren/verloren/VERB habe/haben/AUX ././PUNCT"
    )
    f = at(t, "verloren")
    assert f.ud() == "Tense=Past|VerbForm=Part" and f.lemma == "verlieren"


def test_second_main_clause_after_und_shares_the_subject() -> None:
    t = table(
        "Sie/sie/PRON ist/sein/AUX abgehauen/abhauen/VERB und/und/CCONJ hat/haben/AUX"
        " die/der/DET Wohnung/Wohnung/NOUN demoliert/demolieren/VERB ././PUNCT"
    )
    assert at(t, "Wohnung").shown["Case"] == ("Acc",)
    t = table(
        "Er/er/PRON kam/kommen/VERB und/und/CCONJ ist/sein/AUX der/der/DET Sieger/Sieger/NOUN"
        " ././PUNCT"
    )
    assert at(t, "Sieger").shown["Case"] == ("Nom",)  # a copula's noun


def test_reporting_verb_after_a_quote_is_finite() -> None:
    t = table(
        "»/»/PUNCT Wir/wir/PRON haben/haben/AUX gewonnen/gewinnen/VERB «/«/PUNCT ,/,/PUNCT"
        " erklärte/erklären/VERB Japans/Japans/PROPN Außenminister/Außenminister/NOUN"
        " Yohei/Yohei/PROPN Kono/Kono/PROPN ././PUNCT"
    )
    assert at(t, "erklärte").shown["VerbForm"] == ("Fin",)
    assert at(t, "Japans").shown["Case"] == ("Gen",)
    t = table(
        "Es/es/PRON wurden/werden/AUX erhöhte/erhöhen/VERB Werte/Wert/NOUN gemessen/messen/VERB"
    )
    assert "Degree" in at(t, "erhöhte").shown


def test_plural_verb_without_a_subject_is_the_infinitive() -> None:
    t = table(
        "Seit/seit/ADP 1992/1992/NUM können/können/AUX Ausländer/Ausländer/NOUN ,/,/PUNCT"
        " die/der/PRON hier/hier/ADV wohnen/wohnen/VERB ,/,/PUNCT einen/ein/DET Pass/Pass/NOUN"
        " bekommen/bekommen/VERB ././PUNCT"
    )
    assert at(t, "bekommen").ud() == "VerbForm=Inf"
    assert at(t, "wohnen").shown["VerbForm"] == ("Fin",)


def test_comma_between_adjectives_does_not_end_the_clause() -> None:
    t = table(
        "Eltern/Eltern/NOUN dürfen/dürfen/AUX keine/kein/DET lustigen/lustig/ADJ ,/,/PUNCT"
        " anmaßenden/anmaßend/ADJ Vornamen/Vorname/NOUN geben/geben/VERB ././PUNCT"
    )
    assert at(t, "geben").ud() == "VerbForm=Inf"


def test_hyphenated_or_plural_compound_tagged_as_name_is_a_noun() -> None:
    t = table(
        "Dieter/Dieter/PROPN Spöri/Spöri/PROPN ,/,/PUNCT SPD-Wirtschaftsminister/x/PROPN"
        " ,/,/PUNCT findet/finden/VERB das/das/PRON gut/gut/ADJ ././PUNCT"
    )
    f = at(t, "SPD-Wirtschaftsminister")
    assert f.article == "der" and f.shown["Gender"] == ("Masc",)
    t = table("Er/er/PRON handelt/handeln/VERB mit/mit/ADP Brautgeschenken/x/PROPN ././PUNCT")
    assert at(t, "Brautgeschenken").article == "das"
    t = table("Er/er/PRON reist/reisen/VERB nach/nach/ADP Brandenburg/x/PROPN ././PUNCT")
    assert at(t, "Brandenburg").article is None


def test_adjective_after_etwas_is_a_neuter_noun() -> None:
    t = table("Es/es/PRON gibt/geben/VERB nichts/nichts/PRON Neues/neu/NOUN ././PUNCT")
    f = at(t, "Neues")
    assert f.article == "das" and f.shown["Gender"] == ("Neut",)
    t = table("Er/er/PRON verschrieb/verschreiben/VERB etwas/etwas/PRON gutes/gut/ADV ././PUNCT")
    f = at(t, "gutes")
    assert f.article == "das" and f.shown["Number"] == ("Sing",)


def test_unknown_noun_whose_suffix_gives_the_gender() -> None:
    t = table("laut/laut/ADP der/der/DET Auspreisungen/x/NOUN ././PUNCT")
    f = at(t, "Auspreisungen")
    assert (f.lemma, f.article, f.shown["Number"]) == ("Auspreisung", "die", ("Plur",))
    t = table("sagte/sagen/VERB Farnung/Farnung/NOUN ././PUNCT")
    assert at(t, "Farnung").article is None  # a name may end so too


def test_verbal_noun_after_zum() -> None:
    t = table("Hilfen/Hilfe/NOUN zum/zu/ADP Bleiben/Bleiben/NOUN ././PUNCT")
    f = at(t, "Bleiben")
    assert f.article == "das" and f.shown["Number"] == ("Sing",)


def test_participle_tagged_as_adjective_with_haben_is_a_participle() -> None:
    t = table(
        "Das/das/PRON hat/haben/AUX uns/wir/PRON den/der/DET Sonntag/Sonntag/NOUN"
        " verdorben/verdorben/ADJ ././PUNCT"
    )
    assert at(t, "verdorben").ud() == "Tense=Past|VerbForm=Part"
    t = table("Der/der/DET Käse/Käse/NOUN ist/sein/AUX verdorben/verdorben/ADJ ././PUNCT")
    assert at(t, "verdorben").shown.get("Degree") == ("Pos",)  # after "sein" an adjective


def test_verb_after_und_takes_the_first_clauses_pronoun() -> None:
    t = table(
        "Ich/ich/PRON bin/sein/AUX zufrieden/zufrieden/ADJ und/und/CCONJ werde/werden/AUX"
        " wiederkommen/wiederkommen/VERB ././PUNCT"
    )
    assert at(t, "werde").ud() == "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"


def test_past_tense_tagged_as_adjective_is_the_finite_verb() -> None:
    t = table(
        "Wolff/Wolff/PROPN ,/,/PUNCT der/der/PRON wechselt/wechseln/VERB ,/,/PUNCT"
        " verbreitete/verbreiten/ADJ Optimismus/Optimismus/NOUN ././PUNCT"
    )
    assert at(t, "verbreitete").shown["Tense"] == ("Past",)
    t = table("schöne/schön/ADJ und/und/CCONJ gepflegte/gepflegt/ADJ Räume/Raum/NOUN")
    assert "Degree" in at(t, "gepflegte").shown


def test_subject_before_an_apposition_is_not_guessed_after_the_verb() -> None:
    t = table(
        "Der/der/DET Vorsitzende/Vorsitzende/NOUN ,/,/PUNCT Bodo/Bodo/PROPN Schwartz/Schwartz/PROPN"
        " ,/,/PUNCT forderte/fordern/VERB ein/ein/DET härteres/hart/ADJ"
        " Durchgreifen/Durchgreifen/NOUN ././PUNCT"
    )
    assert at(t, "Durchgreifen").shown.get("Case") != ("Nom",)
    t = table(
        "Wir/wir/PRON investieren/investieren/VERB ,/,/PUNCT betonte/betonen/VERB"
        " Firmenchef/Firmenchef/NOUN Gerd/Gerd/PROPN Krick/Krick/PROPN ././PUNCT"
    )
    assert at(t, "Krick").shown["Case"] == ("Nom",)


def test_years_and_numbers_in_words() -> None:
    t = table(
        "Er/er/PRON ist/sein/AUX seit/seit/ADP 1988/1988/NUM Finanzminister/Finanzminister/NOUN"
        " ././PUNCT"
    )
    assert at(t, "Finanzminister").shown["Number"] == ("Sing",)
    t = table(
        "der/der/DET 25jährige/25jährige/NUM Attentäter/Attentäter/NOUN floh/fliehen/VERB ././PUNCT"
    )
    f = at(t, "Attentäter")
    assert f.shown["Case"] == ("Nom",) and f.shown["Number"] == ("Sing",)


def test_graded_participle_after_sein_is_an_adjective() -> None:
    t = table("Sie/sie/PRON wirkt/wirken/VERB sehr/sehr/ADV gepflegt/pflegen/VERB")
    assert at(t, "gepflegt").ud() == "Degree=Pos"
    t = table("Er/er/PRON wurde/werden/AUX sehr/sehr/ADV gelobt/loben/VERB ././PUNCT")
    assert at(t, "gelobt").ud() == "Tense=Past|VerbForm=Part"


def test_statement_opening_with_its_verb_leaves_the_person_open() -> None:
    t = table("War/sein/AUX ganz/ganz/ADV nett/nett/ADJ ././PUNCT")
    assert at(t, "War").shown["Person"] == ("1", "3")


def test_a_list_after_a_preposition_shares_it() -> None:
    t = table(
        "Delegationen/Delegation/NOUN aus/aus/ADP Bosnien/Bosnien/PROPN ,/,/PUNCT"
        " Serbien/Serbien/PROPN und/und/CCONJ Kroatien/Kroatien/PROPN kamen/kommen/VERB"
        " ././PUNCT"
    )
    assert at(t, "Serbien").shown["Case"] == ("Dat",)
    assert at(t, "Kroatien").shown["Case"] == ("Dat",)


def test_pro_governs_the_accusative() -> None:
    t = table(
        "Er/er/PRON ist/sein/AUX einmal/einmal/ADV pro/pro/ADP Jahr/Jahr/NOUN"
        " Gast/Gast/NOUN ././PUNCT"
    )
    assert at(t, "Jahr").shown["Case"] == ("Acc",)


def test_infinitive_after_a_noun_list_belongs_to_werden() -> None:
    t = table(
        "Bonn/Bonn/PROPN werde/werden/AUX die/der/DET Sicherung/Sicherung/NOUN durch/durch/ADP"
        " Sanitäter/Sanitäter/NOUN ,/,/PUNCT Pioniere/Pionier/NOUN ,/,/PUNCT"
        " Transport-/Transport-/PRON und/und/CCONJ Flugzeuge/Flugzeug/NOUN"
        " unterstützen/unterstützen/VERB ././PUNCT"
    )
    assert at(t, "unterstützen").shown == {"VerbForm": ("Inf",)}
    assert at(t, "Sicherung").shown["Case"] != ("Nom",)  # "werde" + infinitive: no copula


def test_capitalised_word_no_table_knows_as_adjective_is_no_adjective() -> None:
    t = table("Wir/wir/PRON waren/sein/AUX im/in/ADP OBI/OBI/ADJ Markt/Markt/NOUN ././PUNCT")
    assert at(t, "OBI").shown == {}
    t = table(
        "Früher/früher/ADV hatten/haben/AUX die/der/DET Pensionäre/Pensionär/ADJ"
        " Tränen/Träne/NOUN ././PUNCT"
    )
    f = at(t, "Pensionäre")
    assert f.pos == "NOUN" and f.shown["Number"] == ("Plur",) and "Degree" not in f.shown
    t = table("Die/der/DET Berliner/Berliner/ADJ Zeitung/Zeitung/NOUN ././PUNCT")
    assert at(t, "Berliner").shown["Degree"] == ("Pos",)


def test_name_after_article_and_title_takes_the_phrase_case() -> None:
    t = table(
        "Er/er/PRON wurde/werden/AUX von/von/ADP der/der/DET Kanzlei/Kanzlei/NOUN"
        " Singewald/Singewald/PROPN verteidigt/verteidigen/VERB ././PUNCT"
    )
    assert at(t, "Singewald").shown["Case"] == ("Dat",)


def test_capitalised_adjective_opening_a_sentence_before_its_noun() -> None:
    t = table(
        "Höhere/Höhere/NOUN Wertschöpfung/Wertschöpfung/NOUN fließt/fließen/VERB"
        " weg/weg/ADV ././PUNCT"
    )
    f = at(t, "Höhere")
    assert f.pos == "ADJ" and f.shown["Degree"] == ("Cmp",)  # not the neuter noun "das Höhere"


def test_unknown_word_with_an_article_is_not_assumed_singular() -> None:
    t = table(
        "Nebst/nebst/ADP den/der/DET neuen/neu/ADJ TVs/TVs/NOUN wird/werden/AUX"
        " renoviert/renovieren/VERB ././PUNCT"
    )
    f = at(t, "TVs")
    assert f.shown.get("Number") != ("Sing",) and at(t, "neuen").shown.get("Number") != ("Sing",)


def test_degree_particle_gar_has_no_degree() -> None:
    t = table("Das/der/PRON war/sein/AUX gar/gar/ADV nicht/nicht/PART gut/gut/ADJ ././PUNCT")
    assert "Degree" not in at(t, "gar").shown
    # counterexample: an adjective used as an adverb keeps its degree
    t = table("Er/er/PRON kam/kommen/VERB angeblich/angeblich/ADV nicht/nicht/PART ././PUNCT")
    assert at(t, "angeblich").shown.get("Degree") == ("Pos",)


def test_hyphenated_noun_tagged_as_punctuation() -> None:
    t = table(
        "Er/er/PRON sprach/sprechen/VERB vom/von/ADP "
        "IG-Metall-Vorsitzenden/IG-Metall-Vorsitzenden/PUNCT Klaus/Klaus/PROPN ././PUNCT"
    )
    f = at(t, "IG-Metall-Vorsitzenden")
    assert f.article == "der" and f.shown["Case"] == ("Dat",)
    # counterexample: a real hyphen stays punctuation
    t = table("Er/er/PRON kam/kommen/VERB -/-/PUNCT spät/spät/ADJ ././PUNCT")
    assert at(t, "-").shown == {}


def test_abbreviation_with_a_table_gender_tagged_as_name_shows_its_article() -> None:
    t = table(
        "Kanzler/Kanzler/NOUN Kohl/Kohl/PROPN (/(/PUNCT CDU/CDU/PROPN )/)/PUNCT "
        "reist/reisen/VERB ././PUNCT"
    )
    f = at(t, "CDU")
    assert f.article == "die" and f.shown["Gender"] == ("Fem",)
    # counterexamples: a name in capitals the table lacks, a word set in capitals
    t = table("Kanzler/Kanzler/NOUN Kohl/Kohl/PROPN (/(/PUNCT XYZ/XYZ/PROPN )/)/PUNCT ././PUNCT")
    assert at(t, "XYZ").article is None
    t = table("Hallo/hallo/ITJ DIE/der/PROPN CDU/CDU/PROPN ././PUNCT")
    assert at(t, "CDU").article is None


def test_adjective_spelt_small_after_an_article_is_a_noun() -> None:
    t = table(
        "damit/damit/SCONJ man/man/PRON das/der/DET verbrannte/verbrennen/ADJ "
        "nicht/nicht/PART sieht/sehen/VERB ././PUNCT"
    )
    f = at(t, "verbrannte")
    assert (f.pos, f.article, f.shown.get("Gender")) == ("NOUN", "das", ("Neut",))
    t = table(
        "Er/er/PRON hat/haben/AUX alles/alle/DET erforderliche/erforderlich/NOUN "
        "getan/tun/VERB ././PUNCT"
    )
    assert at(t, "erforderliche").article == "das"
    # counterexamples: before "und" (ellipsis), before a noun the tagger misread
    t = table(
        "Die/der/DET roten/rot/ADJ und/und/CCONJ die/der/DET blauen/blau/ADJ "
        "Autos/Auto/NOUN stehen/stehen/VERB ././PUNCT"
    )
    assert at(t, "roten").pos == "ADJ"
    t = table(
        "Die/der/DET notwendige/notwendig/ADJ Glut/Glut/PART haben/haben/AUX wir/wir/PRON ././PUNCT"
    )
    assert at(t, "notwendige").pos == "ADJ"


def test_ge_form_alone_in_its_clause_is_the_finite_ge_verb() -> None:
    t = table(
        "Zu/zu/ADP einer/ein/DET Sauna/Sauna/NOUN gehört/hören/VERB eine/ein/DET "
        "warme/warm/ADJ Atmosphäre/Atmosphäre/NOUN ././PUNCT"
    )
    f = at(t, "gehört")
    assert (f.lemma, f.shown["VerbForm"], f.shown["Person"]) == ("gehören", ("Fin",), ("3",))
    # counterexamples: with an auxiliary it is the participle of "hören"
    t = table("Ich/ich/PRON habe/haben/AUX es/es/PRON gehört/hören/VERB ././PUNCT")
    f = at(t, "gehört")
    assert (f.lemma, f.shown["VerbForm"]) == ("hören", ("Part",))
    t = table("Es/es/PRON wurde/werden/AUX nie/nie/ADV gehört/hören/VERB ././PUNCT")
    assert at(t, "gehört").shown["VerbForm"] == ("Part",)


def test_unknown_noun_after_und_shares_the_article_and_its_suffix_gives_the_gender() -> None:
    t = table(
        "die/der/DET Präzisierung/Präzisierung/NOUN und/und/CCONJ Straffung/Straffung/NOUN "
        "der/der/DET Abläufe/Ablauf/NOUN ././PUNCT"
    )
    assert at(t, "Straffung").article == "die"
    # counterexample: after a name it may be a name too
    t = table("Müller/Müller/PROPN und/und/CCONJ Farnung/Farnung/NOUN kamen/kommen/VERB ././PUNCT")
    assert at(t, "Farnung").article is None


def test_a_quantifier_decides_the_case_of_a_singular_noun() -> None:
    t = table("Vielen/viel/DET Dank/Dank/NOUN ././PUNCT")
    assert at(t, "Dank").shown == {"Case": ("Acc",), "Number": ("Sing",), "Gender": ("Masc",)}
    t = table("Er/er/PRON hat/haben/AUX einige/einige/DET Zeit/Zeit/NOUN gebraucht/brauchen/VERB")
    assert at(t, "Zeit").shown["Case"] == ("Acc",) and at(t, "Zeit").shown["Number"] == ("Sing",)
    t = table("Sie/sie/PRON kamen/kommen/VERB mit/mit/ADP vielem/viel/DET Gepäck/Gepäck/NOUN")
    assert at(t, "Gepäck").shown["Case"] == ("Dat",)
    # counterexample: before a plural the same form is the plural it always was
    t = table("Er/er/PRON half/helfen/VERB vielen/viel/DET Menschen/Mensch/NOUN ././PUNCT")
    assert at(t, "Menschen").shown["Case"] == ("Dat",)
    assert at(t, "Menschen").shown["Number"] == ("Plur",)


def test_a_place_adjective_tagged_as_a_noun_is_an_uninflected_adjective() -> None:
    t = table(
        "Die/der/DET Kasseler/Kasseler/NOUN Richter/Richter/NOUN haben/haben/AUX"
        " entschieden/entscheiden/VERB ././PUNCT"
    )
    kasseler = at(t, "Kasseler")
    assert kasseler.shown == {"Degree": ("Pos",)} and kasseler.article is None
    assert at(t, "Richter").shown["Number"] == ("Plur",)  # the article is the noun's again
    t = table("Am/am/ADP Rosenheimer/Rosenheimer/NOUN Bahnhof/Bahnhof/NOUN warte/warten/VERB")
    assert at(t, "Rosenheimer").shown == {"Degree": ("Pos",)}  # Rosen + Heim: a place
    assert at(t, "Bahnhof").shown["Case"] == ("Dat",)
    t = table(
        "Das/der/DET geschah/geschehen/VERB während/während/ADP seines/sein/DET"
        " Wiener/Wiener/NOUN Jahrzehnts/Jahrzehnt/PROPN ././PUNCT"
    )  # an inhabitant noun the table knows ("Wienerin"); its noun tagged as a name
    assert at(t, "Wiener").shown == {"Degree": ("Pos",)}
    assert at(t, "Jahrzehnts").article == "das"
    # at the sentence's start and after a preposition too
    t = table("Kasseler/Kasseler/NOUN Richter/Richter/NOUN haben/haben/AUX ././PUNCT")
    assert at(t, "Kasseler").shown == {"Degree": ("Pos",)}
    t = table("Er/er/PRON lehrt/lehren/VERB an/an/ADP Kasseler/Kasseler/NOUN Schulen/Schule/NOUN")
    assert at(t, "Kasseler").shown == {"Degree": ("Pos",)}
    # the inhabitants as a noun, no noun after: "Die Kasseler protestierten"
    t = table("Die/der/DET Kasseler/Kasseler/NOUN protestierten/protestieren/VERB ././PUNCT")
    assert "Degree" not in at(t, "Kasseler").shown
    # counterexamples: nouns whose stem is no place ("Kanzl"), the doer of a verb, a title
    # before a name, a measure after a number
    t = table(
        "Er/er/PRON hielt/halten/VERB mit/mit/ADP dem/der/DET Kanzler/Kanzler/NOUN"
        " Schritt/Schritt/NOUN ././PUNCT"
    )
    assert at(t, "Kanzler").article == "der"
    t = table(
        "Sie/sie/PRON fragte/fragen/VERB den/der/DET Lehrer/Lehrer/NOUN Kollegen/Kollege/NOUN"
    )
    assert at(t, "Lehrer").article == "der"
    t = table("Der/der/DET Richter/Richter/NOUN Müller/Müller/PROPN kam/kommen/VERB ././PUNCT")
    assert at(t, "Richter").article == "der"
    t = table("Sie/sie/PRON trank/trinken/VERB 5/5/NUM Liter/Liter/NOUN Wasser/Wasser/NOUN")
    assert at(t, "Liter").pos == "NOUN" and "Degree" not in at(t, "Liter").shown
    t = table("Lehrer/Lehrer/NOUN Kollegen/Kollege/NOUN kamen/kommen/VERB ././PUNCT")
    assert at(t, "Lehrer").pos == "NOUN"  # at the start too: the doer of "lehren"


def test_ander_and_derselbe_belong_to_the_phrase() -> None:
    t = table(
        "Wir/wir/PRON gingen/gehen/VERB auf/auf/ADP der/der/DET anderen/anderer/DET"
        " Seite/Seite/NOUN ././PUNCT"
    )  # "anderen" tagged as a determiner: an adjective of the phrase, "der" its article
    assert at(t, "Seite").shown["Case"] == ("Dat",)
    t = table("Sie/sie/PRON kämpfen/kämpfen/VERB auf/auf/ADP andere/anderer/DET Weise/Weise/NOUN")
    assert at(t, "Weise").shown["Case"] == ("Acc",)
    t = table("Er/er/PRON zahlte/zahlen/VERB für/für/ADP denselben/derselbe/NUM Preis/Preis/NOUN")
    assert at(t, "Preis").shown == {"Case": ("Acc",), "Number": ("Sing",), "Gender": ("Masc",)}
    # counterexample: "dieselben" before a noun is plural, never singular
    t = table("Dieselben/derselbe/DET Leute/Leute/NOUN kamen/kommen/VERB ././PUNCT")
    assert at(t, "Leute").shown["Number"] == ("Plur",)


def test_the_article_before_an_extended_attribute() -> None:
    t = table(
        "Er/er/PRON sprach/sprechen/VERB bei/bei/ADP einer/ein/DET vom/von/ADP Verband/Verband/NOUN"
        " veranstalteten/veranstaltet/ADJ Tagung/Tagung/NOUN ././PUNCT"
    )
    assert at(t, "Tagung").shown["Case"] == ("Dat",)
    t = table(
        "Es/es/PRON steht/stehen/VERB in/in/ADP dem/der/PRON am/an/ADP Montag/Montag/NOUN in/in/ADP"
        " Kassel/Kassel/PROPN veröffentlichten/veröffentlicht/ADJ Urteil/Urteil/NOUN ././PUNCT"
    )  # "dem" tagged as a pronoun: still the article the participle's ending agrees with
    assert at(t, "Urteil").shown["Case"] == ("Dat",)
    # counterexamples: a preposition right before the adjective is the phrase's own; an
    # article that does not agree with adjective and noun is not theirs
    t = table(
        "Er/er/PRON gab/geben/VERB dem/der/DET Mann/Mann/NOUN mit/mit/ADP roten/rot/ADJ"
        " Haaren/Haar/NOUN Geld/Geld/NOUN"
    )
    assert at(t, "Haaren").shown["Case"] == ("Dat",) and at(t, "Mann").shown["Case"] == ("Dat",)
    t = table(
        "Er/er/PRON weiß/wissen/VERB ,/,/PUNCT dass/dass/SCONJ die/der/DET in/in/ADP"
        " Berlin/Berlin/PROPN neue/neu/ADJ Regeln/Regel/NOUN erlassen/erlassen/VERB ././PUNCT"
    )
    assert at(t, "Regeln").shown["Number"] == ("Plur",)
    assert at(t, "neue").shown.get("Number") == ("Plur",)


def test_one_of_a_group_is_a_genitive_plural_with_the_pronouns_gender() -> None:
    t = table("Sie/sie/PRON ist/sein/AUX eine/ein/PRON der/der/DET Besten/Beste/NOUN ././PUNCT")
    besten = at(t, "Besten")
    assert besten.shown == {"Case": ("Gen",), "Number": ("Plur",)} and besten.article == "die"
    t = table(
        "Er/er/PRON befragte/befragen/VERB einen/ein/PRON der/der/DET Angeklagten/Angeklagte/NOUN"
    )
    assert at(t, "Angeklagten").article == "der"
    # counterexamples: "einer" is masculine or feminine (the citation form stays, a man
    # or a woman: der/die Angeklagte, cards34); without the pronoun "der Kranken" may be
    # one woman (dative or genitive singular)
    t = table(
        "Er/er/PRON sprach/sprechen/VERB mit/mit/ADP einer/ein/PRON der/der/DET"
        " Angeklagten/Angeklagte/NOUN ././PUNCT"
    )
    assert at(t, "Angeklagten").article == "der/die"
    t = table("Er/er/PRON half/helfen/VERB der/der/DET Kranken/Kranke/NOUN ././PUNCT")
    assert at(t, "Kranken").shown.get("Number") != ("Plur",)


def test_a_bare_common_noun_is_no_genitive() -> None:
    t = table(
        "Ich/ich/PRON habe/haben/AUX gestern/gestern/ADV Funktionshemden/Funktionshemd/NOUN"
        " gekauft/kaufen/VERB ././PUNCT"
    )  # "ich" is the subject; a bare plural is accusative or dative, never genitive
    assert at(t, "Funktionshemden").shown["Case"] == ("Acc", "Dat")
    # counterexamples: an adjective marks a genitive ("Liebhaber alter Autos"); a noun
    # of a list shares the article of the first ("der Schulen und Krankenhäuser")
    t = table("Er/er/PRON ist/sein/AUX Liebhaber/Liebhaber/NOUN alter/alt/ADJ Autos/Auto/NOUN")
    assert at(t, "Autos").shown["Case"] == ("Gen",)
    t = table(
        "Die/der/DET Kosten/Kosten/NOUN der/der/DET Schulen/Schule/NOUN und/und/CCONJ"
        " Krankenhäuser/Krankenhaus/NOUN steigen/steigen/VERB ././PUNCT"
    )
    assert "Gen" in at(t, "Krankenhäuser").shown.get("Case", ("Gen",))


def test_a_finite_verb_closing_a_subordinate_clause_tagged_as_an_adverb_is_a_verb() -> None:
    t = table(
        "Siebe/Sieb/NOUN ,/,/PUNCT die/der/PRON Partikel/Partikel/NOUN zurückhalten/"
        "zurückhalten/ADV ././PUNCT"
    )
    assert at(t, "zurückhalten").kind == "verb"
    t = table("Sie/sie/PRON kommen/kommen/VERB morgen/morgen/ADV ././PUNCT")
    assert at(t, "morgen").kind != "verb"


def test_plural_only_noun_shows_no_singular_article() -> None:
    t = table("Zu/zu/ADP Lebzeiten/Lebzeit/NOUN war/sein/AUX er/er/PRON bekannt/bekannt/ADJ")
    f = at(t, "Lebzeiten")
    assert f.article is None and "Gender" not in f.shown and f.shown["Number"] == ("Plur",)


def test_adjective_in_isch_used_as_a_noun_is_neuter() -> None:
    # "im Finnischen": the language (das Finnische), not "Fin" + die Nische
    t = table("Im/in/ADP Finnischen/Finnische/NOUN gibt/geben/VERB es/es/PRON Fälle/Fall/NOUN")
    f = at(t, "Finnischen")
    assert (f.lemma, f.article, f.shown["Gender"]) == ("Finnische", "das", ("Neut",))
    assert f.shown["Case"] == ("Dat",)
    t = table("Das/der/DET Typische/typisch/NOUN ist/sein/AUX der/der/DET Rhythmus/Rhythmus/NOUN")
    assert at(t, "Typische").article == "das"
    # a person where the article shows it: not a neuter against "der" or "eine"
    t = table("Der/der/DET Komische/komisch/NOUN lachte/lachen/VERB laut/laut/ADJ")
    f = at(t, "Komische")
    assert (f.article, f.shown["Gender"], f.shown["Case"]) == ("der", ("Masc",), ("Nom",))
    t = table("Eine/ein/DET Kritische/kritisch/NOUN fragte/fragen/VERB nach/nach/ADP")
    assert at(t, "Kritische").shown["Gender"] == ("Fem",)
    # in the plural no gender shows; a person noun of the table keeps its genders
    t = table("Die/der/DET Einheimischen/Einheimische/NOUN protestieren/protestieren/VERB")
    f = at(t, "Einheimischen")
    assert "Gender" not in f.shown and f.shown["Number"] == ("Plur",)
    # an adjectival noun as the head of a compound stays one
    t = table(
        "Die/der/DET Hauptverantwortlichen/x/NOUN wurden/werden/AUX verurteilt/verurteilen/VERB"
    )
    f = at(t, "Hauptverantwortlichen")
    assert f.lemma == "Hauptverantwortliche" and "Gender" not in f.shown


def test_adjectival_person_noun_is_feminine_where_the_article_shows_it() -> None:
    # the table lists "Achtzehnjährige" (through "Jährige") only as "der"
    t = table("Sie/sie/PRON sprach/sprechen/VERB mit/mit/ADP einer/ein/DET Achtzehnjährigen/x/NOUN")
    f = at(t, "Achtzehnjährigen")
    assert (f.article, f.shown["Gender"], f.shown["Number"]) == ("die", ("Fem",), ("Sing",))
    # where the phrase allows the plural, the table's reading stays: no feminine invented
    t = table(
        "Die/der/DET Zahl/Zahl/NOUN der/der/DET Betroffenen/Betroffene/NOUN steigt/steigen/VERB"
    )
    f = at(t, "Betroffenen")
    # (the citation: a man or a woman, der/die Betroffene, cards34)
    assert f.shown["Number"] == ("Plur",) and "Gender" not in f.shown and f.article == "der/die"
    t = table("Er/er/PRON sah/sehen/VERB den/der/DET Achtzehnjährigen/x/NOUN")
    assert at(t, "Achtzehnjährigen").article == "der/die"  # no feminine reading picked


def _entry(lemma: str, gender: str, plural: str | None) -> WordInfo:
    return WordInfo(
        lemma, lemma, "NOUN", gender=gender, plural=plural, glosses=("x",), match="exact"
    )


def test_a_countable_noun_goes_before_the_infinitive_of_its_form() -> None:
    # "Wagen" is missing from the noun table; the dictionary's der Wagen (plural Wagen)
    # is no infinitive used as a noun: "den Wagen" cannot be neuter singular
    wagen = _entry("Wagen", "m", "Wagen")
    t = table("Er/er/PRON parkte/parken/VERB den/der/DET Wagen/Wagen/NOUN")
    f = features(t, 3, wagen)
    assert (f.article, f.shown["Gender"]) == ("der", ("Masc",))
    t = table("Mit/mit/ADP dem/der/DET Wagen/Wagen/NOUN fuhr/fahren/VERB er/er/PRON")
    assert features(t, 2, wagen).article == "der"
    # an article that shows neuter: the infinitive ("das Wagen", daring)
    t = table("Das/der/DET Wagen/Wagen/NOUN ist/sein/AUX schwer/schwer/ADJ")
    assert features(t, 1, wagen).article == "das"
    # a dictionary line with another gender and no plural is no countable noun: an
    # infinitive used as a noun stays neuter ("das Einsetzen", Ding's "{m}" a slip)
    einsetzen = _entry("Einsetzen", "m", None)
    t = table("Mit/mit/ADP dem/der/DET Einsetzen/Einsetzen/NOUN begann/beginnen/VERB es/es/PRON")
    assert features(t, 2, einsetzen).article == "das"


def test_words_of_an_english_name_take_no_german_gender() -> None:
    t = table(
        "Er/er/PRON sprach/sprechen/VERB vor/vor/ADP dem/der/DET House/House/NOUN of/of/ADP"
        " Commons/Commons/NOUN ././PUNCT"
    )
    f = at(t, "House")
    assert f.article is None and "Gender" not in f.shown and f.shown["Case"] == ("Dat",)
    # German words between capitalised words keep their grammar ("am" is German)
    t = table("Das/der/DET Haus/Haus/NOUN am/an/ADP See/See/NOUN ist/sein/AUX alt/alt/ADJ")
    assert at(t, "Haus").article == "das"
    # a German noun before a name joined by "&" or "of" keeps its gender
    t = table(
        "Der/der/DET Konzern/Konzern/NOUN Procter/Procter/PROPN &/&/CCONJ Gamble/Gamble/PROPN"
        " meldet/melden/VERB Gewinne/Gewinn/NOUN"
    )
    f = at(t, "Konzern")
    assert f.article == "der" and f.shown["Gender"] == ("Masc",)
    t = table(
        "Sie/sie/PRON arbeitet/arbeiten/VERB bei/bei/ADP der/der/DET Bank/Bank/NOUN"
        " Barclays/Barclays/PROPN und/und/CCONJ der/der/DET Firma/Firma/NOUN Müller/Müller/PROPN"
        " &/&/CCONJ Sohn/Sohn/NOUN"
    )
    assert at(t, "Firma").article == "die" and at(t, "Bank").article == "die"


def test_a_noun_its_article_does_not_fit_before_another_is_part_of_a_name() -> None:
    # "an der Wall Street": "der" is the article of (die) Street, not of der Wall
    t = table(
        "Sie/sie/PRON arbeitet/arbeiten/VERB an/an/ADP der/der/DET Wall/Wall/NOUN"
        " Street/Street/PROPN"
    )
    f = at(t, "Wall")
    assert f.article is None and "Gender" not in f.shown and f.shown["Case"] == ("Dat",)
    # where the article fits the noun, it is the noun's ("auf dem Wall Soldaten")
    t = table("Auf/auf/ADP dem/der/DET Wall/Wall/NOUN Soldaten/Soldat/NOUN standen/stehen/VERB")
    assert at(t, "Wall").article == "der"


def test_noun_and_adjectival_noun_of_one_lemma_the_phrase_decides() -> None:
    # "viele Deutsche": people, plural, no gender (not der/die, not das Deutsche)
    t = table(
        "Viele/viel/DET Deutsche/Deutsche/NOUN leben/leben/VERB im/in/ADP Ausland/Ausland/NOUN"
    )
    f = at(t, "Deutsche")
    assert f.shown["Number"] == ("Plur",) and "Gender" not in f.shown
    # bare, too: the language would need its article ("das Deutsche")
    t = table(
        "Er/er/PRON beobachtete/beobachten/VERB Deutsche/Deutsche/NOUN am/an/ADP Steuer/x/NOUN"
    )
    f = at(t, "Deutsche")
    assert "Gender" not in f.shown and f.article != "das"
    # the article shows the neuter singular: the language
    t = table("Das/der/DET Deutsche/Deutsche/NOUN ist/sein/AUX schwer/schwer/ADJ")
    f = at(t, "Deutsche")
    assert (f.article, f.shown["Gender"]) == ("das", ("Neut",))
    # where the noun and the adjectival noun both fit, neither gender is shown ("Die
    # Weisen": the wise men or die Weise)
    t = table("Die/der/DET Weisen/Weise/NOUN wollen/wollen/VERB vorstellen/vorstellen/VERB")
    f = at(t, "Weisen")
    assert f.shown["Number"] == ("Plur",) and "Gender" not in f.shown


def test_adjective_as_noun_after_an_article_of_two_genders_shows_both() -> None:
    # "im Allgemeinen": dative singular, masculine or neuter (not a guessed "der")
    t = table("Im/in/ADP Allgemeinen/allgemein/NOUN ist/sein/AUX das/der/PRON so/so/ADV")
    f = at(t, "Allgemeinen")
    assert (f.article, f.shown["Gender"]) == ("der/das", ("Masc", "Neut"))
    # one gender where the article shows it
    t = table("Er/er/PRON liebt/lieben/VERB das/der/DET Neue/neu/NOUN")
    assert at(t, "Neue").article == "das"


def test_a_noun_in_the_singular_beside_an_adjectival_plural_keeps_its_gender() -> None:
    # "auf andere Weise": die Weise; the adjectival noun's bare plural (other wise people)
    # shows no gender and does not open the noun's
    t = table("Sie/sie/PRON kämpfen/kämpfen/VERB auf/auf/ADP andere/anderer/DET Weise/Weise/NOUN")
    weise = at(t, "Weise")
    assert weise.article == "die" and weise.shown["Gender"] == ("Fem",)
    # counterexamples: only plural cells fit ("Die Weisen": die Weisen or the wise men),
    # a phrase only the adjectival noun fits ("Der Weise": the wise man)
    t = table("Die/der/DET Weisen/Weise/NOUN kamen/kommen/VERB ././PUNCT")
    assert at(t, "Weisen").article != "die"
    t = table("Der/der/DET Weise/Weise/NOUN lachte/lachen/VERB ././PUNCT")
    assert at(t, "Weise").article == "der"
    # the clause asks for the plural: "Gute Weise kamen" (good wise people) stays plural
    t = table("Gute/gut/ADJ Weise/Weise/NOUN kamen/kommen/VERB ././PUNCT")
    assert at(t, "Weise").shown["Number"] == ("Plur",) and at(t, "Weise").article != "die"


def test_an_adjective_used_as_a_noun_takes_the_gender_of_its_article() -> None:
    # "Der Sonderbare": sonderbar used as a noun, a man (not "Sonder" + das Bare, cash)
    for article, gender in (("Der", "der"), ("Die", "die"), ("Das", "das")):
        t = table(f"{article}/der/DET Sonderbare/Sonderbare/NOUN lachte/lachen/VERB ././PUNCT")
        assert at(t, "Sonderbare").article == gender
    t = table("Ein/ein/DET Sonderbarer/Sonderbare/NOUN lachte/lachen/VERB ././PUNCT")
    assert at(t, "Sonderbarer").article == "der"
    # an adjectival noun the table lists as a person ("der Unbekannte") is a thing after
    # "das" ("Das Unbekannte lockt": the unknown); the table's gender where it fits
    t = table("Das/der/DET Unbekannte/Unbekannte/NOUN lockt/locken/VERB ././PUNCT")
    assert at(t, "Unbekannte").article == "das"
    t = table("Der/der/DET Unbekannte/Unbekannte/NOUN floh/fliehen/VERB ././PUNCT")
    assert at(t, "Unbekannte").article == "der"
    t = table("Sie/sie/PRON half/helfen/VERB dem/der/DET Unbekannten/Unbekannte/NOUN")
    assert at(t, "Unbekannten").article == "der"
    # counterexample: a compound with an adjectival noun as its head keeps the head's
    # reading where it fits ("dem Hauptverantwortlichen": der, not der/das)
    t = table(
        "Sie/sie/PRON half/helfen/VERB dem/der/DET Hauptverantwortlichen/Hauptverantwortliche/NOUN"
    )
    assert at(t, "Hauptverantwortlichen").article == "der"


def test_bare_superlative_used_as_adverb_has_no_degree() -> None:
    # "längst", "meist": adverbs of their own; the adverb's superlative is "am …sten"
    t = table(
        "Das/der/DET ist/sein/AUX noch/noch/ADV längst/längst/ADV nicht/nicht/PART"
        " entschieden/entscheiden/VERB ././PUNCT"
    )
    assert "Degree" not in at(t, "längst").shown
    t = table("Sie/sie/PRON lief/laufen/VERB am/an/ADP schnellsten/schnell/ADV ././PUNCT")
    assert at(t, "schnellsten").shown.get("Degree") == ("Sup",)
    t = table(
        "Die/der/DET Preise/Preis/NOUN sind/sein/AUX deutlich/deutlich/ADV gestiegen/steigen/VERB"
    )
    assert at(t, "deutlich").shown.get("Degree") == ("Pos",)


def test_adverbs_and_possessives_tagged_as_adjectives_show_no_degree() -> None:
    t = table(
        "Er/er/PRON war/sein/AUX als/als/ADP Bote/Bote/NOUN unterwegs/unterwegs/ADJ ././PUNCT"
    )
    assert "Degree" not in at(t, "unterwegs").shown
    t = table(
        "die/der/DET Geschichte/Geschichte/NOUN unseres/unser/ADJ Vereins/Verein/NOUN ././PUNCT"
    )
    f = at(t, "unseres")
    assert "Degree" not in f.shown and f.shown.get("Case") == ("Gen",)
    # an adjective used as an adverb keeps its degree
    t = table("Er/er/PRON kam/kommen/VERB frühzeitig/frühzeitig/ADJ ././PUNCT")
    assert at(t, "frühzeitig").shown.get("Degree") == ("Pos",)


def test_adverbs_that_ding_lists_among_adjectives_show_no_degree() -> None:
    """Tagged as adverbs, words Ding's adjective table lists but that never inflect
    ("noch", "sofort", "genug") show no degree; adjectives used as adverbs keep it."""
    t = table(
        "Sie/sie/PRON kam/kommen/VERB sofort/sofort/ADV und/und/CCONJ blieb/bleiben/VERB"
        " noch/noch/ADV besonders/besonders/ADV lange/lange/ADV ././PUNCT"
    )
    for word in ("sofort", "noch", "besonders"):
        assert "Degree" not in at(t, word).shown, word
    t = table(
        "Die/der/DET Preise/Preis/NOUN sind/sein/AUX deutlich/deutlich/ADV und/und/CCONJ"
        " voraussichtlich/voraussichtlich/ADV teuer/teuer/ADV gestiegen/steigen/VERB ././PUNCT"
    )
    for word in ("deutlich", "voraussichtlich", "teuer"):
        assert at(t, word).shown.get("Degree") == ("Pos",), word
    t = table("Er/er/PRON läuft/laufen/VERB schneller/schnell/ADV ././PUNCT")
    assert at(t, "schneller").shown.get("Degree") == ("Cmp",)


def test_quantifiers_inflected_like_adjectives_show_no_degree() -> None:
    t = table(
        "Mancher/manch/NOUN Familienbetrieb/Familienbetrieb/NOUN hat/haben/AUX ein/ein/DET"
        " paar/paar/ADJ Sorgen/Sorge/NOUN ././PUNCT"
    )
    assert "Degree" not in at(t, "Mancher").shown
    assert "Degree" not in at(t, "paar").shown
    t = table(
        "Kleiner/klein/ADJ Familienbetrieb/Familienbetrieb/NOUN hat/haben/AUX große/groß/ADJ"
        " Sorgen/Sorge/NOUN ././PUNCT"
    )
    assert at(t, "Kleiner").shown.get("Degree") == ("Pos",)
    assert at(t, "große").shown.get("Degree") == ("Pos",)


def _paragraph(*sentences: str) -> TokenTable:
    """Sentences of one paragraph: offsets one space apart (``table`` puts none)."""
    t = table(*sentences)
    starts = [2 * k for k in range(len(t.texts))]
    ends = [s + 1 for s in starts]
    return TokenTable(starts, ends, t.texts, t.lemmas, t.tags, t.morphs, t.sentence_ids)


def test_past_form_in_continued_reported_speech_is_past_or_konjunktiv_ii() -> None:
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Erste/erst/ADJ Gespräche/Gespräch/NOUN liefen/laufen/VERB bereits/bereits/ADV ././PUNCT",
    )
    f = at(t, "liefen")
    assert f.shown["Mood"] == ("Ind", "Sub") and f.shown["Tense"] == ("Past",)
    assert "reported speech" in f.explanation
    # without a subjunctive before it, the past stays the past
    t = _paragraph(
        "Er/er/PRON sah/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Erste/erst/ADJ Gespräche/Gespräch/NOUN liefen/laufen/VERB bereits/bereits/ADV ././PUNCT",
    )
    assert at(t, "liefen").shown["Mood"] == ("Ind",)
    # the attribution after the comma is indicative: ", sagte er."
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Das/der/DET sei/sein/AUX gut/gut/ADJ ,/,/PUNCT sagte/sagen/VERB er/er/PRON ././PUNCT",
    )
    assert at(t, "sagte").shown["Mood"] == ("Ind",)
    # the verb that opens what it reports is the narrative's: "Er sagte, …", "Dann betonte sie: …"
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Er/er/PRON sagte/sagen/VERB ,/,/PUNCT das/der/PRON passe/passen/VERB ././PUNCT",
    )
    assert at(t, "sagte").shown["Mood"] == ("Ind",)
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Dann/dann/ADV betonte/betonen/VERB sie/sie/PRON :/:/PUNCT Hilfe/Hilfe/NOUN "
        "komme/kommen/VERB ././PUNCT",
    )
    assert at(t, "betonte").shown["Mood"] == ("Ind",)
    # an adverb before the comma is no subject: "liefen bereits, hieß es" stays both
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Gespräche/Gespräch/NOUN liefen/laufen/VERB bereits/bereits/ADV ,/,/PUNCT "
        "hieß/heißen/VERB es/es/PRON ././PUNCT",
    )
    assert at(t, "liefen").shown["Mood"] == ("Ind", "Sub")
    # a sentence of its own paragraph is not read as continued reported speech
    t = _paragraph(
        "Er/er/PRON sehe/sehen/VERB Chancen/Chance/NOUN ././PUNCT",
        "Erste/erst/ADJ Gespräche/Gespräch/NOUN liefen/laufen/VERB bereits/bereits/ADV ././PUNCT",
    )
    starts = [s + (10 if k >= 4 else 0) for k, s in enumerate(t.starts)]
    ends = [s + 1 for s in starts]
    t = TokenTable(starts, ends, t.texts, t.lemmas, t.tags, t.morphs, t.sentence_ids)
    assert at(t, "liefen").shown["Mood"] == ("Ind",)


def test_plural_of_the_gender_shown() -> None:
    # the table lists die Haft (no plural) and der Haft (Hafte); der Band, das Band
    t = table("Er/er/PRON kam/kommen/VERB aus/aus/ADP der/der/DET Haft/Haft/NOUN ././PUNCT")
    f = at(t, "Haft")
    assert f.article == "die" and f.plural is None
    t = table("Der/der/DET erste/erst/ADJ Band/Band/NOUN erschien/erscheinen/VERB ././PUNCT")
    assert at(t, "Band").article == "der" and at(t, "Band").plural == "Bände"
    t = table("Das/der/DET Band/Band/NOUN war/sein/AUX rot/rot/ADJ ././PUNCT")
    assert at(t, "Band").plural == "Bänder"


def test_sentence_rules_stay_linear_in_a_long_sentence() -> None:
    # the reported-speech and "du"/"ihr" checks read a sentence once, not once per word:
    # four times the words cost about four times the time (a quadratic walk: sixteen)
    import time

    from app.morphology.engine import _continues_reported_speech
    from app.morphology.tagging import _second_person_without_pronoun

    words = "Er/er/PRON sehe/sehen/VERB längst/längst/ADV Chancen/Chance/NOUN und/und/CCONJ "

    def cost(n: int) -> float:
        t = _paragraph("Er/er/PRON sehe/sehen/VERB ././PUNCT", words * n + "././PUNCT")
        second = frozenset({("Fin", "Ind", "Pres", "2", "Sing")})
        best = float("inf")
        for _ in range(3):
            t = TokenTable(t.starts, t.ends, t.texts, t.lemmas, t.tags, t.morphs, t.sentence_ids)
            begin = time.process_time()
            for i in range(3, len(t)):
                _continues_reported_speech(t, i)
                _second_person_without_pronoun(t, i, second)
            best = min(best, time.process_time() - begin)
        return best

    assert cost(2000) < 9 * max(cost(500), 1e-3)


def test_weniger_before_a_noun_is_the_comparative() -> None:
    t = table(
        "Die/der/DET Stadt/Stadt/NOUN hat/haben/AUX weniger/wenig/ADJ Spielraum/Spielraum/NOUN"
        " und/und/CCONJ wenige/wenig/ADJ Freunde/Freund/NOUN ././PUNCT"
    )
    assert at(t, "weniger").shown == {"Degree": ("Cmp",)}
    assert at(t, "wenige").shown.get("Degree") == ("Pos",)  # plural "wenige": positive
    t = table("Sie/sie/PRON hat/haben/AUX kleinere/klein/ADJ Sorgen/Sorge/NOUN ././PUNCT")
    assert at(t, "kleinere").shown.get("Degree") == ("Cmp",)
    # before a plural, "weniger" may be the genitive of "wenige": left to the ending
    t = table(
        "Innerhalb/innerhalb/ADP weniger/wenig/ADJ Stunden/Stunde/NOUN kam/kommen/VERB"
        " Geld/Geld/NOUN zusammen/zusammen/ADV ././PUNCT"
    )
    assert at(t, "weniger").shown.get("Degree") == ("Pos",)


def test_adjectival_noun_after_der_keeps_its_plural() -> None:
    """ "der Grünen" is the genitive plural (the party, the people) as well as the
    genitive of die Grüne: after an article both numbers stay; "auf andere Weise"
    without one is die Weise."""
    t = table(
        "Die/der/DET Sprecherin/Sprecherin/NOUN der/der/DET Grünen/Grüne/NOUN"
        " sprach/sprechen/VERB ././PUNCT"
    )
    assert "Plur" in at(t, "Grünen").shown.get("Number", ())
    t = table(
        "Sie/sie/PRON kam/kommen/VERB auf/auf/ADP andere/ander/ADJ Weise/Weise/NOUN ././PUNCT"
    )
    assert at(t, "Weise").shown.get("Number") == ("Sing",)


def test_adverb_in_the_middle_field_has_no_degree() -> None:
    t = table("Wir/wir/PRON bauen/bauen/VERB gerade/gerade/ADV wieder/wieder/ADV ././PUNCT")
    assert "Degree" not in at(t, "gerade").shown
    t = table(
        "Sie/sie/PRON muss/müssen/AUX endlich/endlich/ADV ihre/ihr/DET Akten/Akte/NOUN "
        "ordnen/ordnen/VERB ././PUNCT"
    )
    assert "Degree" not in at(t, "endlich").shown
    # counterexample: an adjective used as an adverb of manner at the clause's end
    t = table("Die/der/DET Preise/Preis/NOUN stiegen/steigen/VERB deutlich/deutlich/ADV ././PUNCT")
    assert at(t, "deutlich").shown.get("Degree") == ("Pos",)
    # counterexample: in the same position, an adjective German compares ("am leichtesten")
    t = table(
        "Das/der/DET Salz/Salz/NOUN löst/lösen/VERB sich/sich/PRON leicht/leicht/ADV "
        "im/in/ADP Wasser/Wasser/NOUN ././PUNCT"
    )
    assert at(t, "leicht").shown.get("Degree") == ("Pos",)


def test_adverb_without_comparison_last_after_the_verb() -> None:
    t = table("Der/der/DET Bus/Bus/NOUN kommt/kommen/VERB gleich/gleich/ADV ././PUNCT")
    assert "Degree" not in at(t, "gleich").shown
    # counterexample: a predicative adjective after a copula keeps its degree
    t = table("Die/der/DET Lage/Lage/NOUN bleibt/bleiben/VERB ernst/ernst/ADV ././PUNCT")
    assert at(t, "ernst").shown.get("Degree") == ("Pos",)
    # counterexample: an adjective German compares, last after the verb
    t = table("Der/der/DET Kurs/Kurs/NOUN fiel/fallen/VERB deutlich/deutlich/ADV ././PUNCT")
    assert at(t, "deutlich").shown.get("Degree") == ("Pos",)


def test_split_particle_tagged_as_adjective_is_no_attribute() -> None:
    t = table(
        "Die/der/DET Teams/Team/NOUN trafen/aufeinandertreffen/VERB "
        "aufeinander/aufeinandertreffen/ADJ Foto/Foto/NOUN :/:/PUNCT"
    )
    assert at(t, "aufeinander").shown == {}
    assert at(t, "Foto").shown.get("Gender") != ("Fem",)


def test_common_singular_noun_before_the_rare_plural_the_pipeline_named() -> None:
    from app.morphology.nouns import read_noun

    assert read_noun("Quelle", "Quell").lemma == "Quelle"
    t = table("Die/der/DET Halle/Hall/NOUN war/sein/AUX voll/voll/ADJ ././PUNCT")
    assert at(t, "Halle").lemma == "Halle" and at(t, "Halle").shown.get("Gender") == ("Fem",)
    # counterexample: a plural more common as the pipeline's lemma stays its plural
    assert read_noun("Rechte", "Recht").lemma == "Recht"
    assert read_noun("Montage", "Montag").lemma == "Montag"


def test_compound_head_plural_before_the_infinitive_noun() -> None:
    from app.morphology.nouns import read_noun

    assert read_noun("Beraterkreisen").lemma == "Beraterkreis"
    assert read_noun("Kartenspielen").lemma == "Kartenspiel"
    # counterexample: the infinitive noun far more common than the other lemma
    assert read_noun("Abendessen").lemma == "Abendessen"


def test_neuter_plural_tagged_as_name_is_a_common_noun() -> None:
    t = table(
        "Sie/sie/PRON sind/sein/AUX dabei/dabei/ADV ,/,/PUNCT die/der/PRON "
        "Programme/Programme/PROPN neu/neu/ADJ zu/zu/PART starten/starten/VERB ././PUNCT"
    )
    assert at(t, "Programme").lemma == "Programm"
    # counterexample: a place named after its people
    t = table("Er/er/PRON kommt/kommen/VERB aus/aus/ADP Polen/Polen/PROPN ././PUNCT")
    assert at(t, "Polen").lemma == "Polen"


def test_participial_clause_between_commas() -> None:
    t = table(
        "Die/der/DET Fans/Fan/NOUN kamen/kommen/VERB ,/,/PUNCT wie/wie/SCONJ "
        "besprochen/besprechen/VERB ,/,/PUNCT zum/zu/ADP Stadion/Stadion/NOUN ././PUNCT"
    )
    assert at(t, "besprochen").shown.get("VerbForm") == ("Part",)
    t = table(
        "Die/der/DET Runde/Runde/NOUN traf/treffen/VERB sich/sich/PRON ,/,/PUNCT "
        "per/per/ADP Telefon/Telefon/NOUN verabredet/verabreden/VERB ,/,/PUNCT "
        "im/in/ADP Park/Park/NOUN ././PUNCT"
    )
    assert at(t, "verabredet").shown.get("VerbForm") == ("Part",)
    # counterexample: a relative clause has its subject, the verb is finite
    t = table(
        "Das/der/DET ist/sein/AUX der/der/DET Klub/Klub/NOUN ,/,/PUNCT der/der/PRON "
        "sich/sich/PRON verabredet/verabreden/VERB ,/,/PUNCT sagte/sagen/VERB er/er/PRON "
        "././PUNCT"
    )
    assert at(t, "verabredet").shown.get("VerbForm") == ("Fin",)
    t = table(
        "Wir/wir/PRON reden/reden/VERB ,/,/PUNCT bevor/bevor/SCONJ etwas/etwas/DET "
        "passiert/passieren/VERB ././PUNCT"
    )
    assert at(t, "passiert").shown.get("VerbForm") == ("Fin",)


def test_participial_clause_opening_the_sentence_with_wie() -> None:
    t = table(
        "Wie/wie/SCONJ vermutet/vermuten/VERB ,/,/PUNCT fiel/fallen/VERB der/der/DET "
        "Zins/Zins/NOUN ././PUNCT"
    )
    assert at(t, "vermutet").shown.get("VerbForm") == ("Part",)
    # counterexample: a question with "wie" has its subject, the verb is finite
    t = table(
        "Wie/wie/ADV arbeitet/arbeiten/VERB man/man/PRON ,/,/PUNCT wenn/wenn/SCONJ "
        "es/es/PRON brennt/brennen/VERB ?/?/PUNCT"
    )
    assert at(t, "arbeitet").shown.get("VerbForm") == ("Fin",)


def test_participle_before_a_noun_after_a_colon_is_an_adjective() -> None:
    t = table(
        "Die/der/DET Polizei/Polizei/NOUN fand/finden/VERB Mängel/Mangel/NOUN :/:/PUNCT "
        "manipulierte/manipulieren/VERB Bremsen/Bremse/NOUN ,/,/PUNCT alte/alt/ADJ "
        "Reifen/Reifen/NOUN ././PUNCT"
    )
    assert at(t, "manipulierte").kind == "adjective"
    # counterexample: a question after a colon opens with its finite verb
    t = table(
        "Er/er/PRON fragte/fragen/VERB :/:/PUNCT kaufte/kaufen/VERB Anna/Anna/PROPN "
        "Blumen/Blume/NOUN ?/?/PUNCT"
    )
    assert at(t, "kaufte").shown.get("VerbForm") == ("Fin",)


# --------------------------------------------------------------------------- session 27


def test_first_name_before_a_surname_keeps_its_form() -> None:
    # "Andreas" before a surname that reads as a compound noun ("Holz" + der Mann) is no
    # genitive of "Andrea"
    t = table(
        "Stadtrat/Stadtrat/NOUN Andreas/Andreas/PROPN Holzmann/Holzmann/PROPN"
        " lehnte/ablehnen/VERB den/der/DET Antrag/Antrag/NOUN ab/ab/ADP ././PUNCT"
    )
    f = at(t, "Andreas")
    assert f.lemma == "Andreas" and f.shown.get("Case") != ("Gen",)
    # counterexample: the surname's genitive "-s" makes the whole name genitive
    t = table(
        "Andreas/Andreas/PROPN Holzmanns/Holzmanns/PROPN Antrag/Antrag/NOUN"
        " scheiterte/scheitern/VERB ././PUNCT"
    )
    f = at(t, "Andreas")
    assert f.lemma == "Andreas" and f.shown.get("Case") == ("Gen",)


def test_first_name_is_no_common_noun_of_its_form() -> None:
    t = table(
        "Der/der/DET Sprecher/Sprecher/NOUN Jochen/Jochen/PROPN von/von/ADP"
        " Kellermann/Kellermann/PROPN widersprach/widersprechen/VERB ././PUNCT"
    )
    f = at(t, "Jochen")
    assert f.lemma == "Jochen" and f.article is None and f.plural is None
    assert "Gender" not in f.shown and f.shown.get("Number") != ("Plur",)
    # counterexample: the common noun with its article (das Joch, dative plural)
    t = table(
        "Die/der/DET Ochsen/Ochse/NOUN gingen/gehen/VERB unter/unter/ADP den/der/DET"
        " Jochen/Joch/NOUN ././PUNCT"
    )
    assert at(t, "Jochen").lemma == "Joch"


def test_surname_after_a_name_particle_has_the_names_case() -> None:
    t = table(
        "Vorstand/Vorstand/NOUN Konrad/Konrad/PROPN von/von/ADP Weidenfeld/Weidenfeld/PROPN"
        " widersprach/widersprechen/VERB ././PUNCT"
    )
    f = at(t, "Weidenfeld")
    assert f.shown.get("Case") != ("Dat",)
    assert at(t, "Vorstand").shown.get("Case") == ("Nom",)
    # counterexamples: a preposition before the first name governs the whole name; "von"
    # after a common noun is a preposition
    t = table(
        "Sie/sie/PRON sprach/sprechen/VERB mit/mit/ADP Konrad/Konrad/PROPN von/von/ADP"
        " Weidenfeld/Weidenfeld/PROPN ././PUNCT"
    )
    assert at(t, "Weidenfeld").shown.get("Case") == ("Dat",)
    t = table(
        "Die/der/DET Rede/Rede/NOUN von/von/ADP Weidenfeld/Weidenfeld/PROPN"
        " war/sein/AUX kurz/kurz/ADJ ././PUNCT"
    )
    assert at(t, "Weidenfeld").shown.get("Case") == ("Dat",)
    # counterexample: a noun the table lists after "von" is governed by it, also right
    # after a first name ("sagt Jana von der Tafel", "Lisa von Montag bis Freitag")
    t = table(
        "Das/der/DET reicht/reichen/VERB ,/,/PUNCT sagt/sagen/VERB Jana/Jana/PROPN"
        " von/von/ADP der/der/DET Tafel/Tafel/NOUN ././PUNCT"
    )
    tafel = at(t, "Tafel")
    assert tafel.shown.get("Case") == ("Dat",) and tafel.article == "die"
    t = table(
        "Dort/dort/ADV arbeitet/arbeiten/VERB Lisa/Lisa/PROPN von/von/ADP"
        " Montag/Montag/PROPN bis/bis/ADP Freitag/Freitag/PROPN ././PUNCT"
    )
    assert at(t, "Montag").shown.get("Case") != ("Nom",)


def test_adverb_before_a_number_is_not_compared() -> None:
    t = table(
        "Es/es/PRON kamen/kommen/VERB rund/rund/ADV 300/300/NUM Gäste/Gast/NOUN und/und/CCONJ"
        " knapp/knapp/ADJ 20/20/NUM Kinder/Kind/NOUN ././PUNCT"
    )
    assert at(t, "rund").shown == {} and at(t, "knapp").shown == {}
    t = table(
        "Sie/sie/PRON sammelten/sammeln/VERB mehr/Mehr/NOUN als/als/CCONJ 500/500/NUM"
        " Stimmen/Stimme/NOUN ././PUNCT"
    )
    mehr = at(t, "mehr")
    assert mehr.shown == {} and mehr.article is None
    t = table(
        "Der/der/DET Gewinn/Gewinn/NOUN sank/sinken/VERB um/um/ADP mehr/Mehr/ADJ als/als/CCONJ"
        " ein/ein/DET Viertel/Viertel/NOUN ././PUNCT"
    )
    assert at(t, "mehr").shown == {} and at(t, "mehr").article is None
    # counterexample: the adjective without a number
    t = table("Der/der/DET Tisch/Tisch/NOUN ist/sein/AUX rund/rund/ADJ ././PUNCT")
    assert at(t, "rund").shown == {"Degree": ("Pos",)}


def test_adverbs_have_no_number_or_degree() -> None:
    t = table("Besonders/Besonders/PROPN laut/laut/ADJ war/sein/AUX es/es/PRON ././PUNCT")
    f = at(t, "Besonders")
    assert f.shown == {} and f.lemma == "besonders"
    t = table("Die/der/DET Kinder/Kind/NOUN schlafen/schlafen/VERB tagsüber/tagsüber/ADJ ././PUNCT")
    assert at(t, "tagsüber").shown == {}
    # counterexamples: a surname opening the sentence, an adjective of manner
    t = table("Klein/Klein/PROPN sagte/sagen/VERB nichts/nichts/PRON ././PUNCT")
    assert at(t, "Klein").shown.get("Number") == ("Sing",)
    t = table("Die/der/DET Kinder/Kind/NOUN schlafen/schlafen/VERB ruhig/ruhig/ADJ ././PUNCT")
    assert at(t, "ruhig").shown == {"Degree": ("Pos",)}


def test_participle_opening_the_sentence_before_its_verb() -> None:
    t = table(
        "Betroffen/betreffen/NOUN sind/sein/AUX vor/vor/ADP allem/alle/DET Kinder/Kind/NOUN"
        " ././PUNCT"
    )
    f = at(t, "Betroffen")
    assert f.shown == {} and f.lemma == "betroffen"


def test_modal_with_an_infinitive_is_the_finite_verb() -> None:
    t = table(
        "Bis/bis/ADP Ende/Ende/NOUN 2030/2030/NUM sollen/sollen/AUX die/der/DET"
        " Mieten/Miete/NOUN deutlich/deutlich/ADV steigen/steigen/VERB ././PUNCT"
    )
    assert at(t, "sollen").shown["VerbForm"] == ("Fin",)
    assert at(t, "steigen").shown == {"VerbForm": ("Inf",)}
    t = table(
        "Mehr/mehr/ADV als/als/CCONJ 90/90/NUM Bäume/Baum/NOUN sollen/sollen/AUX"
        " gefällt/fällen/VERB worden/werden/AUX sein/sein/AUX ././PUNCT"
    )
    assert at(t, "sollen").shown["VerbForm"] == ("Fin",)
    # counterexample: with a third verb ("werden" is the finite one) nothing is forced
    t = table(
        "Die/der/DET Mieten/Miete/NOUN werden/werden/AUX steigen/steigen/VERB"
        " müssen/müssen/AUX ././PUNCT"
    )
    assert at(t, "werden").shown["VerbForm"] == ("Fin",)
    assert at(t, "müssen").shown == {"VerbForm": ("Inf",)}
    t = table(
        "Die/der/DET Bauern/Bauer/NOUN werden/werden/AUX sich/sich/PRON"
        " dagegen/dagegen/ADV wehren/wehren/VERB müssen/müssen/AUX ././PUNCT"
    )
    assert at(t, "werden").shown["VerbForm"] == ("Fin",)
    assert at(t, "müssen").shown == {"VerbForm": ("Inf",)}


def test_adverb_lange_is_no_subjunctive_of_langen() -> None:
    t = table("Wir/wir/PRON haben/haben/AUX lange/lange/ADV gewartet/warten/VERB ././PUNCT")
    assert "VerbForm" not in at(t, "lange").shown
    # counterexample: a Konjunktiv I that is no adjective's form stays the verb
    t = table("Das/der/PRON gebe/geben/ADV es/es/PRON nicht/nicht/PART ././PUNCT")
    assert at(t, "gebe").shown.get("Mood") == ("Sub",)


def test_capitalised_adjective_of_a_title_before_its_noun() -> None:
    t = table(
        "Die/der/DET Vorsitzende/Vorsitzende/NOUN Richterin/Richterin/NOUN"
        " verlas/verlesen/VERB das/der/DET Urteil/Urteil/NOUN ././PUNCT"
    )
    f = at(t, "Vorsitzende")
    assert f.lemma == "vorsitzend" and f.pos == "ADJ" and f.article is None
    t = table("Giftiger/giftig/NOUN Schlamm/Schlamm/PROPN in/in/ADP Weiher/Weiher/NOUN")
    assert at(t, "Giftiger").lemma == "giftig" and at(t, "Giftiger").article is None
    # counterexamples: a surname after the title; a noun and its object that disagree
    t = table(
        "Der/der/DET Vorsitzende/Vorsitzende/NOUN Hollbach/Hollbach/PROPN"
        " schwieg/schweigen/VERB ././PUNCT"
    )
    assert at(t, "Vorsitzende").article == "der"
    t = table(
        "Sie/sie/PRON boten/bieten/VERB den/der/DET Betroffenen/Betroffene/NOUN"
        " Hilfe/Hilfe/NOUN an/an/ADP ././PUNCT"
    )
    assert at(t, "Betroffenen").pos == "NOUN"
    # counterexample: a dative with no preposition is an indirect object, the next noun
    # (neuter, singular: it would agree) another object
    t = table(
        "Helfer/Helfer/NOUN brachten/bringen/VERB dem/der/DET Obdachlosen/Obdachlose/NOUN"
        " Geld/Geld/NOUN ././PUNCT"
    )
    assert at(t, "Obdachlosen").pos == "NOUN"
    t = table(
        "Sie/sie/PRON sprach/sprechen/VERB mit/mit/ADP dem/der/DET"
        " Vorsitzenden/Vorsitzende/NOUN Richter/Richter/NOUN ././PUNCT"
    )
    assert at(t, "Vorsitzenden").pos == "ADJ"


def test_lexicalised_participle_with_sein_and_its_preposition() -> None:
    t = table(
        "Viele/viel/DET Vereine/Verein/NOUN sind/sein/AUX auf/auf/ADP Spenden/Spende/NOUN"
        " angewiesen/anweisen/VERB ././PUNCT"
    )
    f = at(t, "angewiesen")
    assert f.lemma == "angewiesen" and f.pos == "ADJ"
    # counterexample: instructed (anweisen), no "auf"
    t = table(
        "Sie/sie/PRON wurden/werden/AUX angewiesen/anweisen/VERB ,/,/PUNCT zu/zu/PART"
        " schweigen/schweigen/VERB ././PUNCT"
    )
    assert at(t, "angewiesen").lemma == "anweisen"


def test_adverb_with_an_adjective_ending_is_the_adverb_itself() -> None:
    t = table("Sie/sie/PRON hat/haben/AUX lange/lange/ADV geschlafen/schlafen/VERB ././PUNCT")
    f = at(t, "lange")
    assert f.lemma == "lange" and f.shown == {}
    # counterexample: the uninflected adjective used as an adverb keeps its degree
    t = table("Sie/sie/PRON hat/haben/AUX ruhig/ruhig/ADV geschlafen/schlafen/VERB ././PUNCT")
    assert at(t, "ruhig").shown == {"Degree": ("Pos",)}


# ------------------------------------------------- session 28 (morph11): participle or finite


def test_weak_participle_of_a_verb_the_table_conjugates_strongly() -> None:
    """ "gehängt" (hängen, transitive, weak) is the participle the perfect takes, not
    a present form of a verb "gehängen" built from the prefix "ge-"."""
    t = table(
        "Sie/sie/PRON habe/haben/AUX die/der/DET Fotos/Foto/NOUN schief/schief/ADV "
        "gehängt/hängen/VERB ././PUNCT"
    )
    f = at(t, "gehängt")
    assert f.shown.get("VerbForm") == ("Part",) and "Person" not in f.shown
    assert f.lemma == "hängen"


def test_second_subordinate_clause_after_und_has_its_own_finite_verb() -> None:
    """ "…, wie genau die Malerin beobachtet und wie lange sie arbeitet": "und wie"
    opens a second clause, so "beobachtet" is the first one's finite verb."""
    t = table(
        "Man/man/PRON sieht/sehen/VERB ,/,/PUNCT wie/wie/CCONJ genau/genau/ADJ "
        "die/der/DET Malerin/Malerin/NOUN beobachtet/beobachten/VERB und/und/CCONJ "
        "wie/wie/CCONJ lange/lange/ADV sie/sie/PRON arbeitet/arbeiten/VERB ././PUNCT"
    )
    f = at(t, "beobachtet")
    assert f.shown.get("VerbForm") == ("Fin",) and f.shown.get("Person") == ("3",)
    assert f.shown.get("Tense") == ("Pres",)


def test_headline_participle_after_a_plural_noun() -> None:
    """A headline's "Straßen überflutet": the 3rd person singular has no plural
    subject, so the form is the participle; with a noun that may be singular the
    finite reading stays ("Der Fluss überflutet.")."""
    t = table(
        "Sturm/Sturm/NOUN im/in/ADP Norden/Norden/NOUN :/:/PUNCT Wiesen/Wiese/NOUN "
        "überflutet/überfluten/VERB ,/,/PUNCT Zug/Zug/NOUN gestoppt/stoppen/VERB"
    )
    f = at(t, "überflutet")
    assert f.shown.get("VerbForm") == ("Part",) and "Person" not in f.shown
    t = table("Der/der/DET Fluss/Fluss/NOUN überflutet/überfluten/VERB ././PUNCT")
    assert at(t, "überflutet").shown.get("VerbForm") == ("Fin",)


def test_participle_phrase_after_a_noun_between_commas() -> None:
    """ "Rund 300 Helfer, unterstützt von der Feuerwehr, waren …": the clause the
    phrase interrupts gets its verb after it; after a past tense the present form
    is the participle ("kam am Morgen, begleitet von …"); after a present tense it may
    be a second finite verb, so neither is shown; a subject after it keeps it finite."""
    t = table(
        "Rund/rund/ADV 300/300/NUM Helfer/Helfer/NOUN ,/,/PUNCT unterstützt/unterstützen/VERB "
        "von/von/ADP der/der/DET Feuerwehr/Feuerwehr/NOUN ,/,/PUNCT waren/sein/AUX "
        "im/in/ADP Einsatz/Einsatz/NOUN ././PUNCT"
    )
    assert at(t, "unterstützt").shown.get("VerbForm") == ("Part",)
    t = table(
        "Die/der/DET Polizei/Polizei/NOUN kam/kommen/VERB am/an/ADP Abend/Abend/NOUN "
        ",/,/PUNCT unterstützt/unterstützen/VERB von/von/ADP Hundestaffeln/Hundestaffel/NOUN "
        "././PUNCT"
    )
    assert at(t, "unterstützt").shown.get("VerbForm") == ("Part",)
    t = table(
        "Der/der/DET Verein/Verein/NOUN sammelt/sammeln/VERB Geld/Geld/NOUN ,/,/PUNCT "
        "investiert/investieren/VERB in/in/ADP Schulen/Schule/NOUN ././PUNCT"
    )
    assert at(t, "investiert").shown == {}
    t = table(
        "Wenn/wenn/SCONJ es/es/PRON regnet/regnen/VERB ,/,/PUNCT überflutet/überfluten/VERB "
        "der/der/DET Bach/Bach/NOUN die/der/DET Wiese/Wiese/NOUN ././PUNCT"
    )
    assert at(t, "überflutet").shown.get("VerbForm") == ("Fin",)


def test_participle_between_two_amounts() -> None:
    """ "Die Karte kostet 20 Euro, ermäßigt 15 Euro": a plural amount is no subject of
    a singular verb; the participle of the elliptic second price."""
    t = table(
        "Die/der/DET Karte/Karte/NOUN kostet/kosten/VERB 20/20/NUM Euro/Euro/NOUN ,/,/PUNCT "
        "ermäßigt/ermäßigen/VERB 15/15/NUM Euro/Euro/NOUN ././PUNCT"
    )
    f = at(t, "ermäßigt")
    assert f.shown.get("VerbForm") == ("Part",) and "Person" not in f.shown


def test_participle_put_first_before_its_auxiliary() -> None:
    """ "Gestärkt wurde die Abwehr durch …": the capitalised participle before "wurde"
    is the passive's participle, not a name or a noun."""
    t = table(
        "Gestärkt/stärken/PROPN wurde/werden/AUX die/der/DET Abwehr/Abwehr/NOUN "
        "durch/durch/ADP Neuzugänge/Neuzugang/NOUN ././PUNCT"
    )
    f = at(t, "Gestärkt")
    assert f.shown.get("VerbForm") == ("Part",) and "Case" not in f.shown
    assert f.lemma == "stärken"
    # a noun of the table before "wird" stays a noun
    t = table("Hilfe/Hilfe/NOUN wird/werden/AUX gebraucht/brauchen/VERB ././PUNCT")
    assert "VerbForm" not in at(t, "Hilfe").shown


# ------------------------------------------------- session 28 (morph11): no degree


def test_ordinals_have_no_degree() -> None:
    t = table(
        "Er/er/PRON holte/holen/VERB seine/sein/DET zwölfte/zwölfte/ADJ "
        "Medaille/Medaille/NOUN im/in/ADP dritten/dritt/ADJ Jahr/Jahr/NOUN ././PUNCT"
    )
    assert "Degree" not in at(t, "zwölfte").shown
    f = at(t, "dritten")
    assert "Degree" not in f.shown and f.shown.get("Case") == ("Dat",)


def test_adverbs_by_their_ending_have_no_degree() -> None:
    t = table(
        "Die/der/DET Halle/Halle/NOUN war/sein/AUX stellenweise/stellenweise/ADV "
        "nass/nass/ADJ ,/,/PUNCT man/man/PRON müsse/müssen/AUX notfalls/notfalls/ADV "
        "schließen/schließen/VERB ././PUNCT"
    )
    assert "Degree" not in at(t, "stellenweise").shown
    assert "Degree" not in at(t, "notfalls").shown


def test_capitalised_adverb_in_weise_opening_a_sentence() -> None:
    """ "Stellenweise fielen Bäume um": an adverb by its ending before the verb in second
    place, not a compound noun "die Stellenweise"; a noun of the table stays one."""
    t = table(
        "Stellenweise/Stellenweise/NOUN fielen/fallen/VERB Bäume/Baum/NOUN um/um/ADP ././PUNCT"
    )
    f = at(t, "Stellenweise")
    assert f.pos == "ADV" and not f.shown and f.article is None
    t = table("Indessen/Indessen/NOUN wächst/wachsen/VERB die/der/DET Sorge/Sorge/NOUN ././PUNCT")
    assert at(t, "Indessen").pos == "ADV"


def test_pronoun_and_split_particle_have_no_degree() -> None:
    t = table(
        "Gerettet/retten/VERB wurde/werden/AUX zum/zu/ADP Glück/Glück/NOUN jemand/jemand/ADJ "
        "././PUNCT"
    )
    assert "Degree" not in at(t, "jemand").shown
    t = table(
        "Die/der/DET Becken/Becken/NOUN liefen/volllaufen/VERB rasch/rasch/ADJ voll/volllaufen/ADJ "
        "././PUNCT"
    )
    assert at(t, "voll").shown == {}


def test_title_noun_tagged_adjective_before_a_first_name() -> None:
    """ "mit Torwart Jonas Weber": the role before the name is a noun (dative after
    "mit"), not an adjective with a degree."""
    t = table(
        "Er/er/PRON sprach/sprechen/VERB mit/mit/ADP Torwart/torwart/ADJ Jonas/Jonas/PROPN "
        "Weber/Weber/PROPN ././PUNCT"
    )
    f = at(t, "Torwart")
    assert "Degree" not in f.shown and f.article == "der"


def test_weitere_is_not_a_comparative_of_weit() -> None:
    """ "vor weiteren Schäden": weitere (additional) is not compared; with "als" after
    it, "weiter" is the comparative of weit ("eine weitere Strecke als …")."""
    t = table(
        "Sie/sie/PRON warnte/warnen/VERB vor/vor/ADP weiteren/weit/ADJ "
        "Schäden/Schaden/NOUN ././PUNCT"
    )
    f = at(t, "weiteren")
    assert "Degree" not in f.shown and f.lemma == "weiter"
    assert f.shown.get("Case") == ("Dat",)
    t = table(
        "Er/er/PRON lief/laufen/VERB eine/ein/DET weitere/weit/ADJ Strecke/Strecke/NOUN "
        "als/als/CCONJ sie/sie/PRON ././PUNCT"
    )
    assert at(t, "weitere").shown.get("Degree") == ("Cmp",)


def test_uninflected_comparative_before_an_adjective() -> None:
    """ "in höher gelegenen Dörfern": "höher" grades the participle after it (its
    ending differs), an uninflected comparative without case; two adjectives with
    one ending both agree with the noun ("großer alter Baum")."""
    t = table(
        "Anwohner/Anwohner/NOUN in/in/ADP tiefer/tief/ADJ gelegenen/gelegen/ADJ "
        "Straßen/Straße/NOUN sollen/sollen/AUX packen/packen/VERB ././PUNCT"
    )
    f = at(t, "tiefer")
    assert f.shown == {"Degree": ("Cmp",)}
    t = table("Ein/ein/DET großer/groß/ADJ alter/alt/ADJ Baum/Baum/NOUN fiel/fallen/VERB ././PUNCT")
    assert at(t, "großer").shown.get("Degree") == ("Pos",)


def test_past_form_after_a_konjunktiv_i_in_the_same_sentence() -> None:
    """ "Man müsse verhindern, dass die Länder den Plan stoppten": after a Konjunktiv I
    the past form may stand in for Konjunktiv I ("stoppen" looks indicative), so both
    moods are shown; after an indicative "sagte" it stays the past indicative."""
    t = table(
        "Man/man/PRON müsse/müssen/AUX verhindern/verhindern/VERB ,/,/PUNCT dass/dass/SCONJ "
        "die/der/DET Länder/Land/NOUN den/der/DET Plan/Plan/NOUN stoppten/stoppen/VERB "
        "././PUNCT"
    )
    assert at(t, "stoppten").shown.get("Mood") == ("Ind", "Sub")
    t = table(
        "Er/er/PRON sagte/sagen/VERB ,/,/PUNCT dass/dass/SCONJ die/der/DET Länder/Land/NOUN "
        "den/der/DET Plan/Plan/NOUN stoppten/stoppen/VERB ././PUNCT"
    )
    assert at(t, "stoppten").shown.get("Mood") == ("Ind",)


def test_parts_of_time_agree_with_forms_of_the_one_definite_article() -> None:
    # "die Ende September": "die" is a relative pronoun, no article of "Ende"; the forms
    # come from the lexicon's one list of definite articles
    assert set(_ARTICLES_OF_PART) == _PARTS_OF_TIME
    assert all(forms <= DEFINITE for forms in _ARTICLES_OF_PART.values())
    assert "die" not in _ARTICLES_OF_PART["Ende"] and "die" in _ARTICLES_OF_PART["Mitte"]
