"""Build the word-class lexicon behind the ``leselupe_lexclass`` component.

In German every noun is capitalised, so a capitalised word that the dictionary
knows as a *common* noun ("Präsident", "Foto", "Korea-Experte") is rarely a name,
while an unknown capitalised word ("Spohr", "Peskow") often is. This script
collects, per lowercased word form:

- ``COMMON``: a noun form of the Ding dictionary whose English translation is a
  common noun (``Präsident {m}`` -> "president");
- ``PROPER``: a Ding entry translated by a capitalised English name
  (``Frankreich {n}`` -> "France", ``Moskau`` -> "Moscow");
- ``FIRST``: a first name (Ding's ``(männlicher/weiblicher Vorname)`` entries,
  and the optional first-name list given with ``--first-names``);
- ``OTHER``: any other Ding headword (verbs, adjectives, function words);
- a frequency bucket from ``wordfreq`` (German, large list).

The output (``training/corpus/lexclass/``) is loaded by the component's
``initialize`` and saved inside the trained pipeline. A build tool only.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

from training.data import ding_file

DING = ding_file()
OUT = Path(__file__).resolve().parent / "corpus" / "lexclass"

COMMON, PROPER, FIRST, OTHER = 1, 2, 4, 8
GAZ_PER, GAZ_LOC, GAZ_ORG = FIRST, 128, 256

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|<[^>]*>|/[^/ ]+/")
_MARKER = re.compile(r"\{([a-z,]+)\}")
_NOUN_MARKERS = {"m", "f", "n", "pl", "m,f"}
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß][\w\-'.]*$")


def _english_is_proper(english: str) -> bool | None:
    """True if every English alternative starts uppercase, False if any is lowercase."""
    alts = [_BRACKETS.sub("", a).strip() for a in english.split(";")]
    alts = [re.sub(r"^(the|to|a|an) ", "", a) for a in alts if a]
    starts = [a[0] for a in alts if a and a[0].isalpha()]
    if not starts:
        return None
    return all(c.isupper() for c in starts)


def read_ding(path: Path) -> dict[str, int]:
    """Word form (lowercase) -> flag bits from the Ding dictionary."""
    flags: dict[str, int] = {}

    def add(word: str, bit: int) -> None:
        key = word.lower()
        flags[key] = flags.get(key, 0) | bit

    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            g_subs = german.split(" | ")
            e_subs = english.split(" | ")
            for i, sub in enumerate(g_subs):
                eng = e_subs[i] if i < len(e_subs) else ""
                proper = _english_is_proper(eng)
                # person nouns with male and female forms ("Amerikaner {m}; Amerikanerin {f}")
                # and [soc.] entries are common nouns, whatever their capitalised English says
                if ("{m}" in sub and "{f}" in sub) or "[soc.]" in sub or "{m,f}" in sub:
                    proper = False
                first_name = "Vorname" in sub
                for alt in sub.split("; "):
                    markers = _MARKER.findall(alt)
                    clean = _BRACKETS.sub(" ", alt)
                    if any(m in _NOUN_MARKERS for m in markers):
                        head = clean.split("{", 1)[0].split()
                        if not head:
                            continue
                        word = head[-1]
                        if not _WORD.match(word) or not word[0].isupper():
                            continue
                        add(word, PROPER if proper else COMMON)
                        if first_name:
                            add(word, FIRST)
                        continue
                    words = _MARKER.sub(" ", clean).split()
                    if len(words) != 1 or not _WORD.match(words[0]):
                        continue
                    word = words[0]
                    if first_name:
                        add(word, FIRST)
                    elif word[0].isupper():
                        if proper:
                            add(word, PROPER)
                        elif proper is False and not markers:
                            add(word, COMMON)
                    else:
                        add(word, OTHER)
    return flags


def freq_buckets(min_zipf: float = 2.0) -> dict[str, int]:
    """Word (lowercase) -> bucket 1..4 by wordfreq's German zipf frequency."""
    import wordfreq

    out: dict[str, int] = {}
    for word, freq in wordfreq.get_frequency_dict("de", wordlist="large").items():
        zipf = wordfreq.freq_to_zipf(freq)
        if zipf < min_zipf or " " in word:
            continue
        out[word] = 1 if zipf < 3 else 2 if zipf < 4 else 3 if zipf < 5 else 4
    return out


