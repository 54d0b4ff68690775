"""The selected person's highlight stays clearly distinct from every entity colour.

Colours are compared as the reader sees them: the translucent fills laid over
the paper (and the highlight laid over an entity tint, since a highlighted
person's names are coloured too), with CIEDE2000 (app.ui.colours).

Threshold: ΔE00 = 2.3 is a just noticeable difference for large patches side by
side; highlights are small fills scattered over a page and compared from memory,
where differences below about 10 read as "the same colour, a bit darker". 15 is
the smallest difference the light theme has always had (highlight vs the people
tint) and readers tell those apart at a glance; both themes must keep it.
"""

from __future__ import annotations

import pytest

from app.ui import theme as themes
from app.ui.colours import delta_e2000, distance, hex_rgb, lab, over

#: ΔE00 every highlight keeps from every entity colour (see the module docstring).
MIN_DISTANCE = 15.0
#: WCAG AA for body text.
MIN_TEXT_CONTRAST = 4.5


def test_ciede2000_matches_sharmas_test_data() -> None:
    # Sharma, Wu & Dalal (2005), pairs 1, 17 and 25 of their published test data.
    assert delta_e2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)) == pytest.approx(
        2.0425, abs=1e-4
    )
    assert delta_e2000((50.0, 2.5, 0.0), (73.0, 25.0, -18.0)) == pytest.approx(27.1492, abs=1e-4)
    assert delta_e2000((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387)) == pytest.approx(
        1.2644, abs=1e-4
    )
    assert lab(hex_rgb("#FFFFFF")) == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    with pytest.raises(ValueError):
        hex_rgb("yellow")


def _seen(theme: themes.Theme, colour: str, alpha: float, under: str | None = None) -> tuple:
    paper = hex_rgb(theme.paper)
    base = paper if under is None else over(hex_rgb(under), theme.entity_tint_alpha, paper)
    return over(hex_rgb(colour), alpha, base)


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_highlight_is_distinct_from_every_entity_colour(theme: themes.Theme) -> None:
    for alpha in (theme.mention_alpha, theme.current_mention_alpha):
        highlight = _seen(theme, theme.mention, alpha)
        for label, colour in theme.entity.items():
            tint = _seen(theme, colour, theme.entity_tint_alpha)
            assert distance(highlight, tint) >= MIN_DISTANCE, (theme.name, label, alpha)
            # A highlighted person's name: the highlight over the entity tint.
            on_tint = over(hex_rgb(theme.mention), alpha, tint)
            assert distance(on_tint, tint) >= MIN_DISTANCE, (theme.name, label, alpha)
            # And the entity's full colour (its underline).
            assert distance(highlight, hex_rgb(colour)) >= MIN_DISTANCE, (theme.name, label)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_text_stays_readable_on_the_highlight(theme: themes.Theme) -> None:
    text = _luminance(hex_rgb(theme.text))
    for alpha in (theme.mention_alpha, theme.current_mention_alpha):
        fill = _luminance(_seen(theme, theme.mention, alpha))
        light, dark = max(text, fill), min(text, fill)
        assert (light + 0.05) / (dark + 0.05) >= MIN_TEXT_CONTRAST, (theme.name, alpha)
