"""Session 29 (morph29b): a capitalised first word before the verb whose small form is an
adverb is that adverb; an abbreviation in capitals the tagger called a verb is a name,
and so a conjunct of a coordinated subject. Made-up sentences, no dictionary: the
adverb question is answered by a small stand-in for it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.morphology import features, set_adverb_lookup
from app.morphology.engine import tags_of
from tests.morphology.test_engine import at, table

#: What the dictionary gives first for these words spelt small (Ding: "gestern {adv}",
#: "recht {adj}", "Angst {f}"); the stand-in knows no others.
ADVERBS_FIRST = frozenset({"gestern", "morgen", "abends", "nachts", "links", "rechts", "heute"})


@pytest.fixture
def adverbs() -> Iterator[None]:
    set_adverb_lookup(lambda word: word in ADVERBS_FIRST)
    yield
    set_adverb_lookup(None)


@pytest.mark.usefixtures("adverbs")
@pytest.mark.parametrize(
    "sentence",
    [
        "Gestern/Gestern/NOUN widersprachen/widersprechen/VERB die/der/DET Minister/Minister/NOUN",
        "Morgen/Morgen/NOUN beginnt/beginnen/VERB die/der/DET Messe/Messe/NOUN",
        "Abends/Abend/NOUN ist/sein/AUX es/es/PRON ruhig/ruhig/ADJ",
        "Nachts/Nachts/PROPN regnete/regnen/VERB es/es/PRON",
        "Links/Link/NOUN ist/sein/AUX die/der/DET Tür/Tür/NOUN",
        "Morgen/Morgen/NOUN ist/sein/AUX ein/ein/DET schöner/schön/ADJ Tag/Tag/NOUN",
        "Gestern/Gestern/NOUN Abend/Abend/PROPN kam/kommen/VERB es/es/PRON zum/zu/ADP"
        " Streit/Streit/NOUN",
    ],
)
def test_capitalised_adverb_before_the_verb_is_the_adverb(sentence: str) -> None:
    t = table(sentence + " ././PUNCT")
    assert tags_of(t)[0] == "ADV"
    first = features(t, 0)
    assert first.pos == "ADV" and not first.shown and first.lemma == t.texts[0].lower()


@pytest.mark.usefixtures("adverbs")
@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # an article: the noun ("Der Morgen begann kalt")
        ("Der/der/DET Morgen/Morgen/NOUN begann/beginnen/VERB kalt/kalt/ADJ", "Morgen"),
        # no finite verb after it: "Abend für Abend", "Morgen für Morgen"
        (
            "Abend/Abend/NOUN für/für/ADP Abend/Abend/NOUN kamen/kommen/VERB Gäste/Gast/NOUN",
            "Abend",
        ),
        ("Morgen/Morgen/NOUN für/für/ADP Morgen/Morgen/NOUN kam/kommen/VERB er/er/PRON", "Morgen"),
        # the small form is no adverb first (recht is an adjective first): the noun
        ("Recht/Recht/NOUN hat/haben/AUX er/er/PRON", "Recht"),
        # a bare plural may be the subject of a verb in the plural ("Links sind …")
        ("Links/Link/NOUN sind/sein/AUX oft/oft/ADV veraltet/veralten/VERB", "Links"),
        # inside the sentence a capitalised word is a noun
        (
            "Es/es/PRON war/sein/AUX ein/ein/DET Morgen/Morgen/NOUN wie/wie/ADV jeder/jeder/DET",
            "Morgen",
        ),
    ],
)
def test_real_nouns_stay_nouns(sentence: str, word: str) -> None:
    t = table(sentence + " ././PUNCT")
    assert tags_of(t)[t.texts.index(word)] == "NOUN"


def test_without_the_dictionary_nothing_changes() -> None:
    t = table(
        "Gestern/Gestern/NOUN widersprachen/widersprechen/VERB die/der/DET Minister/Minister/NOUN"
    )
    assert tags_of(t)[0] == "NOUN"


@pytest.mark.usefixtures("adverbs")
def test_the_subject_after_the_adverb_is_nominative() -> None:
    # "Morgen" no longer competes for the subject: die Messe is it
    t = table("Morgen/Morgen/NOUN beginnt/beginnen/VERB die/der/DET Messe/Messe/NOUN ././PUNCT")
    assert at(t, "Messe").shown["Case"] == ("Nom",)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Die/der/DET EU-Kommission/EU-Kommission/NOUN und/und/CCONJ die/der/DET"
            " NATO/NATO/VERB widersprachen/widersprechen/VERB ././PUNCT",
            "EU-Kommission",
            "NATO",
        ),
        (
            "Die/der/DET Feuerwehr/Feuerwehr/NOUN und/und/CCONJ das/der/DET DRK/DRK/ADV"
            " halfen/helfen/VERB den/der/DET Bewohnern/Bewohner/NOUN ././PUNCT",
            "Feuerwehr",
            "DRK",
        ),
        (
            "Die/der/DET Minister/Minister/NOUN und/und/CCONJ die/der/DET NATO/NATO/VERB"
            " lehnten/ablehnen/VERB den/der/DET Plan/Plan/NOUN ab/ab/ADP ././PUNCT",
            "Minister",
            "NATO",
        ),
    ],
)
def test_abbreviation_tagged_as_verb_is_a_conjunct_of_the_subject(
    sentence: str, first: str, second: str
) -> None:
    t = table(sentence)
    assert tags_of(t)[t.texts.index(second)] in ("NOUN", "PROPN")
    assert at(t, first).shown["Case"] == ("Nom",)
    assert at(t, second).shown.get("Case", ("Nom",)) == ("Nom",)


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        # capitals all around: shouting, not an abbreviation
        ("DIE/der/DET NATO/NATO/VERB WIDERSPRACH/widersprechen/VERB ././PUNCT", "NATO", "VERB"),
        # a Roman numeral is no abbreviation
        ("Papst/Papst/NOUN Leo/Leo/PROPN XIV/XIV/ADV sprach/sprechen/VERB ././PUNCT", "XIV", "ADV"),
    ],
)
def test_capitals_that_are_no_abbreviation_keep_their_tag(
    sentence: str, word: str, tag: str
) -> None:
    t = table(sentence)
    assert tags_of(t)[t.texts.index(word)] == tag
