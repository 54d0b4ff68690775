"""Session 37 (sep37): separated particles the tagger read as verbs, after a bracket or an
insertion, and the participles of verbs without a state passive (unit level)."""

from __future__ import annotations

from app.grammar import join_separable_verbs, retag_adjectival_participles
from app.morphology.verbs import finite_form


def _known(word: str) -> str | None:
    return {"vorankommen": "vorankommen", "kennenlernen": "kennenlernen"}.get(word)


def _join(texts: list[str], tags: list[str], lemmas: list[str]) -> list[str]:
    morphs = ["VerbForm=Fin" if k == 1 else "" for k in range(len(texts))]
    join_separable_verbs(texts, tags, morphs, [0] * len(texts), lemmas, _known, finite_form)
    return lemmas


def test_a_particle_tagged_as_a_verb_joins() -> None:
    tags = ["PRON", "VERB", "ADV", "VERB", "PUNCT"]
    lemmas = _join(
        ["Sie", "kamen", "gut", "voran", "."], tags, ["sie", "kommen", "gut", "voran", "."]
    )
    assert lemmas[1] == lemmas[3] == "vorankommen"
    assert tags[3] == "ADP"


def test_a_verb_that_is_a_particle_stays() -> None:
    # "kennen" is a verb of its own: "Wir kennen sie" never joins "kennen" as a particle
    texts = ["Wir", "lernten", "sie", "kennen", "."]
    tags = ["PRON", "VERB", "PRON", "VERB", "PUNCT"]
    assert _join(texts, tags, ["wir", "lernen", "sie", "kennen", "."])[1] == "lernen"


def test_a_bracket_after_the_particle_ends_its_clause() -> None:
    texts = ["Sie", "kamen", "gut", "voran", "(", "siehe", "oben", ")", "."]
    tags = ["PRON", "VERB", "ADV", "ADV", "PUNCT", "VERB", "ADV", "PUNCT", "PUNCT"]
    lemmas = ["sie", "kommen", "gut", "voran", "(", "sehen", "oben", ")", "."]
    assert _join(texts, tags, lemmas)[1] == "vorankommen"


def _retag(texts: list[str], tags: list[str], lemmas: list[str]) -> list[str]:
    morphs = ["VerbForm=Fin" if t in ("blieb", "hat") else "" for t in texts]
    retag_adjectival_participles(texts, tags, morphs, [0] * len(texts), lemmas)
    return tags


def test_gelassen_after_a_copula_is_an_adjective() -> None:
    lemmas = ["er", "bleiben", "lassen", "."]
    tags = _retag(["Er", "blieb", "gelassen", "."], ["PRON", "VERB", "VERB", "PUNCT"], lemmas)
    assert tags[2] == "ADJ" and lemmas[2] == "gelassen"


def test_gelassen_in_a_perfect_is_the_verb() -> None:
    lemmas = ["er", "haben", "ihn", "lassen", "."]
    tags = _retag(
        ["Er", "hat", "ihn", "gelassen", "."], ["PRON", "AUX", "PRON", "VERB", "PUNCT"], lemmas
    )
    assert tags[3] == "VERB" and lemmas[3] == "lassen"


def test_gelassen_after_a_prepositional_phrase_is_the_verb() -> None:
    texts = ["Sie", "fühlten", "sich", "im", "Stich", "gelassen", "."]
    lemmas = ["sie", "fühlen", "er", "in", "Stich", "lassen", "."]
    tags = _retag(texts, ["PRON", "VERB", "PRON", "ADP", "NOUN", "VERB", "PUNCT"], lemmas)
    assert tags[5] == "VERB" and lemmas[5] == "lassen"


def test_a_finite_form_of_itself_is_no_particle_by_the_tables() -> None:
    # rev_sep37: the conjugation tables, not a word list, say "kennen" is a verb form
    texts = ["Wir", "lernten", "sie", "kennen", "."]
    tags = ["PRON", "VERB", "PRON", "VERB", "PUNCT"]
    lemmas = ["wir", "lernen", "sie", "kennen", "."]
    morphs = ["", "VerbForm=Fin", "", "", ""]
    known = {"kennenlernen": "kennenlernen"}.get
    join_separable_verbs(texts, tags, morphs, [0] * 5, lemmas, known, lambda f, v: f == v)
    assert lemmas[1] == "lernen"


def test_gelassen_after_an_adverb_that_joins_lassen_is_the_verb() -> None:
    texts = ["Sie", "fühlten", "sich", "allein", "gelassen", "."]
    tags = ["PRON", "VERB", "PRON", "ADV", "VERB", "PUNCT"]
    lemmas = ["sie", "fühlen", "er", "allein", "lassen", "."]
    morphs = ["", "Mood=Ind", "", "", "", ""]
    known = {"alleinlassen": "alleinlassen"}.get
    retag_adjectival_participles(texts, tags, morphs, [0] * 6, lemmas, known)
    assert tags[4] == "VERB" and lemmas[4] == "lassen"


def test_gelassen_with_its_auxiliary_across_an_insertion_is_the_verb() -> None:
    texts = ["Sie", "haben", ",", "so", "er", ",", "ihn", "gelassen", "."]
    tags = ["PRON", "AUX", "PUNCT", "ADV", "PRON", "PUNCT", "PRON", "VERB", "PUNCT"]
    lemmas = ["sie", "haben", ",", "so", "er", ",", "er", "lassen", "."]
    morphs = ["", "Mood=Ind", "", "", "", "", "", "", ""]
    retag_adjectival_participles(texts, tags, morphs, [0] * 9, lemmas)
    assert tags[7] == "VERB"
