"""The translation state of a document's sentences and glossed words (app.reading.translations)."""

from __future__ import annotations

from app.reading.cards import SentenceTranslation
from app.reading.translations import (
    TARGET_LANGUAGES,
    TranslationBook,
    language_name,
    provider_label,
    sends_to,
    sentence_view,
    status_line,
)
from app.translate import ErrorKind, ServiceStatus, TranslationResult

SENTENCES = ("Es regnet.", "Die Sonne scheint.", "Der Wind weht.")


def book() -> TranslationBook:
    b = TranslationBook()
    b.new_document(SENTENCES)
    return b


def test_names_of_languages_and_services() -> None:
    assert TARGET_LANGUAGES[0] == ("en", "English")
    assert language_name("fr") == "French"
    assert language_name("xx") == "xx"
    assert provider_label("deepl") == "DeepL"
    assert provider_label("babel") == "babel"
    assert "deepl.com" in sends_to("deepl")
    assert sends_to("babel") == "the translation service"


def test_translation_asks_the_cache_once_per_sentence() -> None:
    b = book()
    asked: list[str] = []

    def cached(text: str) -> str | None:
        asked.append(text)
        return "It rains." if text == "Es regnet." else None

    assert b.translation(0, cached) == "It rains."
    assert b.translation(1, cached) is None
    assert b.translation(0, cached) == "It rains."
    assert b.translation(1, cached) is None
    assert asked == ["Es regnet.", "Die Sonne scheint."]  # known and missing are remembered
    assert b.translation(2) is None  # memory only
    assert b.translation(9, cached) is None  # no such sentence
    assert b.counts() == (1, 3)
    assert b.untranslated() == [1, 2]
    b.forget_misses()
    b.translation(1, cached)
    assert asked[-1] == "Die Sonne scheint."


def test_a_failing_cache_is_a_miss() -> None:
    b = book()

    def broken(text: str) -> str | None:
        raise RuntimeError("disk full")

    assert b.translation(0, broken) is None
    assert 0 in b.miss
    assert b.gloss_text("Wind", broken) is None
    assert "Wind" in b.gloss_miss


def test_preload_asks_for_everything_unknown_at_once() -> None:
    b = book()
    b.done[0] = "It rains."
    calls: list[list[str]] = []

    def many(texts: list[str]) -> list[str | None]:
        calls.append(texts)
        return ["The sun shines.", None]

    b.preload(many)
    assert calls == [["Die Sonne scheint.", "Der Wind weht."]]
    assert b.done[1] == "The sun shines." and 2 in b.miss
    b.preload(many)
    assert len(calls) == 1  # nothing left to ask


def test_results_failures_and_forgetting() -> None:
    b = book()
    b.pending.add(0)
    ok = TranslationResult("Es regnet.", "It rains.")
    assert b.take_sentence(0, ok) is False
    assert b.done[0] == "It rains." and not b.pending
    assert b.take_sentence(1, TranslationResult("x", error=ErrorKind.NETWORK)) is True
    assert b.resting() and not b.gave_up(1)
    assert b.take_sentence(2, TranslationResult("x", error=ErrorKind.AUTH)) is True
    assert b.gave_up(2)
    # the article waits for the network, not for the rejected key ("auth" sorts first)
    assert b.resting_kind() == ErrorKind.NETWORK
    assert b.take_sentence(2, TranslationResult("x", error=ErrorKind.CANCELLED)) is False
    assert b.take_gloss("Wind", TranslationResult("Wind", "wind")) is False
    assert b.glosses["Wind"] == "wind"
    assert b.take_gloss("Sonne", TranslationResult("Sonne", error=ErrorKind.TIMEOUT)) is True
    b.forget_requests()
    assert not b.failed and not b.gloss_failed
    b.new_document(("Neu.",))
    assert b.done == {} and b.glosses == {"Wind": "wind"}  # glosses outlive the document
    b.forget_texts()
    assert b.glosses == {}


def test_what_the_card_says_about_a_sentence() -> None:
    def label() -> str:
        return "DeepL"

    done = sentence_view("It rains.", True, False, None, "English", label)
    assert done == SentenceTranslation(text="It rains.", language="English")
    off = sentence_view(None, False, False, None, "French", label)
    assert off.note == "Online translation is off" and off.offer and off.language == "French"
    assert sentence_view(None, True, True, None, "English", label).pending
    later = sentence_view(None, True, False, ErrorKind.NETWORK, "English", label)
    assert later.offer and "try again later" in later.note
    key = sentence_view(None, True, False, ErrorKind.AUTH, "English", label)
    assert key.note == "DeepL rejected the API key (Settings)" and not key.offer
    assert sentence_view(None, True, False, None, "English", label).offer


def test_status_line() -> None:
    assert status_line((3, 10), None) == "3 of 10 sentences"
    assert status_line((10, 10), ServiceStatus(True, True)) == "10 sentences"
    resting = ServiceStatus(True, False, ErrorKind.NETWORK, "Cannot reach DeepL.", 42.0)
    assert status_line((3, 10), resting) == "Cannot reach DeepL. (retry in 42 s)"
    key = ServiceStatus(True, False, ErrorKind.AUTH, "Key rejected.")
    assert status_line((3, 10), key) == "Key rejected."
    off = ServiceStatus(False, False, ErrorKind.OFFLINE, "Online translation is off.")
    assert status_line((3, 10), off) == "3 of 10 sentences"
