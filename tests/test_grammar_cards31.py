"""Session 31 (cards31): separable verbs with an adverb or adjective as particle
("steht allein da", "legt … lahm" with "lahm" tagged as a verb and "legt" as a
participle), a particle fronted before its verb ("Hinzu komme …"), and no join with
"sein" ("da sein")."""

from __future__ import annotations

from app.grammar import join_separable_verbs

KNOWN = {"dastehen", "lahmlegen", "hinzukommen", "dasein", "dagegenhalten", "wiederkommen"}


def known(word: str) -> str | None:
    return word if word in KNOWN else None


def joined(
    words: str, tags: str, morphs: dict[int, str] | None = None
) -> tuple[list[str], list[str]]:
    texts = words.split()
    tag_list = tags.split()
    assert len(texts) == len(tag_list)
    infinitive = {"steht": "stehen", "legt": "legen", "komme": "kommen", "ist": "sein",
                  "hielt": "halten", "kam": "kommen"}  # fmt: skip
    lemmas = [infinitive.get(t, t.lower()) for t in texts]
    morph_list = [(morphs or {}).get(i, "") for i in range(len(texts))]
    join_separable_verbs(texts, tag_list, morph_list, [0] * len(texts), lemmas, known)
    return lemmas, tag_list


def test_da_closing_the_clause_joins_its_verb() -> None:
    lemmas, tags = joined("Die Firma steht allein da .", "DET NOUN VERB ADV SCONJ PUNCT")
    assert lemmas[2] == lemmas[4] == "dastehen"
    assert tags[4] == "ADP"


def test_da_never_joins_sein() -> None:
    lemmas, _ = joined("Das Geld ist da .", "DET NOUN AUX ADV PUNCT")
    assert lemmas[2] == "sein"


def test_an_adjective_particle_tagged_as_a_verb_joins_a_misread_participle() -> None:
    lemmas, tags = joined(
        "Angriff legt Klinikum lahm", "NOUN VERB PROPN VERB", {1: "VerbForm=Part"}
    )
    assert lemmas[1] == lemmas[3] == "lahmlegen"
    assert tags[3] == "ADP"


def test_a_real_participle_is_not_joined() -> None:
    lemmas, _ = joined("Er hielt gestern dagegen .", "PRON VERB ADV ADV PUNCT")
    assert lemmas[1] == "dagegenhalten"
    lemmas, _ = joined("Angriff gelegt Klinikum lahm", "NOUN VERB PROPN VERB", {1: "VerbForm=Part"})
    assert lemmas[1] == "gelegt"  # not joined


def test_a_fronted_particle_joins_the_verb_after_it() -> None:
    lemmas, _ = joined("Hinzu komme die Flaute .", "ADV VERB DET NOUN PUNCT")
    assert lemmas[0] == lemmas[1] == "hinzukommen"


def test_a_fronted_free_adverb_stays_alone() -> None:
    lemmas, _ = joined("Wieder kam es zu Unfällen .", "ADV VERB PRON ADP NOUN PUNCT")
    assert lemmas[1] == "kommen"