def read_first_names(path: Path) -> set[str]:
    names: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line.lower())
    return names


def gazetteer(min_share: float = 0.5) -> dict[str, int]:
    """Capitalised words that mostly occur inside PER/LOC/ORG entities of annotated
    sentences that are never trained on (WikiANN's gazetteer pool, MobIE)."""
    from collections import Counter

    from training import convert

    bits = {"PER": GAZ_PER, "LOC": GAZ_LOC, "ORG": GAZ_ORG}
    total: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = {}
    for sent in convert.gazetteer_sentences():
        labels = ["O"] * len(sent.words)
        for start, end, label in convert.bio_spans(sent.tags):
            for k in range(start, end):
                labels[k] = label
        for word, tag, label in zip(sent.words, sent.tags, labels, strict=True):
            if not word[:1].isupper() or len(word) < 2 or tag == convert.MISSING:
                continue
            low = word.lower()
            total[low] += 1
            if label != "O":
                inside.setdefault(low, Counter())[label] += 1
    out: dict[str, int] = {}
    for low, counts in inside.items():
        code = 0
        for label, n in counts.items():
            if n >= min_share * total[low]:
                code |= bits[label]
        if code:
            out[low] = code
    return out


def build(ding: Path, first_names: Path | None, gaz: bool = True) -> dict[str, int]:
    """Word (lowercase) -> code = flags | (bucket << 4) | gazetteer bits."""
    flags = read_ding(ding)
    if gaz:
        for word, bits in gazetteer().items():
            flags[word] = flags.get(word, 0) | bits
    if first_names is not None:
        for name in read_first_names(first_names):
            flags[name] = flags.get(name, 0) | FIRST
    for word, bits in flags.items():
        if bits & COMMON and bits & PROPER:
            flags[word] = bits & ~PROPER  # "Präsident" is common, whatever "Mister President" says
    buckets = freq_buckets()
    codes: dict[str, int] = {}
    for word in set(flags) | set(buckets):
        bucket = buckets.get(word, 0)
        bits = flags.get(word, 0)
        if bits == OTHER and bucket < 2:
            bits = 0  # rare lowercase words: the tok2vec sees them as lowercase anyway
        if bits == 0 and bucket < 2:
            continue  # rare and unknown to the dictionary: as good as unseen
        codes[word] = bits | (bucket << 4)
    return prune(codes)


def prune(codes: dict[str, int]) -> dict[str, int]:
    """Drop rare common nouns that the component derives from their ending anyway.

    Keeps the lexicon small so the pipeline loads fast: "Waffenlieferung" need
    not be listed when "Lieferung" is.
    """
    import spacy

    from app.nlp.components import LexClass

    probe = LexClass(spacy.blank("de").vocab, name_endings=True)
    probe.codes = codes
    # rare common nouns only (bucket 0); longest first, so that the endings a
    # dropped word relies on are checked against the final table below
    candidates = sorted((w for w, c in codes.items() if c == COMMON), key=len, reverse=True)
    kept = dict(codes)
    probe.codes = kept
    for w in candidates:
        del kept[w]
        if probe.guess(w) != COMMON:
            kept[w] = COMMON
    return kept


def write(codes: dict[str, int], out: Path) -> None:
    """One line per code: ``<code>\\t<word> <word> ...`` (fast to load)."""
    out.mkdir(parents=True, exist_ok=True)
    by_code: dict[int, list[str]] = {}
    for word, code in codes.items():
        if "\t" in word or "\n" in word or " " in word:
            continue
        by_code.setdefault(code, []).append(word)
    lines = [f"{code}\t{' '.join(sorted(words))}" for code, words in sorted(by_code.items())]
    (out / "lexicon.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ding", type=Path, default=DING)
    ap.add_argument("--first-names", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--gazetteer", action=argparse.BooleanOptionalAction, default=True)
    args = ap.parse_args(argv)
    codes = build(args.ding, args.first_names, args.gazetteer)
    write(codes, args.out)
    counts = {
        name: sum(1 for c in codes.values() if c & bit)
        for name, bit in (
            ("common", COMMON),
            ("proper", PROPER),
            ("first", FIRST),
            ("other", OTHER),
        )
    }
    print(f"{len(codes)} word forms: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
