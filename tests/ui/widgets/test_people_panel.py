"""The People dock: list, order, filter, credits, selection (app.ui.widgets.people_panel)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.core.results import Person
from app.ui.widgets.people_panel import PeoplePanel

PEOPLE = (
    Person("Anna Alt", ("Ministerin",), 50, None, False, ((50, 54),)),
    Person("Bernd Bau", ("Sprecher",), None, "SPD", False, ((10, 14), (60, 64), (90, 94))),
    Person("Max Muster", (), None, None, True, ((200, 210),)),
)


def panel(qtbot) -> PeoplePanel:
    p = PeoplePanel()
    p.resize(300, 500)
    qtbot.addWidget(p)
    p.show()
    p.set_people(PEOPLE)
    return p


def test_order_filter_and_credits(app, qtbot) -> None:
    p = panel(qtbot)
    assert p.visible_names() == ["Bernd Bau", "Anna Alt"]  # first appearance
    assert p.story_indices() == [1, 0] and p.credit_indices() == [2]
    p.set_sort_order("mentions")
    assert p.visible_names() == ["Bernd Bau", "Anna Alt"]
    p.set_sort_order("alphabetical")  # not a valid order: the default
    assert p.sort_order == "appearance"
    p.filter.setText("spd")
    assert p.visible_names() == ["Bernd Bau"]
    p.filter.clear()
    assert "Credits: authors and photos (1)" in p.credits_button.text()
    assert not p.credits_list.isVisible()
    p.set_credits_open(True)
    assert p.credits_list.isVisible()


def test_selection_and_copy(app, qtbot) -> None:
    p = panel(qtbot)
    with qtbot.waitSignal(p.person_selected, timeout=1000) as chosen:
        p.select_person(0)
    assert chosen.args == [0] and p.selected_person() == 0
    p.copy_selected()
    assert QGuiApplication.clipboard().text() == "Anna Alt — Ministerin, 50 years (1 mention)"
    p.list.grab()  # the delegate paints both lines and the count
    p.clear("Nobody yet.")
    assert p.visible_names() == [] and p.placeholder.text() == "Nobody yet."


def test_no_people_says_so(app, qtbot) -> None:
    p = PeoplePanel()
    qtbot.addWidget(p)
    p.set_people(PEOPLE[2:])
    assert p.placeholder.text() == "No people found in this article."
