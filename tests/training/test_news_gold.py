"""The news gold sets as NER training docs (training/news_gold.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from training import news_gold
from training.convert import Sentence


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.blank("de")


def ents(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_mentions_in_order_skip_compounds(nlp: spacy.language.Language) -> None:
    stats = news_gold.NewsStats()
    text = "Die CDU-Politikerin Anna Krull (CDU) traf Krull in Kiel."
    gold = [
        {"text": "Anna Krull", "label": "PER"},
        {"text": "CDU", "label": "ORG"},
        {"text": "Krull", "label": "PER"},
        {"text": "Kiel", "label": "LOC"},
    ]
    doc = news_gold.paragraph_doc(nlp, text, gold, stats)
    assert ents(doc) == [("Anna Krull", "PER"), ("CDU", "ORG"), ("Krull", "PER"), ("Kiel", "LOC")]
    # the CDU of the compound is O, the second Krull the one after "traf"
    assert doc[1].ent_iob_ == "O"
    assert doc[8].text == "Krull" and doc[8].ent_type_ == "PER"
    assert stats.ents == {"PER": 2, "ORG": 1, "LOC": 1}
    assert (stats.misaligned, stats.lost) == (0, 0)
    # everything not listed is O (not missing)
    assert all(t.ent_iob_ in ("B", "I", "O") for t in doc)


def test_misaligned_missing_and_lost(nlp: spacy.language.Language) -> None:
    stats = news_gold.NewsStats()
    text = "Der Zug Graz–Klagenfurt hielt in Wien."
    gold = [
        {"text": "Graz", "label": "LOC"},
        {"text": "Salzburg", "label": "LOC"},
        {"text": "Wien", "label": "LOC"},
    ]
    doc = news_gold.paragraph_doc(nlp, text, gold, stats)
    assert ents(doc) == [("Wien", "LOC")]
    assert (stats.misaligned, stats.lost) == (1, 1)
    assert doc[2].ent_iob_ == ""  # missing: neither entity nor O


def test_generic_bodies_missing(nlp: spacy.language.Language) -> None:
    o_words = news_gold.germeval_o_words(
        [
            Sentence(["Der", "Senat", "tagte", "in", "Kiel"], ["O", "O", "O", "O", "B-LOC"]),
            Sentence(["Kiel", "und", "Senat"], ["O", "O", "O"]),
        ]
    )
    assert "Senat" in o_words and "Kiel" not in o_words

    def is_common(word: str, exact: bool = False) -> bool:
        return word.lower() in {"senat", "kiel"}

    generic = news_gold.generic_test(o_words, is_common)
    stats = news_gold.NewsStats()
    doc = news_gold.paragraph_doc(
        nlp,
        "Der Senat in Kiel.",
        [{"text": "Senat", "label": "ORG"}, {"text": "Kiel", "label": "LOC"}],
        stats,
        generic,
    )
    assert ents(doc) == [("Kiel", "LOC")]
    assert doc[1].ent_iob_ == "" and stats.common_missing == 1


def test_parse_sets() -> None:
    assert news_gold.parse_sets("2-4,7") == [2, 3, 4, 7]


def test_news_docs_reads_sets(tmp_path: Path, nlp: spacy.language.Language) -> None:
    path = tmp_path / "people_gold_p99.json"
    paras = [
        {"id": "a", "text": "Berlin (dpa) - Ole Hansen", "entities": []},
        {
            "id": "b",
            "text": "Ole Hansen in Berlin",
            "entities": [
                {"text": "Ole Hansen", "label": "PER"},
                {"text": "Berlin", "label": "LOC"},
            ],
        },
    ]
    path.write_text(json.dumps(paras), encoding="utf-8")
    docs, stats = news_gold.news_docs(nlp, [path])
    assert len(docs) == 2 and stats.paragraphs == 2
    assert ents(docs[0]) == [] and ents(docs[1]) == [("Ole Hansen", "PER"), ("Berlin", "LOC")]
    assert news_gold.gold_path(99, tmp_path) == path


def test_training_sets_exclude_the_news_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default only p2-p20 are read: p21 and later are the news check."""
    read: list[int] = []

    def fake_docs(nlp: object, paths: list[Path], is_common: object = None) -> tuple[list, object]:
        read.extend(int(p.stem.split("_p")[1]) for p in paths)
        return [], news_gold.NewsStats()

    monkeypatch.setattr(news_gold, "news_docs", fake_docs)
    monkeypatch.setattr(news_gold, "bundled_tokenizer", lambda: spacy.blank("de"))
    assert news_gold.main(["--no-common-missing", "--out", str(tmp_path / "x.spacy")]) == 0
    assert read == list(range(2, 21))


def test_swap_ner_keeps_everything_else(tmp_path: Path) -> None:
    from training import package

    shipped, ner, out = tmp_path / "shipped", tmp_path / "ner", tmp_path / "out"
    for base, tag in ((shipped, "old"), (ner, "new")):
        for part in ("tok2vec", "ner", "leselupe_lexclass"):
            (base / part).mkdir(parents=True)
            (base / part / "model").write_text(tag if part != "leselupe_lexclass" else "lex")
    (shipped / "senter").mkdir()
    (shipped / "senter" / "model").write_text("ud")
    meta = {"version": "0.4.0", "description": "Pipeline. Old notes.", "performance": {"f": 1}}
    (shipped / "meta.json").write_text(json.dumps(meta))
    package.swap_ner(ner, shipped, out, version="0.5.0", notes="New NER.")
    assert (out / "tok2vec" / "model").read_text() == "new"
    assert (out / "ner" / "model").read_text() == "new"
    assert (out / "senter" / "model").read_text() == "ud"
    got = json.loads((out / "meta.json").read_text())
    assert got["version"] == "0.5.0" and "performance" not in got
    assert got["description"] == "Pipeline. New NER."
    (ner / "leselupe_lexclass" / "model").write_text("other lexicon")
    with pytest.raises(SystemExit):
        package.swap_ner(ner, shipped, out, version="0.5.0", notes="")
