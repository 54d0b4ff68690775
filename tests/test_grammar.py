"""app.grammar: separable verbs get the joined lemma; degree adverbs before numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from app.analysis import analyze
from app.grammar import (
    PARTICLES,
    clause_frame,
    is_numeral,
    is_split_particle,
    is_split_stem,
    join_separable_verbs,
    retag_degree_adverbs,
)
from app.lexicon.lemmas import is_known
from app.nlp import load_pipeline

KNOWN = {"ankündigen", "vorlesen", "vorliegen", "vorhaben", "ausreichen", "festnehmen"}


def known(word: str) -> str | None:
    return word if word in KNOWN else None


def joined(words: str, tags: str, morphs: dict[int, str] | None = None) -> list[str]:
    """Lemmas after joining; words and tags are space-separated, lemma = word lower-cased
    (verbs get the infinitive from a small table)."""
    texts = words.split()
    tag_list = tags.split()
    assert len(texts) == len(tag_list)
    infinitive = {"kündigte": "kündigen", "las": "lesen", "lag": "liegen", "hat": "haben",
                  "reichten": "reichen", "nahm": "nehmen", "sagte": "sagen"}  # fmt: skip
    lemmas = [infinitive.get(t, t.lower()) for t in texts]
    morph_list = [(morphs or {}).get(i, "") for i in range(len(texts))]
    join_separable_verbs(texts, tag_list, morph_list, [0] * len(texts), lemmas, known)
    return lemmas


def test_particle_at_the_end_of_the_clause_joins_the_finite_verb() -> None:
    lemmas = joined("Die Regierung kündigte neue Hilfen an .", "DET NOUN VERB ADJ NOUN ADP PUNCT")
    assert lemmas[2] == lemmas[5] == "ankündigen"


def test_preposition_inside_the_clause_is_left_alone() -> None:
    lemmas = joined("Er las an der Schule .", "PRON VERB ADP DET NOUN PUNCT")
    assert lemmas == ["er", "lesen", "an", "der", "schule", "."]


def test_verb_ending_a_subordinate_clause_is_skipped() -> None:
    lemmas = joined(
        "Er las das Buch , das dort lag , vor .",
        "PRON VERB DET NOUN PUNCT PRON ADV VERB PUNCT ADP PUNCT",
    )
    assert lemmas[1] == lemmas[9] == "vorlesen"  # not "vorliegen"
    assert lemmas[7] == "liegen"


def test_unknown_join_goes_on_to_the_next_verb() -> None:
    # the tagger called "weitem" a verb; "ausweit" is no word, "ausreichen" is
    lemmas = joined(
        "Die Mittel reichten bei weitem nicht aus .", "DET NOUN VERB ADP VERB PART ADP PUNCT"
    )
    assert lemmas[2] == lemmas[6] == "ausreichen"


def test_auxiliary_is_tried_last() -> None:
    assert joined("Sie hat viel vor .", "PRON AUX ADV ADP PUNCT")[1] == "vorhaben"
    lemmas = joined("Er nahm es , hat es vor .", "PRON VERB PRON PUNCT AUX PRON ADP PUNCT")
    assert lemmas[1] == "nehmen"  # the auxiliary ends the search


def test_circumpositions_are_not_particles() -> None:
    more = {w: w for w in KNOWN | {"ausarbeiten", "anfangen"}}
    texts = ["Viele", "arbeiten", "von", "zu", "Hause", "aus", "."]
    tags = ["PRON", "VERB", "ADP", "ADP", "NOUN", "ADP", "PUNCT"]
    lemmas = ["viele", "arbeiten", "von", "zu", "haus", "aus", "."]
    assert join_separable_verbs(texts, tags, [""] * 7, [0] * 7, lemmas, more.get) == 0
    # "von … ab/aus" with an object: the verb's own "von" (abhängen von, ausgehen von)
    more["abhängen"] = "abhängen"
    texts = ["Das", "hängt", "vom", "Wetter", "ab", "."]
    tags = ["PRON", "VERB", "ADP", "NOUN", "ADP", "PUNCT"]
    lemmas = ["der", "hängen", "vom", "wetter", "ab", "."]
    assert join_separable_verbs(texts, tags, [""] * 6, [0] * 6, lemmas, more.get) == 1
    texts = ["Sie", "arbeitete", "das", "Konzept", "aus", "."]
    tags = ["PRON", "VERB", "DET", "NOUN", "ADP", "PUNCT"]
    lemmas = ["sie", "arbeiten", "der", "konzept", "aus", "."]
    assert join_separable_verbs(texts, tags, [""] * 6, [0] * 6, lemmas, more.get) == 1


def test_a_stem_the_tagger_did_not_lemmatize_gets_the_joined_verbs_lemma() -> None:
    # "Das Feuer brach aus": the lemma of "brach" stayed "brach" (the adjective)
    lemmas = ["das", "feuer", "brach", "aus", "."]
    tags = ["DET", "NOUN", "VERB", "ADP", "PUNCT"]
    forms = {"ausbrach": "ausbrechen"}
    assert (
        join_separable_verbs(
            ["Das", "Feuer", "brach", "aus", "."], tags, [""] * 5, [0] * 5, lemmas, forms.get
        )
        == 1
    )
    assert lemmas[2] == lemmas[3] == "ausbrechen"


def test_participles_are_not_the_stem() -> None:
    lemmas = joined("Er nahm gelesen an .", "PRON VERB VERB ADP PUNCT", {2: "VerbForm=Part"})
    assert lemmas[1] == "nehmen" and lemmas[3] == "an"  # "annehmen" is not known here


def test_finite_verb_the_tagger_calls_an_infinitive_still_joins() -> None:
    # "Viele Eltern gaben an, dass …": the morphologizer said VerbForm=Inf for "gaben"
    lemmas = joined("Sie kündigte an , dass", "PRON VERB ADP PUNCT SCONJ", {1: "VerbForm=Inf"})
    assert lemmas[1] == "ankündigen"


def test_no_join_across_sentences() -> None:
    texts = ["Er", "las", ".", "Es", "lag", "vor"]
    tags = ["PRON", "VERB", "PUNCT", "PRON", "NOUN", "ADP"]
    lemmas = ["er", "lesen", ".", "es", "liegen", "vor"]
    sentences = [0, 0, 0, 1, 1, 1]
    count = join_separable_verbs(texts, tags, [""] * 6, sentences, lemmas, known)
    assert count == 0 and lemmas[1] == "lesen"


def test_split_parts_are_recognised_for_the_lookup() -> None:
    assert is_split_particle("an", "ankündigen") and not is_split_particle("an", "an")
    assert is_split_stem("fanden", "stattfinden") and is_split_stem("nahm", "festnehmen")
    assert not is_split_stem("stattfand", "stattfinden")  # joined already
    assert not is_split_stem("unterstützt", "unterstützen")  # inseparable prefix
    assert not is_split_stem("kannte", "kennen") and not is_split_stem("Anfang", "Anfang")
    assert all(p == p.lower() and p.isalpha() for p in PARTICLES)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


@pytest.mark.parametrize(
    ("sentence", "stem", "lemma"),
    [
        ("Die Regierung kündigte am Montag neue Hilfen für die Bauern an.", "kündigte",
         "ankündigen"),
        ("Der Sprecher teilte mit, dass die Gespräche weitergehen.", "teilte", "mitteilen"),
        ("Die Polizei nahm den Mann am Abend fest.", "nahm", "festnehmen"),
        ("Die Gespräche fanden in Berlin statt, wie die Agentur meldete.", "fanden",
         "stattfinden"),
    ],
)  # fmt: skip
def test_analysis_joins_separable_verbs(
    nlp: Language, sentence: str, stem: str, lemma: str
) -> None:
    tokens = {t.text: t for t in analyze(sentence, nlp).tokens}
    assert tokens[stem].lemma == lemma
    assert any(t.lemma == lemma and t.text in PARTICLES for t in tokens.values())


def test_analysis_keeps_prepositions(nlp: Language) -> None:
    tokens = analyze("Er fährt mit dem Bus nach Berlin. Das sagte er ihr gegenüber.", nlp).tokens
    assert {t.text: t.lemma for t in tokens}["mit"] == "mit"
    assert {t.text: t.lemma for t in tokens}["gegenüber"] == "gegenüber"
    assert is_known("ankündigen") and not is_known("gegenübersagen")


def test_uninflected_adjective_before_a_number_is_an_adverb() -> None:
    texts = ["um", "rund", "zwölf", "Prozent", ",", "knapp", "300", "neue", "20", "große"]
    tags = ["ADP", "ADJ", "NUM", "NOUN", "PUNCT", "ADJ", "NUM", "ADJ", "NUM", "ADJ"]
    lemmas = ["um", "rund", "zwölf", "Prozent", ",", "knapp", "300", "neu", "20", "groß"]
    assert retag_degree_adverbs(texts, tags, lemmas) == 2
    assert tags[1] == tags[5] == "ADV"
    assert tags[7] == "ADJ"  # inflected: "neue 20-Zoll-Bildschirme"
    assert tags[9] == "ADJ"  # last token


def test_analysis_tags_rund_before_a_number_as_adverb(nlp: Language) -> None:
    tokens = analyze("Die Kosten steigen um rund zwölf Prozent.", nlp).tokens
    assert {t.text: t.pos for t in tokens}["rund"] == "ADV"


def test_numerals() -> None:
    numbers = ["300", "1.500", "zwölf", "dreihundert", "zwanzig", "achtzehn", "dreißig", "Tausend"]
    for word in numbers:
        assert is_numeral(word), word
    for word in ["Prozent", "neue", "zehnte", "Einsicht", ""]:
        assert not is_numeral(word), word


def frame(words: str, tags: str, verb: int, lemmas: dict[int, str] | None = None) -> str:
    texts = words.split()
    lemma_list = [(lemmas or {}).get(i, t.lower()) for i, t in enumerate(texts)]
    morphs = ["Degree=Cmp" if t == "höher" else "" for t in texts]
    return clause_frame(texts, tags.split(), lemma_list, morphs, [0] * len(texts), verb)


def test_frame_of_a_main_clause_verb_is_read_after_it() -> None:
    words = "Für das Jahr rechnet das Unternehmen mit einer Erholung ."
    assert frame(words, "ADP DET NOUN VERB DET NOUN ADP DET NOUN PUNCT", 3) == "mit"


def test_frame_of_a_clause_final_verb_is_read_before_it() -> None:
    words = "Er sagt , dass man mit Regen rechnet ."
    assert frame(words, "PRON VERB PUNCT SCONJ PRON ADP NOUN VERB PUNCT", 7) == "mit"
    # a verb further left starts another part of the clause
    words = "Im Rat wurde über den Bau gestritten ."
    assert frame(words, "ADP NOUN AUX ADP DET NOUN VERB PUNCT", 6) == "über"


def test_frame_keeps_sich_and_als_and_the_order() -> None:
    words = "Er gab sich bei Kunden als Handwerker aus ."
    tags = "PRON VERB PRON ADP NOUN ADP NOUN ADP PUNCT"
    assert frame(words, tags, 1, {1: "ausgeben", 7: "ausgeben"}) == "sich bei als"


def test_frame_leaves_out_comparisons_zu_and_other_clauses() -> None:
    words = "Die Beteiligung lag höher als bei der Wahl ."
    assert frame(words, "DET NOUN VERB ADJ CCONJ ADP DET NOUN PUNCT", 2) == ""
    # "mehr als" and a number: a numeral of a noun phrase; the verb's "als" follows
    words = "Dort gelten mehr als 20 Stege als marode ."
    tags = "ADV VERB ADV CCONJ NUM NOUN ADP ADJ PUNCT"
    assert frame(words, tags, 1, {1: "gelten"}) == "als"
    words = "dass die Hilfen zu spät kämen und viele leer ausgingen"
    assert frame(words, "SCONJ DET NOUN ADP ADJ VERB CCONJ PRON ADV VERB", 5) == ""
    words = "Sie trafen sich zu vertraulichen Gesprächen"
    assert frame(words, "PRON VERB PRON ADP ADJ NOUN", 1) == "sich zu"
    assert frame("Sie hat mit ihm gesprochen", "PRON AUX ADP PRON VERB", 1) == ""  # auxiliary


def test_frame_reads_pronominal_adverbs_as_their_preposition() -> None:
    words = "Es kommt nur darauf an , wie es ist"
    tags = "PRON VERB ADV ADV ADP PUNCT SCONJ PRON AUX"
    assert frame(words, tags, 1, {1: "ankommen", 4: "ankommen"}) == "auf"
    assert frame("Er rechnet damit .", "PRON VERB ADV PUNCT", 1) == "mit"
    assert frame("Er rechnet dann .", "PRON VERB ADV PUNCT", 1) == ""
    # not an adverb inside the clause: "damit endet eine Serie" (thereby)
    assert frame("Er endet damit eine Serie .", "PRON VERB ADV DET NOUN PUNCT", 1) == ""
    assert frame("Er spricht dagegen von Chancen .", "PRON VERB ADV ADP NOUN PUNCT", 1) == "von"


WORDS = ["Er", "rechnet", "mit", "als", "sich", "darauf", "an", ",", ".", "zu", "höher", "am"]
TAGS = ["PRON", "VERB", "AUX", "ADP", "ADV", "ADJ", "NOUN", "PUNCT", "CCONJ", "PART"]


@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(TAGS), st.booleans()), max_size=40),
    st.data(),
)
def test_rules_never_fail_on_any_token_sequence(
    rows: list[tuple[str, str, bool]], data: st.DataObject
) -> None:
    texts = [r[0] for r in rows]
    tags = [r[1] for r in rows]
    morphs = ["Degree=Cmp" if r[2] else "VerbForm=Part" for r in rows]
    n = len(rows)
    sentences = sorted(data.draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)))
    lemmas = [t.lower() for t in texts]
    join_separable_verbs(texts, tags, morphs, sentences, lemmas, {"anrechnen": "anrechnen"}.get)
    assert len(lemmas) == len(texts)
    retag_degree_adverbs(texts, list(tags), lemmas)
    for i in range(len(texts)):
        frame = clause_frame(texts, tags, lemmas, morphs, sentences, i)
        assert frame == "" or tags[i] == "VERB"
        # words of the text, "auf" from "darauf", "an" from "am"
        assert {w for w in frame.split() if w[0] != "+"} <= {t.lower() for t in texts} | {
            "auf",
            "an",
        }


def test_a_clause_final_particle_joins_a_word_the_tagger_did_not_call_a_verb() -> None:
    more = {"ausreichen": "ausreichen", "abnehmen": "abnehmen"}
    # "Dafür reiche das Geld nicht aus": "reiche" tagged as the adjective "reich"
    texts = ["Dafür", "reiche", "das", "Geld", "nicht", "aus", ",", "sagte", "er", "."]
    tags = ["ADV", "ADJ", "DET", "NOUN", "PART", "ADP", "PUNCT", "VERB", "PRON", "PUNCT"]
    lemmas = ["dafür", "reichen", "der", "Geld", "nicht", "aus", ",", "sagen", "er", "."]
    assert join_separable_verbs(texts, tags, [""] * 10, [0] * 10, lemmas, more.get) == 1
    assert lemmas[1] == lemmas[5] == "ausreichen" and tags[1] == "VERB"
    # a clause with a verb of its own is left to join_separable_verbs
    texts = ["Er", "las", "reiche", "Bücher", "aus", "."]
    tags = ["PRON", "VERB", "ADJ", "NOUN", "ADP", "PUNCT"]
    lemmas = ["er", "lesen", "reichen", "Buch", "aus", "."]
    assert join_separable_verbs(texts, tags, [""] * 6, [0] * 6, lemmas, more.get) == 0
    # a preposition inside the clause is no particle
    texts = ["Dafür", "reiche", "das", "aus", "Geld", "."]
    tags = ["ADV", "ADJ", "DET", "ADP", "NOUN", "PUNCT"]
    lemmas = ["dafür", "reichen", "der", "aus", "Geld", "."]
    assert join_separable_verbs(texts, tags, [""] * 6, [0] * 6, lemmas, more.get) == 0


def test_a_particle_joins_the_misread_verb_of_its_own_clause_not_an_earlier_clauses() -> None:
    more = {"zusetzen": "zusetzen", "zusetzten": "zusetzen", "zuhaben": "zuhaben"}
    more |= {"übergreifen": "übergreifen", "übergriff": "übergreifen"}
    # "…, im Mai setzten Stürme den Bäumen zwischen Ulm und Biberach zu": "setzten" tagged
    # as an adjective; "hatte" of the clause before the comma is not the stem (zuhaben)
    words = "Der Frost hatte Blüten zerstört , im Mai setzten Stürme den Bäumen bei Ulm"
    words += " und Biberach zu ."
    texts = words.split()
    tags = "DET NOUN AUX NOUN VERB PUNCT ADP NOUN ADJ NOUN DET NOUN ADP PROPN CCONJ PROPN ADP PUNCT"
    tag_list = tags.split()
    lemmas = [t.lower() for t in texts]
    lemmas[2], lemmas[8] = "haben", "setzen"
    n = len(texts)
    assert join_separable_verbs(texts, tag_list, [""] * n, [0] * n, lemmas, more.get) == 1
    assert lemmas[8] == lemmas[16] == "zusetzen" and lemmas[2] == "haben"
    # a verb in the part before "und" keeps the search there: "brach aus und griff über"
    texts = ["Das", "Feuer", "brach", "aus", "und", "griff", "auf", "das", "Dach", "über", "."]
    tag_list = ["DET", "NOUN", "VERB", "ADP", "CCONJ", "ADV", "ADP", "DET", "NOUN", "ADP", "PUNCT"]
    lemmas = ["der", "Feuer", "brechen", "aus", "und", "greifen", "auf", "der", "Dach", "über", "."]
    n = len(texts)
    join_separable_verbs(texts, tag_list, [""] * n, [0] * n, lemmas, more.get)
    assert lemmas[5] == lemmas[9] == "übergreifen"
    # an article whose lemma looks like a verb's is no stem: "seine" (sein)
    texts = ["Er", "gab", ",", "so", "heißt", "es", ",", "seine", "Anteile", "ab", "."]
    tag_list = [
        "PRON",
        "VERB",
        "PUNCT",
        "ADV",
        "VERB",
        "PRON",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "PUNCT",
    ]
    lemmas = ["er", "geben", ",", "so", "heißen", "es", ",", "sein", "Anteil", "ab", "."]
    n = len(texts)
    abseinen = {"abseinen": "absein", "absein": "absein", "abgeben": "abgeben", "abgab": "abgeben"}
    join_separable_verbs(texts, tag_list, [""] * n, [0] * n, lemmas, abseinen.get)
    assert lemmas[7] == "sein"


def test_a_capitalised_word_after_familie_without_article_is_the_familys_name() -> None:
    from app.core.tokens import TokenTable
    from app.grammar import family_name

    def table(words: str, tags: str) -> TokenTable:
        texts, tag_list = words.split(), tags.split()
        n = len(texts)
        return TokenTable(range(n), range(n), texts, texts, tag_list, [""] * n, [0] * n)

    t = table("Der Hof von Familie Gerber liegt hoch .", "DET NOUN ADP NOUN NOUN VERB ADJ PUNCT")
    assert family_name(t, 4)
    t = table("Familie Schuster klagt .", "NOUN ADJ VERB PUNCT")
    assert family_name(t, 1)  # tagged as an adjective, still the name
    t = table("dass die Familie Unterstützung erhält", "SCONJ DET NOUN NOUN VERB")
    assert not family_name(t, 3)  # "die Familie": an object may follow
    t = table("Die Familie lebt .", "DET NOUN VERB PUNCT")
    assert not family_name(t, 2)


def test_the_joined_form_gives_the_separable_verb_and_a_comparison_may_follow() -> None:
    # "fällt … aus": the joined form "ausfällt" is ausfallen, though the tagger's lemma
    # "fällen" would make "ausfällen"; "als erwartet" stands after the clause's end
    forms = {"ausfällt": "ausfallen", "ausfällen": "ausfällen"}
    texts = ["Die", "Ernte", "fällt", "kleiner", "aus", "als", "erwartet", "."]
    tags = ["DET", "NOUN", "VERB", "ADJ", "ADP", "SCONJ", "VERB", "PUNCT"]
    lemmas = ["der", "Ernte", "fällen", "klein", "aus", "als", "erwarten", "."]
    assert join_separable_verbs(texts, tags, [""] * 8, [0] * 8, lemmas, forms.get) == 1
    assert lemmas[2] == lemmas[4] == "ausfallen"


def test_a_reciprocal_particle_before_a_photo_credit_joins_its_verb() -> None:
    # "trafen … aufeinander Foto: …": a caption ends without punctuation before its credit
    forms = {"aufeinandertrafen": None, "aufeinandertreffen": "aufeinandertreffen"}
    texts = ["Sie", "trafen", "zuletzt", "aufeinander", "Foto", ":", "Anna", "Berg", "/", "AP"]
    tags = ["PRON", "VERB", "ADV", "ADV", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"]
    lemmas = ["sie", "treffen", "zuletzt", "aufeinander", "Foto", ":", "Anna", "Berg", "/", "AP"]
    n = len(texts)
    assert join_separable_verbs(texts, tags, [""] * n, [0] * n, lemmas, forms.get) == 1
    assert lemmas[1] == lemmas[3] == "aufeinandertreffen"
    # an adverb use leaves the verb alone: no known "aufeinanderwarten"
    texts = ["Sie", "warteten", "aufeinander", "."]
    lemmas = ["sie", "warten", "aufeinander", "."]
    tags = ["PRON", "VERB", "ADV", "PUNCT"]
    assert join_separable_verbs(texts, tags, [""] * 4, [0] * 4, lemmas, forms.get) == 0
    # a noun that is no credit keeps the clause open: "… aufeinander Rücksicht"
    texts = ["Sie", "nahmen", "aufeinander", "Rücksicht", "."]
    lemmas = ["sie", "nehmen", "aufeinander", "Rücksicht", "."]
    tags = ["PRON", "VERB", "ADV", "NOUN", "PUNCT"]
    assert join_separable_verbs(texts, tags, [""] * 5, [0] * 5, lemmas, forms.get) == 0


def test_frame_reads_um_before_a_finite_verb_as_its_preposition() -> None:
    # the tagger's conjunction "um" before a finite verb: no "um … zu" clause
    texts = ["wir", "fragen", ",", "um", "welche", "Sache", "es", "sich", "handelt"]
    tags = ["PRON", "VERB", "PUNCT", "SCONJ", "DET", "NOUN", "PRON", "PRON", "VERB"]
    morphs = [""] * 8 + ["Number=Sing|Person=3"]
    assert clause_frame(texts, tags, texts, morphs, [0] * 9, 8) == "sich um"
    # "um die Sache zu klären": the infinitive has no person, "um" stays a conjunction
    texts = [",", "um", "die", "Sache", "zu", "klären"]
    tags = ["PUNCT", "SCONJ", "DET", "NOUN", "PART", "VERB"]
    assert clause_frame(texts, tags, texts, ["VerbForm=Inf"] * 6, [0] * 6, 5) == ""


def test_a_stem_tagged_as_an_adjective_beside_a_word_tagged_as_a_verb_still_joins() -> None:
    # "Die Nachfrage breche schneller ein": the tagger swapped the tags, "breche" an
    # adjective with the verb's lemma, "schneller" a verb; no tagged verb joins "ein"
    lemmas = ["die", "nachfrage", "brechen", "schnell", "ein", "."]
    tags = ["DET", "NOUN", "ADJ", "VERB", "ADV", "PUNCT"]
    forms = {"einbreche": "einbrechen"}
    texts = ["Die", "Nachfrage", "breche", "schneller", "ein", "."]
    assert join_separable_verbs(texts, tags, [""] * 6, [0] * 6, lemmas, forms.get) == 1
    assert lemmas[2] == lemmas[4] == "einbrechen" and tags[2] == "VERB"
    assert lemmas[3] == "schnell"


def test_gleich_is_a_separable_particle() -> None:
    # "Die Einschnitte kommen einem Schock gleich": gleichkommen, to equal
    texts = ["Die", "Einschnitte", "kommen", "einem", "Schock", "gleich", "."]
    lemmas = ["die", "einschnitt", "kommen", "ein", "schock", "gleich", "."]
    tags = ["DET", "NOUN", "VERB", "DET", "NOUN", "ADV", "PUNCT"]
    forms = {"gleichkommen": "gleichkommen"}
    morphs = ["", "", "", "Case=Dat|Gender=Masc", "Case=Dat", "", ""]
    assert join_separable_verbs(texts, tags, morphs, [0] * 7, lemmas, forms.get) == 1
    assert lemmas[2] == lemmas[5] == "gleichkommen"
    # "Der Arzt kommt gleich": no dative, no "mit": the adverb (right away)
    texts = ["Der", "Arzt", "kommt", "gleich", "."]
    lemmas = ["der", "arzt", "kommen", "gleich", "."]
    tags = ["DET", "NOUN", "VERB", "ADV", "PUNCT"]
    morphs = ["Case=Nom", "Case=Nom", "", "", ""]
    assert join_separable_verbs(texts, tags, morphs, [0] * 5, lemmas, forms.get) == 0
    assert lemmas[2] == "kommen"
    # "Sie kommt nach dem Essen gleich": the preposition's dative states no equality
    texts = ["Sie", "kommt", "nach", "dem", "Essen", "gleich", "."]
    lemmas = ["sie", "kommen", "nach", "der", "essen", "gleich", "."]
    tags = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADV", "PUNCT"]
    morphs = ["Case=Nom", "", "", "Case=Dat", "Case=Dat", "", ""]
    assert join_separable_verbs(texts, tags, morphs, [0] * 7, lemmas, forms.get) == 0
    assert lemmas[1] == "kommen"
    # a pronoun's dative does: "Das kommt ihm gleich"
    texts = ["Das", "kommt", "ihm", "gleich", "."]
    lemmas = ["der", "kommen", "er", "gleich", "."]
    tags = ["PRON", "VERB", "PRON", "ADV", "PUNCT"]
    morphs = ["Case=Nom", "", "Case=Dat", "", ""]
    assert join_separable_verbs(texts, tags, morphs, [0] * 5, lemmas, forms.get) == 1


def test_a_mit_phrase_makes_gleich_a_particle_only_of_verbs_that_take_one() -> None:
    forms = {"gleichkommen": "gleichkommen", "gleichziehen": "gleichziehen"}
    tags = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADV", "PUNCT"]
    morphs = ["Case=Nom", "", "", "Case=Dat", "Case=Dat", "", ""]
    # "Er kam mit dem Auto gleich": gleichkommen takes a dative, not "mit": the adverb
    texts = ["Er", "kam", "mit", "dem", "Auto", "gleich", "."]
    lemmas = ["er", "kommen", "mit", "der", "auto", "gleich", "."]
    assert join_separable_verbs(texts, tags, morphs, [0] * 7, lemmas, forms.get) == 0
    assert lemmas[1] == "kommen" and lemmas[5] == "gleich"
    # "Er zog mit dem Rivalen gleich": mit jdm. gleichziehen
    texts = ["Er", "zog", "mit", "dem", "Rivalen", "gleich", "."]
    lemmas = ["er", "ziehen", "mit", "der", "rivale", "gleich", "."]
    assert join_separable_verbs(texts, tags, morphs, [0] * 7, lemmas, forms.get) == 1
    assert lemmas[1] == lemmas[5] == "gleichziehen"
    # a dative besides the "mit" phrase: "Das kam mit der Zeit einem Wunder gleich"
    texts = ["Das", "kam", "mit", "der", "Zeit", "einem", "Wunder", "gleich", "."]
    lemmas = ["der", "kommen", "mit", "der", "zeit", "ein", "wunder", "gleich", "."]
    tags = ["PRON", "VERB", "ADP", "DET", "NOUN", "DET", "NOUN", "ADV", "PUNCT"]
    morphs = ["Case=Nom", "", "", "Case=Dat", "Case=Dat", "Case=Dat", "Case=Dat", "", ""]
    assert join_separable_verbs(texts, tags, morphs, [0] * 9, lemmas, forms.get) == 1
    assert lemmas[1] == lemmas[7] == "gleichkommen"


def test_the_base_verb_of_a_split_stem() -> None:
    from app.grammar import split_base

    assert split_base("bleibe", "freibleiben") == "bleiben"
    assert split_base("nahm", "festnehmen") == "nehmen"
    assert split_base("festnahm", "festnehmen") is None  # not split
    assert split_base("bleibe", "bleiben") is None


def test_frame_reads_past_a_conjunction_that_joins_two_nouns() -> None:
    words = "ob sich die Teilchen in Muscheln und Fischen anreichern"
    tags = "SCONJ PRON DET NOUN ADP NOUN CCONJ NOUN VERB"
    assert frame(words, tags, 8) == "in sich"
    # between two clause parts (no noun on both sides) the frame still ends
    words = "dass sie sparen und sich mit Kosten abfinden"
    assert frame(words, "SCONJ PRON VERB CCONJ PRON ADP NOUN VERB", 7) == "mit sich"
    words = "weil sie mit Kosten rechnen und Preise erhöhen"
    assert frame(words, "SCONJ PRON ADP NOUN VERB CCONJ NOUN VERB", 7) == ""


def framed(words: str, tags: str, verb: int, morphs: dict[int, str], lemma: str) -> str:
    """:func:`clause_frame` of made-up words with the tagger's morphology of some."""
    texts = words.split()
    lemmas = [lemma if i == verb else t.lower() for i, t in enumerate(texts)]
    features = [morphs.get(i, "") for i in range(len(texts))]
    return clause_frame(texts, tags.split(), lemmas, features, [0] * len(texts), verb)


