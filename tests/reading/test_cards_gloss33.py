"""Session 33 (gloss33): "je" read by its next word (the correlative "je … desto", the
preposition "je" before a noun), "desto"/"umso" before a comparative, Ding's reflexive
lines ranked down in a clause without a reflexive pronoun, and a verb that keeps the
particle of its own clause. Made-up sentences, whole pipeline: analysis, reading layer,
bundled dictionary."""

from __future__ import annotations

import pytest

from tests.reading.test_cards_gloss26 import card


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        # "je" + comparative: the conjunction of the correlative
        ("Je weniger Personal da ist, desto länger warten die Patienten.", "Je", "the … the"),
        ("Je länger der Streit dauert, umso größer wird der Schaden.", "Je", "the … the"),
        ("Je früher die Bauarbeiten beginnen, desto billiger wird es.", "Je", "the … the"),
        ("Je älter die Leitungen sind, umso häufiger brechen sie.", "Je", "the … the"),
        ("Sie sagte, je höher die Preise steigen, desto lauter werde der Protest.", "je",
         "the … the"),
        # "je" + noun: per
        ("Die Miete steigt um zwei Euro je Quadratmeter.", "je", "per"),
        ("Die Bauern bekommen 45 Cent je Liter Milch.", "je", "per"),
        ("Der Eintritt kostet fünf Euro je Person.", "je", "per"),
        # "desto"/"umso" + comparative: all the
        ("Umso wichtiger sei es, jetzt zu handeln.", "Umso", "all the"),
        ("Die Lage ist ernst, umso dringender ist eine Lösung.", "umso", "all the"),
        ("Der Gewinn fiel umso höher aus.", "umso", "all the"),
        ("Es wird umso teurer, je länger wir warten.", "umso", "all the"),
        ("Es wird umso teurer, je länger wir warten.", "je", "the … the"),
        ("Je schneller die Hilfe kommt, desto besser.", "Je", "the … the"),
        ("Die Stadt gibt je Einwohner 300 Euro aus.", "je", "per"),
    ],
)  # fmt: skip
def test_je_and_umso_by_their_next_word(text: str, word: str, first: str) -> None:
    assert card(text, word).glosses[0] == first


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [
        # near misses: "je" before a number, an article, "zuvor"/"nach"; "umso" alone
        ("Die Windräder sind je 200 Meter hoch.", "je", ("the … the", "per")),
        ("Die Kinder bekamen je einen Apfel.", "je", ("the … the", "per")),
        ("Die Preise sind so hoch wie nie, höher als je zuvor.", "je", ("the … the", "per")),
        ("Die Preise schwanken je nach Region stark.", "je", ("the … the",)),
        ("Hat man so etwas je erlebt?", "je", ("the … the", "per")),
        ("Je nach Wetter fällt das Fest aus.", "Je", ("the … the",)),
        ("Die Preise stiegen je nach Anbieter unterschiedlich.", "je", ("the … the", "per")),
        # a positive in -er after "je" is no comparative ("sicher", "bitter", "ander")
        ("Die Lage ist je sicher geblieben.", "je", ("the … the",)),
    ],
)  # fmt: skip
def test_je_near_misses(text: str, word: str, wrong: tuple[str, ...]) -> None:
    glosses = card(text, word).glosses
    assert not glosses or glosses[0] not in wrong, glosses


@pytest.mark.parametrize(
    ("text", "word", "not_first"),
    [
        # no reflexive pronoun in the clause: not "sich rechnen :: to pay off"
        ("Wir haben lange gerechnet und diskutiert.", "gerechnet", "paid off"),
        ("Die Schüler rechnen im Unterricht mit Brüchen.", "rechnen", "to pay off"),
        ("Die Behörde hat die Daten neu gerechnet.", "gerechnet", "paid off"),
    ],
)  # fmt: skip
def test_no_reflexive_lines_without_a_reflexive(text: str, word: str, not_first: str) -> None:
    glosses = card(text, word).glosses
    assert glosses and glosses[0] != not_first, glosses


@pytest.mark.parametrize(
    ("text", "word", "first_three"),
    [
        # near misses: the reflexive is there, of any person
        ("Die Investition rechnet sich schon nach fünf Jahren.", "rechnet", "pay off"),
        ("Das hat sich für die Firma gerechnet.", "gerechnet", "paid off"),
        ("Wir freuen uns auf den Sommer.", "freuen", "glad"),
        ("Ich erinnere mich gut an den Tag.", "erinnere", "remember"),
        ("Sie haben sich auf einen Kompromiss geeinigt.", "geeinigt", "agree"),
        ("Ihr habt euch gut vorbereitet.", "vorbereitet", "prepare oneself"),
        ("Er hat sich bei der Steuer verrechnet.", "verrechnet", "another think"),
        ("Die Lage hat sich verändert.", "verändert", "changed"),
        # the plain verb is unchanged
        ("Die Firma hat ihre Preise verändert.", "verändert", "altered"),
        ("Der Minister hat die Pläne vorgestellt.", "vorgestellt", "presented"),
        ("Er rechnet mit einer Einigung.", "rechnet", "reckon"),
        ("Die Firma hat die Kosten berechnet.", "berechnet", "calculat"),
    ],
)  # fmt: skip
def test_reflexive_near_misses(text: str, word: str, first_three: str) -> None:
    glosses = card(text, word).glosses
    assert any(first_three in gloss for gloss in glosses[:3]), glosses


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        # the verb keeps the particle of its own clause part; a later one of another
        # clause does not take it over
        ("Dann setzt der Regen ein, und die Gäste drängen sich unter dem Dach zusammen.",
         "setzt", "einsetzen"),
        ("Dann setzt der Regen ein, und die Gäste rücken unter dem Dach zusammen.",
         "setzt", "einsetzen"),
        ("Die Stadt stellt den Betrieb ein, und die Mitarbeiter packen ihre Sachen zusammen.",
         "stellt", "einstellen"),
        # near misses: one particle, one verb
        ("Die Teile setzt er später zusammen.", "setzt", "zusammensetzen"),
        ("Der Regen setzt am Abend ein.", "setzt", "einsetzen"),
        ("Die Gäste rücken unter dem Dach zusammen.", "rücken", "zusammenrücken"),
    ],
)  # fmt: skip
def test_a_verb_keeps_the_particle_of_its_clause(text: str, word: str, lemma: str) -> None:
    assert card(text, word).lemma.endswith(lemma)
