"""Session 36 review of sep36: a subordinate clause before the particle keeps its verbs."""

from __future__ import annotations

from app.grammar import join_separable_verbs


def _known(word: str) -> str | None:
    return {"zurückwies": "zurückweisen", "zurückhabe": "zurückhaben"}.get(word)


def test_a_finite_verb_inside_a_clause_takes_no_particle() -> None:
    # "wies den Vorwurf, er habe getäuscht, zurück": zurückweisen, not "zurückhaben"
    texts = ["Er", "wies", "es", ",", "er", "habe", "getäuscht", ",", "zurück", "."]
    tags = ["PRON", "VERB", "PRON", "PUNCT", "PRON", "AUX", "VERB", "PUNCT", "ADV", "PUNCT"]
    morphs = ["", "VerbForm=Fin", "", "", "", "VerbForm=Fin", "VerbForm=Part", "", "", ""]
    lemmas = ["er", "weisen", "es", ",", "er", "haben", "täuschen", ",", "zurück", "."]
    join_separable_verbs(texts, tags, morphs, [0] * 10, lemmas, _known)
    assert lemmas[1] == lemmas[8] == "zurückweisen"
    assert lemmas[5] == "haben"


def test_a_comma_without_an_opening_one_is_no_clause() -> None:
    # "holen kleine, aber feine Ernte ein", "kleine" tagged a verb: no clause to skip
    texts = ["Winzer", "holen", "kleine", ",", "aber", "feine", "Ernte", "ein"]
    tags = ["NOUN", "VERB", "VERB", "PUNCT", "CCONJ", "ADJ", "NOUN", "ADP"]
    morphs = ["", "VerbForm=Fin", "VerbForm=Fin", "", "", "", "", ""]
    lemmas = ["Winzer", "holen", "klein", ",", "aber", "fein", "Ernte", "ein"]
    join_separable_verbs(texts, tags, morphs, [0] * 8, lemmas, {"einholen": "einholen"}.get)
    assert lemmas[1] == lemmas[7] == "einholen"