def test_frame_leaves_out_auf_and_ueber_with_a_plain_dative() -> None:
    # "auf den Gängen": den + a dative plural is where, not "auf etw. drängen"
    words = "die sich auf den Gängen drängten"
    tags = "PRON PRON ADP DET NOUN VERB"
    plural = {4: "Case=Dat|Gender=Masc|Number=Plur"}
    assert framed(words, tags, 5, plural, "drängen") == "sich"
    # "den Markt" (accusative singular) is the object
    words = "die auf den Markt drängten"
    single = {3: "Case=Acc|Gender=Masc|Number=Sing"}
    assert framed(words, "PRON ADP DET NOUN VERB", 4, single, "drängen") == "auf +akk:auf"
    words = "Die Werte lagen über dem Richtwert ."
    assert framed(words, "DET NOUN VERB ADP DET NOUN PUNCT", 2, {}, "liegen") == ""
    # a verb whose "auf" object is a dative keeps it
    words = "Er besteht auf dem Vertrag ."
    assert framed(words, "PRON VERB ADP DET NOUN PUNCT", 1, {}, "bestehen") == "auf +dat:auf"
    # a bare noun's case is the tagger's guess: kept
    words = "Sie setzen auf Hilfen ."
    assert framed(words, "PRON VERB ADP NOUN PUNCT", 1, {3: "Case=Dat"}, "setzen") == "auf"


