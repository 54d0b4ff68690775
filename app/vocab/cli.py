"""``leselupe vocab``: mark words, mine sentences, list, export and import.

``mark`` and ``import`` mark every WORD by its lemma, found by the same
offline-dictionary lookup as the word card makes (:func:`app.vocab.marks.lemma_of_word`;
out of context, so give a separable verb whole: "ankündigen"). ``add WORD --sentence S``
reads WORD in S: S is analysed and the card built by the window's own core
(:mod:`app.reading.deck_cards`, handed in by :mod:`app.cli` as ``sentence_card``), so
"kündigte" in "… kündigte … an" is carded as "ankündigen". Bad input (unknown status,
level out of range, unreadable import file, export path in a missing directory, a WORD
that is not in its sentence) is one line on stderr and exit code 2, and changes nothing.
No Qt here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn

from app.vocab import marks
from app.vocab.deck import Card, export_table
from app.vocab.importing import ImportFileError, read_word_list
from app.vocab.status import IGNORED, KNOWN, Status, WordStatus, parse_status
from app.vocab.store import Vocabulary, VocabularyError

EXIT_USAGE = 2

#: Builds the card of a word as it stands in a sentence: ``sentence_card(word, sentence)``
#: -> the card (no translation, source or date), None when the word is not in it.
SentenceCard = Callable[[str, str], Card | None]


class _OneLineParser(argparse.ArgumentParser):
    """Reports a usage error as one line (``leselupe: error: …``) and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"leselupe: error: {self.prog}: {message}\n")


class _Failure(Exception):
    """Bad input: one line on stderr, exit code 2."""


def _note(message: str) -> None:
    print(f"leselupe: note: {message}", file=sys.stderr)


def _open() -> Vocabulary:
    vocabulary = Vocabulary()
    if vocabulary.notice:
        _note(vocabulary.notice)
    return vocabulary


def _dictionary() -> Any:
    from app.dictionary import open_dictionary  # deferred: opens the database

    dictionary = open_dictionary()
    if dictionary.error:
        _note(dictionary.error)
    return dictionary


