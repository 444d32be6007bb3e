"""Lifting days in the athlete panel: seven toggles in week order, the order of
preference, at least one day kept; every change one undo step the plan follows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner_gui.model.season import Weekday
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TUE, WED, THU, FRI, SUN = (
    Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SUNDAY,
)  # fmt: skip


@pytest.fixture
def days(window):
    """The lifting-days page, showing Ana Martínez (Tue, Fri, Sun in the demo)."""
    window.selection.select_athlete("ana")
    window.athlete_panel.page(0)
    return window.athlete_panel.days


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _week(window, athlete_id, number):
    return window.document.plans[athlete_id].weeks[number - 1]


def test_the_toggles_show_the_days_and_their_place_in_the_order(days):
    shown = {day: (button.isChecked(), button.text()) for day, button in days.toggles.items()}
    assert shown[TUE] == (True, "Tue\n1st")
    assert shown[FRI] == (True, "Fri\n2nd")
    assert shown[SUN] == (True, "Sun\n3rd")
    assert shown[WED][0] is False and shown[Weekday.MONDAY][0] is False
    assert [days.order.item(row).text().split()[-1] for row in range(days.order.count())] == [
        "Tuesday", "Friday", "Sunday",
    ]  # fmt: skip


def test_clicking_days_moves_the_sessions_one_undo_step_each(qtbot, window, days):
    assert _week(window, "ana", 10).sessions == (
        dt.date(2027, 3, 9), dt.date(2027, 3, 12), dt.date(2027, 3, 14),
    )  # fmt: skip
    for day in (FRI, SUN, THU):
        _click(qtbot, days.toggles[day])

    stack = window.document.undo_stack
    assert window.document.season.athlete("ana").strength_days == (TUE, THU)
    assert stack.count() == 3
    assert stack.undoText() == "Ana Martínez lifts on Tue, Thu"
    week = _week(window, "ana", 10)  # a base week wants three: only two days are left
    assert week.sessions == (dt.date(2027, 3, 9), dt.date(2027, 3, 11))
    assert week.dropped_sessions == 1
    assert days.toggles[THU].text() == "Thu\n2nd"

    # Ctrl+Z with the focus on a toggle takes the last click back.
    days.toggles[THU].setFocus()
    qtbot.keyClick(days.toggles[THU], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.season.athlete("ana").strength_days == (TUE,)
    assert not days.toggles[THU].isChecked()
    assert days.toggles[TUE].text() == "Tue\n1st"
    assert days.order.count() == 1


def test_the_last_lifting_day_cannot_be_turned_off(qtbot, window, days):
    window.selection.select_athlete("dmitry")  # Monday and Thursday
    _click(qtbot, days.toggles[Weekday.MONDAY])
    assert window.document.season.athlete("dmitry").strength_days == (THU,)

    _click(qtbot, days.toggles[THU])

    assert window.document.season.athlete("dmitry").strength_days == (THU,)
    assert days.toggles[THU].isChecked()
    assert window.document.undo_stack.count() == 1
    assert days.problem.isVisible()
    assert "at least one lifting day" in days.problem.text()
    # Turning another day on is what the message asks for, and clears it.
    _click(qtbot, days.toggles[FRI])
    assert window.document.season.athlete("dmitry").strength_days == (THU, FRI)
    assert not days.problem.isVisible()


def test_moving_a_day_up_changes_which_day_a_one_session_week_takes(qtbot, window, days):
    assert _week(window, "ana", 25).sessions == (dt.date(2027, 6, 22),)  # taper: Tue
    click(qtbot, days.order, days.order.model().index(1, 0))  # Friday
    assert days.up_button.isEnabled()
    _click(qtbot, days.up_button)

    assert window.document.season.athlete("ana").strength_days == (FRI, TUE, SUN)
    assert window.document.undo_stack.undoText() == "Ana Martínez prefers Fri, Tue, Sun"
    assert _week(window, "ana", 25).sessions == (dt.date(2027, 6, 25),)
    assert days.toggles[FRI].text() == "Fri\n1st"
    assert days.order.currentItem().text().endswith("Friday")  # the day stays chosen
    assert not days.up_button.isEnabled()

    _click(qtbot, days.down_button)
    _click(qtbot, days.down_button)
    assert window.document.season.athlete("ana").strength_days == (TUE, SUN, FRI)
    assert not days.down_button.isEnabled()

    window.document.undo_stack.undo()
    assert window.document.season.athlete("ana").strength_days == (TUE, FRI, SUN)
    assert days.toggles[SUN].text() == "Sun\n3rd"


def test_the_toggles_run_in_the_seasons_week_order(qtbot, window, days):
    def left_to_right():
        return sorted(days.toggles, key=lambda day: days.toggles[day].x())

    assert left_to_right()[0] is Weekday.MONDAY
    window.document.update_settings(week_start=Weekday.SUNDAY)
    qtbot.waitUntil(lambda: left_to_right()[0] is SUN)  # once the row is laid out again
    assert left_to_right() == [
        SUN, Weekday.MONDAY, TUE, WED, THU, FRI, Weekday.SATURDAY,
    ]  # fmt: skip