def test_frame_leaves_out_in_the_contraction_im() -> None:
    words = "Die Firma investiert im Ausland in Anlagen ."
    tags = "DET NOUN VERB ADP NOUN ADP NOUN PUNCT"
    assert framed(words, tags, 2, {}, "investieren") == "in"  # the second "in" counts
    assert (
        framed("Er steckt im Stau .", "PRON VERB ADP NOUN PUNCT", 1, {}, "stecken") == "in +dat:in"
    )


def test_frame_leaves_out_an_with_a_place_or_a_time() -> None:
    words = "Die Pegel lagen an dieser Stelle niedrig ."
    tags = "DET NOUN VERB ADP DET NOUN ADJ PUNCT"
    assert framed(words, tags, 2, {5: "Case=Dat|Number=Sing"}, "liegen") == ""
    words = "Sie trafen sich am Montag ."
    assert framed(words, "PRON VERB PRON ADP NOUN PUNCT", 1, {}, "treffen") == "sich"
    # "an die Stelle" (accusative): the object of "sich an jdn. wenden"
    words = "Bürger sollen sich an die zuständige Stelle wenden ."
    tags = "NOUN AUX PRON ADP DET ADJ NOUN VERB PUNCT"
    assert framed(words, tags, 7, {}, "wenden") == "an sich +akk:an"
    words = "Es liegt an den Kosten ."
    assert framed(words, "PRON VERB ADP DET NOUN PUNCT", 1, {}, "liegen") == "an"


