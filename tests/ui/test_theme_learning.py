"""The learner's marks stay apart from the name colours and readable, in both themes.

Measured as in test_theme_colours.py (CIEDE2000 of the fills laid over the paper).
Levels 1 and 2 are the strong tints a reader must not take for a name or a
highlighted person's mention; 3 and 4 fade towards the paper on purpose (nearly
known), but stay visible.
"""

from __future__ import annotations

import pytest

from app.ui import theme as themes
from app.ui.colours import distance, hex_rgb, over

#: ΔE00 the strong learning tints keep from every name tint and the mention highlight.
MIN_APART = 8.0
#: ΔE00 every learning tint keeps from the paper (it must be seen).
MIN_VISIBLE = 5.0


def _on_paper(theme: themes.Theme, colour: str, alpha: float) -> tuple[float, float, float]:
    return over(hex_rgb(colour), alpha, hex_rgb(theme.paper))


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_learning_tints_are_not_name_colours(theme: themes.Theme) -> None:
    others = {
        label: _on_paper(theme, colour, theme.entity_tint_alpha)
        for label, colour in theme.entity.items()
    }
    others["mention"] = _on_paper(theme, theme.mention, theme.mention_alpha)
    for level, alpha in enumerate(theme.learning_alphas[:2], start=1):
        tint = _on_paper(theme, theme.learning, alpha)
        for name, colour in others.items():
            assert distance(tint, colour) >= MIN_APART, (theme.name, level, name)


@pytest.mark.parametrize("theme", [themes.LIGHT, themes.DARK], ids=lambda t: t.name)
def test_learning_levels_fade_but_stay_visible(theme: themes.Theme) -> None:
    paper = hex_rgb(theme.paper)
    seen = [distance(_on_paper(theme, theme.learning, a), paper) for a in theme.learning_alphas]
    assert seen == sorted(seen, reverse=True)  # level 1 strongest
    assert min(seen) >= MIN_VISIBLE
    assert theme.learning_tint(1).alphaF() == pytest.approx(theme.learning_alphas[0], abs=0.01)
