"""Anki .apkg (opened as the zip + SQLite collection it is), CSV and TSV export."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.vocab import anki
from app.vocab.deck import COLUMNS, Card, export_table, highlight_span, sentence_html
from app.vocab.store import Vocabulary


def _read_apkg(path: Path, work: Path) -> dict[str, object]:
    """Notes, models and decks of an .apkg: a zip holding an Anki SQLite collection."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        collection = next(n for n in ("collection.anki21", "collection.anki2") if n in names)
        assert json.loads(archive.read("media")) == {}
        work.mkdir(parents=True, exist_ok=True)
        archive.extract(collection, work)
    conn = sqlite3.connect(work / collection)
    try:
        notes = conn.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY id").fetchall()
        cards = conn.execute("SELECT nid, did FROM cards").fetchall()
        models, decks = conn.execute("SELECT models, decks FROM col").fetchone()
    finally:
        conn.close()
    return {
        "notes": [(g, m, f.split("\x1f"), t.split()) for g, m, f, t in notes],
        "cards": cards,
        "models": json.loads(models),
        "decks": json.loads(decks),
    }


def _cards() -> list[Card]:
    return [
        Card(
            "Häuser", "Haus", "Die Häuser am Fluss sind alt.", article="das", plural="Häuser",
            grammar="noun, neuter", glosses=("house", "home"), source="Testzeitung",
            date="2024-05-03",
        ),
        Card(
            "kündigte", "ankündigen", "Sie kündigte ihren Rücktritt an.",
            grammar="verb", glosses=("to announce",),
        ),
        Card("<b>", "b", "Ein Satz mit <b> & Zeichen: a<b."),  # HTML must be escaped
    ]  # fmt: skip


def test_second_export_updates_instead_of_duplicating(tmp_path: Path) -> None:
    vocabulary = Vocabulary(tmp_path / "v.sqlite3")
    for card in _cards():
        vocabulary.add_card(card)
    first_path = tmp_path / "first.apkg"
    assert anki.export_apkg(vocabulary.cards(), first_path) == 3
    first = _read_apkg(first_path, tmp_path / "x1")

    # The learner adds a translation to one card, adds the same card again, and a new one.
    vocabulary.add_card(
        Card("kündigte", "ankündigen", "Sie kündigte ihren Rücktritt an.",
             translation="She announced her resignation.")
    )  # fmt: skip
    vocabulary.add_card(_cards()[0])
    vocabulary.add_card(Card("ging", "gehen", "Er ging nach Hause."))
    second_path = tmp_path / "second.apkg"
    assert anki.export_apkg(vocabulary.cards(), second_path) == 4
    second = _read_apkg(second_path, tmp_path / "x2")

    guids1 = [n[0] for n in first["notes"]]  # type: ignore[union-attr]
    guids2 = [n[0] for n in second["notes"]]  # type: ignore[union-attr]
    assert len(set(guids1)) == 3 and len(set(guids2)) == 4 == len(guids2)  # no duplicates
    assert set(guids1) <= set(guids2)  # the same notes, found again by GUID
    fields2 = {n[0]: n[2] for n in second["notes"]}  # type: ignore[union-attr]
    fields1 = {n[0]: n[2] for n in first["notes"]}  # type: ignore[union-attr]
    announce = anki.note_guid(Card("", "ankündigen", "Sie kündigte ihren Rücktritt an."))
    translation = anki.FIELDS.index("Translation")
    assert fields1[announce][translation] == ""
    assert fields2[announce][translation] == "She announced her resignation."  # updated

    for data in (first, second):
        assert {n[1] for n in data["notes"]} == {anki.MODEL_ID}  # type: ignore[union-attr]
        assert {c[1] for c in data["cards"]} == {anki.DECK_ID}  # type: ignore[union-attr]
        model = data["models"][str(anki.MODEL_ID)]  # type: ignore[index]
        assert [f["name"] for f in model["flds"]] == list(anki.FIELDS)
        assert data["decks"][str(anki.DECK_ID)]["name"] == anki.DEFAULT_DECK_NAME  # type: ignore[index]
        for _, _, fields, tags in data["notes"]:  # type: ignore[union-attr]
            assert len(fields) == len(anki.FIELDS) and tags == [anki.TAG]


