"""Look of the window: bundled fonts, light and dark palettes, entity colours, style sheet.

Entity colours come from the Okabe–Ito palette, which stays distinguishable for
the common forms of colour blindness; each type has a light-theme and a
dark-theme shade with enough contrast on its paper colour. Nothing here knows
about documents or analyses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

from app.core.paths import resources_dir
from app.core.results import ENTITY_LABELS
from app.reading.card_html import HtmlStyle

READING_FAMILY = "Charis SIL"
UI_FAMILY = "Inter"
FONT_FILES = (
    "CharisSIL-Regular.ttf",
    "CharisSIL-Italic.ttf",
    "CharisSIL-Bold.ttf",
    "Inter-Regular.otf",
    "Inter-Medium.otf",
    "Inter-SemiBold.otf",
)

#: Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design").
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: The selected person's highlight on dark paper (see DARK).
SELECTION_DARK = "#D4F05A"

ENTITY_ORDER = ENTITY_LABELS
ENTITY_LEGEND = {"PER": "People", "LOC": "Places", "ORG": "Organisations", "MISC": "Other names"}


@dataclass(frozen=True, slots=True)
class Theme:
    name: str  # "light" or "dark"
    paper: str  # reader background
    window: str  # chrome background
    panel: str  # dock and list background
    text: str
    muted: str
    faint: str  # hairlines and borders
    accent: str
    selection: str
    entity: dict[str, str] = field(default_factory=dict)
    entity_tint_alpha: float = 0.16
    mention: str = OKABE_ITO["yellow"]
    mention_alpha: float = 0.55
    current_mention_alpha: float = 0.95
    mention_outline: str = "#B5A300"
    word_cursor: str = "#DCE6F2"
    sentence: str = "#2F6DA8"  # the paired sentence in article and translation
    sentence_alpha: float = 0.08
    #: The learner's marks: a dotted underline under new words, a tint under words
    #: being learnt (strongest at level 1, faintest at 4).
    new_word: str = "#2F6DA8"
    new_word_alpha: float = 0.75
    #: Leaf green: apart from the names' colours and the yellow of a person's mentions
    #: (tests/ui/test_theme_learning.py measures it).
    learning: str = "#5DA03A"
    learning_alphas: tuple[float, float, float, float] = (0.50, 0.36, 0.24, 0.13)

    @property
    def dark(self) -> bool:
        return self.name == "dark"

    def entity_tint(self, label: str) -> QColor:
        colour = QColor(self.entity.get(label, self.accent))
        colour.setAlphaF(self.entity_tint_alpha)
        return colour

    def sentence_tint(self) -> QColor:
        colour = QColor(self.sentence)
        colour.setAlphaF(self.sentence_alpha)
        return colour

    def learning_tint(self, level: int) -> QColor:
        colour = QColor(self.learning)
        colour.setAlphaF(self.learning_alphas[max(1, min(4, level)) - 1])
        return colour

    def new_word_colour(self) -> QColor:
        colour = QColor(self.new_word)
        colour.setAlphaF(self.new_word_alpha)
        return colour

    def html_style(self) -> HtmlStyle:
        return HtmlStyle(text=self.text, muted=self.muted, accent=self.accent, entity=self.entity)


LIGHT = Theme(
    name="light",
    paper="#FBFAF7",
    window="#F1EFEA",
    panel="#F7F6F2",
    text="#26241F",
    muted="#6E6A62",
    faint="#DEDAD2",
    accent="#2F6DA8",
    selection="#C9DCF1",
    entity={
        "PER": OKABE_ITO["vermillion"],
        "LOC": OKABE_ITO["blue"],
        "ORG": OKABE_ITO["bluish_green"],
        "MISC": OKABE_ITO["reddish_purple"],
    },
    entity_tint_alpha=0.13,
    mention_alpha=0.38,
    current_mention_alpha=0.85,
    mention_outline="#A89600",
    word_cursor="#D6E3F2",
)

DARK = Theme(
    name="dark",
    paper="#1C1D20",
    window="#232428",
    panel="#202124",
    text="#E6E2DA",
    muted="#9C978E",
    faint="#36383D",
    accent="#7DB4E8",
    selection="#2E4A68",
    entity={
        "PER": OKABE_ITO["orange"],
        "LOC": OKABE_ITO["sky_blue"],
        "ORG": "#2DBE92",  # Okabe–Ito bluish green, lifted for dark paper
        "MISC": OKABE_ITO["reddish_purple"],
    },
    entity_tint_alpha=0.22,
    # Okabe–Ito yellow at a faint alpha looks like the people orange on dark paper
    # (CIEDE2000 8); a lifted yellow-green at this alpha stays >= 15 from every
    # entity tint and keeps the text at >= 4.5:1 (tests/ui/test_theme_colours.py).
    mention=SELECTION_DARK,
    mention_alpha=0.32,
    current_mention_alpha=0.36,
    mention_outline=SELECTION_DARK,
    word_cursor="#34465C",
    sentence="#7DB4E8",
    sentence_alpha=0.10,
    new_word="#7DB4E8",
    new_word_alpha=0.8,
    learning="#4CAF50",
    learning_alphas=(0.55, 0.40, 0.26, 0.14),
)


def load_fonts() -> dict[str, bool]:
    """Register the bundled fonts; returns which families are available."""
    font_dir = resources_dir() / "fonts"
    for name in FONT_FILES:
        path: Path = font_dir / name
        if path.is_file():
            QFontDatabase.addApplicationFont(str(path))
    families = set(QFontDatabase.families())
    return {READING_FAMILY: READING_FAMILY in families, UI_FAMILY: UI_FAMILY in families}


def reading_font(point_size: int) -> QFont:
    font = QFont(READING_FAMILY)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return font


def ui_font(point_size: float = 9.5) -> QFont:
    font = QFont(UI_FAMILY)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return False


def resolve(theme_setting: str) -> Theme:
    if theme_setting == "dark":
        return DARK
    if theme_setting == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    c = QColor
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.panel,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.window,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.ToolTipBase: theme.paper,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.text,
        QPalette.ColorRole.Link: theme.accent,
        QPalette.ColorRole.Mid: theme.faint,
        QPalette.ColorRole.Midlight: theme.faint,
        QPalette.ColorRole.Light: theme.panel,
        QPalette.ColorRole.Dark: theme.faint,
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.BrightText: "#FFFFFF",
    }
    for role, colour in roles.items():
        pal.setColor(role, c(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, c(theme.muted))
    return pal


def style_sheet(theme: Theme) -> str:
    """Quiet chrome: flat toolbars, hairline borders, soft selection."""
    t = theme
    hover = "rgba(0,0,0,0.05)" if not t.dark else "rgba(255,255,255,0.06)"
    checked_bg = "rgba(0,0,0,0.04)" if not t.dark else "rgba(255,255,255,0.05)"
    return f"""