def test_frame_reads_a_pronominal_adverb_before_a_final_verb() -> None:
    words = "Man müsse davon ausgehen , dass es teurer wird"
    tags = "PRON AUX ADV VERB PUNCT SCONJ PRON ADJ AUX"
    assert framed(words, tags, 3, {}, "ausgehen") == "von"
    # not further left: "weil er damit Geld verdient"
    words = "weil er damit Geld verdient"
    assert framed(words, "SCONJ PRON ADV NOUN VERB", 4, {}, "verdienen") == ""


def test_frame_goes_on_over_two_phrases_joined_by_und() -> None:
    words = "die sich im Saal und auf den Gängen drängten"
    tags = "PRON PRON ADP NOUN CCONJ ADP DET NOUN VERB"
    plural = {7: "Case=Dat|Number=Plur"}
    assert framed(words, tags, 8, plural, "drängen") == "sich"


def test_frame_leaves_out_a_dative_frames_preposition_with_an_accusative() -> None:
    # "Geld in die Schule stecken": to put (a direction), not "in etw. stecken" (mired)
    words = "Geld in die Schule zu stecken"
    assert framed(words, "NOUN ADP DET NOUN PART VERB", 5, {}, "stecken") == ""
    words = "Die Firma steckt in der Krise ."
    assert framed(words, "DET NOUN VERB ADP DET NOUN PUNCT", 2, {}, "stecken") == "in"


