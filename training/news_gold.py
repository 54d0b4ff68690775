"""The hand-made news gold sets (``tests/data/people_gold_pNN.json``) as NER training docs.

Each paragraph of a set becomes one doc, tokenised by the bundled pipeline's tokenizer
(the tokens the app sees). Its ``entities`` (``{"text", "label"}`` in text order, every
mention an exact substring, see tests/data/README_gold.md) are found in order; a mention
is placed at the first occurrence after the previous one whose characters start and end
on token boundaries ("CDU" in "CDU-Bildungspolitikerin" is skipped for the next free
"CDU"). A mention whose text occurs only inside tokens is *misaligned*: its tokens become
missing (neither entity nor O); one that is not found at all is *lost*. Both are counted.

The sets follow GermEval 2014's conventions as the tag mapping of training/convert.py
learns them: no demonyms and no names inside compounds (GermEval ``*deriv``/``*part``,
mapped to O), no titles or articles in names, no works, events or prizes (OTH, mapped
to O), parties, agencies and clubs named by their town ORG. One difference is mapped:
a one-word ORG or LOC that GermEval's training part has only as O, written the same
way, and that the word-class lexicon knows as a common noun ("Senat", "Kongress",
"Regierung", "Polizei": GermEval leaves such bodies O) becomes missing, as in
training/uner.py. (The lexicon test alone would also take "Wien", "Kiel", "Linke" or
"Bundestag", which GermEval tags.)

Everything the gold lists nowhere is O: the sets list every PER/LOC/ORG mention.

``python -m training.news_gold --sets 2-20 --repeat 2`` writes
``training/corpus/news/news_gold.spacy`` (sets p21 and later are the news check that is
never trained on); training/README.md ("Session 33 (ner33)") has the fine-tuning run that
used it, measured and not shipped. A build tool only; the app never imports it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from training.convert import LABELS, OUT, Sentence

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data"
MODEL = ROOT / "resources" / "models" / "de_leselupe"


@dataclass
class NewsStats:
    paragraphs: int = 0
    ents: Counter[str] = field(default_factory=Counter)
    misaligned: int = 0
    lost: int = 0
    common_missing: int = 0
    other_label: int = 0

    def line(self) -> str:
        return (
            f"{self.paragraphs} paragraphs, ents {dict(self.ents)}, misaligned "
            f"{self.misaligned}, lost {self.lost}, common noun -> missing "
            f"{self.common_missing}, other labels {self.other_label}"
        )


def gold_path(n: int, gold_dir: Path = GOLD_DIR) -> Path:
    return gold_dir / f"people_gold_p{n}.json"


def parse_sets(spec: str) -> list[int]:
    """``"2-20"`` or ``"2,3,5-7"`` -> set numbers."""
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return out


def _occurrences(text: str, needle: str, start: int) -> Iterable[int]:
    i = text.find(needle, start)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def paragraph_doc(
    nlp: Language,
    text: str,
    entities: Sequence[dict[str, str]],
    stats: NewsStats,
    is_common: Callable[..., bool] | None = None,
) -> Doc:
    """One paragraph as a doc with its gold entities (see the module docstring)."""
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    missing: list[Span] = []
    pos = 0
    for ent in entities:
        label, mention = ent["label"], ent["text"]
        if label not in LABELS:
            stats.other_label += 1
            continue
        span: Span | None = None
        first = -1
        for i in _occurrences(text, mention, pos):
            if first < 0:
                first = i
            span = doc.char_span(i, i + len(mention), label=label)
            if span is not None:
                break
        if span is None:
            if first < 0:
                stats.lost += 1
                continue
            stats.misaligned += 1
            loose = doc.char_span(first, first + len(mention), alignment_mode="expand")
            if loose is not None:
                missing.append(loose)
            pos = first + len(mention)
            continue
        pos = span.end_char
        if (
            is_common is not None
            and label in ("ORG", "LOC")
            and len(span) == 1
            and is_common(span.text, exact=True)
        ):
            stats.common_missing += 1
            missing.append(span)
            continue
        ents.append(span)
        stats.ents[label] += 1
    kept = spacy.util.filter_spans(ents)
    taken = {i for e in kept for i in range(e.start, e.end)}
    missing = [
        m
        for m in spacy.util.filter_spans(missing)
        if not any(i in taken for i in range(m.start, m.end))
    ]
    doc.set_ents(kept, missing=missing, default="outside")
    stats.paragraphs += 1
    return doc


def news_docs(
    nlp: Language,
    paths: Iterable[Path],
    is_common: Callable[..., bool] | None = None,
) -> tuple[list[Doc], NewsStats]:
    stats = NewsStats()
    docs: list[Doc] = []
    for path in paths:
        for para in json.loads(path.read_text(encoding="utf-8")):
            docs.append(
                paragraph_doc(nlp, para["text"], para.get("entities", []), stats, is_common)
            )
    return docs, stats


def germeval_o_words(sents: Iterable[Sentence]) -> frozenset[str]:
    """Capitalised words that these GermEval sentences have only outside entities."""
    outside: set[str] = set()
    inside: set[str] = set()
    for s in sents:
        for w, t in zip(s.words, s.tags, strict=True):
            if w[:1].isupper():
                (outside if t == "O" else inside).add(w)
    return frozenset(outside - inside)


def generic_test(o_words: frozenset[str], is_common: Callable[..., bool]) -> Callable[..., bool]:
    """A one-word entity GermEval would leave O: only O there and a known common noun."""

    def generic(word: str, exact: bool = True) -> bool:
        return word in o_words and is_common(word, exact=exact)

    return generic


def bundled_tokenizer(model: Path = MODEL) -> Language:
    """The bundled pipeline with no components: only its tokenizer is used."""
    import app.nlp.components  # noqa: F401  (registers the pipeline's factories)

    nlp = spacy.load(model)
    for name in list(nlp.pipe_names):
        nlp.remove_pipe(name)
    return nlp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="2-20", help="gold set numbers to train on (p21+: check)")
    ap.add_argument("--repeat", type=int, default=2, help="copies of the docs")
    ap.add_argument("--out", type=Path, default=OUT / "news" / "news_gold.spacy")
    ap.add_argument("--lexicon", type=Path, default=OUT / "lexclass" / "lexicon.txt")
    ap.add_argument(
        "--common-missing",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="one-word ORG/LOC that are known common nouns become missing",
    )
    args = ap.parse_args(argv)
    is_common = None
    if args.common_missing:
        from training.convert import DATA, common_noun_test, germeval_parts

        ge_train, _tune, _heldout = germeval_parts(DATA)
        del _heldout  # never looked at
        is_common = generic_test(germeval_o_words(ge_train), common_noun_test(args.lexicon))
    nlp = bundled_tokenizer()
    docs, stats = news_docs(nlp, [gold_path(n) for n in parse_sets(args.sets)], is_common)
    db = DocBin(store_user_data=False)
    for _ in range(max(1, args.repeat)):
        for d in docs:
            db.add(d)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(args.out)
    print(f"{args.out}: x{args.repeat}, {stats.line()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