QMainWindow {{ background: {t.window}; }}
QMainWindow::separator {{ background: {t.faint}; width: 1px; height: 1px; }}
QToolBar {{ background: {t.window}; border: none; border-bottom: 1px solid {t.faint};
            padding: 4px 10px; spacing: 4px; }}
QToolBar QLabel {{ color: {t.muted}; }}
QToolButton {{ color: {t.text}; background: transparent; border: 1px solid transparent;
               border-radius: 13px; padding: 3px 10px; }}
QToolButton:hover {{ background: {hover}; }}
QToolButton#legendChip {{ color: {t.muted}; }}
QToolButton#legendChip:checked {{ color: {t.text}; background: {checked_bg};
                                  border: 1px solid {t.faint}; }}
QDockWidget {{ color: {t.muted}; }}
QDockWidget::title {{ background: {t.window}; padding: 8px 12px 6px 12px; text-align: left; }}
QDockWidget > QWidget {{ background: {t.panel}; }}
QWidget#dockBody {{ background: {t.panel}; border-left: 1px solid {t.faint}; }}
QStatusBar {{ background: {t.window}; color: {t.muted}; border-top: 1px solid {t.faint}; }}
QStatusBar QLabel {{ color: {t.muted}; padding: 0 6px; }}
QStatusBar::item {{ border: none; }}
QLineEdit {{ background: {t.paper}; color: {t.text}; border: 1px solid {t.faint};
             border-radius: 6px; padding: 5px 8px; selection-background-color: {t.selection}; }}
QLineEdit:focus {{ border: 1px solid {t.accent}; }}
QComboBox {{ background: transparent; color: {t.muted}; border: none; padding: 2px 4px; }}
QComboBox:hover {{ color: {t.text}; }}
QComboBox QAbstractItemView {{ background: {t.paper}; color: {t.text};
                               selection-background-color: {t.selection}; }}
QListView, QTextBrowser#wordPanel {{ background: {t.panel}; color: {t.text}; border: none;
                                     outline: none; }}
QListView::item {{ border: none; }}
QPlainTextEdit#reader {{ background: {t.paper}; color: {t.text}; border: none;
                    selection-background-color: {t.selection}; selection-color: {t.text}; }}
QPushButton#disclosure {{ color: {t.muted}; background: transparent; border: none;
                          text-align: left; padding: 6px 2px; }}
