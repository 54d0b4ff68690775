"""Behaviour of the reading window with hand-made analyses (fast, deterministic)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from app.ui import settings as keys
from tests.ui.ui_helpers import STORY, make_analysis, open_and_wait, story_analysis


def token_index(window, text: str, nth: int = 0) -> int:
    hits = [i for i, t in enumerate(window.analysis.tokens) if t.text == text]
    return hits[nth]


def word_point(window, token: int) -> QPoint:
    rect = window.reader.token_rect(token)
    assert rect.isValid() and rect.width() > 0
    return rect.center()


def test_plain_text_then_analysis(make_window, qtbot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.document_shown, timeout=10_000):
        window.open_text(STORY, "story")
    assert window.reader.toPlainText() == STORY
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    assert window.model_label.text() == "Model: de_test 1.0"
    assert not window.progress.isVisible()


def test_hover_shows_tooltip_with_gloss(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    token = token_index(window, "Zweifel")
    qtbot.mouseMove(window.reader.viewport(), word_point(window, token))
    qtbot.waitUntil(window.hover.tip.isVisible, timeout=2000)
    assert window.hover.tip.token == token
    assert "doubt" in window.hover.tip.text()
    # Moving to the next word updates the same popup in place (no hide/show).
    other = token_index(window, "Spannungen")
    qtbot.mouseMove(window.reader.viewport(), word_point(window, other))
    qtbot.waitUntil(lambda: window.hover.tip.token == other, timeout=1000)
    assert window.hover.tip.isVisible()
    assert "tensions" in window.hover.tip.text()


def test_tooltip_shows_compound_entity_and_person(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    compound = window.tooltip_content(token_index(window, "Militärbündnis"))
    assert "das Militärbündnis" in compound
    assert "military" in compound and "alliance" in compound
    assert "plural Militärbündnisse" in compound
    person = window.tooltip_content(token_index(window, "Scholz"))
    assert "Person" in person and "Kanzler" in person and "66 years" in person
    place = window.tooltip_content(token_index(window, "Berlin"))
    assert "Place" in place


def test_click_pins_word_in_panel(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    token = token_index(window, "Haus")
    qtbot.mouseClick(
        window.reader.viewport(), Qt.MouseButton.LeftButton, pos=word_point(window, token)
    )
    qtbot.waitUntil(lambda: window.word_panel.token == token, timeout=2000)
    assert "house" in window.word_panel.text()
    assert "Im Haus der Vereinten Nationen" in window.word_panel.text()
    window.word_panel.copy_all()
    assert QGuiApplication.clipboard().text().startswith("Haus")


def test_clicking_person_selects_all_mentions(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    panel = window.people_panel
    assert panel.visible_names() == ["Olaf Scholz", "Annalena Baerbock"]
    first_row = panel.list.visualItemRect(panel.list.item(0)).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    scholz = window.analysis.people[0]
    assert window.reader.mentions == tuple(sorted(scholz.mentions))
    assert len(window.reader.mentions) == 4
    window.reader.viewport().repaint()
    assert len(window.reader.painted_rects.get("mention", [])) == 4
    # F3 steps through the mentions, Shift+F3 back.
    assert window.reader.current_mention == 0
    window.commands.next_mention.trigger()
    assert window.reader.current_mention == 1
    window.commands.prev_mention.trigger()
    window.commands.prev_mention.trigger()
    assert window.reader.current_mention == 3
    # Enter in the list steps as well.
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.reader.current_mention == 0


def test_photo_credits_apart_and_collapsed(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    panel = window.people_panel
    assert "Max Muster" not in panel.visible_names()
    assert panel.credits_button.isVisible()
    assert "Credits: authors and photos (1)" in panel.credits_button.text()
    assert not panel.credits_list.isVisible()
    panel.credits_button.click()
    assert panel.credits_list.isVisible()


def test_filter_and_sort_people(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    panel = window.people_panel
    qtbot.keyClicks(panel.filter, "baer")
    assert panel.visible_names() == ["Annalena Baerbock"]
    panel.filter.clear()
    panel.sort.setCurrentIndex(panel.sort.findData("mentions"))
    assert panel.visible_names()[0] == "Olaf Scholz"
    assert window.settings.get(keys.PEOPLE_SORT) == "mentions"


def test_switching_type_off_removes_its_colour(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    reader = window.reader
    berlin = window.analysis.entities[1]
    assert berlin.label == "LOC"
    rect = reader.range_rect(berlin.start, berlin.end)
    probe = QPoint(rect.left() + 1, rect.bottom() - 1)

    def pixel() -> str:
        image: QImage = reader.viewport().grab().toImage()
        return image.pixelColor(probe).name()

    paper = window.theme.paper.lower()
    reader.viewport().repaint()
    assert reader.painted_rects.get("LOC")
    coloured = pixel()
    assert coloured != paper
    window.commands.legend["LOC"].trigger()  # switch places off
    reader.viewport().repaint()
    assert "LOC" not in reader.painted_rects
    assert reader.painted_rects.get("PER")  # other types keep their colour
    assert pixel() == paper
    assert window.settings.get(keys.SHOW_ENTITY["LOC"]) is False
    window.commands.legend["LOC"].trigger()
    reader.viewport().repaint()
    assert pixel() == coloured


def test_binary_file_shows_error_and_keeps_document(
    make_window, qtbot, tmp_path: Path, message_boxes
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    with qtbot.waitSignal(window.load_failed, timeout=10_000):
        window.open_path(binary)
    assert len(message_boxes) == 1
    _title, text = message_boxes[0]
    assert "binary" in text and "current article stays open" in text
    assert window.reader.toPlainText() == STORY
    assert window.analysis is not None and window.analysis.text == STORY


def test_empty_and_missing_files_are_refused(
    make_window, qtbot, tmp_path: Path, message_boxes
) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    for path in (empty, tmp_path / "missing.txt"):
        with qtbot.waitSignal(window.load_failed, timeout=10_000):
            window.open_path(path)
    assert [t for t, _ in message_boxes] == ["Cannot open this document"] * 2
    assert window.reader.toPlainText() == STORY


def test_keyboard_word_cursor(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    reader = window.reader
    reader.setFocus()
    words = [t.text for t in window.analysis.tokens]
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert words[reader.word_cursor] == "Der"
    qtbot.keyClick(reader, Qt.Key.Key_Right)
    assert words[reader.word_cursor] == "Kanzler"
    assert window.word_panel.token == reader.word_cursor
    qtbot.keyClick(reader, Qt.Key.Key_Tab)
    assert words[reader.word_cursor] == "Olaf"
    qtbot.keyClick(reader, Qt.Key.Key_Backtab)
    assert words[reader.word_cursor] == "Kanzler"
    qtbot.keyClick(reader, Qt.Key.Key_Left)
    assert words[reader.word_cursor] == "Der"
    qtbot.keyClick(reader, Qt.Key.Key_Down)
    assert window.analysis.tokens[reader.word_cursor].sentence == 1  # next line of text
    qtbot.keyClick(reader, Qt.Key.Key_Up)
    assert window.analysis.tokens[reader.word_cursor].sentence == 0
    assert reader.hasFocus()
    assert window.hover.tip.isVisible()  # keyboard users see the card too
    reader.viewport().repaint()
    assert len(reader.painted_rects.get("cursor", [])) == 1
    qtbot.keyClick(reader, Qt.Key.Key_Escape)
    assert reader.word_cursor is None
    assert not window.hover.tip.isVisible()


def test_font_size_shortcuts_persist(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    start = window.reader.font_size
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    assert window.reader.font_size == start + 2
    window.commands.zoom_out.trigger()
    assert window.settings.get(keys.FONT_SIZE) == start + 1
    again = make_window()
    assert again.reader.font_size == start + 1
    window.commands.zoom_reset.trigger()
    assert window.reader.font_size == 13
    shortcuts = [s.toString() for s in window.commands.zoom_in.shortcuts()]
    assert "Ctrl++" in shortcuts and window.commands.zoom_reset.shortcut().toString() == "Ctrl+0"


def test_theme_and_toggles_persist(make_window, qtbot) -> None:
    window = make_window()
    window.set_theme_setting("dark")
    window.commands.legend["MISC"].setChecked(False)
    window.close()
    again = make_window()
    assert again.theme.name == "dark"
    assert again.commands.themes["dark"].isChecked()
    assert not again.commands.legend["MISC"].isChecked()
    assert "MISC" not in again.reader.enabled_labels


def test_stale_analysis_is_dropped(make_window, qtbot) -> None:
    release = threading.Event()
    first = "Erster Text über Berlin.\n"

    def analyze(text: str):
        if text == first:
            release.wait(10)
        return story_analysis(text)

    window = make_window(analyze=analyze)
    shown: list[str] = []
    window.analysis_shown.connect(lambda: shown.append(window.analysis.text))
    with qtbot.waitSignal(window.document_shown, timeout=10_000):
        window.open_text(first, "first")
    qtbot.waitUntil(lambda: window.analyser.busy, timeout=5000)
    # The second document is on screen while the first is still being analysed.
    with qtbot.waitSignal(window.document_shown, timeout=10_000):
        window.open_text(STORY, "second")
    assert window.reader.toPlainText() == STORY
    release.set()
    qtbot.waitUntil(lambda: window.analysis is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.analyser.busy, timeout=10_000)
    assert shown == [STORY]  # the first result was dropped, never shown
    assert window.analysis.text == STORY


def test_open_from_clipboard_and_drop(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText(STORY)
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.commands.paste.trigger()
    assert window.reader.toPlainText() == STORY
    path = tmp_path / "dropped.md"
    path.write_text("# Titel\n\nDer Kanzler Olaf Scholz besucht Berlin.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.analysis_shown, timeout=10_000):
        window.dropEvent(drop)
    assert window.reader.toPlainText().startswith("Titel")
    assert str(path.resolve()) in window.settings.recent_files()


def test_html_file_opens_as_text(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    page = tmp_path / "artikel.html"
    page.write_text(
        "<html><head><script>alert(1)</script><style>p{}</style></head>"
        "<body><p>Olaf Scholz besucht Berlin.</p><img src='http://example.invalid/x.png'>"
        "</body></html>",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, page)
    assert window.reader.toPlainText() == "Olaf Scholz besucht Berlin."
    assert window.windowTitle().startswith("artikel.html")


def test_export_people(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    json_path = tmp_path / "people.json"
    window.people.write_people(str(json_path), "json")
    records = json.loads(json_path.read_text(encoding="utf-8"))
    assert records[0]["name"] == "Olaf Scholz" and records[0]["age"] == 66
    assert len(records[0]["mentions"]) == 4  # the records of ``analyze --json``
    assert records[0]["credit"] is False
    assert records[0]["mentions"] == [list(m) for m in window.analysis.people[0].mentions]
    csv_path = tmp_path / "people.csv"
    window.people.write_people(str(csv_path), "csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "name,roles,age,party,credit,mentions"
    spans = " ".join(f"{s}-{e}" for s, e in window.analysis.people[0].mentions)
    assert lines[1] == f"Olaf Scholz,Kanzler,66,,no,{spans}" and len(spans.split()) == 4
    panel = window.people_panel
    panel.select_person(0)
    panel.copy_selected()
    assert QApplication.clipboard().text() == "Olaf Scholz — Kanzler, 66 years (4 mentions)"


def test_utf16_offsets_with_emoji(make_window, qtbot) -> None:
    text = "😀 Heute besucht 🇩🇪 Olaf Scholz das Haus.\n"
    window = make_window(
        analyze=lambda t: make_analysis(
            t,
            entities=[("Olaf Scholz", "PER")],
            people=[("Olaf Scholz", (), None, ["Olaf Scholz"])],
        )
    )
    open_and_wait(qtbot, window, text=text)
    token = token_index(window, "Haus")
    assert "house" in window.tooltip_content(token)
    qtbot.mouseMove(window.reader.viewport(), word_point(window, token))
    qtbot.waitUntil(lambda: window.hover.tip.token == token, timeout=2000)
    window.highlight_person(0)
    sel = window.reader.range_rect(*window.analysis.people[0].mentions[0])
    start_rect = window.reader.token_rect(token_index(window, "Olaf"))
    assert sel.left() == start_rect.left()


def test_quit_saves_layout(make_window, qtbot) -> None:
    window = make_window()
    window.close()
    assert not window.settings.get(keys.GEOMETRY).isEmpty()
    assert not window.settings.get(keys.WINDOW_STATE).isEmpty()


def test_translation_hook_shows_cached_sentence(make_window, qtbot) -> None:
    window = make_window()
    open_and_wait(qtbot, window, text=STORY)
    token = token_index(window, "Zweifel")
    assert "There is no doubt" not in window.tooltip_content(token)
    asked: list[str] = []

    class FakeService:
        def cached(self, text: str) -> str | None:
            asked.append(text)
            return "There is no doubt about the tensions." if "Zweifel" in text else None

    window.words.translation = FakeService()
    window.pin_word(token)
    assert "There is no doubt" in window.tooltip_content(token)
    assert "There is no doubt" in window.word_panel.text()
    assert asked[-1].startswith("Es gibt keinen Zweifel")
    assert "There is no doubt" not in window.tooltip_content(token_index(window, "Haus"))
    # Issue 6 wired the toolbar toggle in; it is off by default (nothing goes online).
    assert window.commands.online.isVisible()
    assert not window.commands.online.isChecked()
