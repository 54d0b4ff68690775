"""Are the word cards' glosses right in context? A sheet to judge by hand, and the numbers.

Usage::

    python -m bench.gloss_judge dump FILE... > sheet.tsv      # one row per content word
    python -m bench.gloss_judge score tests/data/gloss_judgements.tsv FILE... [--misses]
        [--rejudged tests/data/gloss_judgements_dev.tsv]

``dump`` analyses each text as the window does and builds every word's card
(``app.reading.cards.WordDescriber`` with the offline dictionary), then writes
one TSV row per content word (the card's part of speech noun, verb, adjective,
adverb or participle; names, numbers and function words left out): file,
token index, word, the card's lemma, part of speech, its first five glosses
(" | "), the sentence, and two empty columns to fill in by hand: ``top1``
(the first gloss is a right translation here: y/n) and ``top3`` (one of the
first three is: y/n).

``score`` reads the judged sheet, checks that it still matches what the cards
show (rows whose glosses changed are reported, not counted), and prints:

- top-3 right: share of judged content words whose first three glosses hold a
  right translation in context (target >= 0.97);
- top-1 right: share whose first gloss is right (target >= 0.85);
- covered: share of non-name words (alphabetic tokens outside names and
  entities whose card is not a name, a number or punctuation) that get any
  gloss (offline or through their compound parts) (target >= 0.995);

``--misses`` also prints every row judged wrong, as Markdown, for docs/glosses.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.dictionary.schema import word_set

if TYPE_CHECKING:
    from app.reading.cards import WordCard

CONTENT = frozenset({"noun", "verb", "auxiliary verb", "adjective", "adverb"})
#: Auxiliaries, modal verbs and particle-like adverbs: not content words here.
FUNCTION_WORDS = word_set(
    """sein haben werden können müssen sollen wollen dürfen mögen lassen es man
    nicht auch noch nur so da dort hier dann nun schon sehr wie"""
)
COLUMNS = ("file", "token", "word", "lemma", "pos", "glosses", "sentence", "top1", "top3")


@dataclass(frozen=True)
class Row:
    file: str
    token: int
    word: str
    lemma: str
    pos: str
    glosses: str
    sentence: str


def word_cards(path: Path) -> Iterator[tuple[int, WordCard, str]]:
    """(token index, card, its sentence on one line) of every word of the text at
    ``path``, the card built as the window builds it (shared with bench.grammar_judge)."""
    from app.analysis import analyze
    from app.dictionary import open_dictionary
    from app.reading.cards import WordDescriber
    from app.reading.lookups import InfoCache
    from app.reading.textmodel import ReaderIndex

    dictionary = open_dictionary()
    text = path.read_text(encoding="utf-8")
    analysis = analyze(text)
    index = ReaderIndex.build(analysis)
    describer = WordDescriber(index, InfoCache(dictionary.lookup))
    for i in index.words:
        card = describer.card(i)
        sentence = analysis.sentences[card.sentence]
        yield i, card, text[sentence.start : sentence.end].replace("\t", " ").replace("\n", " ")


def cards(path: Path) -> Iterator[tuple[Row, bool, bool]]:
    """(row, is a content word, is a non-name word with a gloss) for every word."""
    from app.reading.cards import NAME_OR_ABBREVIATION

    for i, card, sentence in word_cards(path):
        if not any(ch.isalpha() for ch in card.word):
            continue
        name = (
            card.entity is not None
            or card.pos in ("proper noun", NAME_OR_ABBREVIATION)
            or card.person is not None
        )
        glosses = list(card.glosses)
        if not glosses and card.compound:
            glosses = [" + ".join(p.glosses[0] if p.glosses else p.text for p in card.compound)]
        row = Row(path.name, i, card.word, card.lemma, card.pos, " | ".join(glosses[:5]), sentence)
        content = (
            not name
            and card.pos in CONTENT
            and card.lemma.lower() not in FUNCTION_WORDS
            and card.word.lower() not in FUNCTION_WORDS
        )
        yield row, content, not name and card.pos not in ("number", "punctuation", "symbol")


def dump(files: list[Path]) -> int:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for path in files:
        for row, content, _ in cards(path):
            if content:
                writer.writerow(
                    (row.file, row.token, row.word, row.lemma, row.pos, row.glosses,
                     row.sentence, "", "")
                )  # fmt: skip
    return 0


def score(sheet: Path, files: list[Path], misses: bool, rejudged: list[Path] | None = None) -> int:
    judged: dict[tuple[str, int], dict[str, str]] = {}
    with sheet.open(encoding="utf-8") as handle:
        for record in csv.DictReader(handle, delimiter="\t"):
            judged[(record["file"], int(record["token"]))] = record
    # rows judged again after a change, kept apart from the first judgements: by glosses
    again: dict[tuple[str, int, str], dict[str, str]] = {}
    for path in rejudged or ():
        with path.open(encoding="utf-8") as handle:
            for record in csv.DictReader(handle, delimiter="\t"):
                again[(record["file"], int(record["token"]), record["glosses"])] = record
    top1 = top3 = counted = changed = unjudged = 0
    words = glossed = 0
    wrong: list[str] = []
    for path in files:
        for row, content, non_name in cards(path):
            if non_name:
                words += 1
                glossed += bool(row.glosses)
            if not content:
                continue
            record = again.get((row.file, row.token, row.glosses)) or judged.get(
                (row.file, row.token)
            )
            if record is None or not record["top3"]:
                unjudged += 1
                continue
            if record["glosses"] != row.glosses:
                changed += 1
                print(f"changed since judged: {row.word} ({row.file}:{row.token})", file=sys.stderr)
                continue
            counted += 1
            top1 += record["top1"] == "y"
            top3 += record["top3"] == "y"
            if record["top1"] != "y":
                mark = "not in the first three" if record["top3"] != "y" else "not first"
                shown = row.glosses.replace(" | ", "; ") or "(none)"
                wrong.append(f"| {row.word} | {row.lemma} | {row.pos} | {shown} | {mark} |")
    print(f"judged content words: {counted} (unjudged {unjudged}, changed since judged {changed})")
    if counted:
        print(f"top-3 right: {top3 / counted:.3f} ({top3}/{counted})")
        print(f"top-1 right: {top1 / counted:.3f} ({top1}/{counted})")
    if words:
        print(f"non-name words with a gloss: {glossed / words:.4f} ({glossed}/{words})")
    if misses:
        print()
        print("| word | lemma | part of speech | glosses shown | miss |")
        print("|---|---|---|---|---|")
        print("\n".join(wrong))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("files", nargs="+", type=Path)
    s = sub.add_parser("score")
    s.add_argument("sheet", type=Path)
    s.add_argument("files", nargs="+", type=Path)
    s.add_argument("--misses", action="store_true")
    s.add_argument(
        "--rejudged", type=Path, action="append",
        help="a sheet of rows judged again after a change (used where its glosses match)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.files)
    return score(args.sheet, args.files, args.misses, args.rejudged)


if __name__ == "__main__":
    sys.exit(main())
