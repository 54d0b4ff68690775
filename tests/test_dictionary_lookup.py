"""The lookup chain, WordInfo, bad input and a missing or corrupt database.

Runs on a small database converted from real Ding lines
(tests/fixtures/ding_sample.txt) plus a two-line supplement and a few lemma
pairs standing in for simplemma's data, so every step is checked in isolation.
"""

from __future__ import annotations

import lzma
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.dictionary import Dictionary, WordInfo, store
from app.dictionary.build.database import build_database, compress

FIXTURES = Path(__file__).parent / "fixtures"
SUPPLEMENT = """\
# test supplement
am {prp} (= an dem) :: at the; on the
haben {vt} | habend | gehabt | hat | hatte :: to have | having | had | has | had
"""
LEMMA_PAIRS = [("gibst", "geben"), ("lobte", "loben"), ("Summen", "Summe")]


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dictionary")
    supplement = folder / "supplement.txt"
    supplement.write_text(SUPPLEMENT, encoding="utf-8")
    output = folder / "small.sqlite"
    stats = build_database(
        FIXTURES / "ding_sample.txt", output, supplement=supplement, lemma_pairs=LEMMA_PAIRS
    )
    assert stats["entries"] > 40
    return output


@pytest.fixture(scope="module")
def small(small_db: Path) -> Iterator[Dictionary]:
    dictionary = Dictionary(small_db)
    assert dictionary.error is None
    yield dictionary
    dictionary.close()


# ------------------------------------------------------------------ the chain


def test_exact_surface_form_with_its_own_sub_entry(small: Dictionary) -> None:
    info = small.lookup("Waffenlieferungen")
    assert info.match == "exact"
    assert (info.lemma, info.gender, info.article) == ("Waffenlieferung", "f", "die")
    assert info.plural == "Waffenlieferungen"
    assert info.glosses[0] == "deliveries of arms"  # the plural sub-entry comes first
    assert "delivery of arms" in info.glosses
    assert info.source == "offline dictionary"


def test_exact_headword(small: Dictionary) -> None:
    info = small.lookup("Aaltreppe")
    assert (info.lemma, info.article, info.plural) == ("Aaltreppe", "die", "Aaltreppen")
    assert info.glosses[0] == "eel ladder"
    assert info.pos == "NOUN"


def test_pipeline_lemma_when_the_form_is_unknown(small: Dictionary) -> None:
    info = small.lookup("Aaltreppchens", lemma="Aaltreppe", pos="NOUN")
    assert info.match == "lemma"
    assert info.lemma == "Aaltreppe"
    assert info.glosses[0] == "eel ladder"
    assert info.word == "Aaltreppchens"


def test_simplemma_lemma_for_an_irregular_form(small: Dictionary) -> None:
    info = small.lookup("gibst")
    assert info.match == "simplemma"
    assert info.lemma == "geben"
    assert info.glosses[0] == "to give"


def test_suffix_rules_after_simplemma(small: Dictionary) -> None:
    info = small.lookup("militärischen")
    assert info.match == "rules"
    assert (info.lemma, info.glosses) == ("militärisch", ("military",))
    # Ding has "lobte" only inside an example sentence of "loben"
    lobte = small.lookup("lobte")
    assert (lobte.match, lobte.lemma) == ("rules", "loben")
    assert lobte.glosses[0] == "to praise sb./sth."


def test_case_variants(small: Dictionary) -> None:
    assert small.lookup("POLIZEI").lemma == "Polizei"
    assert small.lookup("POLIZEI").match == "case"
    sentence_start = small.lookup("Oder")
    assert sentence_start.match == "case"
    assert sentence_start.glosses[0] == "or"


def test_compound_with_linking_element(small: Dictionary) -> None:
    info = small.lookup("Waffentests")
    assert info.match == "compound"
    assert [(p.text, p.lemma) for p in info.compound] == [("Waffen", "Waffe"), ("tests", "Test")]
    assert info.compound[1].glosses[0] == "test"
    assert (info.lemma, info.gender, info.article) == ("Waffentest", "m", "der")
    assert info.plural == "Waffentests"
    assert info.glosses == ("weapon + test",)


