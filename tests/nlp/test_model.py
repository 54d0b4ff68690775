"""Tests of the bundled NER pipeline (resources/models/de_leselupe) and its tools.

Covers: the pipeline loads fast through ``spacy.load`` once Leselupe's
components are registered, has the PER/LOC/ORG labels, finds the people of the
sample article, and ``training/evaluate.py`` runs on a small handwritten slice
with sensible numbers. The loader's order of preference is tested elsewhere.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.helpers import REPO
from tests.machine_speed import slowdown

ROOT = REPO
MODEL = ROOT / "resources" / "models" / "de_leselupe"
SAMPLE = ROOT / "resources" / "sample" / "article.txt"
SLICE = REPO / "tests" / "data" / "ner_sample.tsv"

SAMPLE_PEOPLE = {
    "Kim Jong-un",
    "Wladimir Putin",
    "Joe Biden",
    "Donald Trump",
    "Frederic Spohr",
    "Dmitri Peskow",
}


def test_bundled_model_is_there_and_small() -> None:
    assert (MODEL / "config.cfg").is_file()
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "de"
    assert meta["name"] == "leselupe"
    assert meta["version"]
    assert meta["sources"] and all("license" in s for s in meta["sources"])
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


def test_loads_within_half_a_second() -> None:
    """CPU seconds of this process (the machine's other jobs must not count), as
    ``load_pipeline`` loads the bundled pipeline; budget scaled to the machine's speed."""
    from app.nlp import load_directory

    load_directory(MODEL)  # first load warms the file cache and spaCy's registries
    best = min(_timed_load(load_directory) for _ in range(5))
    slower = slowdown()
    assert best <= 0.5 * slower, f"loading took {best:.2f} CPU s (machine {slower:.2f}x slower)"


def test_bundled_tokenizer_is_spacys_german_default(nlp) -> None:  # type: ignore[no-untyped-def]
    """``load_directory`` skips the bundled tokenizer file because it is the default."""
    import spacy

    from app.nlp import load_directory

    blank = spacy.blank("de").tokenizer
    saved = nlp.tokenizer  # read from the file by spacy.load
    assert saved.rules == blank.rules
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        assert getattr(saved, attr).__self__.pattern == getattr(blank, attr).__self__.pattern
    assert saved.token_match is None and blank.token_match is None
    text = "Der Ex-Präsident (77) sagte z.B. am 3. Okt.: „Nein!“ – https://example.org/x?y=1"
    fast = load_directory(MODEL)
    assert [t.text for t in fast(text)] == [t.text for t in nlp(text)]
    assert fast.pipe_names == nlp.pipe_names


def _timed_load(load: object) -> float:
    start = time.process_time()
    load(MODEL)  # type: ignore[operator]
    return time.process_time() - start


def test_labels_present(nlp) -> None:  # type: ignore[no-untyped-def]
    assert {"PER", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    assert "leselupe_lemmatizer" in nlp.pipe_names
    assert any(name in nlp.pipe_names for name in ("senter", "sentencizer", "parser"))


def test_sample_article_people_are_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8")
    found = set()
    for paragraph in text.split("\n\n"):
        doc = nlp(paragraph)
        found.update(e.text for e in doc.ents if e.label_ == "PER")
    missing = SAMPLE_PEOPLE - found
    assert not missing, f"not found as PER: {sorted(missing)}; found {sorted(found)}"


def test_sentences_lemmas_and_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Angela Merkel besuchte am Montag Paris. Dort traf sie Vertreter der Regierung.")
    assert len(list(doc.sents)) == 2
    assert {(e.text, e.label_) for e in doc.ents} >= {("Angela Merkel", "PER")}
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["besuchte"] == "besuchen"


def test_entity_rules_age_and_credit(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Der Bürgermeister Hinnerk Quastenberg (58) widersprach. Foto: Lene Wroblewski/dpa")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Hinnerk Quastenberg", "PER") in ents
    assert ("Lene Wroblewski", "PER") in ents
    assert not any("(" in e.text or "Bürgermeister" in e.text for e in doc.ents)


def test_entity_rules_propagate_surnames(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Die Ökonomin Wiebke Quastenberg warnte am Montag vor neuen Schulden. "
        "Quastenberg sagte, das Defizit werde wachsen."
    )
    persons = [e.text for e in doc.ents if e.label_ == "PER"]
    assert persons == ["Wiebke Quastenberg", "Quastenberg"]


def test_evaluate_script_on_small_slice() -> None:
    cmd = [
        sys.executable,
        "-m",
        "training.evaluate",
        str(SLICE),
        "--model",
        str(MODEL),
        "--limit",
        "15",
        "--json",
    ]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["per_label"]) == {"PER", "LOC", "ORG"}
    for scores in [*report["per_label"].values(), report["micro"]]:
        assert 0.0 <= scores["p"] <= 1.0
        assert 0.0 <= scores["r"] <= 1.0
        assert 0.0 <= scores["f"] <= 1.0
    assert report["micro"]["n"] > 20
    assert report["micro"]["f"] >= 0.6
    assert report["words"] > 100
    assert report["words_per_second"] > 0


def test_evaluate_script_table_output() -> None:
    cmd = [sys.executable, "-m", "training.evaluate", str(SLICE), "--limit", "3"]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["label", "P", "R", "F1", "n"]
    assert [line.split()[0] for line in lines[1:5]] == ["PER", "LOC", "ORG", "ALL"]
    assert "words/s" in lines[5]


def test_speed_on_one_core(nlp) -> None:  # type: ignore[no-untyped-def]
    """At least 5,000 words per CPU second, scaled to the machine's speed (bench/ reports
    the plain number). The best of three passes: on a shared machine one pass's CPU time
    varies by up to 2x (4,251-8,359 words/s for the same code in one process)."""
    text = SAMPLE.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()] * 5
    list(nlp.pipe(paragraphs[:5]))  # warm-up (lemmatizer data, caches)
    seconds = float("inf")
    words = 0
    for _ in range(3):
        start = time.process_time()
        docs = list(nlp.pipe(paragraphs))
        seconds = min(seconds, time.process_time() - start)
        words = sum(1 for d in docs for t in d if not t.is_space)
    slower = slowdown()
    assert words / seconds >= 5000 / slower, f"{words / seconds:.0f} words/s ({slower:.2f}x)"
