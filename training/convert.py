"""Convert the shared German NER corpora into spaCy ``.spacy`` files for training.

Reads ``data/ner/*`` (see :mod:`training.data`; or ``--data DIR``) and writes DocBins under
``training/corpus/`` (git-ignored scratch). Every corpus is mapped to the labels
PER, LOC and ORG; spans whose type has no consistent counterpart are written as
*missing* (neither entity nor "O"), so they teach the model nothing either way.

Each sentence is detokenised to plain text and re-tokenised by spaCy's German
tokenizer, so the model is trained on the same tokens it sees at run time.

The GermEval 2014 dev file is split by source line (fixed seed) into
``heldout`` (500 sentences, the project's held-out estimate: never train or tune
on it), ``tune`` (300 sentences, used for model selection) and ``train``.

This module must not touch the app at run time; it is a build tool only.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span

from app.nlp.gazetteer import load_gazetteer
from training.data import DEFAULT_DATA

DATA = DEFAULT_DATA
OUT = Path(__file__).resolve().parent / "corpus"
SEED = 20240607
HELDOUT_SENTS = 500
TUNE_SENTS = 300
LABELS = ("PER", "LOC", "ORG")
MISSING = "-"

# ---------------------------------------------------------------- tag mapping

GERMEVAL_MAP = {
    "PER": "PER",
    "LOC": "LOC",
    "ORG": "ORG",
    # OTH (works, events, products, ...) is not one of our labels: O.
    "OTH": "O",
}
# "*deriv" (deutsch, Berliner) and "*part" (EU-Kommission) are not names: O.

MOBIE_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    # stops ("Hauptbahnhof", "Marienplatz") and routes ("A9", "S1", "U-Bahn-Linie 3")
    # are annotated in MobIE but not consistently in news NER: leave them unlearnt.
    "location-stop": MISSING,
    "location-route": MISSING,
    "org-position": "O",
}
SMARTDATA_MAP = {k.upper().replace("-", "_"): v for k, v in MOBIE_MAP.items()}

STURM_MAP = {"pers": "PER", "place": "LOC", "date": "O"}
# German Legal Entity Recognition (court decisions): persons, judges and lawyers are
# PER; countries, cities, streets and landscapes LOC; organisations, companies,
# institutions and courts ORG; brands have no consistent counterpart in news NER
# (GermEval puts products under OTH): missing; laws, ordinances, regulations,
# contracts, court decisions and legal literature are no names of ours: O.
LEGAL_MAP = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": MISSING,
    "GS": "O",
    "VO": "O",
    "EUN": "O",
    "VS": "O",
    "VT": "O",
    "RS": "O",
    "LIT": "O",
}
EUROPEANA_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
WIKIANN_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}


@dataclass
class Sentence:
    """Tokens with BIO tags over PER/LOC/ORG (``-`` for missing)."""

    words: list[str]
    tags: list[str]
    source: str = ""
    group: str = ""
    meta: dict[str, str] = field(default_factory=dict)


def map_bio(tag: str, mapping: dict[str, str], default: str = "O") -> str:
    """Map a BIO tag through a type mapping; unknown types get ``default``."""
    if tag in ("O", "", "_"):
        return "O"
    m = re.match(r"^([BIES])[-_](.+)$", tag)
    if not m:
        return default
    prefix, typ = m.group(1), m.group(2)
    target = mapping.get(typ, default)
    if target in ("O", MISSING):
        return target
    return ("B" if prefix in "BS" else "I") + "-" + target


def fix_bio(tags: list[str]) -> list[str]:
    """Make I- tags that do not continue a same-label span into B- tags."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag if tag not in (MISSING,) else "O"
    return out


# ---------------------------------------------------------------- readers


@dataclass(frozen=True, slots=True)
class RawSentence:
    """A GermEval sentence with its raw outer and nested tags and its source group."""

    words: list[str]
    outer: list[str]
    nested: list[str]
    group: str


