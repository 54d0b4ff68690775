"""The themed combo box and check box paint and size themselves (app.ui.widgets.controls)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from app.ui.widgets.controls import CheckBox, ChoiceBox


def test_check_box_is_clickable_on_its_text_and_sized_to_it(app, qtbot) -> None:
    box = CheckBox("Translate sentences online")
    qtbot.addWidget(box)
    box.show()
    hint = box.sizeHint()
    assert hint.width() > box.fontMetrics().horizontalAdvance("Translate sentences online")
    assert box.hitButton(QPoint(hint.width() - 2, 2))
    box.setChecked(True)
    assert not box.grab().isNull()  # paints checked
    box.setChecked(False)
    assert not box.grab().isNull()


def test_choice_box_paints_its_chevron(app, qtbot) -> None:
    combo = ChoiceBox()
    qtbot.addWidget(combo)
    combo.addItem("Light", "light")
    combo.resize(120, 28)
    image = combo.grab().toImage()
    assert not image.isNull() and image.width() == 120
