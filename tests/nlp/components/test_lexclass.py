"""``leselupe_lexclass``: word classes for the tok2vec (app/nlp/components/lexclass.py)."""

from __future__ import annotations

from pathlib import Path

import spacy

from app.nlp.components.lexclass import (
    LEX_COMMON,
    LEX_FIRST,
    LEX_GAZ_LOC,
    LEX_PROPER,
    LexClass,
    format_lexicon,
    lex_flags,
    parse_lexicon,
)

CODES = {"präsident": LEX_COMMON, "berlin": LEX_PROPER | LEX_GAZ_LOC, "anna": LEX_FIRST}


def _lexclass(name_endings: bool = False) -> LexClass:
    lexclass = LexClass(spacy.blank("de").vocab, name_endings=name_endings)
    lexclass.codes = dict(CODES)
    return lexclass


def test_lexicon_text_round_trip() -> None:
    text = format_lexicon(CODES)
    assert parse_lexicon(text) == CODES
    assert format_lexicon(parse_lexicon(text)) == text
    assert parse_lexicon("1\tFoo bar\n\n2\t\n") == {"Foo": 1, "bar": 1}


def test_inflected_and_compound_words_inherit_flags() -> None:
    lexclass = _lexclass()
    assert lexclass.guess("präsidenten") == LEX_COMMON
    assert lexclass.guess("korea-präsident") == LEX_COMMON
    assert lexclass.guess("vizepräsident") == LEX_COMMON
    assert lexclass.guess("quastenberg") == 0


def test_name_endings_stop_the_compound_guess() -> None:
    lexclass = _lexclass(name_endings=True)
    lexclass.codes["berg"] = LEX_COMMON
    assert lexclass.guess("quastenberg") == 0
    plain = _lexclass()
    plain.codes["berg"] = LEX_COMMON
    assert plain.guess("quastenberg") == LEX_COMMON


def test_flags_survive_the_token_lang_encoding() -> None:
    lexclass = _lexclass()
    doc = lexclass(spacy.blank("de").make_doc("Der Präsident traf Anna in Berlin 2024"))
    flags = {t.text: lex_flags(t) for t in doc}
    assert flags["Präsident"] == LEX_COMMON
    assert flags["Anna"] == LEX_FIRST
    assert flags["Berlin"] == LEX_PROPER | LEX_GAZ_LOC
    assert flags["2024"] == 0
    capitalised, upper = lexclass.code_for("Berlin"), lexclass.code_for("BERLIN")
    assert capitalised != upper and lexclass.code_for("berlin") not in {capitalised, upper}


def test_saved_and_loaded(tmp_path: Path) -> None:
    lexclass = _lexclass()
    lexclass.to_disk(tmp_path / "lexclass")
    loaded = LexClass(spacy.blank("de").vocab).from_disk(tmp_path / "lexclass")
    assert loaded.codes == CODES
    assert LexClass(spacy.blank("de").vocab).from_bytes(lexclass.to_bytes()).codes == CODES
    (tmp_path / "lex.txt").write_text(format_lexicon(CODES), encoding="utf-8")
    fresh = LexClass(spacy.blank("de").vocab)
    fresh.initialize(path=str(tmp_path / "lex.txt"))
    assert fresh.codes == CODES


def test_lexclass_marks_known_common_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    from app.nlp.components.lexclass import LEX_COMMON, lex_flags

    doc = nlp("Der Präsident und der Korea-Experte Quastenberg")
    flags = {t.text: lex_flags(t) for t in doc}
    assert flags["Präsident"] & LEX_COMMON
    assert flags["Korea-Experte"] & LEX_COMMON
    assert not flags["Quastenberg"] & LEX_COMMON
