"""Palettes, fonts, entity colours and the style sheet (app.ui.theme)."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from app.core.results import ENTITY_LABELS
from app.ui import theme as themes


def test_themes_resolve_and_carry_every_entity_colour(app) -> None:
    assert themes.resolve("dark") is themes.DARK and themes.resolve("light") is themes.LIGHT
    assert themes.resolve("system") in (themes.DARK, themes.LIGHT)
    assert themes.ENTITY_ORDER == ENTITY_LABELS
    for theme in (themes.LIGHT, themes.DARK):
        assert set(theme.entity) == set(ENTITY_LABELS)
        tint = theme.entity_tint("PER")
        assert abs(tint.alphaF() - theme.entity_tint_alpha) < 0.01
        assert theme.sentence_tint().alphaF() < 0.2
        style = theme.html_style()
        assert style.muted == theme.muted and style.entity == theme.entity
    assert themes.DARK.dark and not themes.LIGHT.dark


def test_palette_style_sheet_and_fonts(app) -> None:
    palette = themes.palette(themes.DARK)
    assert palette.color(QPalette.ColorRole.Window).name() == themes.DARK.window.lower()
    sheet = themes.style_sheet(themes.LIGHT)
    assert themes.LIGHT.paper in sheet and "QPlainTextEdit#reader" in sheet
    found = themes.load_fonts()
    assert found == {themes.READING_FAMILY: True, themes.UI_FAMILY: True}  # bundled
    assert themes.reading_font(15).pointSizeF() == 15
    assert themes.ui_font().pointSizeF() == 9.5