def _level(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise _Failure(f"--level must be a number 1–4, not {text!r}") from None


# --------------------------------------------------------------------------- commands


def cmd_mark(args: argparse.Namespace) -> int:
    try:
        status = parse_status(args.status, _level(args.level))
    except ValueError as exc:
        raise _Failure(str(exc)) from None
    dictionary = _dictionary()
    pairs = [(word, marks.lemma_of_word(word, dictionary)) for word in args.words]
    empty = [word for word, lemma in pairs if not lemma]
    if empty:
        raise _Failure(f"not a word: {empty[0]!r}")
    vocabulary = _open()
    try:
        vocabulary.set_many({lemma: status for _, lemma in pairs})
    except VocabularyError as exc:
        raise _Failure(str(exc)) from None
    for word, lemma in pairs:
        shown = word if word == lemma else f"{word} → {lemma}"
        print(f"{shown}: {status.label}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    sentence = " ".join(args.sentence.split())
    if not sentence:
        raise _Failure("--sentence must not be empty")
    word = args.word.strip()
    if not word:
        raise _Failure("WORD must not be empty")
    make: SentenceCard | None = args.sentence_card
    if make is None:
        raise _Failure("cards need the analysis; run vocab add through the leselupe command")
    found = make(word, sentence)
    if found is None:
        raise _Failure(f"{word!r} does not occur in the sentence: give it as it stands there")
    card = replace(
        found,
        translation=args.translation or "",
        source=args.source or "",
        date=args.date or "",
    )
    vocabulary = _open()
    try:
        saved = vocabulary.add_card(card)
    except VocabularyError as exc:
        raise _Failure(str(exc)) from None
    done = "added" if saved.new else "updated"  # the same word in the same sentence
    print(f"{done}: {saved.card.headword} — {saved.card.sentence}")
    return 0


def _card_json(card: Card) -> dict[str, Any]:
    return {
        "word": card.word,
        "lemma": card.lemma,
        "article": card.article,
        "plural": card.plural,
        "grammar": card.grammar,
        "glosses": list(card.glosses),
        "sentence": card.sentence,
        "translation": card.translation,
        "source": card.source,
        "date": card.date,
        "added": card.added,
    }


def _sorted_words(vocabulary: Vocabulary) -> list[tuple[str, WordStatus]]:
    order = {s: i for i, s in enumerate((Status.LEARNING, Status.KNOWN, Status.IGNORED))}
    items = vocabulary.statuses().items()
    return sorted(items, key=lambda kv: (order[kv[1].status], kv[1].level, kv[0].casefold()))


def cmd_list(args: argparse.Namespace) -> int:
    vocabulary = _open()
    try:
        cards = vocabulary.cards()
    except VocabularyError as exc:
        raise _Failure(str(exc)) from None
    words = _sorted_words(vocabulary)
    if args.json:
        data = {
            "words": [
                {"lemma": lemma, "status": ws.status.value, "level": ws.level or None}
                for lemma, ws in words
            ],
            "cards": [_card_json(card) for card in cards],
        }
        print(json.dumps(data, ensure_ascii=False))
        return 0
    width = max((len(lemma) for lemma, _ in words), default=0)
    for lemma, ws in words:
        print(f"{lemma.ljust(width)}  {ws.label}")
    counts = vocabulary.counts()
    summary = ", ".join(f"{n} {label}" for label, n in sorted(counts.items())) or "no marked words"
    print(f"{_n(len(words), 'lemma')} ({summary}); {_n(len(cards), 'card')} in the deck")
    for card in cards:
        print(f"  {card.headword} — {card.sentence}")
    return 0


def _n(count: int, one: str, many: str = "") -> str:
    """``1 card`` / ``2 cards`` (app.reading.numbers.plural is a layer above this one)."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def _export_target(args: argparse.Namespace) -> tuple[Path, str]:
    """The file and its format: from --apkg/--csv/--tsv, else FILE's suffix (as the
    window's Export Deck does)."""
    chosen = [
        (Path(p), kind)
        for p, kind in ((args.apkg, "apkg"), (args.csv, "csv"), (args.tsv, "tsv"))
        if p
    ]
    if chosen and args.file:
        raise _Failure("give FILE or one of --apkg, --csv, --tsv, not both")
    if chosen:
        return chosen[0]
    if not args.file:
        raise _Failure("name the file to write (deck.apkg, deck.csv or deck.tsv)")
    target = Path(args.file)
    kind = target.suffix.lower().lstrip(".")
    if kind not in ("apkg", "csv", "tsv"):
        raise _Failure(f"cannot tell the format of {target}: name it .apkg, .csv or .tsv")
    return target, kind


def cmd_export(args: argparse.Namespace) -> int:
    target, kind = _export_target(args)
    folder = target.parent
    if not folder.is_dir():
        raise _Failure(f"cannot write {target}: the directory {folder} does not exist")
    if target.is_dir():
        raise _Failure(f"cannot write {target}: it is a directory")
    vocabulary = _open()
    try:
        cards = vocabulary.cards()
    except VocabularyError as exc:
        raise _Failure(str(exc)) from None
    if not cards:
        raise _Failure("the deck is empty; add cards first (leselupe vocab add WORD --sentence …)")
    try:
        if kind == "apkg":
            from app.vocab.anki import export_apkg  # deferred: genanki is only for .apkg

            count = export_apkg(cards, target)
        else:
            count = export_table(cards, target, delimiter="," if kind == "csv" else "\t")
    except OSError as exc:
        raise _Failure(f"cannot write {target}: {exc.strerror or exc}") from None
    print(f"exported {_n(count, 'card')} to {target}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    try:
        found = read_word_list(Path(args.file))
    except ImportFileError as exc:
        raise _Failure(str(exc)) from None
    if not found.words:
        raise _Failure(f"no words found in {args.file}")
    dictionary = _dictionary()
    lemmas = dict.fromkeys(marks.lemma_of_word(word, dictionary) for word in found.words)
    lemmas.pop("", None)
    vocabulary = _open()
    kept = [lemma for lemma in lemmas if vocabulary.status(lemma) in (KNOWN, IGNORED)]
    changes = {lemma: KNOWN for lemma in lemmas if lemma not in set(kept)}
    try:
        vocabulary.set_many(changes)
    except VocabularyError as exc:
        raise _Failure(str(exc)) from None
    print(
        f"{_n(len(changes), 'lemma')} marked known ({len(kept)} "
        f"{'was' if len(kept) == 1 else 'were'} already known or ignored);"
        f" {_n(len(found.skipped), 'entry', 'entries')} skipped (not one word)"
    )
    return 0


# ---------------------------------------------------------------------------- parser


def add_subcommand(sub: Any, sentence_card: SentenceCard | None = None) -> None:
    """Register ``vocab`` and its commands on the CLI's subparsers; ``sentence_card``
    builds ``add``'s card from the analysed sentence (the window's core, a layer above)."""
    parser = sub.add_parser("vocab", help="word status, deck, Anki export, known-word import")
    commands = parser.add_subparsers(
        dest="vocab_command", required=True, parser_class=_OneLineParser
    )
    p = commands.add_parser("mark", help="set the status of words (by their lemma)")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--status", required=True, help="new, learning, known or ignored")
    p.add_argument("--level", help="learning level 1–4 (default 1)")
    p.set_defaults(vocab_func=cmd_mark)
    p = commands.add_parser("add", help="add a sentence card for a word to the deck")
    p.add_argument("word", metavar="WORD")
    p.add_argument(
        "--sentence", required=True, help="the sentence the word stands in (it is analysed)"
    )
    p.add_argument("--source", help="where the sentence is from (title)")
    p.add_argument("--date", help="the source's date")
    p.add_argument("--translation", help="the sentence in English")
    p.set_defaults(vocab_func=cmd_add, sentence_card=sentence_card)
    p = commands.add_parser("list", help="marked words and the deck")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(vocab_func=cmd_list)
    p = commands.add_parser("export", help="export the deck")
    p.add_argument(
        "file", metavar="FILE", nargs="?", help="the file to write; .apkg, .csv or .tsv by its name"
    )
    target = p.add_mutually_exclusive_group()
    target.add_argument("--apkg", metavar="FILE", help="Anki package (.apkg)")
    target.add_argument("--csv", metavar="FILE", help="comma-separated values with a header")
    target.add_argument("--tsv", metavar="FILE", help="tab-separated values with a header")
    p.set_defaults(vocab_func=cmd_export)
    p = commands.add_parser("import", help="mark the words of a list or Anki export as known")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(vocab_func=cmd_import)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run the chosen ``vocab`` command; bad input is one line and exit code 2."""
    command = args.vocab_func
    try:
        return int(command(args))
    except _Failure as exc:
        print(f"leselupe: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
