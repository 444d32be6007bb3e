"""Time away in the athlete panel: add a holiday, type its days whole (refused in red
when impossible), choose a reason, write a note, delete; each one undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner_gui.model.engine import Flag
from planner_gui.model.season import AwayPeriod, AwayReason

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

FAMILY_TRIP = AwayPeriod(
    start=dt.date(2027, 3, 6), end=dt.date(2027, 3, 16), reason=AwayReason.HOLIDAY,
    note="Family trip; running only, no gym.",
)  # fmt: skip


@pytest.fixture
def away(window):
    """The time-away page, showing Zoë Kowalczyk (a holiday 6–16 Mar 2027 in the demo)."""
    window.selection.select_athlete("zoe")
    window.athlete_panel.page(2)
    return window.athlete_panel.away


def _stored(window):
    return window.document.season.athlete("zoe").away


def _type_date(qtbot, field, text):
    """Click into a date field, replace its text and press Return."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _week(window, number):
    return window.document.plans["zoe"].weeks[number - 1]


def test_the_list_shows_each_period_and_the_chosen_one_in_full(away):
    assert away.periods.count() == 1
    assert away.periods.item(0).text() == (
        "6 – 16 Mar 2027 · Holiday\nFamily trip; running only, no gym."
    )
    assert away.periods.item(0).toolTip() == "11 days away"
    assert away.first_day.text() == "Sat 6 Mar 2027"
    assert away.last_day.text() == "Tue 16 Mar 2027"
    assert away.reason.currentText() == "Holiday"
    assert away.note.text() == "Family trip; running only, no gym."


def test_add_puts_a_holiday_next_week_and_the_cursor_in_its_first_day(qtbot, window, away):
    assert _week(window, 19).sessions == (dt.date(2027, 5, 11),)  # today is Mon 3 May
    qtbot.mouseClick(away.add_button, Qt.MouseButton.LeftButton)

    added = AwayPeriod(start=dt.date(2027, 5, 10), end=dt.date(2027, 5, 16),
                       reason=AwayReason.HOLIDAY)
    assert _stored(window) == (FAMILY_TRIP, added)
    assert window.document.undo_stack.undoText() == (
        "Add holiday for Zoë Kowalczyk (10 – 16 May 2027)"
    )
    week = _week(window, 19)
    assert week.sessions == () and week.away_days == 7 and Flag.AWAY in week.flags
    assert away.periods.currentRow() == 1
    assert QApplication.focusWidget() is away.first_day
    assert away.first_day.selectedText() == "Mon 10 May 2027"  # typing replaces it

    qtbot.keyClick(away.periods, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window) == (FAMILY_TRIP,)
    assert away.periods.count() == 1


def test_typed_dates_move_the_period_one_step_each(qtbot, window, away):
    _type_date(qtbot, away.last_day, "30 Mar 2027")
    _type_date(qtbot, away.first_day, "2027-03-20")

    assert _stored(window)[0].start == dt.date(2027, 3, 20)
    assert _stored(window)[0].end == dt.date(2027, 3, 30)
    assert window.document.undo_stack.count() == 2
    assert window.document.undo_stack.undoText() == (
        "Change holiday for Zoë Kowalczyk (6 – 30 Mar 2027) to 20 – 30 Mar 2027"
    )
    assert _week(window, 10).sessions  # 8–14 Mar is free again
    assert [_week(window, n).away_days for n in (11, 12, 13)] == [2, 7, 2]
    assert away.periods.item(0).text().startswith("20 – 30 Mar 2027 · Holiday\n")

    window.document.undo_stack.undo()
    assert _stored(window)[0].start == dt.date(2027, 3, 6)
    assert away.first_day.text() == "Sat 6 Mar 2027"


@pytest.mark.parametrize(
    ("field", "typed", "why"),
    [
        ("last_day", "31 Feb 2027", "February 2027 has no day 31"),
        ("first_day", "20 Mar 2027", "The last day comes before the first day."),
        ("last_day", "2028-06-01", "at most 366 days"),
        ("first_day", "next week", "not a whole date"),
    ],
)
def test_impossible_dates_are_refused_in_red(qtbot, window, away, field, typed, why):
    editor = getattr(away, field)
    _type_date(qtbot, editor, typed)

    assert _stored(window) == (FAMILY_TRIP,)
    assert window.document.undo_stack.count() == 0
    assert editor.property("invalid") is True
    assert away.problem.isVisible() and why in away.problem.text()
    assert editor.text() == typed  # left to fix, not replaced

    _type_date(qtbot, editor, "2027-03-10")  # a good date clears the red
    assert editor.property("invalid") is False
    assert not away.problem.isVisible()
    assert window.document.undo_stack.count() == 1


def test_reason_and_note_are_undo_steps_of_their_own(qtbot, window, away):
    away.reason.setFocus()
    qtbot.keyClick(away.reason, Qt.Key.Key_Down)  # Holiday → Illness
    assert _stored(window)[0].reason is AwayReason.ILLNESS
    assert window.document.undo_stack.undoText() == (
        "Change holiday for Zoë Kowalczyk (6 – 16 Mar 2027) to illness"
    )

    qtbot.mouseClick(away.note, Qt.MouseButton.LeftButton)
    away.note.selectAll()
    qtbot.keyClicks(away.note, "Flu; easy runs only.")
    qtbot.keyClick(away.note, Qt.Key.Key_Return)
    assert _stored(window)[0].note == "Flu; easy runs only."
    assert window.document.undo_stack.count() == 2
    assert away.periods.item(0).text().endswith("Flu; easy runs only.")


def test_delete_takes_the_chosen_period_away(qtbot, window, away):
    assert _week(window, 10).sessions == ()
    qtbot.mouseClick(away.delete_button, Qt.MouseButton.LeftButton)

    assert _stored(window) == ()
    assert window.document.undo_stack.undoText() == (
        "Delete holiday for Zoë Kowalczyk (6 – 16 Mar 2027)"
    )
    assert _week(window, 10).sessions == (dt.date(2027, 3, 9), dt.date(2027, 3, 12))
    assert away.periods.count() == 0
    assert not away.details.isEnabled() and not away.delete_button.isEnabled()

    window.document.undo_stack.undo()
    assert _stored(window) == (FAMILY_TRIP,)
    assert away.periods.currentRow() == 0 and away.details.isEnabled()