def test_note_fields_front_and_back(tmp_path: Path) -> None:
    house, _, html_card = _cards()
    fields = dict(zip(anki.FIELDS, anki.note_fields(house.normalized()), strict=True))
    assert fields["Sentence"] == 'Die <span class="target">Häuser</span> am Fluss sind alt.'
    assert fields["Headword"] == "das Haus" and fields["Plural"] == "Häuser"
    assert fields["Glosses"] == "house; home" and fields["Grammar"] == "noun, neuter"
    assert fields["Source"] == "Testzeitung · 2024-05-03"
    escaped = dict(zip(anki.FIELDS, anki.note_fields(html_card), strict=True))
    assert escaped["Sentence"] == (
        'Ein Satz mit <span class="target">&lt;b&gt;</span> &amp; Zeichen: a&lt;b.'
    )
    assert "{{Sentence}}" in anki.FRONT and "{{FrontSide}}" in anki.BACK
    for name in anki.FIELDS[2:]:
        assert "{{" + name + "}}" in anki.BACK


def test_guid_depends_on_lemma_and_sentence_only() -> None:
    base = Card("ging", "gehen", "Er ging nach Hause.")
    same = Card("Ging", "gehen", "Er  ging nach Hause.", translation="x", glosses=("y",))
    assert anki.note_guid(base) == anki.note_guid(same.normalized())
    assert anki.note_guid(base) != anki.note_guid(Card("ging", "gehen", "Sie ging."))


def test_failed_export_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "deck.apkg"
    with pytest.raises(OSError):
        anki.export_apkg(_cards(), target)
    assert not target.parent.exists()


def test_five_thousand_cards(tmp_path: Path) -> None:
    cards = [Card(f"Wort{i}", f"Wort{i}", f"Das ist Satz {i} mit Wort{i}.") for i in range(5000)]
    assert anki.export_apkg(cards, tmp_path / "big.apkg") == 5000
    data = _read_apkg(tmp_path / "big.apkg", tmp_path / "x")
    assert len({n[0] for n in data["notes"]}) == 5000  # type: ignore[union-attr]


@pytest.mark.parametrize(("delimiter", "name"), [(",", "deck.csv"), ("\t", "deck.tsv")])
def test_csv_and_tsv(tmp_path: Path, delimiter: str, name: str) -> None:
    path = tmp_path / name
    cards = [c.normalized() for c in _cards()]
    assert export_table(cards, path, delimiter=delimiter) == 3
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 4
    first = dict(zip(COLUMNS, rows[1], strict=True))
    assert first["lemma"] == "Haus" and first["glosses"] == "house; home"
    assert first["sentence"] == "Die Häuser am Fluss sind alt." and first["added"]
    assert not list(tmp_path.glob(".*tmp"))


def test_highlight() -> None:
    assert highlight_span("Er ging. Ging er?", "ging") == (3, 7)
    assert highlight_span("Ging er?", "ging") == (0, 4)  # case ignored when needed
    assert highlight_span("Umgehung", "geh") is None  # whole words only
    assert sentence_html("kein Treffer", "Wort") == "kein Treffer"


@given(st.text(max_size=60), st.text(min_size=1, max_size=10))
def test_sentence_html_keeps_the_text(sentence: str, word: str) -> None:
    import html
    import re

    out = sentence_html(sentence, word)
    assert html.unescape(re.sub(r"</?span[^>]*>", "", out)) == sentence
    assert out.count("<span") <= 1


@given(
    st.text(alphabet="aäbß_ -.Ü1", max_size=40),
    st.text(alphabet="aäbß_ -.Ü1", min_size=1, max_size=4),
)
def test_highlight_agrees_with_a_whole_word_regex(sentence: str, word: str) -> None:
    import re

    pattern = r"(?<!\w)" + re.escape(word.strip()) + r"(?!\w)"
    expected = re.search(pattern, sentence) if word.strip() else None
    found = highlight_span(sentence, word)
    if expected is not None:
        assert found == expected.span()
    elif found is not None:  # only a match that differs in case
        assert sentence[found[0] : found[1]].lower() == word.strip().lower()
