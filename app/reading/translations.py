"""What the window knows about translations: each sentence of the open document, each word.

:class:`TranslationBook` records, for the sentences of one document and for the
words that get an online gloss, what is known (the translation), what the cache
was asked for and lacks, what is on its way and what failed (and why). When a
sentence is not known it asks a cache, given as a function; it never goes to
the network. The window's :class:`~app.ui.translator.Translator` fills it from
its workers. Also here: the target languages offered and how a translation
service is named. No Qt here; ``app.translate`` is imported only when a
service's name is asked for (start-up time).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.reading.cards import SentenceTranslation
from app.reading.numbers import retry_in, sentence_progress

if TYPE_CHECKING:
    from app.translate import ErrorKind, ServiceStatus, TranslationResult

#: Languages offered as translation targets (code, name). A service that cannot translate
#: into one says so once in the status bar (deep-translator's LibreTranslate list lacks nl, uk).
TARGET_LANGUAGES = (
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("it", "Italian"),
    ("nl", "Dutch"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ru", "Russian"),
    ("uk", "Ukrainian"),
    ("tr", "Turkish"),
)

# ErrorKind values (a StrEnum: its members compare and hash as these strings).
#: Failures a later try may fix (the service rests, then the article is tried again).
COOLDOWN = frozenset({"network", "timeout", "rate-limited", "server"})
#: Outcomes that are no failure of the text (cancelled, or online translation is off).
QUIET = frozenset({"cancelled", "offline"})


def language_name(code: str) -> str:
    """``fr`` → ``French`` (an unknown code as it is)."""
    return dict(TARGET_LANGUAGES).get(code, code)


def provider_label(name: str) -> str:
    """``deepl`` → ``DeepL`` (an unknown service as it is)."""
    from app.translate import PROVIDERS  # not before it is needed (start-up time)

    info = PROVIDERS.get(name)
    return info.label if info else name


def sends_to(name: str) -> str:
    """Where a provider sends the text (for tooltips and questions)."""
    from app.translate import PROVIDERS  # not before it is needed (start-up time)

    info = PROVIDERS.get(name)
    return info.sends_to if info else "the translation service"


def sentence_view(
    text: str | None,
    online: bool,
    pending: bool,
    failure: ErrorKind | None,
    language: str,
    service: Callable[[], str],
) -> SentenceTranslation:
    """What the card and the Word panel say about a sentence's translation.

    ``service`` names the translation service (asked only to explain a failure).
    """
    if text is not None:
        return SentenceTranslation(text=text, language=language)
    if not online:
        return SentenceTranslation(language=language, note="Online translation is off", offer=True)
    if pending:
        return SentenceTranslation(pending=True, language=language)
    if failure is not None:
        if failure in COOLDOWN:
            note = "No translation right now; Leselupe will try again later"
        else:
            from app.translate import error_message  # loaded by now: a service failed

            note = error_message(failure, service()).rstrip(".")
        return SentenceTranslation(language=language, note=note, offer=failure in COOLDOWN)
    return SentenceTranslation(language=language, offer=True)


def status_line(counts: tuple[int, int], status: ServiceStatus | None) -> str:
    """The translation column's header: the service's trouble, else the progress."""
    if status is not None and status.error is not None and status.error not in QUIET:
        if status.retry_in_s > 0:
            return f"{status.message} ({retry_in(status.retry_in_s)})"
        return status.message
    return sentence_progress(*counts)  # the progress bar beside it says "translating"


class TranslationBook:
    """The translation state of one document's sentences and of the glossed words."""

    def __init__(self) -> None:
        self.sentences: tuple[str, ...] = ()
        self.done: dict[int, str] = {}
        self.miss: set[int] = set()  # the cache was asked and has none
        self.pending: set[int] = set()
        self.failed: dict[int, ErrorKind] = {}
        self.glosses: dict[str, str] = {}
        self.gloss_miss: set[str] = set()
        self.gloss_pending: set[str] = set()
        self.gloss_failed: dict[str, ErrorKind] = {}

    # ------------------------------------------------------------- forgetting

    def new_document(self, sentences: Sequence[str]) -> None:
        """Another document: its sentences, nothing known about them (glosses stay)."""
        self.sentences = tuple(sentences)
        self.done.clear()
        self.miss.clear()
        self.forget_requests()

    def forget_requests(self) -> None:
        """No request is on its way, none failed (a new service)."""
        self.pending.clear()
        self.failed.clear()
        self.gloss_pending.clear()
        self.gloss_failed.clear()

    def forget_texts(self) -> None:
        """Forget the translations (another service or target language)."""
        self.done.clear()
        self.glosses.clear()

    def forget_misses(self) -> None:
        """Ask the cache again (it was cleared, or translations arrived)."""
        self.miss.clear()
        self.gloss_miss.clear()

    # ---------------------------------------------------------------- reading

    def translation(
        self, index: int, cached: Callable[[str], str | None] | None = None
    ) -> str | None:
        """The translation of sentence ``index`` if known; else the cache's (``cached``)."""
        text = self.done.get(index)
        if text is not None or index in self.miss or cached is None:
            return text
        if not 0 <= index < len(self.sentences):
            return None
        try:
            text = cached(self.sentences[index])
        except Exception:  # the cache never raises; a hover must not fail regardless
            text = None
        if text is None:
            self.miss.add(index)
        else:
            self.done[index] = text
        return text

    def preload(self, cached_many: Callable[[list[str]], list[str | None]]) -> None:
        """Ask the cache for every sentence not known yet, in one call."""
        todo = [i for i in range(len(self.sentences)) if i not in self.done and i not in self.miss]
        if not todo:
            return
        try:
            found = cached_many([self.sentences[i] for i in todo])
        except Exception:  # the cache never raises; the pane must open regardless
            return
        for i, text in zip(todo, found, strict=True):
            if text is None:
                self.miss.add(i)
            else:
                self.done[i] = text

    def gloss_text(self, word: str, cached: Callable[[str], str | None]) -> str | None:
        """The online gloss of a word if known; else the cache's."""
        text = self.glosses.get(word)
        if text is not None or word in self.gloss_miss or not word:
            return text
        try:
            text = cached(word)
        except Exception:  # the cache never raises; a hover must not fail regardless
            text = None
        if text is None:
            self.gloss_miss.add(word)
        else:
            self.glosses[word] = text
        return text

    def counts(self) -> tuple[int, int]:
        """(sentences translated, sentences in the document)."""
        return sum(1 for i in self.done if i < len(self.sentences)), len(self.sentences)

    def untranslated(self) -> list[int]:
        """The sentences not known in memory, in reading order."""
        return [i for i in range(len(self.sentences)) if i not in self.done]

    def gave_up(self, index: int) -> bool:
        """True when sentence ``index`` failed for a reason a later try will not fix."""
        kind = self.failed.get(index)
        return kind is not None and kind not in COOLDOWN

    def resting(self) -> bool:
        """Some sentence failed for a reason a later try may fix."""
        return self.resting_kind() is not None

    def resting_kind(self) -> ErrorKind | None:
        """The reason a later try may fix that some sentence failed for (the first in
        sorted order when there are several), or None: a sentence given up for good (a
        rejected key) is not why the article waits."""
        return min((kind for kind in self.failed.values() if kind in COOLDOWN), default=None)

    # ---------------------------------------------------------------- results

    def take_sentence(self, index: int, result: TranslationResult) -> bool:
        """Record a sentence's result; True when it is a failure worth a notice."""
        self.pending.discard(index)
        if result.ok and result.translation is not None:
            self.done[index] = result.translation
            self.failed.pop(index, None)
            return False
        if result.error is not None and result.error not in QUIET:
            self.failed[index] = result.error
            return True
        return False

    def take_gloss(self, word: str, result: TranslationResult) -> bool:
        """Record a word's online gloss; True when it is a failure worth a notice."""
        self.gloss_pending.discard(word)
        if result.ok and result.translation is not None:
            self.glosses[word] = result.translation
            self.gloss_miss.discard(word)
            self.gloss_failed.pop(word, None)
            return False
        if result.error is not None and result.error not in QUIET:
            self.gloss_failed[word] = result.error
            return True
        return False