def test_frame_leaves_out_a_particle_inside_a_name() -> None:
    # "Karl zu Guttenberg": "zu" is part of the name, no "zu etw. kommen"
    words = "Lob kam von Anna und von Karl zu Guttenberg ."
    tags = "NOUN VERB ADP PROPN CCONJ ADP PROPN ADP PROPN PUNCT"
    assert framed(words, tags, 1, {}, "kommen") == "von"
    # counterexample: after a common noun "zu" is the preposition
    words = "Er kam mit Freunden zu Besuch ."
    assert framed(words, "PRON VERB ADP NOUN ADP NOUN PUNCT", 1, {}, "kommen") == "mit zu"


def test_frame_leaves_out_phrases_of_time_source_and_direction() -> None:
    # "nach einer halben Stunde": when; "knappen" (tagged as a noun) is no noun
    words = "Sie gingen nach einer knappen halben Stunde in Führung ."
    tags = "PRON VERB ADP DET NOUN ADJ NOUN ADP NOUN PUNCT"
    assert framed(words, tags, 1, {}, "gehen") == "in"
    words = "Es kam nach Angaben der Polizei zu Unfällen ."
    tags = "PRON VERB ADP NOUN DET NOUN ADP NOUN PUNCT"
    lemmas = ["es", "kommen", "nach", "Angabe", "der", "Polizei", "zu", "Unfall", "."]
    texts = words.split()
    assert clause_frame(texts, tags.split(), lemmas, [""] * 9, [0] * 9, 1) == "zu"
    assert framed("Er kam nach Hause .", "PRON VERB ADP NOUN PUNCT", 1, {}, "kommen") == ""
    assert framed("Sie ging nach oben .", "PRON VERB ADP ADV PUNCT", 1, {}, "gehen") == ""
    # "am Ende", "seit Jahren", "vor einer Woche": when
    words = "bei dem am Ende alle verlieren"
    assert framed(words, "ADP PRON ADP NOUN DET VERB", 5, {}, "verlieren") == "bei"
    # a phrase of another noun keeps the preposition: "nach einem Ausweg suchen"
    words = "Sie suchen nach einem Ausweg ."
    assert framed(words, "PRON VERB ADP DET NOUN PUNCT", 1, {}, "suchen") == "nach"
    # an accusative after a two-way preposition is a direction, not a time: "an den Anfang"
    words = "Er stellt die Frage an den Anfang ."
    tags = "PRON VERB DET NOUN ADP DET NOUN PUNCT"
    single = {6: "Case=Acc|Number=Sing"}
    assert framed(words, tags, 1, single, "stellen") == "an +akk:an"