def test_compound_head_by_its_plural_form(small: Dictionary) -> None:
    info = small.lookup("Stahlimporte", lemma="Stahlimport")
    assert [p.lemma for p in info.compound] == ["Stahl", "Import"]
    assert info.compound[0].glosses[0] == "steel"
    assert info.lemma == "Stahlimport"


def test_hyphenated_compound(small: Dictionary) -> None:
    info = small.lookup("Raketen-Tests")
    assert [(p.text, p.lemma) for p in info.compound] == [("Raketen", "Rakete"), ("Tests", "Test")]
    assert info.compound[0].glosses[0].startswith("rocket")
    assert info.lemma == "Raketen-Test"
    assert info.article == "der"


def test_nothing_found(small: Dictionary) -> None:
    info = small.lookup("Qwxyzbrmpf", lemma="Qwxyzbrmpf", pos="NOUN", morph="Case=Nom")
    assert info.glosses == () and info.compound == ()
    assert info.match == ""
    assert info.word == "Qwxyzbrmpf"


def test_pos_selects_among_homographs(small: Dictionary) -> None:
    # "der" is an article and a relative pronoun in Ding; a DET token gets "the"
    assert small.lookup("der", pos="DET").glosses[0] == "the"
    assert small.lookup("dem", pos="DET").glosses[0] == "the"
    assert small.lookup("dem").lemma == "der"


def test_function_words_and_auxiliary_forms(small: Dictionary) -> None:
    assert small.lookup("sich").glosses[0] == "oneself"
    assert small.lookup("am").glosses[:2] == ("at the", "on the")
    wird = small.lookup("wird")
    assert (wird.lemma, wird.glosses[0]) == ("werden", "will")
    hat = small.lookup("hat")
    assert (hat.lemma, hat.glosses[0]) == ("haben", "has")
    assert small.lookup("befand").lemma == "befinden"
    assert small.lookup("befand").headword == "sich befinden"


# ------------------------------------------------------------------ ranking


def test_ranking_sub_entry_of_the_form_before_a_verbal_noun(small: Dictionary) -> None:
    # "Summen": plural of "Summe" (sum) and the verbal noun "das Summen" (buzzing)
    info = small.lookup("Summen")
    assert info.glosses[0] == "sum"
    assert info.lemma == "Summe"


def test_ranking_at_most_five_glosses_without_duplicates(small: Dictionary) -> None:
    for word in ("einstellen", "eingestellt", "der", "Bank", "werden", "mit"):
        glosses = small.lookup(word).glosses
        assert 1 <= len(glosses) <= 5, word
        assert len({g.casefold() for g in glosses}) == len(glosses), word


def test_ranking_senses_keep_labels_and_notes_apart(small: Dictionary) -> None:
    info = small.lookup("Aalpass")
    assert info.glosses[0] == "eel ladder"
    assert info.senses[0].note == "water engineering"
    assert "(" not in info.glosses[0]


def test_ranking_field_labels_go_last(small: Dictionary) -> None:
    info = small.lookup("einstellen")
    assert "to suspend" not in info.glosses[:2]  # [aviat.]
    assert "to adjust sth." not in info.glosses[:2]  # [techn.]


def test_ranking_old_register_goes_last(small: Dictionary) -> None:
    stahl = small.lookup("Stahl")
    assert stahl.glosses[0] == "steel"
    assert stahl.plural == "Stähle"


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    "bad", ["", "   ", "2023", "5.", "Covid-19", "🙂", "Haus🙂", "x" * 1000, "Москва", "Hausд"]
)
def test_bad_input_gives_an_empty_result(small: Dictionary, bad: str) -> None:
    info = small.lookup(bad, lemma=bad, pos="X")
    assert isinstance(info, WordInfo)
    assert info.glosses == () and info.compound == () and info.gender is None


