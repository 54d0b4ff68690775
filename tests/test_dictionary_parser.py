"""Parsing real Ding lines (tests/fixtures/ding_sample.txt) and German word helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.dictionary import german
from app.dictionary.build.ding import Line, matching_key, parse_line, parse_term, split_top
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

FIXTURE = Path(__file__).parent / "fixtures" / "ding_sample.txt"


def ding_line(start: str) -> Line:
    """The fixture line that starts with ``start``, parsed."""
    for raw in FIXTURE.read_text(encoding="utf-8").splitlines():
        if raw.startswith(start):
            parsed = parse_line(raw)
            assert parsed is not None
            return parsed
    raise AssertionError(f"no fixture line starts with {start!r}")


def forms_of(start: str) -> dict[str, set[int]]:
    """Keys the converter indexes for a fixture line, with their kinds."""
    from collections import Counter

    entry = line_to_entry(ding_line(start), Counter())
    assert entry is not None
    out: dict[str, set[int]] = {}
    for form in entry.forms:
        out.setdefault(form.key, set()).add(form.kind)
    return out


def test_every_fixture_line_parses_with_aligned_sub_entries() -> None:
    lines = [r for r in FIXTURE.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    assert len(lines) > 40
    for raw in lines:
        line = parse_line(raw)
        assert line is not None, raw
        assert len(line.german) == len(line.english), raw


def test_comments_and_malformed_lines_are_skipped() -> None:
    assert parse_line("# Version :: devel 2023-01-30") is None
    assert parse_line("") is None
    assert parse_line("no separator here") is None
    assert parse_line("a :: b :: c") is None


def test_sub_entries_and_alternatives_align() -> None:
    line = ding_line("Aalleiter")
    assert [t.text for t in line.german[0]] == ["Aalleiter", "Aaltreppe", "Aalpass"]
    assert [t.text for t in line.german[1]] == ["Aalleitern", "Aaltreppen", "Aalpässe"]
    assert [t.gender for t in line.german[0]] == ["f", "f", "m"]
    assert all(t.gender == "pl" for t in line.german[1])
    assert line.german[0][2].comments == ("Wasserbau",)
    assert [t.text for t in line.english[1]] == ["eel ladders"]
    assert line.english[0][0].text == "eel ladder"
    assert line.english[0][0].comments == ("water engineering",)


def test_labels_comments_variants_kept_apart_from_text() -> None:
    line = ding_line("Aalmolche")
    second = line.german[0][1]
    assert second.text == "Fischmolche"
    assert second.labels == ("zool.",)
    assert second.comments == ("Amphiuma", "zoologische Gattung")
    assert second.variants == ("Aalmolch",)
    congo = line.english[0][2]
    assert (congo.text, congo.labels) == ("congo eels", ("coll.",))


def test_abbreviation_with_semicolon_does_not_split_alternatives() -> None:
    line = ding_line("oder {conj}")
    assert len(line.german[0]) == 1
    term = line.german[0][0]
    assert term.text == "oder"
    assert term.abbreviations == ("o.; od.",)
    assert term.word_classes == frozenset({"conj"})


def test_abbreviation_with_a_parenthesis_inside_keeps_brackets_balanced() -> None:
    line = ding_line("Grinsemännchen")
    assert [t.text for t in line.german[0]] == ["Grinsemännchen", "Smiley"]
    assert line.german[0][1].abbreviations == (":-)",)
    assert [t.text for t in line.english[1]] == ["smileys", "smilies"]


def test_semicolons_inside_comments_and_markers_do_not_split() -> None:
    assert split_top("der {art} (des; dem; den)", "; ") == ["der {art} (des; dem; den)"]
    assert split_top("mit {prp; +Dat.}; bei", "; ") == ["mit {prp; +Dat.}", "bei"]
    assert split_top("a (b; c", "; ") == ["a (b; c"]  # unbalanced: nothing is lost
    assert split_top("a) b; c", "; ") == ["a) b", "c"]


def test_markers_with_case_government_and_english_irregular_forms() -> None:
    term = parse_term("mit {prp; +Dat.}")
    assert term.text == "mit"
    assert term.word_classes == frozenset({"prp"})
    give = ding_line("erteilen; geben").english[0][0]
    assert give.text == "to give"
    assert give.markers == ("gave; given",)


def test_gender_combinations() -> None:
    assert parse_term("Ex {m,f}").gender == "m,f"
    assert parse_term("Leute {pl}").gender == "pl"
    assert parse_term("laufen {vi}").gender is None


def test_register_label_belongs_to_its_alternative() -> None:
    schon, bereits = ding_line("schon; bereits").german[0]
    assert schon.labels == ()
    assert bereits.labels == ("geh.",)


def test_tilde_keywords_are_dropped() -> None:
    line = ding_line("ich {ppron}")
    assert [t.text for t in line.german[0]] == ["ich", "icke"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("sich befinden", "befinden"),
        ("etw. einstellen", "einstellen"),
        ("jdn./etw. loben", "loben"),
        ("jdn. einstellen", "einstellen"),
        ("von etw. profitieren", "profitieren"),
        ("die Polizei", "Polizei"),
        ("weder … noch", "weder"),
        ("sich", "sich"),
        ("A-Dur", "A-Dur"),
        ("das A und O", None),
        ("an sich", None),
        ("in Abwesenheit", None),
        ("Wie schade!", None),
    ],
)
def test_matching_key_strips_placeholders_but_keeps_phrases_out(text: str, key: str | None) -> None:
    assert matching_key(text) == key


def test_indexed_forms_plurals_aligned_to_their_singular() -> None:
    forms = forms_of("Aalleiter")
    assert forms["Aaltreppen"] == {KIND_PLURAL}
    assert forms["Aalleiter"] == {KIND_HEAD}
    entry = line_to_entry(ding_line("Aalleiter"), __import__("collections").Counter())
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
    from collections import Counter

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
    from collections import Counter

    assert line_to_entry(ding_line("und Ähnliches"), Counter()) is None


def test_empty_main_gloss_falls_back_to_the_first_example() -> None:
    from collections import Counter

    entry = line_to_entry(ding_line("schade {adj}"), Counter())
    assert entry is not None
    assert entry.glosses.split("\x1f")[0]  # "How sad!" or "What a pity/shame!"


# ----------------------------------------------------------------- word helpers


@pytest.mark.parametrize(
    "bad", ["", "2023", "Covid19", "🙂", "Haus🙂", "x" * 1000, "Москва", "Haus\u0434", "—", " "]
)
def test_clean_token_refuses_bad_input(bad: str) -> None:
    assert german.clean_token(bad) is None


def test_clean_token_strips_punctuation_and_keeps_hyphens() -> None:
    assert german.clean_token("„Hauptfeind“") == "Hauptfeind"
    assert german.clean_token("Raketen-Tests,") == "Raketen-Tests"
    assert german.clean_token("Nord-") == "Nord"
    assert german.clean_token("Straße") == "Straße"
    assert german.clean_token("Café") == "Café"


def test_inflection_candidates_cover_regular_endings() -> None:
    assert "militärisch" in german.inflection_candidates("militärischen")
    assert "befürchten" in german.inflection_candidates("befürchtet")
    assert "erklären" in german.inflection_candidates("erklärte")
    assert "machen" in german.inflection_candidates("gemacht")
    assert "ankündigen" in german.inflection_candidates("angekündigt")
    assert "Bündnis" in german.inflection_candidates("Bündnisses")


def test_case_and_spelling_variants() -> None:
    assert german.case_variants("Und") == ["und"]
    assert "Polizei" in german.case_variants("POLIZEI")
    assert german.spelling_variants("Strasse") == ["Straße"]
    assert german.spelling_variants("Haus") == []