def test_frame_leaves_out_zu_as_the_degree_adverb() -> None:
    words = "Wir haben viel zu zaghaft gespielt ."
    tags = "PRON AUX ADV ADP NOUN VERB PUNCT"  # the tagger's noun "zaghaft"
    assert framed(words, tags, 5, {}, "spielen") == ""
    words = "Zu viele Menschen warten auf Termine ."
    assert framed(words, "ADP DET NOUN VERB ADP NOUN PUNCT", 3, {}, "warten") == "auf"
    # "viel zu dem Erfolg": an object after all
    words = "Er hat viel zu dem Erfolg beigetragen ."
    tags = "PRON AUX ADV ADP DET NOUN VERB PUNCT"
    assert framed(words, tags, 6, {}, "beitragen") == "zu"


def test_frame_leaves_out_von_inside_a_name_tagged_as_nouns() -> None:
    words = "Wie Jana von Hagen sprach , war klar ."
    tags = "ADV NOUN ADP NOUN VERB PUNCT VERB ADJ PUNCT"
    assert framed(words, tags, 4, {}, "sprechen") == ""


def test_frame_of_a_verb_before_its_auxiliaries_is_read_before_it() -> None:
    words = "dass sie sich auf ein Paket verständigen können ."
    tags = "SCONJ PRON PRON ADP DET NOUN VERB AUX PUNCT"
    assert framed(words, tags, 6, {}, "verständigen") == "auf sich"
    words = "der am Sonntag bei Hertha antreten muss ."
    tags = "PRON ADP PROPN ADP PROPN VERB AUX PUNCT"
    assert framed(words, tags, 5, {}, "antreten") == "bei"
    # a main clause's finite verb reads what follows it
    words = "Sie rechnen mit Regen ."
    assert framed(words, "PRON VERB ADP NOUN PUNCT", 1, {}, "rechnen") == "mit"


