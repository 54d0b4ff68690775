"""Session 34 (gloss34): a phrase whose "PREPOSITION sich" is missing from the sentence
is not matched; the spoken short adverbs ("rum": herum); "mehr" after a declined
"niemand"; a state participle whose preposition stands before coordinated nouns; the
verb a "sondern" part leaves out. Made-up sentences, whole pipeline: analysis, reading
layer, bundled dictionary; near misses where a rule must not fire."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # "PREPOSITION sich" of Ding's phrase missing: not the idiom
        ("Ich hätte für ihn die Hand ins Feuer gelegt.", "Hand", "Hand an sich legen"),
        ("Ich hätte für ihn die Hand ins Feuer gelegt.", "gelegt", "Hand an sich legen"),
        ("Sie legte die Hand auf den Tisch.", "Hand", "Hand an sich legen"),
        ("Der Minister nahm die Schuld für den Fehler.", "Schuld", "die Schuld auf sich nehmen"),
        ("Das Urteil zog eine lange Debatte nach.", "Debatte", "nach sich ziehen"),
        ("Das Gericht zog eine Strafe in Betracht.", "Strafe", "eine Strafe nach sich ziehen"),
        ("Die Firma will die Blicke der Kunden gewinnen.", "Blicke", "die Blicke auf sich"),
        ("Er behielt die Dinge im Blick.", "Dinge", "Dinge für sich behalten"),
    ],
)  # fmt: skip
def test_no_idiom_without_its_reflexive(text: str, word: str, wrong: str) -> None:
    glosses = card(text, word).glosses
    assert not any(g.startswith(wrong) for g in glosses), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # the reflexive there, in any person: the idiom stays
        ("Der Minister nahm die Schuld auf sich.", "Schuld", "die Schuld auf sich nehmen"),
        ("Wir nehmen die Schuld auf uns.", "Schuld", "die Schuld auf sich nehmen"),
        ("Das Urteil zog eine Strafe nach sich.", "Strafe", "eine Strafe nach sich ziehen"),
        ("Das Kleid zog die Blicke auf sich.", "Blicke", "die Blicke auf sich ziehen"),
    ],
)  # fmt: skip
def test_idiom_with_its_reflexive(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].startswith(first)


@pytest.mark.parametrize(
    ("text", "word", "lemma", "first"),
    [
        # spoken "rum" is herum (around), not the drink
        ("Dann stehe ich zwei Stunden im Hafen rum.", "rum", "herum", "around"),
        ("Die Kinder liefen im Garten rum.", "rum", "herum", "around"),
        ("Der Hund rannte ums Haus rum.", "rum", "herum", "around"),
        ("Er fragte überall rum, ob jemand helfen könne.", "rum", "", "around"),
        # near misses: the drink and the adverbs Ding has as they are
        ("Er trinkt gern Rum mit Cola.", "Rum", "Rum", "rum"),
        ("Der Rum kommt aus Jamaika.", "Rum", "Rum", "rum"),
        ("Dann gehen wir raus.", "raus", "raus", "out"),
        ("Die Preise gehen runter.", "runter", "runter", "down"),
    ],
)  # fmt: skip
def test_spoken_short_adverbs(text: str, word: str, lemma: str, first: str) -> None:
    got = card(text, word)
    assert got.glosses[0] == first, got.glosses
    assert not lemma or got.lemma == lemma


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Man kann niemandem mehr trauen.", "no longer"),
        ("Er hat niemanden mehr, der ihm hilft.", "no longer"),
        ("Es gibt keinerlei Hoffnung mehr.", "no longer"),
        # near misses: "mehr als", "mehr" before a noun, no negation
        ("Er hilft niemandem mehr als seiner Schwester.", "more"),
        ("Niemand hat mehr Geld als er.", "more"),
        ("Wir brauchen mehr Zeit.", "more"),
        ("Sie arbeitet mehr als früher.", "more"),
    ],
)  # fmt: skip
def test_no_longer_after_declined_niemand(text: str, first: str) -> None:
    assert card(text, "mehr").glosses[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the preposition before coordinated nouns is the state's
        ("Die Busse, auf die Pendler und Schüler angewiesen seien, fahren weiter.",
         "to rely on sb./sth."),
        ("Auf Busse und Bahnen sind viele Menschen angewiesen.", "to rely on sb./sth."),
        ("Viele Familien sind auf die Tafel angewiesen.", "to rely on sb./sth."),
    ],
)  # fmt: skip
def test_state_over_coordinated_nouns(text: str, first: str) -> None:
    assert card(text, "angewiesen").glosses[0] == first


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a passive, a clause joined by "und", no "sein"
        "Die Briefe wurden an Kunden und Händler angewiesen.",
        "Der Betrag wurde an die Bank angewiesen, und die Kunden sind froh.",
        "Die Bank hat das Geld an Kunden und Händler angewiesen.",
    ],
)
def test_no_state_without_sein_in_the_clause(text: str) -> None:
    assert card(text, "angewiesen").lemma == "anweisen"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the verb the "sondern" part leaves out
        ("Es geht mir nicht um die Summe, sondern darum, dass man niemandem trauen kann.",
         "um etw. gehen"),
        ("Es geht nicht um Geld, sondern darum, wer entscheidet.", "um etw. gehen"),
        ("Es geht darum, dass man niemandem trauen kann.", "um etw. gehen"),
    ],
)  # fmt: skip
def test_verb_left_out_after_sondern(text: str, first: str) -> None:
    assert card(text, "darum").glosses[0].startswith(first)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: "darum" with a verb of its own, or as "that's why"
        "Es regnet, darum bleiben wir zu Hause.",
        "Sie hat nicht gelacht, sondern darum gebeten, still zu sein.",
        "Er kam nicht wegen des Essens, sondern darum, weil er reden wollte.",
        "Nicht der Preis, sondern darum geht es.",
    ],
)
def test_no_elided_gehen(text: str) -> None:
    glosses = card(text, "darum").glosses
    assert not glosses[0].startswith("um etw. gehen"), glosses


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # near misses of every rule: the word keeps its own reading
        ("Sie legte ihm die Hand auf die Schulter.", "Hand", "Hand an sich legen"),
        ("Er hat die Hand gehoben.", "Hand", "Hand an sich legen"),
        ("Sie nahm die Schuld nicht an.", "Schuld", "die Schuld auf sich nehmen"),
        ("Die Schuld liegt bei der Stadt.", "Schuld", "die Schuld auf sich nehmen"),
        ("Sie hat die Kontrolle über den Wagen verloren.", "Kontrolle",
         "die Kontrolle über sich verlieren"),
        ("Wir trinken heute keinen Rum mehr.", "Rum", "around"),
        ("Die Rumflasche war leer.", "Rumflasche", "around"),
        ("Das Wasser ist rein.", "rein", "around"),
        ("Es gibt mehr Arbeit als früher.", "mehr", "no longer"),
        ("Keiner verdient mehr als der Chef.", "mehr", "no longer"),
        ("Er will nicht mehr Geld.", "mehr", "no longer"),
        ("Nie war mehr los als heute.", "mehr", "no longer"),
        ("Die Kasse hat den Betrag angewiesen.", "angewiesen", "to rely on sb./sth."),
        ("Die Bürger und Gäste sind angewiesen worden, zu warten.", "angewiesen",
         "to rely on sb./sth."),
        ("Das Geld wurde an Schulen und Kitas angewiesen.", "angewiesen", "to rely on sb./sth."),
        ("Es regnet nicht, sondern es schneit, darum bleiben wir.", "darum", "um etw. gehen"),
        ("Er fragte nicht nach dem Preis, sondern darum, weil er neugierig war.", "darum",
         "um etw. gehen"),
    ],
)  # fmt: skip
def test_near_misses_keep_their_reading(text: str, word: str, wrong: str) -> None:
    glosses = card(text, word).glosses
    assert not glosses or not glosses[0].startswith(wrong), glosses


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # the elided verb is the previous part's own: "bitten", not "gehen"
        ("Sie bat ihn nicht um Geld, sondern darum, zu bleiben.", "darum", "jdn. um etw. bitten"),
        ("Nicht heute, sondern morgen geht es darum.", "darum", "um etw. gehen"),
        ("Man kann niemandem mehr trauen.", "mehr", "no longer"),
    ],
)  # fmt: skip
def test_own_verb_and_negation(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0].startswith(first)
