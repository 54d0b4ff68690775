"""Is the grammar the word cards show right on new text? A sheet to judge by hand, the numbers.

Usage::

    python -m bench.grammar_judge dump FILE... > sheet.tsv      # one row per card with grammar
    python -m bench.grammar_judge score JUDGED.tsv FILE... [--rejudged AGAIN.tsv] [--wrong]

``dump`` analyses each text as the window does, builds every word's card
(``app.reading.cards.WordDescriber``) and writes one TSV row per word whose card
shows grammar (a form line, an article or a plural): file, token index, word,
the card's lemma, part of speech, article, plural, the form in the card's words
(``WordCard.morph``), the same in UD notation (``WordCard.features``, the JSON's
``morph``), the sentence, and two columns to fill in by hand: ``wrong`` (the
shown facts that are wrong here, comma-separated, from Case, Number, Gender,
Person, Tense, Mood, VerbForm, Degree, article, plural, lemma; ``-`` when all
are right) and ``note``.

``score`` reads the judged sheet (and rows judged again after a change, matched
by what the card shows), skips rows whose card changed since (reported), and
prints:

- shown right: of the feature values the cards show (each UD feature counts
  once; "Case=Acc,Nom" is one shown feature, right when the judge did not flag
  it), the share the judge left unflagged (target >= 0.97);
- article right: of the nouns whose card shows der/die/das, the share right
  (target >= 0.99);
- plural right and lemma right, likewise.

It measures precision only: a judge sees what the card shows, not what it
leaves out (the UD and grammar_gold benches measure what is needed and shown).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FEATURES = ("Case", "Number", "Gender", "Person", "Tense", "Mood", "VerbForm", "Degree")
FACTS = (*FEATURES, "article", "plural", "lemma")
COLUMNS = (
    "file", "token", "word", "lemma", "pos", "article", "plural", "form", "morph", "sentence",
    "wrong", "note",
)  # fmt: skip
#: What a judged row must still show to be counted (a changed card needs a new verdict).
SHOWN = ("word", "lemma", "pos", "article", "plural", "form", "morph")


@dataclass(frozen=True)
class Row:
    file: str
    token: int
    word: str
    lemma: str
    pos: str
    article: str
    plural: str
    form: str
    morph: str
    sentence: str

    def shown(self) -> tuple[str, ...]:
        return tuple(getattr(self, name) for name in SHOWN)


def rows(path: Path) -> Iterator[Row]:
    """One row per word whose card shows grammar, in text order."""
    from bench.gloss_judge import word_cards

    for i, card, sentence in word_cards(path):
        if not (card.features or card.article or card.plural):
            continue
        yield Row(
            path.name, i, card.word, card.lemma, card.pos, card.article or "",
            card.plural or "", card.morph, card.features, sentence,
        )  # fmt: skip


def dump(files: list[Path]) -> int:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for path in files:
        for row in rows(path):
            writer.writerow((*(getattr(row, c) for c in COLUMNS[:-2]), "", ""))
    return 0


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def flagged(record: dict[str, str]) -> set[str]:
    """The facts a judge marked wrong; raises ValueError on an empty or unknown verdict."""
    verdict = record["wrong"].strip()
    if not verdict:
        raise ValueError(f"unjudged row: {record['file']}:{record['token']}")
    if verdict == "-":
        return set()
    facts = {part.strip() for part in verdict.split(",") if part.strip()}
    unknown = facts - set(FACTS)
    if unknown:
        raise ValueError(f"unknown fact {sorted(unknown)} in {record['file']}:{record['token']}")
    return facts


def score(sheet: Path, files: list[Path], rejudged: list[Path], show_wrong: bool) -> int:
    judged = {(r["file"], int(r["token"])): r for r in _read(sheet)}
    again = {
        (r["file"], int(r["token"]), tuple(r[c] for c in SHOWN)): r
        for path in rejudged
        for r in _read(path)
    }
    shown: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    changed = unjudged = counted = 0
    lines: list[str] = []
    for path in files:
        for row in rows(path):
            record = again.get((row.file, row.token, row.shown())) or judged.get(
                (row.file, row.token)
            )
            if record is None or not record["wrong"].strip():
                unjudged += 1
                continue
            if tuple(record[c] for c in SHOWN) != row.shown():
                changed += 1
                print(f"changed since judged: {row.word} ({row.file}:{row.token})", file=sys.stderr)
                continue
            counted += 1
            bad = flagged(record)
            names = [part.split("=")[0] for part in row.morph.split("|") if part]
            for name in names:
                shown[name] += 1
                wrong[name] += name in bad
            for fact, value in (("article", row.article), ("plural", row.plural)):
                if value:
                    shown[fact] += 1
                    wrong[fact] += fact in bad
            shown["lemma"] += 1
            wrong["lemma"] += "lemma" in bad
            if bad:
                lines.append(
                    f"| {row.word} | {row.lemma} | {row.article} | {row.plural} | {row.morph} "
                    f"| {', '.join(sorted(bad))} | {record['note']} |"
                )
    print(f"judged cards: {counted} (unjudged {unjudged}, changed since judged {changed})")
    features = sum(shown[name] for name in FEATURES)
    features_wrong = sum(wrong[name] for name in FEATURES)
    if features:
        right = features - features_wrong
        print(f"shown features right: {right / features:.3f} ({right}/{features})")
    for fact in ("article", "plural", "lemma"):
        if shown[fact]:
            right = shown[fact] - wrong[fact]
            print(f"{fact} right: {right / shown[fact]:.3f} ({right}/{shown[fact]})")
    print("by feature: " + ", ".join(f"{n} {shown[n] - wrong[n]}/{shown[n]}" for n in FACTS))
    if show_wrong:
        print()
        print("| word | lemma | article | plural | morph | wrong | note |")
        print("|---|---|---|---|---|---|---|")
        print("\n".join(lines))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("files", type=Path, nargs="+")
    s = sub.add_parser("score")
    s.add_argument("sheet", type=Path)
    s.add_argument("files", type=Path, nargs="+")
    s.add_argument("--rejudged", type=Path, action="append", default=[])
    s.add_argument("--wrong", action="store_true", help="print every flagged row as Markdown")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.files)
    return score(args.sheet, args.files, args.rejudged, args.wrong)


if __name__ == "__main__":
    sys.exit(main())