def test_frame_marks_the_plain_case_of_a_two_way_preposition() -> None:
    words = "Sie denkt an die Kinder ."
    assert framed(words, "PRON VERB ADP DET NOUN PUNCT", 1, {}, "denken") == "an +akk:an"
    words = "Sie arbeitet am Plan ."
    assert framed(words, "PRON VERB ADP NOUN PUNCT", 1, {}, "arbeiten") == "an +dat:an"
    # a bare noun tells no case: no mark
    words = "Sie setzen auf Hilfen ."
    assert framed(words, "PRON VERB ADP NOUN PUNCT", 1, {}, "setzen") == "auf"


def test_frame_case_mark_leaves_out_den_with_a_weak_noun() -> None:
    # session 29 review: "an den Angeklagten" may be an accusative singular; no "+dat" mark
    words = "Sie appellierte an den Angeklagten ."
    tags = "PRON VERB ADP DET NOUN PUNCT"
    weak = {4: "Case=Dat|Gender=Masc|Number=Plur"}
    assert framed(words, tags, 1, weak, "appellieren") == "an"
    # a feminine or neuter plural after "den" is a plain dative
    words = "Sie arbeiten an den Straßen ."
    fem = {4: "Case=Dat|Gender=Fem|Number=Plur"}
    assert framed(words, tags, 1, fem, "arbeiten") == "an +dat:an"