def read_germeval_raw(path: Path) -> list[RawSentence]:
    """The GermEval file with its raw outer and nested tags (one reader for
    :func:`read_germeval` and ``training.germeval_errors``)."""
    sents: list[RawSentence] = []
    words: list[str] = []
    outer: list[str] = []
    nested: list[str] = []
    group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            if line.startswith("#\t"):
                group = line.split("\t")[1]
            continue
        if not line.strip():
            if words:
                sents.append(RawSentence(words, outer, nested, group))
            words, outer, nested = [], [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        outer.append(cols[2])
        nested.append(cols[3] if len(cols) > 3 else "O")
    if words:
        sents.append(RawSentence(words, outer, nested, group))
    return sents


def read_germeval(path: Path) -> list[Sentence]:
    return [
        Sentence(s.words, fix_bio([map_bio(t, GERMEVAL_MAP) for t in s.outer]), "germeval", s.group)
        for s in read_germeval_raw(path)
    ]


def read_wikiann(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sents.append(Sentence(words, fix_bio(tags), "wikiann"))
            words, tags = [], []
            continue
        tok, _, tag = line.rpartition("\t")
        if tok.startswith("de:"):
            tok = tok[3:]
        words.append(tok)
        tags.append(map_bio(tag, WIKIANN_MAP))
    if words:
        sents.append(Sentence(words, fix_bio(tags), "wikiann"))
    return sents


def _conll_lines(lines: Iterable[str], source: str, mapping: dict[str, str]) -> list[Sentence]:
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    group = ""
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-"):
            group = line.split()[1] if len(line.split()) > 1 else ""
            continue
        if not line.strip():
            if words:
                sents.append(Sentence(words, fix_bio(tags), source, group))
            words, tags = [], []
            continue
        cols = line.split()
        words.append(cols[0])
        tags.append(map_bio(cols[-1], mapping, default="O"))
    if words:
        sents.append(Sentence(words, fix_bio(tags), source, group))
    return sents


def read_legal(path: Path) -> list[Sentence]:
    """Legal LER (``token tag`` lines, gzip) mapped with :data:`LEGAL_MAP`.

    The decisions are anonymised: persons, companies and places appear as initials
    ("K.", "A-GmbH", "C."); an entity whose words are all initials, single letters or
    ellipses would teach news NER that "K." is a name, so it becomes missing.
    """
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        sents = _conll_lines(fh, "legal", LEGAL_MAP)
    return [_legal_anonymised_missing(s) for s in sents]


def _is_initial(word: str) -> bool:
    core = word.rstrip(".").strip("…")
    return len(core) <= 2 or word in {"...", "…"}


def _legal_anonymised_missing(sent: Sentence) -> Sentence:
    tags = list(sent.tags)
    for start, end, _label in bio_spans(tags):
        words = sent.words[start:end]
        if any(_is_initial(w) for w in words if w not in {"-", "&"}):
            for k in range(start, end):
                tags[k] = MISSING
            continue
        k = start  # "den bayerischen Flüchtlingsrat": a lowercase adjective is no name
        while k < end - 1 and sent.words[k][:1].islower():
            tags[k] = "O"
            k += 1
    return Sentence(sent.words, fix_bio(tags), sent.source, sent.group, sent.meta)


def legal_sentences(data: Path, rng: random.Random, limit: int) -> list[Sentence]:
    """Legal LER sentences with at least one PER/LOC/ORG entity, shuffled, at most ``limit``."""
    sents: list[Sentence] = []
    for part in ("ler_dev.conll.gz", "ler_test.conll.gz"):
        sents.extend(read_legal(data / "ner/legal_ler" / part))
    with_ents = [s for s in sents if bio_spans(s.tags) and len(s.words) <= 80]
    rng.shuffle(with_ents)
    return with_ents[:limit]


def read_mobie(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    with zipfile.ZipFile(path) as zf:
        for name in sorted(zf.namelist()):
            text = zf.read(name).decode("utf-8")
            out.extend(_conll_lines(io.StringIO(text), "mobie", MOBIE_MAP))
    return out


def read_sturm(path: Path) -> list[Sentence]:
    return _conll_lines(path.read_text(encoding="utf-8").splitlines(), "sturm", STURM_MAP)


def read_europeana(path: Path, chunk: int = 40) -> list[Sentence]:
    """Europeana has no sentence breaks: cut after sentence-final tokens."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.split()
        if len(cols) != 2 or cols[0].startswith("#"):
            continue
        tag = cols[1].replace("_", "-")
        if tag != "O" and not re.match(r"^[BI]-(PER|LOC|ORG)$", tag):
            tag = MISSING
        words.append(cols[0])
        tags.append(tag)
    out: list[Sentence] = []
    start = 0
    for i, w in enumerate(words):
        boundary = (w in {".", "!", "?"} and i - start >= 5) or i - start >= chunk
        if boundary and not tags[min(i + 1, len(tags) - 1)].startswith("I-"):
            out.append(Sentence(words[start : i + 1], fix_bio(tags[start : i + 1]), "europeana"))
            start = i + 1
    return out


def _json_objects(text: str) -> Iterator[dict[str, object]]:
    dec = json.JSONDecoder()
    i = 0
    n = len(text)
    while i < n:
        while i < n and text[i] in " \n\r\t[,]":
            i += 1
        if i >= n:
            break
        obj, i = dec.raw_decode(text, i)
        yield obj


def read_smartdata(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        raw = fh.read()
    for doc in _json_objects(raw):
        text = doc["text"]["string"]  # type: ignore[index]
        kind = doc["refids"]["map"].get("source", "")  # type: ignore[index]
        for s in doc["sentences"]["array"]:  # type: ignore[index]
            words: list[str] = []
            tags: list[str] = []
            for tok in s["tokens"]["array"]:
                sp = tok["span"]
                words.append(text[sp["start"] : sp["end"]])
                tags.append(map_bio(tok["ner"]["string"], SMARTDATA_MAP, default="O"))
            if words:
                out.append(
                    Sentence(words, fix_bio(tags), "smartdata", str(doc["id"]), {"kind": kind})
                )
    return out


# ---------------------------------------------------------------- cleaning


def clean_spans(
    sent: Sentence,
    *,
    lowercase_missing: bool = True,
    is_common: Callable[[str], bool] | None = None,
) -> Sentence:
    """Entity spans that cannot be names in news style become missing.

    - spans with no capitalised/digit token ("japanische", "hunderte"): missing;
    - one-word spans that are a known common noun ("Gruppe", "Polizei"), when
      ``is_common`` is given: missing;
    - Twitter handles and hashtags: missing.
    """
    tags = list(sent.tags)
    for start, end, _label in bio_spans(tags):
        words = sent.words[start:end]
        bad = lowercase_missing and not any(w[:1].isupper() or w[:1].isdigit() for w in words)
        if is_common is not None and end - start == 1 and is_common(words[0]):
            bad = True
        if bad:
            for k in range(start, end):
                tags[k] = MISSING
    for start, end, _label in bio_spans(tags):
        if any(w[:1] in {"@", "#"} and len(w) > 1 for w in sent.words[start:end]):
            for k in range(start, end):
                tags[k] = MISSING
    for k, w in enumerate(sent.words):
        if w[:1] in {"@", "#"} and len(w) > 1:
            tags[k] = MISSING
    return Sentence(sent.words, fix_bio(tags), sent.source, sent.group, sent.meta)


def clean_wikiann(sent: Sentence, is_common: Callable[..., bool] | None) -> Sentence | None:
    """WikiANN in news style, or None to drop the sentence.

    WikiANN comes from Wikipedia link anchors and titles: it has list items,
    redirects and title fragments, puts parentheticals ("Varize (Moselle)") and
    role nouns ("Papst Paul VI.", "Königin Margrethe II.") inside names and tags
    whole book titles. Keep prose sentences only; parentheticals, trailing
    periods and entities that start with a common noun or run longer than five
    tokens become missing.
    """
    words = sent.words
    if len(words) < 8 or words[-1] not in {".", "!", "?"}:
        return None
    if any(w.lower() == "weiterleitung" for w in words) or words[0] in {"'", "''", "“", '"'}:
        return None
    if not any(w[:1].islower() for w in words):
        return None
    tags = list(sent.tags)
    for start, end, _label in bio_spans(tags):
        span = words[start:end]
        bad = end - start > 5
        if (
            is_common is not None
            and span[0][:1].isupper()
            and (is_common(span[0], exact=True) or (len(span) == 1 and is_common(span[0])))
        ):
            bad = True
        if "(" in span:
            cut = start + span.index("(")
            for k in range(cut, end):
                tags[k] = MISSING
            end = cut
        if end > start and words[end - 1] == ".":
            tags[end - 1] = MISSING
        if bad:
            for k in range(start, end):
                tags[k] = MISSING
    return Sentence(words, fix_bio(tags), sent.source, sent.group, sent.meta)


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and label == tag[2:]:
            continue
        if start >= 0:
            spans.append((start, i, label))
            start, label = -1, ""
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return spans


# ---------------------------------------------------------------- detokenise + doc

_NO_SPACE_BEFORE = set(",.;:!?)]}%…“'’") | {"''", "...", "n't"}
_NO_SPACE_AFTER = set("([{„‚") | {"``"}


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join words with plausible spacing; return text and word char offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quote_open = False
    prev = ""
    for i, w in enumerate(words):
        space = i > 0
        if w in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER:
            space = False
        if w == '"':
            if quote_open:
                space = False
            quote_open = not quote_open
        elif prev == '"' and quote_open:
            space = False
        if space:
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(w)))
        parts.append(w)
        pos += len(w)
        prev = w
    return "".join(parts), offsets


@dataclass
class Stats:
    ents: Counter[str] = field(default_factory=Counter)
    misaligned: int = 0
    sents: int = 0
    missing_tokens: int = 0


def align_words(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Char offsets of ``words`` found in order in ``text``, or None if they are not."""
    offsets: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        i = text.find(w, pos)
        if i < 0 or text[pos:i].strip():
            return None
        offsets.append((i, i + len(w)))
        pos = i + len(w)
    return offsets if not text[pos:].strip() else None


def sentence_to_doc(nlp: Language, sent: Sentence, stats: Stats) -> Doc:
    """The sentence as a doc with its entities; the original text when the corpus has it."""
    original = sent.meta.get("text")
    aligned = align_words(original, sent.words) if original else None
    if original and aligned is not None:
        text, offsets = original, aligned
    else:
        text, offsets = detokenize(sent.words)
    doc = nlp.make_doc(text)
    ents: list[Span] = []
    missing: list[Span] = []
    for start, end, label in bio_spans(sent.tags):
        cs, ce = offsets[start][0], offsets[end - 1][1]
        span = doc.char_span(cs, ce, label=label)
        if span is None:
            stats.misaligned += 1
            span = doc.char_span(cs, ce, alignment_mode="expand")
            if span is not None:
                missing.append(span)
            continue
        ents.append(span)
        stats.ents[label] += 1
    for k, tag in enumerate(sent.tags):
        if tag == MISSING:
            span = doc.char_span(offsets[k][0], offsets[k][1], alignment_mode="expand")
            if span is not None:
                missing.append(span)
    ents = spacy.util.filter_spans(ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    missing = [
        m
        for m in spacy.util.filter_spans(missing)
        if not any(i in taken for i in range(m.start, m.end))
    ]
    stats.missing_tokens += sum(len(m) for m in missing)
    doc.set_ents(ents, missing=missing, default="outside")
    doc.user_data["source"] = sent.source
    stats.sents += 1
    return doc


def write(nlp: Language, sents: list[Sentence], path: Path, per_doc: int = 1) -> Stats:
    """Write sentences as docs (``per_doc`` sentences joined into one doc)."""
    stats = Stats()
    db = DocBin(store_user_data=False)
    docs = [sentence_to_doc(nlp, s, stats) for s in sents]
    if per_doc > 1:
        docs = [Doc.from_docs(docs[i : i + per_doc]) for i in range(0, len(docs), per_doc)]
    for d in docs:
        db.add(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    print(
        f"{path.relative_to(OUT.parent) if path.is_relative_to(OUT.parent) else path}: "
        f"{stats.sents} sents, ents {dict(stats.ents)}, misaligned {stats.misaligned}, "
        f"missing tokens {stats.missing_tokens}",
        file=sys.stderr,
    )
    return stats


# ---------------------------------------------------------------- splits


def common_noun_test(lexicon: Path) -> Callable[..., bool]:
    """A predicate: is this word a known common noun (and not a known name)?"""
    from app.nlp.components import LEX_COMMON, LEX_FIRST, LEX_PROPER, LexClass

    probe = LexClass(spacy.blank("de").vocab, name_endings=True)
    probe.initialize(path=str(lexicon))

    def is_common(word: str, exact: bool = False) -> bool:
        low = word.lower()
        code = probe.codes.get(low)
        if code is None:
            code = 0 if exact else probe.guess(low)
        return bool(code & LEX_COMMON) and not code & (LEX_PROPER | LEX_FIRST)

    return is_common


GAZETTEER_SHARE = 0.4


def wikiann_split(data: Path, share: float) -> tuple[list[Sentence], list[Sentence]]:
    """All WikiANN sentences shuffled (fixed seed): (training pool, gazetteer pool)."""
    wk: list[Sentence] = []
    for part in ("train", "dev", "test"):
        wk.extend(read_wikiann(data / "ner/wikiann_de" / part))
    random.Random(SEED + 1).shuffle(wk)
    cut = int(len(wk) * (1.0 - share))
    return wk[:cut], wk[cut:]


def gazetteer_sentences(data: Path = DATA, share: float = GAZETTEER_SHARE) -> list[Sentence]:
    """Annotated sentences never used for training: WikiANN's gazetteer pool and MobIE."""
    _train, gaz = wikiann_split(data, share)
    out = [s for s in (clean_wikiann(s, None) for s in gaz) if s is not None]
    out.extend(clean_spans(s) for s in read_mobie(data / "ner/mobie/ner_conll03_formatted.zip"))
    return out


def entity_pool(sents: Iterable[Sentence]) -> dict[str, list[list[str]]]:
    """Entity surface forms (token lists) by label."""
    pool: dict[str, list[list[str]]] = {}
    for sent in sents:
        for start, end, label in bio_spans(sent.tags):
            words = sent.words[start:end]
            if all(w[:1].isupper() or w in {"von", "der", "de", "van", "-"} for w in words):
                pool.setdefault(label, []).append(words)
    return pool


def swap_entities(
    sents: list[Sentence], pool: dict[str, list[list[str]]], rng: random.Random
) -> list[Sentence]:
    """Copies of the sentences with every entity replaced by a random one of its label.

    The context stays, the names change: the model has to learn from the
    context and the word class that an unknown capitalised word is a name,
    instead of memorising the names of a small training set.
    """
    out: list[Sentence] = []
    for sent in sents:
        spans = bio_spans(sent.tags)
        if not spans or MISSING in sent.tags:
            out.append(sent)
            continue
        words: list[str] = []
        tags: list[str] = []
        pos = 0
        for start, end, label in spans:
            words.extend(sent.words[pos:start])
            tags.extend(sent.tags[pos:start])
            same_length = [p for p in pool.get(label, []) if len(p) == end - start]
            options = same_length or pool.get(label) or [sent.words[start:end]]
            new = rng.choice(options)
            words.extend(new)
            tags.extend(["B-" + label] + ["I-" + label] * (len(new) - 1))
            pos = end
        words.extend(sent.words[pos:])
        tags.extend(sent.tags[pos:])
        out.append(Sentence(words, tags, sent.source + "+swap", sent.group, sent.meta))
    return out


def split_germeval(sents: list[Sentence]) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """(train, tune, heldout) by source line, fixed seed."""
    groups: dict[str, list[Sentence]] = {}
    for s in sents:
        groups.setdefault(s.group, []).append(s)
    keys = sorted(groups)
    random.Random(SEED).shuffle(keys)
    heldout: list[Sentence] = []
    tune: list[Sentence] = []
    train: list[Sentence] = []
    for k in keys:
        if len(heldout) < HELDOUT_SENTS:
            heldout.extend(groups[k])
        elif len(tune) < TUNE_SENTS:
            tune.extend(groups[k])
        else:
            train.extend(groups[k])
    return train, tune, heldout


def germeval_parts(data: Path) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    return split_germeval(read_germeval(data / "ner/germeval2014/NER-de-dev.tsv"))


def convert_ud(data: Path = DATA, out: Path = OUT) -> None:
    """UD German (GSD test + PUD: train; GSD dev: dev) for the senter/morphologizer."""
    from spacy.training.converters.conllu_to_docs import conllu_to_docs as untyped

    # spaCy's converter has no annotations; its result is an iterator of Docs
    conllu_to_docs = cast(Callable[..., Iterator[Doc]], untyped)

    parts = {
        "train/gsd-test.spacy": data / "ud/de_gsd-ud-test.conllu",
        "train/pud-test.spacy": data / "ud/de_pud-ud-test.conllu",
        "dev.spacy": data / "ud/de_gsd-ud-dev.conllu",
    }
    for name, src in parts.items():
        docs = list(
            conllu_to_docs(
                src.read_text(encoding="utf-8"), n_sents=10, merge_subtokens=True, no_print=True
            )
        )
        target = out / "ud" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs, store_user_data=False).to_disk(target)
        print(f"{target}: {len(docs)} docs", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--wikiann", type=int, default=20000, help="max. WikiANN sentences to use (0: none)"
    )
    ap.add_argument("--germeval-repeat", type=int, default=3, help="copies of GermEval train")
    ap.add_argument("--mobie", action=argparse.BooleanOptionalAction, default=False)
    ap.add_argument("--smartdata", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--sturm", action=argparse.BooleanOptionalAction, default=False)
    ap.add_argument("--europeana", action=argparse.BooleanOptionalAction, default=False)
    ap.add_argument(
        "--uner-repeat",
        type=int,
        default=0,
        help="copies of Universal NER German PUD (data/uner_de_pud/, see training/uner.py); "
        "measured with 2, not in the shipped recipe",
    )
    ap.add_argument(
        "--uner-labels",
        default="PER,LOC,ORG",
        help="UNER labels to train on; the others are written as missing",
    )
    ap.add_argument(
        "--legal", type=int, default=0, help="Legal LER sentences with entities to add (0: none)"
    )
    ap.add_argument(
        "--common-missing",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="MobIE/SmartData one-word entities that are common nouns become missing",
    )
    ap.add_argument("--wikiann-clean", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument(
        "--swap-copies", type=int, default=2, help="GermEval copies with entities swapped"
    )
    ap.add_argument(
        "--gazetteer-share",
        type=float,
        default=GAZETTEER_SHARE,
        help="share of WikiANN kept out of training for the lexicon's gazetteer",
    )
    ap.add_argument("--lexicon", type=Path, default=OUT / "lexclass" / "lexicon.txt")
    args = ap.parse_args(argv)
    data: Path = args.data
    out: Path = args.out
    nlp = spacy.blank("de")
    rng = random.Random(SEED)

    ge_train, ge_tune, ge_heldout = germeval_parts(data)
    write(nlp, ge_heldout, out / "heldout.spacy")
    write(nlp, ge_tune, out / "tune.spacy")
    train_dir = out / "train"
    if train_dir.exists():
        for old in train_dir.glob("*.spacy"):
            old.unlink()
    write(nlp, ge_train * max(1, args.germeval_repeat), train_dir / "germeval.spacy")
    is_common = common_noun_test(args.lexicon) if args.common_missing else None
    if args.swap_copies:
        wk_pool, _gaz = wikiann_split(data, args.gazetteer_share)
        cleaned_pool = [c for c in (clean_wikiann(s, is_common) for s in wk_pool) if c]
        pool = entity_pool([*ge_train, *cleaned_pool])
        swapped: list[Sentence] = []
        for _ in range(args.swap_copies):
            swapped.extend(swap_entities(ge_train, pool, rng))
        write(nlp, swapped, train_dir / "germeval_swapped.spacy")
    if args.mobie:
        mob = [
            clean_spans(s, is_common=is_common)
            for s in read_mobie(data / "ner/mobie/ner_conll03_formatted.zip")
        ]
        write(nlp, mob, train_dir / "mobie.spacy")
    if args.smartdata:
        sd: list[Sentence] = []
        for f in sorted((data / "ner/smartdata").glob("*.json.gz")):
            sd.extend(clean_spans(s, is_common=is_common) for s in read_smartdata(f))
        write(nlp, sd, train_dir / "smartdata.spacy")
    if args.wikiann:
        wk, _gaz = wikiann_split(data, args.gazetteer_share)
        if args.wikiann_clean:
            cleaned = (clean_wikiann(s, is_common) for s in wk)
            wk = [s for s in cleaned if s is not None]
        else:
            wk = [s for s in wk if "WEITERLEITUNG" not in s.words and len(s.words) >= 6]
        rng.shuffle(wk)
        write(nlp, wk[: args.wikiann], train_dir / "wikiann.spacy")
    if args.uner_repeat:
        from training import uner  # deferred: training.uner imports this module

        labels = frozenset(x.strip() for x in args.uner_labels.split(",") if x.strip())
        un = uner.uner_sentences(data, is_common, load_gazetteer(), labels)
        write(nlp, un * args.uner_repeat, train_dir / "uner.spacy")
    if args.legal:
        write(
            nlp,
            legal_sentences(data, random.Random(SEED + 2), args.legal),
            train_dir / "legal.spacy",
        )
    if args.sturm:
        st: list[Sentence] = []
        for f in sorted((data / "ner/neiss_sturm").glob("*.conll")):
            st.extend(read_sturm(f))
        write(nlp, st, train_dir / "sturm.spacy")
    if args.europeana:
        eu: list[Sentence] = []
        for f in sorted((data / "ner/europeana_de").glob("*.bio")):
            eu.extend(read_europeana(f))
        write(nlp, eu, train_dir / "europeana.spacy")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
