"""Collect raw German text for ``spacy pretrain`` (training/corpus/pretrain.jsonl).

Sources: the NER corpora's sentences (GermEval only from its training part: the
held-out and tune sentences are never used), UD German, and the German example
phrases of the Ding dictionary. A build tool only.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

from training import convert

OUT = convert.OUT / "pretrain.jsonl"


def ding_phrases(path: Path) -> list[str]:
    """German sub-entries with at least four words (examples and idioms)."""
    out: list[str] = []
    strip = re.compile(r"\{[^}]*\}|\[[^\]]*\]|<[^>]*>|/[^/ ]+/")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or " :: " not in line:
                continue
            german = line.split(" :: ", 1)[0]
            for sub in german.split(" | "):
                for alt in sub.split("; "):
                    text = re.sub(r"\s+", " ", strip.sub(" ", alt)).strip()
                    if len(text.split()) >= 4:
                        out.append(text)
    return out


def main() -> int:
    data = convert.DATA
    texts: list[str] = []
    ge_train, _tune, _heldout = convert.germeval_parts(data)
    sents = list(ge_train)
    for part in ("train", "dev", "test"):
        sents.extend(convert.read_wikiann(data / "ner/wikiann_de" / part))
    sents.extend(convert.read_mobie(data / "ner/mobie/ner_conll03_formatted.zip"))
    for f in sorted((data / "ner/smartdata").glob("*.json.gz")):
        sents.extend(convert.read_smartdata(f))
    for f in sorted((data / "ner/neiss_sturm").glob("*.conll")):
        sents.extend(convert.read_sturm(f))
    for f in sorted((data / "ner/europeana_de").glob("*.bio")):
        sents.extend(convert.read_europeana(f))
    texts.extend(convert.detokenize(s.words)[0] for s in sents if len(s.words) >= 3)
    for f in sorted((data / "ud").glob("*.conllu")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                texts.append(line[9:])
    texts.extend(ding_phrases(data / "ding/de-en.txt.gz"))
    random.Random(convert.SEED).shuffle(texts)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    words = sum(len(t.split()) for t in texts)
    print(f"{OUT}: {len(texts)} texts, {words} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