def test_name_particle_needs_a_name_not_a_phrase() -> None:
    # session 29 review: "Anna von den Plänen" is "von" + its phrase
    words = "Er erzählte Anna von den Plänen ."
    tags = "PRON VERB PROPN ADP DET NOUN PUNCT"
    assert framed(words, tags, 1, {}, "erzählen") == "von"
    # a common noun that is no place after the particle: a preposition
    words = "Heute kommt Paula zu Besuch ."
    assert framed(words, "ADV VERB PROPN ADP NOUN PUNCT", 1, {}, "kommen") == "zu"
    # a name the tagger calls a noun, a place too: the particle of a name
    words = "Jana von Hagen sprach ."
    assert framed(words, "PROPN ADP NOUN VERB PUNCT", 3, {}, "sprechen") == ""


def test_nach_a_place_is_a_direction() -> None:
    words = "Er kam nach Paris ."
    assert framed(words, "PRON VERB ADP PROPN PUNCT", 1, {}, "kommen") == ""
    # a person after "nach" stays: "nach jdm. kommen"
    words = "Er kam nach Merkel ."
    assert framed(words, "PRON VERB ADP PROPN PUNCT", 1, {}, "kommen") == "nach"


def test_frame_reads_first_person_reflexives_with_their_subject() -> None:
    """rev_gloss33: "mich", "uns" with "ich", "wir" in the sentence are reflexive."""
    words = "Ich erinnere mich an den Tag"
    assert "sich" in frame(words, "PRON VERB PRON ADP DET NOUN", 1).split()
    words = "Wir haben uns geeinigt"
    assert frame(words, "PRON AUX PRON VERB", 3) == "sich"
    # near miss: another subject, an object
    words = "Er erinnert mich an den Tag"
    assert "sich" not in frame(words, "PRON VERB PRON ADP DET NOUN", 1).split()
    words = "Wir erinnern euch an den Tag"
    assert "sich" not in frame(words, "PRON VERB PRON ADP DET NOUN", 1).split()
