"""Parsing real Ding lines (tests/fixtures/ding_sample.txt)."""

from __future__ import annotations

import pytest

from app.dictionary.build.ding import matching_key, parse_line, parse_term, split_top
from tests.dictionary.support import FIXTURE, ding_line


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


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # Ding's written-out objects stand for "etw." (gloss32)
        ("einer Sache angehören", "angehören"),
        ("sich einer Sache enthalten", "enthalten"),
        ("jdm./einer Sache ausweichen", "ausweichen"),
        ("etw. einer Sache zuordnen", "zuordnen"),
        ("jdn. einer Sache beschuldigen", "beschuldigen"),
        ("eine Sache stören", "stören"),
        ("mit einer Sache zurechtkommen", "zurechtkommen"),
        ("an einen Ort gelangen", "gelangen"),
        ("jdn. an einen Ort schicken", "schicken"),
        # near misses: the noun alone or a phrase with other words stays as it was
        ("eine Sache", "Sache"),
        ("einer Sache", None),
        ("den Wert einer Sache bestimmen", None),
        ("Personen zwangsweise an einen Ort transportieren", None),
        ("in einen Ort fahren", None),
        ("die Sache angehen", None),
        ("einen Ort besuchen", None),
    ],
)
def test_written_out_objects_are_placeholders(text: str, key: str | None) -> None:
    assert matching_key(text) == key