def test_non_string_input_never_raises(small: Dictionary) -> None:
    for bad in (None, 42, b"Haus", ["Haus"]):
        info = small.lookup(bad)  # type: ignore[arg-type]
        assert info.glosses == ()


@settings(max_examples=300, deadline=None)
@given(word=st.text(max_size=80), lemma=st.one_of(st.none(), st.text(max_size=20)))
def test_lookup_never_raises(small: Dictionary, word: str, lemma: str | None) -> None:
    info = small.lookup(word, lemma=lemma, pos="NOUN")
    assert isinstance(info, WordInfo)
    assert len(info.glosses) <= 5


def test_concurrent_lookups_agree(small: Dictionary) -> None:
    words = ["Waffenlieferungen", "Stahlimporte", "der", "hat", "Summen", "Raketen-Tests"] * 20
    expected = {w: small.lookup(w) for w in words}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(small.lookup, words))
    assert all(r == expected[w] for w, r in zip(words, results, strict=True))


# ------------------------------------------------------- missing or corrupt db


def _assert_fallback(dictionary: Dictionary) -> None:
    assert dictionary.error and dictionary.error.endswith("Showing lemma and part of speech only.")
    assert "\n" not in dictionary.error
    info = dictionary.lookup("Häuser", lemma="Haus", pos="NOUN", morph="Number=Plur")
    assert (info.lemma, info.pos, info.morph, info.glosses) == ("Haus", "NOUN", "Number=Plur", ())


def test_missing_database_file(tmp_path: Path) -> None:
    dictionary = Dictionary(tmp_path / "nowhere.sqlite")
    _assert_fallback(dictionary)
    assert "nowhere.sqlite" in (dictionary.error or "")


def test_corrupt_database_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    _assert_fallback(Dictionary(bad))


def test_database_of_another_format(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE words (w TEXT)")
    _assert_fallback(Dictionary(other))
    assert "incomplete" in (Dictionary(other).error or "")


def test_missing_bundled_resource(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: tmp_path / "resources")
    dictionary = Dictionary()
    _assert_fallback(dictionary)
    assert "missing" in (dictionary.error or "")


def test_first_run_install_progress_and_repair(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "dictionary").mkdir(parents=True)
    compress(small_db, resources / "dictionary" / store.COMPRESSED_NAME)
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: resources)
    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    monkeypatch.setattr("app.core.paths.user_data_dir", lambda: tmp_path / "user")

    calls: list[tuple[float, str]] = []
    first = Dictionary(progress=lambda f, m: calls.append((f, m)))
    assert first.error is None, first.error
    assert calls and calls[-1][0] == 1.0
    assert all(0.0 <= f <= 1.0 for f, _ in calls)
    assert first.path is not None and first.path.is_relative_to(tmp_path / "user")
    assert first.lookup("Waffenlieferungen").glosses
    installed = first.path
    first.close()

    calls.clear()
    second = Dictionary(progress=lambda f, m: calls.append((f, m)))
    assert second.error is None and calls == []  # installed once, reused
    second.close()

    installed.write_bytes(b"\0" * 4096)  # damaged on disk: unpacked again
    third = Dictionary()
    assert third.error is None, third.error
    assert third.lookup("Stahl").glosses[0] == "steel"
    third.close()


def test_truncated_compressed_resource(
    small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    (resources / "dictionary").mkdir(parents=True)
    data = lzma.compress(small_db.read_bytes())
    (resources / "dictionary" / store.COMPRESSED_NAME).write_bytes(data[: len(data) // 2])
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(store, "resources_dir", lambda: resources)
    monkeypatch.setattr(store, "user_data_dir", lambda: tmp_path / "user")
    dictionary = Dictionary()
    _assert_fallback(dictionary)
    assert not list((tmp_path / "user" / "dictionary").glob("*.sqlite"))
