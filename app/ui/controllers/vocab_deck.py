"""The deck and read-aloud of the learner's vocabulary controller (a mixin of
:class:`app.ui.controllers.vocab.VocabularyController`, which builds and connects
the actions): a word's flash card with its sentence and translation, the deck's
export and the known-word import on a worker, and espeak-ng reading aloud."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.document import Document
from app.reading.deck_cards import deck_card
from app.reading.lookups import LookupFunction
from app.reading.numbers import plural
from app.reading.wordmarks import ArticleWords
from app.ui import settings as keys
from app.ui.controllers.analysis import AnalysisController, open_lookup
from app.ui.controllers.document import DocumentController
from app.ui.jobs import Report, Worker
from app.ui.settings import Settings
from app.ui.translator import Translator
from app.ui.widgets.deck_dialog import DeckDialog
from app.ui.widgets.dialogs import Dialogs
from app.ui.widgets.status import StatusLine
from app.vocab import speech
from app.vocab.deck import Card, export_table
from app.vocab.importing import ImportFileError, read_word_list
from app.vocab.status import IGNORED, KNOWN, normalize_lemma
from app.vocab.store import Vocabulary, VocabularyError

EXPORT_FILTERS = "Anki package (*.apkg);;CSV (*.csv);;TSV, tab-separated (*.tsv)"
IMPORT_FILTERS = "Word lists and Anki text exports (*.txt *.csv *.tsv);;All files (*)"


@dataclass(frozen=True, slots=True)
class DeckRead:
    """What a deck-worker job did: the deck's cards after it, the cards it deleted,
    whether it had deletions to do, and the store's error ('' when none). ``read`` is
    False when the deck could not be read (a failed deletion still reads it)."""

    cards: tuple[Card, ...]
    removed: int
    deleting: bool
    error: str = ""
    read: bool = True


class DeckAndSpeech:
    """Add to deck, export, import and read aloud; the controller holds the state."""

    analyses: AnalysisController
    documents: DocumentController
    translator: Translator
    dialogs: Dialogs
    status: StatusLine
    settings: Settings
    vocabulary: Vocabulary | None
    words: ArticleWords | None
    files: Worker
    #: Reads and deletes of Words ▸ Show Deck, off the UI thread (:meth:`_deck_job`).
    deck: Worker
    _deck_lock: threading.Lock
    _deck_removals: list[int]
    #: Held while waiting deletions are done, so that an export reads the deck after them.
    _deck_deleting: threading.Lock
    #: The newest deck job's ticket: only its outcome updates the dialog.
    _deck_ticket: int
    #: Cards deleted by deck jobs whose outcome the dialog has not shown yet (None: none asked).
    _deck_removed: int | None
    speaker: speech.Speaker
    stop_speech: QAction
    _awaiting: dict[int, Card]
    deck_dialog: DeckDialog | None
    window: QMainWindow
    _require: Callable[[], Vocabulary | None]
    target_token: Callable[[], int]

    # ----------------------------------------------------------------- deck

    def card_for(self, token: int) -> Card | None:
        """The deck card of a word: its lemma with article and plural, its glosses,
        its sentence (with the translation when there is one) and the source."""
        describer, analysis = self.analyses.describer, self.analyses.analysis
        if describer is None or analysis is None or token < 0:
            return None
        translation = self.translator.sentence(describer.card(token).sentence).text or ""
        document = self.documents.document
        meta = document.meta if document is not None else None
        source = (meta.title if meta else None) or _source_name(document)
        # the same core as ``leselupe vocab add WORD --sentence S`` (app.reading.deck_cards)
        return deck_card(
            describer,
            token,
            self.words,
            translation=translation,
            source=source,
            date=(meta.date if meta else None) or "",
        )

    def add_target_to_deck(self) -> Card | None:
        card = self.card_for(self.target_token())
        if card is None or self._require() is None:
            return None
        assert self.vocabulary is not None
        try:
            stored, new, total = self.vocabulary.add_card(card)
        except VocabularyError as exc:
            self.dialogs.error("The card could not be saved", str(exc))
            return None
        cards = plural(total, "card", "cards")
        # The same word in the same sentence updates its card: say so, not "Added".
        done = "Added to the deck" if new else "Already in the deck (updated)"
        self.status.message(f"{done}: {stored.headword} ({cards})", 5000)
        if not stored.translation and self.translator.online:
            # The sentence's translation joins the card when it comes.
            sentence = self.translator_index(self.target_token())
            if sentence >= 0:
                self._awaiting[sentence] = stored
                self.translator.want(sentence, None, now=True)
        return stored

    def translator_index(self, token: int) -> int:
        describer = self.analyses.describer
        return describer.card(token).sentence if describer is not None and token >= 0 else -1

    def _on_translated(self, sentences: object, _words: object) -> None:
        """Cards added while their sentence was being translated get the translation."""
        if not self._awaiting or not isinstance(sentences, tuple) or self.vocabulary is None:
            return
        for sentence in sentences:
            card = self._awaiting.pop(sentence, None)
            text = self.translator.translation(sentence, look=False) if card else None
            if card is not None and text:
                try:
                    self.vocabulary.add_card(replace(card, translation=text))
                except VocabularyError as exc:
                    self.status.message(f"The card's translation was not saved: {exc}", 6000)

    def show_deck_dialog(self) -> DeckDialog | None:
        """Words ▸ Show Deck: the kept cards, to look over, delete and export. The dialog
        opens at once; the cards are read on the deck worker (:meth:`_deck_job`)."""
        vocabulary = self._require()
        if vocabulary is None:
            return None
        if self.deck_dialog is None:
            self.deck_dialog = DeckDialog((), self._remove_cards, self.choose_export, self.window)
        self.deck_dialog.show_reading()
        self._deck_ticket = self.deck.submit(self._deck_job(vocabulary))
        self.deck_dialog.open()
        return self.deck_dialog

    def _remove_cards(self, ids: list[int]) -> None:
        vocabulary = self.vocabulary
        if vocabulary is None or not ids:
            return
        # A kept card is the learner's work: one key press must not lose it unasked.
        count = plural(len(ids), "card", "cards")
        if not self.dialogs.ask("Delete from the deck", f"Delete {count} from the deck?"):
            return
        # Deletions wait in a list that every deck job empties when it runs: a job that the
        # worker replaces before it starts loses nothing, the newer one deletes them too.
        with self._deck_lock:
            self._deck_removals.extend(ids)
        if self.deck_dialog is not None:
            self.deck_dialog.show_reading("Deleting…")
        self._deck_ticket = self.deck.submit(self._deck_job(vocabulary))

    def _delete_waiting(self, vocabulary: Vocabulary) -> tuple[int, bool, str]:
        """Delete the cards waiting to be deleted (any thread): how many went, whether any
        were waiting, and the store's error ('' when none). The first error stops: the
        cards not deleted stay in the deck (the learner is told and sees them)."""
        with self._deck_deleting:
            with self._deck_lock:
                ids, self._deck_removals[:] = list(self._deck_removals), []
            removed = 0
            for card_id in ids:
                try:
                    removed += vocabulary.remove_card(card_id)
                except VocabularyError as exc:
                    return removed, True, str(exc)
            return removed, bool(ids), ""

    def _deck_job(self, vocabulary: Vocabulary) -> Callable[[Report], DeckRead]:
        """A deck-worker job: delete the cards waiting to be deleted, then read the deck."""

        def job(_report: Report) -> DeckRead:
            removed, deleting, error = self._delete_waiting(vocabulary)
            try:
                cards = tuple(vocabulary.cards())
            except VocabularyError as exc:
                return DeckRead((), removed, deleting, error or str(exc), read=False)
            return DeckRead(cards, removed, deleting, error)

        return job

    def _on_deck_read(self, ticket: int, read: DeckRead) -> None:
        """The deck worker's outcome, on the UI thread: the dialog shows the cards of the
        newest job only (an older job's cards may still hold cards a newer one deletes)."""
        if read.deleting:
            self._deck_removed = (self._deck_removed or 0) + read.removed
        if read.error:
            title = "The cards could not be deleted" if read.deleting else None
            self.dialogs.error(title or "The deck could not be read", read.error)
        if ticket != self._deck_ticket:
            return  # a newer job follows: the dialog keeps saying what is under way
        if self.deck_dialog is not None:
            if read.read:
                self.deck_dialog.show_cards(read.cards)
            else:
                self.deck_dialog.show_failed()
        removed, self._deck_removed = self._deck_removed, None
        if removed is not None:
            self.status.message(f"Deleted {plural(removed, 'card', 'cards')} from the deck", 5000)

    def choose_export(self) -> None:
        vocabulary = self._require()
        if vocabulary is None:
            return
        if not vocabulary.card_count():
            self.dialogs.error(
                "The deck is empty",
                "Add words first: Words ▸ Add to Deck (Ctrl+D) on a word in the article.",
            )
            return
        start = str(self._folder() / "leselupe.apkg")
        path, chosen = self.dialogs.save_file("Export Deck", start, EXPORT_FILTERS)
        if path:
            self.export_to(Path(path), chosen)

    def _folder(self) -> Path:
        """Where the file choosers start: the last folder used, else home (as the
        other exports), not the folder Leselupe happened to be started in."""
        return Path(self.settings.get(keys.LAST_DIR) or Path.home())

    def export_to(self, path: Path, chosen: str = "") -> None:
        """Write the deck to ``path`` on a worker (.apkg, .csv or .tsv by its suffix)."""
        vocabulary = self._require()
        if vocabulary is None:
            return
        suffix = path.suffix.lower()
        if suffix not in (".apkg", ".csv", ".tsv"):
            suffix = ".csv" if "CSV" in chosen else ".tsv" if "TSV" in chosen else ".apkg"
            path = path.with_name(path.name + suffix)

        def job(report: Report) -> str:
            # Deletions asked for in Show Deck and not done yet go first: the file holds
            # what remains of the deck. One that fails stops the export (the error says why).
            removed, _deleting, error = self._delete_waiting(vocabulary)
            if error:
                raise VocabularyError(f"the deleted cards are still in the deck: {error}")
            cards = vocabulary.cards()
            if suffix == ".apkg":
                from app.vocab.anki import export_apkg  # deferred: genanki only for .apkg

                n = export_apkg(cards, path)
            else:
                n = export_table(cards, path, delimiter="\t" if suffix == ".tsv" else ",")
            deleted = f"Deleted {plural(removed, 'card', 'cards')}; " if removed else ""
            return f"{deleted}Exported {plural(n, 'card', 'cards')} to {path}"

        self.status.busy("Exporting the deck…")
        self.files.submit(job)

    def choose_import(self) -> None:
        path = self.dialogs.open_file("Import Known Words", str(self._folder()), IMPORT_FILTERS)
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Mark the words of a word list or Anki text export known (on a worker)."""
        vocabulary = self._require()
        if vocabulary is None:
            return
        lookup = self.analyses.lookup

        def job(report: Report) -> str:
            found = read_word_list(path)
            if not found.words:
                raise ImportFileError(f"no words found in {path.name}")
            look: LookupFunction = lookup or open_lookup(report)[0]
            lemmas = dict.fromkeys(_lemma_of(look, word) for word in found.words)
            lemmas.pop("", None)
            changes = {
                lemma: KNOWN for lemma in lemmas if vocabulary.status(lemma) not in (KNOWN, IGNORED)
            }
            vocabulary.set_many(changes)
            skipped = f"; {len(found.skipped)} entries skipped" if found.skipped else ""
            return f"Imported: {len(changes)} words marked known{skipped}"

        self.status.busy("Importing known words…")
        self.files.submit(job)

    # ----------------------------------------------------------- read aloud

    def read_aloud(self, *, sentence: bool) -> bool:
        """Speak the target word (or its sentence); stops what is being said."""
        describer, analysis = self.analyses.describer, self.analyses.analysis
        token = self.target_token()
        if describer is None or analysis is None or token < 0:
            return False
        card = describer.card(token)
        text = analysis.sentence_text(card.sentence) if sentence else card.word
        started = self.speaker.say(text)
        self.stop_speech.setEnabled(started)
        if not started and self.speaker.error:  # also espeak-ng missing: how to install it
            self.status.message(self.speaker.error, 8000)
        return started

    def stop_reading(self) -> None:
        self.speaker.cancel()
        self.stop_speech.setEnabled(False)

    def _on_speech_done(self, completed: bool) -> None:
        if not self.speaker.is_speaking():
            self.stop_speech.setEnabled(False)
            if not completed and self.speaker.error:
                self.status.message(self.speaker.error, 8000)


def _source_name(document: Document | None) -> str:
    """Where a card's sentence comes from when the document has no title: a web
    address as it is, a file by its name (a card travels; the folders stay home)."""
    if document is None:
        return ""
    source = document.source
    if "://" in source:
        return source
    return Path(source).name or source


def _lemma_of(lookup: LookupFunction, word: str) -> str:
    """The lemma of a word given alone (as :func:`app.vocab.marks.lemma_of_word`)."""
    clean = normalize_lemma(word)
    if not clean:
        return ""
    return normalize_lemma(lookup(clean, "", "", "", "").lemma) or clean
