"""The window with broken parts: a clear message, and the app keeps working.

The offline dictionary database corrupt, truncated or missing; the bundled
spaCy model missing or corrupt (every candidate fails, so the built-in rules
take over); the analysis itself raising. Each time the article is shown,
hovering works, another article opens, and no dialog blocks the reader except
for a failed analysis (one message box, the text stays).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import app.dictionary as dictionary_module
import app.nlp as nlp_module
from app.analysis import Analysis
from app.dictionary import open_dictionary, store
from app.ui.controllers.analysis import MODEL_FALLBACK_NOTICE
from tests.ui.ui_helpers import STORY, fake_lookup, open_and_wait, story_analysis

SECOND = "Die Außenministerin Annalena Baerbock reist nach Paris.\n"


def _broken_database(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "ding.sqlite"
    if kind == "corrupt":
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    elif kind == "truncated":
        real = open_dictionary().path
        assert real is not None
        data = real.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "not a database":
        path.write_text("Haus\thouse\n" * 1000, encoding="utf-8")
    return path  # "missing": never created


@pytest.mark.parametrize("kind", ["corrupt", "truncated", "not a database", "missing"])
def test_broken_dictionary_database(
    kind: str, make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, message_boxes
) -> None:
    monkeypatch.setenv(store.ENV_VAR, str(_broken_database(kind, tmp_path)))
    monkeypatch.setattr(dictionary_module, "_shared", None)  # open it afresh, broken
    window = make_window(lookup=None)  # the window's own dictionary opening
    open_and_wait(qtbot, window, text=STORY)
    message = window.statusBar().currentMessage()
    assert message.startswith("Dictionary: The offline dictionary"), message
    assert "Showing lemma and part of speech only." in message
    # Hovering still works: the card shows the word and says there is no entry.
    tokens = window.analysis.tokens
    haus = next(i for i, t in enumerate(tokens) if t.text == "Haus")
    ohne = next(i for i, t in enumerate(tokens) if t.text == "ohne")
    assert "Haus" in window.tooltip_content(haus)
    card = window.tooltip_content(ohne)
    assert "ohne" in card and "no dictionary entry" in card
    window.pin_word(haus)
    assert "Haus" in window.word_panel.text()
    open_and_wait(qtbot, window, text=SECOND)
    assert window.reader.toPlainText() == SECOND
    assert message_boxes == []


def _damage_weights(model: Path) -> None:
    weights = model / "tok2vec" / "model"
    weights.write_bytes(weights.read_bytes()[:1000])


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_broken_bundled_model(
    damage: str,
    make_window,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    fresh_pipelines: None,
    message_boxes,
) -> None:
    model = tmp_path / "de_leselupe"
    if damage == "corrupt":
        shutil.copytree(nlp_module.bundled_model_path(), model)
        _damage_weights(model)
    monkeypatch.setattr(nlp_module, "bundled_model_path", lambda: model)
    window = make_window(real=True, lookup=fake_lookup)
    open_and_wait(qtbot, window, text=STORY, timeout=120_000)
    assert window.model_info is not None and window.model_info.origin == "built-in rules"
    assert window.statusBar().currentMessage() == MODEL_FALLBACK_NOTICE
    assert "leselupe_rules" in window.model_label.text()
    assert "could not load the spaCy pipeline" in capfd.readouterr().err
    # The rules still find the people, and hovering works.
    assert "Olaf Scholz" in window.people_panel.visible_names()
    tokens = window.analysis.tokens
    haus = next(i for i, t in enumerate(tokens) if t.text == "Haus")
    assert "house" in window.tooltip_content(haus)
    open_and_wait(qtbot, window, text=SECOND, timeout=60_000)
    assert "Annalena Baerbock" in window.people_panel.visible_names()
    assert message_boxes == []


def test_analysis_that_raises_keeps_the_text(make_window, qtbot, message_boxes) -> None:
    calls = []

    def flaky(text: str) -> Analysis:
        calls.append(text)
        if len(calls) == 1:
            raise ValueError("the model exploded")
        return story_analysis(text)

    window = make_window(analyze=flaky)
    with qtbot.waitSignal(window.analysis_failed, timeout=30_000):
        window.open_text(STORY, "test")
    assert window.reader.toPlainText() == STORY
    assert len(message_boxes) == 1 and "the model exploded" in message_boxes[0][1]
    assert window.status_label.text() == "Analysis failed"
    open_and_wait(qtbot, window, text=STORY)  # the next article is analysed again
    assert window.analysis is not None and window.people_panel.visible_names()