QPushButton#disclosure:hover {{ color: {t.text}; }}
QLabel#muted {{ color: {t.muted}; }}
QWidget#articleHeader {{ background: {t.paper}; }}
QLabel#articleTitle {{ color: {t.text}; }}
QLabel#articleByline {{ color: {t.muted}; }}
QLabel#placeholder {{ color: {t.muted}; padding: 18px 6px; }}
QProgressBar {{ background: {t.faint}; border: none; border-radius: 2px; max-height: 4px; }}
QProgressBar::chunk {{ background: {t.accent}; border-radius: 2px; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {t.faint}; border-radius: 3px; min-height: 32px; }}
QScrollBar::handle:vertical:hover {{ background: {t.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QScrollBar:horizontal {{ height: 0; }}
QMenu {{ background: {t.paper}; color: {t.text}; border: 1px solid {t.faint}; padding: 4px; }}
QMenu::item {{ padding: 5px 22px 5px 18px; border-radius: 4px; }}
QMenu::item:selected {{ background: {t.selection}; }}
QMenu::item:disabled {{ color: {t.muted}; }}
QMenu::separator {{ height: 1px; background: {t.faint}; margin: 4px 8px; }}
QMenuBar {{ background: {t.window}; color: {t.text}; }}
QMenuBar::item {{ padding: 4px 10px; background: transparent; }}
QMenuBar::item:selected {{ background: {t.selection}; border-radius: 4px; }}
QFrame#wordTip {{ background: {t.paper}; border: 1px solid {t.faint}; border-radius: 8px; }}
QFrame#wordTip QLabel {{ color: {t.text}; background: transparent; }}
QToolButton#onlineChip, QToolButton#paneChip {{ color: {t.muted}; }}
QToolButton#onlineChip:checked, QToolButton#paneChip:checked {{ color: {t.text};
    background: {checked_bg}; border: 1px solid {t.faint}; }}
QSplitter#columns::handle {{ background: {t.faint}; }}
QWidget#paneHeader {{ background: {t.paper}; border-bottom: 1px solid {t.faint}; }}
QLabel#paneTitle {{ color: {t.muted}; font-weight: 600; }}
QWidget#paneNotice {{ background: {t.panel}; border-top: 1px solid {t.faint}; }}
QLabel#paneNoticeText {{ color: {t.text}; background: transparent; }}
QPushButton#paneNoticeButton {{ color: {t.text}; background: {t.paper};
    border: 1px solid {t.faint}; border-radius: 6px; padding: 4px 12px; }}
QPushButton#paneNoticeButton:hover {{ border: 1px solid {t.accent}; }}
QToolButton#paneClose {{ color: {t.muted}; border-radius: 11px; padding: 1px 6px; }}
QToolButton#paneClose:hover {{ color: {t.text}; background: {hover}; }}
QTabBar::tab {{ background: {t.window}; color: {t.muted}; border: none;
                border-top: 2px solid transparent; padding: 5px 7px 6px 7px; }}
QTabBar::tab:selected {{ background: {t.panel}; color: {t.text};
                         border-top: 2px solid {t.accent}; }}
QTabBar::tab:hover:!selected {{ color: {t.text}; }}
QPushButton#footerButton {{ background: transparent; color: {t.muted}; border: none;
                            padding: 3px 8px; min-width: 0; }}
QPushButton#footerButton:hover {{ color: {t.text}; background: {hover}; }}
QPushButton#footerButton:disabled {{ color: {t.faint}; }}
QWidget#findBar {{ background: {t.window}; border-bottom: 1px solid {t.faint}; }}
QWidget#findBar QLabel[none="true"] {{ color: {t.entity.get("PER", t.accent)}; }}
QDialog#settingsDialog {{ background: {t.window}; }}
QDialog#settingsDialog QLabel {{ color: {t.text}; }}
QDialog#settingsDialog QLabel#muted {{ color: {t.muted}; }}
QDialog#settingsDialog QLabel#sectionTitle {{ color: {t.muted}; font-size: 8pt; font-weight: 600;
                                             letter-spacing: 1px; padding-top: 4px; }}
QDialog#settingsDialog QComboBox {{ background: {t.paper}; color: {t.text};
    border: 1px solid {t.faint}; border-radius: 6px; padding: 4px 26px 4px 8px;
    min-height: 18px; }}
QDialog#settingsDialog QComboBox:focus {{ border: 1px solid {t.accent}; }}
QDialog#settingsDialog QComboBox::drop-down {{ border: none; width: 24px; }}
QDialog#settingsDialog QComboBox::down-arrow {{ image: none; width: 0; height: 0; }}
QCheckBox {{ color: {t.text}; spacing: 8px; }}
QPushButton {{ background: {t.paper}; color: {t.text}; border: 1px solid {t.faint};
               border-radius: 6px; padding: 5px 16px; min-width: 64px; }}
QPushButton:hover {{ background: {hover}; }}
QPushButton:default {{ border: 1px solid {t.accent}; }}
QPushButton:disabled {{ color: {t.muted}; }}
QWidget#wordMarks QToolButton {{ color: {t.text}; border: 1px solid {t.faint}; border-radius: 6px;
                                 padding: 2px 6px; }}
QWidget#wordMarks QToolButton:checked {{ background: {t.selection}; border: 1px solid {t.accent}; }}
QWidget#wordMarks QLabel {{ color: {t.muted}; }}
QTreeWidget#preReadingList {{ background: {t.panel}; color: {t.text}; border: none;
                              selection-background-color: {t.selection};
                              selection-color: {t.text}; }}
QLabel#preReadingHeader {{ color: {t.muted}; }}
"""
