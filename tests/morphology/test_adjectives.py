"""Adjective forms: base, degree, ending."""

from __future__ import annotations

from app.morphology.adjectives import AdjectiveReading, choose, read_adjective


def test_comparative_of_a_participle_adjective() -> None:
    found = read_adjective("gelassener", "lassen")
    assert AdjectiveReading("gelassen", "Cmp", "") in found
    assert AdjectiveReading("gelassen", "Pos", "er") in found
    assert choose(found, attributive=False) == (AdjectiveReading("gelassen", "Cmp", ""),)
    assert choose(found, attributive=True) == (AdjectiveReading("gelassen", "Pos", "er"),)


def test_irregular_comparison() -> None:
    assert AdjectiveReading("hoch", "Sup", "en") in read_adjective("höchsten")
    assert all(r.lemma != "höchst" for r in read_adjective("höchsten"))
    assert AdjectiveReading("gut", "Cmp", "en") in read_adjective("besseren")
    assert read_adjective("älteste") == (AdjectiveReading("alt", "Sup", "e"),)


def test_participles_used_as_adjectives() -> None:
    assert read_adjective("gestiegenen") == (AdjectiveReading("gestiegen", "Pos", "en"),)
    assert read_adjective("steigende") == (AdjectiveReading("steigend", "Pos", "e"),)


def test_swiss_spelling_and_non_adjectives() -> None:
    assert AdjectiveReading("groß", "Pos", "e") in read_adjective("grosse")
    assert read_adjective("der") == ()
    assert read_adjective("Xylophonix") == ()


def test_pronoun_like_adjectives_have_no_comparative() -> None:
    from app.morphology.adjectives import read_adjective

    for form in ("solcher", "anderer", "mancher"):
        assert all(r.degree == "Pos" for r in read_adjective(form, form[:-1])), form
    assert any(r.degree == "Cmp" for r in read_adjective("schneller"))


def test_ordinals_and_adjectives_in_te_have_no_comparative() -> None:
    # "in vierter Reihe": "vierte" with the ending -r, no comparative ("fourther")
    for form, base in (("vierter", "vierte"), ("zwanzigster", "zwanzigste"), ("letzter", "letzte")):
        assert all(r.degree != "Cmp" for r in read_adjective(form, base)), form
    assert any(r.degree == "Cmp" for r in read_adjective("leiser", "leise"))  # "-e", not "-te"


def test_adjective_of_its_own_is_not_the_comparative_of_a_rare_base() -> None:

    assert read_adjective("lecker")[0].degree == "Pos"  # not the comparative of "leck"
    assert {r.degree for r in read_adjective("leckere")} == {"Pos"}
    # counterexamples: comparatives of common bases stay comparatives
    assert read_adjective("weiter")[0].degree == "Cmp"
    assert read_adjective("lauter")[0].degree == "Cmp"
    assert read_adjective("später")[0].degree == "Cmp"


def test_ordinals_have_their_base_form_with_e() -> None:
    from app.morphology.adjectives import is_ordinal_stem, read_adjective

    assert {r.lemma for r in read_adjective("ersten", "erst")} == {"erste"}
    assert {r.lemma for r in read_adjective("sechsten", "sechst")} == {"sechste"}
    assert {r.lemma for r in read_adjective("zwanzigsten", "zwanzigst")} == {"zwanzigste"}
    # "erst" alone is the adverb; adjectives in "-t" are no ordinals
    assert is_ordinal_stem("siebzehnt") and not is_ordinal_stem("echt")
    assert {r.lemma for r in read_adjective("echten")} == {"echt"}
    assert {r.lemma for r in read_adjective("leichten")} == {"leicht"}


def test_an_ordinal_is_made_of_numerals_only() -> None:
    from app.morphology.adjectives import is_ordinal_stem

    for ordinal in ("erst", "zweit", "dritt", "siebt", "acht", "siebzehnt", "sechzehnt",
                    "zwanzigst", "einundzwanzigst", "dreißigst", "hundertst", "hundertdritt",
                    "tausendst", "zigst"):  # fmt: skip
        assert is_ordinal_stem(ordinal), ordinal
    # a participle or adjective that ends like one ("die entzweite Familie": entzweien)
    for word in ("entzweit", "einst", "fleißigst", "winzigst", "echt", "geachtet"):
        assert not is_ordinal_stem(word), word


def test_hoch_drops_its_c_before_an_ending() -> None:
    from app.morphology.adjectives import read_adjective

    assert {r.lemma for r in read_adjective("hohe", "hohe") if r.ending} == {"hoch"}
    assert {r.lemma for r in read_adjective("hohen")} == {"hoch"}


def test_a_frequent_word_that_never_inflects_is_no_adjective() -> None:
    from app.morphology.adjectives import inflects

    assert not inflects("unterwegs") and not inflects("durchs")
    assert inflects("deutlich") and inflects("gestiegen")
    assert inflects("zeitnahst")  # rare: the benefit of the doubt


def test_ding_adverbs_need_inflected_forms_in_use() -> None:
    from app.morphology.adjectives import inflects_in_use, pronoun_like

    assert not inflects_in_use("noch") and not inflects_in_use("sofort")
    assert not inflects_in_use("genug") and not inflects_in_use("dabei")
    assert inflects_in_use("deutlich") and inflects_in_use("teuer")  # "teure"
    assert inflects_in_use("leise") and inflects_in_use("gut")
    assert pronoun_like("manch") and pronoun_like("paar") and not pronoun_like("klein")
