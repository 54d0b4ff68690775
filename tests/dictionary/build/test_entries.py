"""Turning parsed Ding lines into entries: the forms that lead to them, plurals, verb forms."""

from __future__ import annotations

from collections import Counter

from app.dictionary.build.ding import parse_term
from app.dictionary.build.entries import align, line_to_entry
from app.dictionary.schema import (
    KIND_COMPARISON,
    KIND_DECLINED,
    KIND_HEAD,
    KIND_PLURAL,
    KIND_SUBHEAD,
    KIND_VARIANT,
    KIND_VERBFORM,
)
from tests.dictionary.support import ding_line, forms_of


def test_indexed_forms_plurals_aligned_to_their_singular() -> None:
    forms = forms_of("Aalleiter")
    assert forms["Aaltreppen"] == {KIND_PLURAL}
    assert forms["Aalleiter"] == {KIND_HEAD}
    entry = line_to_entry(ding_line("Aalleiter"), Counter())
    assert entry is not None
    assert [h.plural for h in entry.heads] == ["Aalleitern", "Aaltreppen", "Aalpässe"]
    assert forms_of("Koreaner")["Koreanerinnen"] == {KIND_PLURAL}


def test_plural_of_another_word_is_not_taken_for_the_headword_plural() -> None:
    # "Einfuhrrechte {pl}" follows "Einfuhr; Einführen; Import": not their plural
    heads = list(ding_line("Einfuhr {f}; Einführen").german[0])
    assert align(0, "Einfuhrrechte", 1, heads) is None
    assert align(0, "Häuser", 1, [parse_term("Haus {n}")]) == 0


def test_indexed_verb_forms_with_and_without_subject_pronouns() -> None:
    forms = forms_of("sich befinden")
    assert forms["befinden"] == {KIND_HEAD}
    for form in ("befindend", "befunden", "befindet", "befand"):
        assert forms[form] == {KIND_VERBFORM}, form
    werden = forms_of("werden {vi} (Zukunft)")
    assert werden["wird"] == {KIND_VERBFORM}
    assert werden["wirst"] == {KIND_VERBFORM}


def test_subject_pronoun_is_stripped_from_the_english_side_too() -> None:
    entry = line_to_entry(ding_line("werden {vi} (Zukunft)"), Counter())
    assert entry is not None
    sub = next(s for i, s in entry.subs.items() if "wird" in [h.text.split()[-1] for h in s[0]])
    glosses = [g.split("\x1f")[0] for g in sub[1].split("\x1e")]
    assert glosses[0] == "will"
    assert not any(g.lower().startswith(("he ", "he’", "he'")) for g in glosses)


def test_comparison_forms_and_declined_articles() -> None:
    gut = forms_of("gut {adj}")
    assert gut["besser"] == {KIND_COMPARISON}
    assert gut["besten"] == {KIND_COMPARISON}
    der = forms_of("der {art}")
    assert der["der"] == {KIND_HEAD}
    assert der["dem"] == {KIND_DECLINED}
    ein = forms_of("ein; eine {art}")
    assert ein["einem"] == {KIND_DECLINED}


def test_variants_abbreviations_and_sub_heads_are_indexed() -> None:
    assert forms_of("Aalmolche")["Aalmolch"] == {KIND_VARIANT}
    assert forms_of("die Polizei")["Polizei"] == {KIND_HEAD}
    assert forms_of("die Polizei")["Flugpolizei"] == {KIND_SUBHEAD}
    assert forms_of("Warenauslieferung")["Lfg"] == {KIND_VARIANT}
    assert "Ein Haus" not in forms_of("mit {prp")


def test_phrase_only_lines_give_no_entry() -> None:
    assert line_to_entry(ding_line("und Ähnliches"), Counter()) is None


def test_empty_main_gloss_falls_back_to_the_first_example() -> None:
    entry = line_to_entry(ding_line("schade {adj}"), Counter())
    assert entry is not None
    assert entry.glosses.split("\x1f")[0]  # "How sad!" or "What a pity/shame!"
