"""Universal NER German PUD read into GermEval's conventions (training/uner.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from app.nlp.gazetteer import Entry, Gazetteer
from training import convert, uner

IOB2 = """\
# newdoc id = n01001
# sent_id = n01001-0001
# text = „Neu“, schrieb Obamas Beraterin Kori Schulman in Den Haag.
1\t„\tO\t-\t-
2\tNeu\tO\t-\t-
3\t“\tO\t-\t-
4\t,\tO\t-\t-
5\tschrieb\tO\t-\t-
6\tObamas\tB-PER\t-\tstefan
7\tBeraterin\tO\t-\t-
8\tKori\tB-PER\t-\tstefan
9\tSchulman\tI-PER\t-\tstefan
10\tin\tO\t-\t-
11\tDen\tB-LOC\t-\tstefan
12\tHaag\tI-LOC\t-\tstefan
13\t.\tO\t-\t-

# newdoc id = n01002
# sent_id = n01002-0001
# text = Die Regierung und die Olympischen Spiele.
1\tDie\tB-ORG\t-\tstefan
2\tRegierung\tI-ORG\t-\tstefan
3\tund\tO\t-\t-
4\tdie\tO\t-\t-
5\tOlympischen\tB-OTH\t-\tstefan
6\tSpiele\tI-OTH\t-\tstefan
7\t.\tO\t-\t-
"""

COMMON = {"regierung", "polizei", "papst", "behörde", "statistikbehörde", "institut"}


def is_common(word: str, exact: bool = False) -> bool:
    return word.lower() in COMMON


def gazetteer() -> Gazetteer:
    return Gazetteer(
        {
            ("Russland",): Entry("LOC", "country", "="),
            ("Hollywood",): Entry("LOC", "geonames", "="),
            ("Weiße", "Haus"): Entry("LOC", "building", "="),
            ("Den", "Haag"): Entry("LOC", "city", "="),
        }
    )


def sentence(words: str, tags: str) -> convert.Sentence:
    return convert.Sentence(words.split(), tags.split(), "uner")


def clean(words: str, tags: str) -> list[str]:
    return uner.clean_uner(sentence(words, tags), is_common, gazetteer()).tags


def test_read_uner_keeps_text_tags_and_documents(tmp_path: Path) -> None:
    path = tmp_path / "x.iob2"
    path.write_text(IOB2, encoding="utf-8")
    sents = uner.read_uner(path)
    assert len(sents) == 2
    first, second = sents
    assert first.meta["text"].startswith("„Neu“, schrieb")
    assert first.group == "n01001"
    assert first.words[5:9] == ["Obamas", "Beraterin", "Kori", "Schulman"]
    assert first.tags[5:12] == ["B-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"]
    assert second.tags[4:6] == ["O", "O"]  # OTH is no label of ours


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        # genitive names are names, as in GermEval
        ("schrieb Obamas Beraterin", "O B-PER O", ["O", "B-PER", "O"]),
        # leading article cut; a common noun alone is no name in GermEval
        ("Die Regierung sagt", "B-ORG I-ORG O", ["O", "-", "O"]),
        ("Die Republikaner sagen", "B-ORG I-ORG O", ["O", "B-ORG", "O"]),
        # adjectives of names (GermEval *deriv) and coordinations
        ("der britischen Botschaft", "O B-ORG I-ORG", ["O", "-", "-"]),
        ("Tim und Struppi", "B-PER I-PER I-PER", ["-", "-", "-"]),
        # a title opens the span (GermEval keeps titles out of names)
        ("Papst Franziskus kam", "B-PER I-PER O", ["-", "-", "O"]),
        # compounds with a common-noun part after a hyphen (GermEval *part)
        ("die US - Statistikbehörde", "O B-ORG I-ORG I-ORG", ["O", "-", "-", "-"]),
        ("Irène Joliot - Curie", "B-PER I-PER I-PER I-PER", ["B-PER", "I-PER", "I-PER", "I-PER"]),
        # a country as an actor is LOC in GermEval; another place as ORG: unknown
        ("Russland droht", "B-ORG O", ["B-LOC", "O"]),
        ("in Den Haag", "O B-ORG I-ORG", ["O", "B-LOC", "I-LOC"]),
        ("Hollywood dreht", "B-ORG O", ["-", "O"]),
        ("das Weiße Haus", "O B-ORG I-ORG", ["O", "B-LOC", "I-LOC"]),
        # events are GermEval OTH
        ("die Olympischen Spiele", "O B-ORG I-ORG", ["O", "-", "-"]),
        # a one-word person that is also a noun stays a person ("Zimmer", "Springer")
        ("Polizei sagt", "B-PER O", ["B-PER", "O"]),
        ("die Polizei sagt", "O B-ORG O", ["O", "-", "O"]),
        # all caps and English names are not checked against German nouns
        ("die POLIZEI", "O B-ORG", ["O", "B-ORG"]),
    ],
)
def test_clean_uner_follows_germeval(words: str, tags: str, expected: list[str]) -> None:
    assert clean(words, tags) == expected


def test_sentence_to_doc_uses_the_original_text() -> None:
    text = "„Neu“, schrieb Obamas Beraterin Kori Schulman."
    words = ["„", "Neu", "“", ",", "schrieb", "Obamas", "Beraterin", "Kori", "Schulman", "."]
    tags = ["O"] * 5 + ["B-PER", "O", "B-PER", "I-PER", "O"]
    sent = convert.Sentence(words, tags, "uner", meta={"text": text})
    doc = convert.sentence_to_doc(spacy.blank("de"), sent, convert.Stats())
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents] == [("Obamas", "PER"), ("Kori Schulman", "PER")]


def test_align_words_needs_every_word_in_order() -> None:
    assert convert.align_words("a-b c", ["a", "-", "b", "c"]) == [(0, 1), (1, 2), (2, 3), (4, 5)]
    assert convert.align_words("a b", ["b", "a"]) is None
    assert convert.align_words("a b c", ["a", "b"]) is None


def test_uner_sentences_says_where_to_get_the_file(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="UNER_German-PUD"):
        uner.uner_sentences(tmp_path, is_common, gazetteer())


def test_only_labels_leaves_the_other_labels_missing() -> None:
    sent = sentence("Obama bei Apple in Paris", "B-PER O B-ORG O B-LOC")
    assert uner.only_labels(sent, frozenset({"PER", "LOC"})).tags == [
        "B-PER",
        "O",
        "-",
        "O",
        "B-LOC",
    ]
