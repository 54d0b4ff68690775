"""Session 31 (gloss31): adjectives as separated particles, a present "-t" form the
tagger calls a participle (:mod:`app.grammar`)."""

from __future__ import annotations

import pytest

from app.grammar import ADJECTIVE_PARTICLES, PARTICLES, _finite_as_participle, join_separable_verbs

KNOWN = {"lahmlegen", "schiefgehen", "sicherstellen"}
INFINITIVES = {"legt": "legen", "geht": "gehen", "stellte": "stellen", "macht": "machen"}


def joined(
    words: str, tags: str, morphs: dict[int, str] | None = None
) -> tuple[list[str], list[str]]:
    texts = words.split()
    tag_list = tags.split()
    lemmas = [INFINITIVES.get(t, t.lower()) for t in texts]
    morph_list = [(morphs or {}).get(i, "") for i in range(len(texts))]
    join_separable_verbs(
        texts, tag_list, morph_list, [0] * len(texts), lemmas, lambda w: w if w in KNOWN else None
    )
    return lemmas, tag_list


def test_adjective_particles_are_particles() -> None:
    assert ADJECTIVE_PARTICLES <= PARTICLES
    # clause-final "gut"/"schlecht" are mostly the manner of the verb ("macht das gut")
    assert not {"gut", "schlecht", "krank"} & PARTICLES


def test_an_adjective_particle_tagged_as_a_verb_joins_and_becomes_the_particle() -> None:
    # "Warnstreik legt Busse lahm": the tagger calls "lahm" a verb
    lemmas, tags = joined("Warnstreik legt Busse lahm .", "NOUN VERB NOUN VERB PUNCT")
    assert lemmas[1] == lemmas[3] == "lahmlegen"
    assert tags[3] == "ADJ"


def test_an_unknown_joined_verb_leaves_the_adjective() -> None:
    # "Er macht das kaputt" would need "kaputtmachen" in the word list
    lemmas, tags = joined("Er macht das kaputt .", "PRON VERB PRON ADJ PUNCT")
    assert lemmas[1] == "machen" and lemmas[3] == "kaputt" and tags[3] == "ADJ"


def test_other_verb_tags_still_end_the_particle() -> None:
    # a word tagged VERB that is no adjective particle is no particle ("an" never is a
    # verb; "mit" likewise): nothing joins
    lemmas, _ = joined("Er stellte es ab .", "PRON VERB PRON VERB PUNCT")
    assert lemmas[1] == "stellen"


def test_a_present_form_tagged_as_a_participle_is_the_stem() -> None:
    # headline: "legt" tagged VerbForm=Part; a participle of "legen" is "gelegt"
    lemmas, _ = joined(
        "Hackerangriff legt Klinikum lahm – Notaufnahme",
        "NOUN VERB NOUN VERB PUNCT NOUN",
        {1: "VerbForm=Part"},
    )
    assert lemmas[1] == "lahmlegen"


@pytest.mark.parametrize(
    ("text", "lemma", "finite"),
    [
        ("legt", "legen", True),
        ("stellt", "stellen", True),
        ("gelegt", "legen", False),
        ("verlegt", "verlegen", False),  # participle and present alike
        ("studiert", "studieren", False),
        ("belegt", "belegen", False),
        ("umgeht", "umgehen", False),
    ],
)
def test_finite_as_participle(text: str, lemma: str, finite: bool) -> None:
    assert _finite_as_participle(text, lemma) is finite
