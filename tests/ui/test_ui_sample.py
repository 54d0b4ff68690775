"""The window on the real sample article with the real pipeline and dictionary.

These tests use whatever pipeline and dictionary the project ships; they fail
(not skip) while the people extraction or the offline dictionary is missing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from app.core.paths import sample_article_path
from app.dictionary import open_dictionary
from app.nlp import load_pipeline_with_info
from tests.machine_speed import slowdown
from tests.ui.ui_helpers import grab_with_tip, open_and_wait

EXPECTED_PEOPLE = {
    # name: (a word that must appear in the roles, age)
    "Kim Jong-un": ("Diktator", 40),
    "Wladimir Putin": ("Despot", 71),
    "Joe Biden": ("Präsident", 81),
    "Donald Trump": ("Präsident", 77),
    "Frederic Spohr": ("Experte", None),
    "Dmitri Peskow": ("Sprecher", 56),
}


@pytest.fixture
def sample_window(make_window, qtbot):
    window = make_window(real=True, lookup=None)
    open_and_wait(qtbot, window, sample_article_path(), timeout=180_000)
    return window


def test_sample_sidebar_lists_the_six_people(sample_window) -> None:
    panel = sample_window.people_panel
    people = {p.name: p for p in sample_window.analysis.people if not p.credit}
    assert set(panel.visible_names()) == set(EXPECTED_PEOPLE)
    # Listed in order of first appearance.
    assert panel.visible_names() == sorted(people, key=lambda n: min(people[n].mentions))
    for name, (role_word, age) in EXPECTED_PEOPLE.items():
        person = people[name]
        assert person.age == age, name
        assert any(role_word.lower() in role.lower() for role in person.roles), (name, person)
        assert person.mentions


def test_sample_hover_shows_dictionary_gloss(sample_window, qtbot) -> None:
    window = sample_window
    token = next(i for i, t in enumerate(window.analysis.tokens) if t.text == "Zweifel")
    t = window.analysis.tokens[token]
    expected = open_dictionary().lookup(t.text, lemma=t.lemma, pos=t.pos, morph=t.morph)
    assert expected.glosses, "the offline dictionary has no gloss for 'Zweifel'"
    window.reader.scroll_to_range(t.start, t.end)
    qtbot.mouseMove(window.reader.viewport(), window.reader.token_rect(token).center())
    qtbot.waitUntil(lambda: window.hover.tip.token == token, timeout=3000)
    assert expected.glosses[0].split(";")[0].strip() in window.hover.tip.text()


def test_status_bar_names_the_model(sample_window) -> None:
    _nlp, info = load_pipeline_with_info()
    assert info.name in sample_window.model_label.text()


def test_screenshot(sample_window, qtbot) -> None:
    target = os.environ.get("LESELUPE_SCREENSHOT", "").strip()
    if not target:
        pytest.skip("set LESELUPE_SCREENSHOT=path.png to save a screenshot")
    window = sample_window
    window.resize(1280, 820)
    story = window.people_panel.story_indices()
    if len(story) > 1:
        window.people_panel.select_person(story[1])
    token = next((i for i, t in enumerate(window.analysis.tokens) if t.text == "Spannungen"), None)
    if token is not None:
        window.reader.set_word_cursor(token, emit=False)
        window.pin_word(token)
        window.hover.show_for(token)
    for theme, path in (
        ("light", Path(target)),
        ("dark", Path(target).with_name(Path(target).stem + "-dark.png")),
    ):
        window.set_theme_setting(theme)
        window.reader.viewport().repaint()
        if token is not None:
            window.hover.show_for(token)
        path.parent.mkdir(parents=True, exist_ok=True)
        assert grab_with_tip(window).save(str(path))
        assert path.stat().st_size > 10_000


@pytest.mark.slow
def test_no_event_loop_stall_while_analysing_1mb(make_window, qtbot) -> None:
    """A 1 MB article: the UI thread never works for more than 100 ms without
    returning to the event loop (its CPU time between two timer ticks; the wall-clock
    gap also counts time the shared machine gave to other processes)."""
    load_pipeline_with_info()  # warm: the budget is about analysing, not importing spaCy
    sample = sample_article_path().read_text(encoding="utf-8")
    copies = 1_000_000 // len(sample.encode("utf-8")) + 1
    text = "\n\n".join([sample] * copies)
    assert len(text.encode("utf-8")) >= 1_000_000
    window = make_window(real=True, lookup=None)
    gaps: list[tuple[float, float, str]] = []  # (UI thread CPU s, wall s, phase)
    last = [time.thread_time(), time.perf_counter()]
    phase = ["opening"]

    def tick() -> None:
        cpu, now = time.thread_time(), time.perf_counter()
        gaps.append((cpu - last[0], now - last[1], phase[0]))
        last[0], last[1] = cpu, now

    window.document_shown.connect(lambda: phase.__setitem__(0, "analysing"))
    window.analysis_shown.connect(lambda: phase.__setitem__(0, "showing the analysis"))

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    try:
        with qtbot.waitSignal(window.ready, timeout=600_000):
            window.open_text(text, "long article")
        # Keep measuring while the user scrolls through the coloured text, one
        # scroll step per event-loop turn as real scrolling comes.
        bar = window.reader.verticalScrollBar()
        for fraction in (0.25, 0.5, 0.75, 1.0):
            phase[0] = f"scrolling to {fraction:.0%}"
            with qtbot.waitSignal(window.reader.painted, timeout=5000):
                bar.setValue(int(bar.maximum() * fraction))
        # And while the hover card comes up on a word.
        phase[0] = "hovering"
        word = window.reader.words_in_view()[3]
        qtbot.mouseMove(window.reader.viewport(), window.reader.token_rect(word).center())
        qtbot.waitUntil(lambda: window.hover.tip.token == word, timeout=3000)
    finally:
        timer.stop()
    assert window.analysis is not None and len(window.analysis.text) == len(text)
    assert len(gaps) > 20
    seconds, wall, where = max(gaps)
    worst = seconds * 1000
    slower = slowdown()  # the 100 ms hold on the development machine; scaled to this one
    assert worst < 100 * slower, (
        f"the UI thread worked {worst:.0f} ms without a break ({wall * 1000:.0f} ms wall;"
        f" {where}; machine {slower:.2f}x slower)"
    )
