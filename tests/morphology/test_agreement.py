"""Determiner, adjective-ending and preposition tables."""

from __future__ import annotations

from app.morphology.agreement import (
    ADJECTIVE_ENDINGS,
    CONTRACTIONS,
    DETERMINERS,
    PREPOSITIONS,
    bundles_of_ending,
    cases_of,
)


def cells(word: str) -> set[tuple[str, str, str]]:
    return {(c, n, g) for c, n, g, _ in DETERMINERS[word]}


def test_definite_article() -> None:
    assert cells("der") == {
        ("Nom", "Sing", "Masc"), ("Gen", "Sing", "Fem"), ("Dat", "Sing", "Fem"), ("Gen", "Plur", "")
    }  # fmt: skip
    assert cells("den") == {("Acc", "Sing", "Masc"), ("Dat", "Plur", "")}
    assert cells("des") == {("Gen", "Sing", "Masc"), ("Gen", "Sing", "Neut")}


def test_ein_words() -> None:
    assert cells("ein") == {
        ("Nom", "Sing", "Masc"),
        ("Nom", "Sing", "Neut"),
        ("Acc", "Sing", "Neut"),
    }
    assert ("Nom", "Sing", "Masc") not in cells("keiner")  # "keiner" before a noun
    assert ("Dat", "Plur", "") in cells("keinen") and ("Dat", "Plur", "") not in cells("einen")
    assert cells("unsere") == cells("meine")


def test_adjective_endings() -> None:
    assert ADJECTIVE_ENDINGS[("none", "Nom", "Sing", "Masc")] == "er"  # guter Wein
    assert ADJECTIVE_ENDINGS[("def", "Nom", "Sing", "Masc")] == "e"  # der gute Wein
    assert ADJECTIVE_ENDINGS[("ind", "Nom", "Sing", "Masc")] == "er"  # ein guter Wein
    assert ADJECTIVE_ENDINGS[("ind", "Acc", "Sing", "Neut")] == "es"  # ein gutes Buch
    assert ADJECTIVE_ENDINGS[("def", "Dat", "Plur", "")] == "en"
    assert ADJECTIVE_ENDINGS[("none", "Gen", "Plur", "")] == "er"
    assert cases_of(bundles_of_ending("em")) == {"Dat"}


def test_prepositions() -> None:
    assert PREPOSITIONS["mit"] == {"Dat"}
    assert PREPOSITIONS["für"] == {"Acc"}
    assert PREPOSITIONS["in"] == {"Dat", "Acc"}
    assert "Gen" in PREPOSITIONS["wegen"]
    assert CONTRACTIONS["zur"][0] == "zu"


def test_contractions_take_one_cell_of_their_article() -> None:
    # the bundles come from lexicon.words.CONTRACTIONS: the article in the preposition's case
    cells_of = {w: {(c, n, g) for c, n, g, _ in b} for w, (_p, b) in CONTRACTIONS.items()}
    assert cells_of["zur"] == {("Dat", "Sing", "Fem")}
    assert cells_of["im"] == cells_of["vom"] == {("Dat", "Sing", "Masc"), ("Dat", "Sing", "Neut")}
    assert cells_of["ins"] == cells_of["hinters"] == {("Acc", "Sing", "Neut")}
    assert all({d for *_c, d in b} == {"def"} for _p, b in CONTRACTIONS.values())


def test_pro_takes_the_accusative() -> None:
    assert PREPOSITIONS["pro"] == {"Acc"}
    # "dessen", "deren" agree with nothing after them; adjectives there are strong
    assert {b[3] for b in DETERMINERS["deren"]} == {"none"}
    assert len(cases_of(DETERMINERS["dessen"])) == 4


def test_quantifiers_before_a_singular_noun_are_strong_adjectives() -> None:
    # "vielen Dank": accusative masculine singular (or dative plural: "vielen Menschen")
    assert cells("vielen") == {("Acc", "Sing", "Masc"), ("Dat", "Plur", "")}
    assert cells("vielem") == {("Dat", "Sing", "Masc"), ("Dat", "Sing", "Neut")}  # mit vielem Geld
    assert ("Acc", "Sing", "Fem") in cells("einige")  # "einige Zeit"
    assert ("Nom", "Plur", "") in cells("einige")  # "einige Leute"
    assert ("Acc", "Sing", "Neut") in cells("einiges")  # "einiges Geld"
    # counterexamples: "weniger Zeit" is the comparative (uninflected), "mehrere" and
    # "zahlreiche" only stand before plurals, and no singular genitive ("vielen Dankes")
    assert all(n == "Plur" for _, n, _ in cells("weniger"))
    assert all(n == "Plur" for _, n, _ in cells("mehrere") | cells("zahlreichen"))
    assert not any(c == "Gen" and n == "Sing" for c, n, _ in cells("vielen"))


def test_derselbe_and_derjenige_are_the_article_with_a_weak_ending() -> None:
    assert cells("derselbe") == {("Nom", "Sing", "Masc")}
    assert cells("denselben") == {("Acc", "Sing", "Masc"), ("Dat", "Plur", "")}
    assert cells("dieselbe") == {("Nom", "Sing", "Fem"), ("Acc", "Sing", "Fem")}
    assert cells("dieselben") == {("Nom", "Plur", ""), ("Acc", "Plur", "")}
    assert cells("desselben") == cells("des")
    assert cells("derjenigen") == {
        ("Gen", "Sing", "Fem"),
        ("Dat", "Sing", "Fem"),
        ("Gen", "Plur", ""),
    }
    # counterexample: "dasselbe" is never dative or genitive
    assert cells("dasselbe") == {("Nom", "Sing", "Neut"), ("Acc", "Sing", "Neut")}
