"""Known words from a plain word list or an Anki text export."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vocab.importing import (
    ImportFileError,
    first_field,
    one_word,
    parse_word_list,
    read_word_list,
)


def test_plain_list_with_comments_and_articles() -> None:
    text = "# my words\n\nHaus\nder Hund\n  ging  \nsich freuen\nHaus\ndas Haus, -¨er\n"
    found = parse_word_list(text)
    assert found.words == ("Haus", "Hund", "ging", "freuen")
    assert found.skipped == ()


def test_anki_text_export() -> None:
    text = (
        "#separator:tab\n#html:true\n#notetype column:1\n"
        "<b>die Straße</b>\tstreet\tTag1\n"
        '"der&nbsp;Baum"\ttree\n'
        'Er <span class="target">ging</span> nach Hause.\tgehen\n'
        "Das ist ein ganzer Satz.\tThis is a sentence.\n"
    )
    found = parse_word_list(text)
    assert found.words == ("Straße", "Baum", "ging")
    assert found.skipped == ("Das ist ein ganzer Satz.",)


def test_own_deck_export_header_is_not_a_word() -> None:
    # newuser34: importing Leselupe's own deck CSV marked "word" (the header) known
    csv_text = (
        "word,lemma,article,plural,grammar,glosses,sentence,translation,source,date,added\n"
        "Häuser,Haus,das,Häuser,noun,house,Die Häuser sind alt.,,x,,2026-12-04\n"
    )
    assert parse_word_list(csv_text).words == ("Häuser",)
    tsv_text = "word\tlemma\tarticle\nging\tgehen\t\n"
    assert parse_word_list(tsv_text).words == ("ging",)
    # a list whose first word is "word" keeps it
    assert parse_word_list("word\nHaus\n").words == ("word", "Haus")


def test_field_helpers() -> None:
    assert first_field("<div>Haus&amp;Hof</div>\tx") == "Haus&Hof"
    assert one_word("„Haus“") == "Haus"
    assert one_word("123") is None and one_word("zwei Wörter") is None


def test_file_encodings(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffStraße\nMädchen\n".encode())
    assert read_word_list(bom).words == ("Straße", "Mädchen")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Straße\nMädchen\n".encode("cp1252"))
    assert read_word_list(latin).words == ("Straße", "Mädchen")


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        read_word_list(tmp_path / "missing.txt")
    with pytest.raises(ImportFileError, match="cannot read"):
        read_word_list(tmp_path)  # a directory
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(ImportFileError, match="not a text file"):
        read_word_list(binary)
    package = tmp_path / "deck.apkg"  # a zip: Anki's package, not its text export
    package.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match="Notes in Plain Text"):
        read_word_list(package)


@given(st.text(max_size=300))
def test_any_text_parses(text: str) -> None:
    found = parse_word_list(text)
    assert len(set(found.words)) == len(found.words)
    for word in found.words:
        assert word and " " not in word and "\t" not in word
