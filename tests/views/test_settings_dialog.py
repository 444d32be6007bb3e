"""Season settings: the first day is typed whole, refused in red when it is no date,
and never spills into the length; every applied change is an undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

FIRST_DAY = dt.date(2027, 1, 4)  # the demo season's


@pytest.fixture
def dialog(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.close()


def _tab_into_first_day(qtbot, dialog):
    """Put the cursor in the name, then Tab on as a coach would (selects the date)."""
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    field = QApplication.focusWidget()
    assert field is dialog.start or dialog.start.isAncestorOf(field)
    return field


def _click_into_the_day(qtbot, dialog):
    """Click on the day number of the shown date ("Mon 4 Jan 2027"), as the coach did."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    field = dialog.start
    target = field.lineEdit() if hasattr(field, "lineEdit") else field  # (a QDateEdit's)
    x = field.fontMetrics().horizontalAdvance("Mon ") + 6
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    assert field.hasFocus()


def _type(qtbot, *keys):
    """Type text or press keys into whatever has the keyboard focus, in order."""
    for key in keys:
        focus = QApplication.focusWidget()
        if isinstance(key, str):
            qtbot.keyClicks(focus, key)
        else:
            qtbot.keyClick(focus, key)


def test_typing_day_tab_month_tab_year_changes_neither_first_day_nor_length(
    qtbot, window, dialog
):
    """The habit from sectioned date editors: click the day, "01", Tab, "Feb", Tab, "2027".

    A QDateEdit took "Feb" as the month, then Tab left it and "2027" became the
    season's length (202 weeks, the spin box's maximum cut the last digit).
    """
    _click_into_the_day(qtbot, dialog)
    _type(qtbot, "01", Qt.Key.Key_Tab, "Feb", Qt.Key.Key_Tab, "2027", Qt.Key.Key_Tab)

    season = window.document.season
    assert season.start == FIRST_DAY  # nothing applied from a piece of a date …
    assert season.weeks == 52  # … and the year never landed in the length
    assert dialog.weeks.value() == 52
    assert window.document.undo_stack.count() == 0
    assert dialog.start.property("invalid") is True  # the refusal is in view
    assert dialog.problem.isVisible() and "not a whole date" in dialog.problem.text()


@pytest.mark.parametrize("typed", ["1 Feb 2027", "2027-02-01", "01.02.2027", "Mon 1 February 2027"])
def test_a_whole_typed_first_day_is_the_day_applied_as_one_undo_step(
    qtbot, window, dialog, typed
):
    _tab_into_first_day(qtbot, dialog)
    _type(qtbot, typed, Qt.Key.Key_Tab)

    season = window.document.season
    assert season.start == dt.date(2027, 2, 1)
    assert season.weeks == 52 and dialog.weeks.value() == 52
    assert dialog.weeks.hasFocus()  # Tab left the date field for the next one
    assert dialog.start.text() == "Mon 1 Feb 2027"
    assert dialog.start.property("invalid") is False and not dialog.problem.isVisible()
    assert dialog.start_hint.text().startswith("Week 1 runs 1 – 7 Feb 2027")
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Start season on 1 Feb 2027"

    window.action_undo.trigger()
    assert window.document.season.start == FIRST_DAY
    assert dialog.start.text() == "Mon 4 Jan 2027"  # the dialog follows undo


def test_an_impossible_date_is_refused_in_red_and_return_keeps_the_dialog_open(
    qtbot, window, dialog
):
    field = _tab_into_first_day(qtbot, dialog)
    _type(qtbot, "2027-02-30", Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert window.document.season.start == FIRST_DAY
    assert window.document.undo_stack.count() == 0
    assert dialog.start.property("invalid") is True
    assert "February 2027 has no day 30" in dialog.problem.text()
    assert field.hasFocus()

    field.selectAll()
    _type(qtbot, "2027-02-28", Qt.Key.Key_Return)  # a real date: applied, Return closes
    assert window.document.season.start == dt.date(2027, 2, 28)
    assert dialog.start.property("invalid") is False
    assert not dialog.isVisible()


def test_a_refused_date_gives_way_to_the_season_when_another_setting_changes(
    qtbot, window, dialog
):
    _tab_into_first_day(qtbot, dialog)
    _type(qtbot, "Feb 2027", Qt.Key.Key_Tab, Qt.Key.Key_Up)  # the length goes to 53 weeks
    assert window.document.season.weeks == 53
    assert window.document.season.start == FIRST_DAY
    assert dialog.start.text() == "Mon 4 Jan 2027"  # the old value, shown again
    assert dialog.start.property("invalid") is False and not dialog.problem.isVisible()


def test_a_day_picked_in_the_calendar_is_applied(qtbot, window, dialog):
    _tab_into_first_day(qtbot, dialog)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.start.calendar
    qtbot.waitUntil(calendar.isVisible)
    _type(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)  # a week later
    assert not calendar.isVisible()
    assert window.document.season.start == dt.date(2027, 1, 11)
    assert window.document.season.weeks == 52


def test_the_calendar_of_a_refused_date_is_not_painted_red(qtbot, window, dialog):
    _tab_into_first_day(qtbot, dialog)
    _type(qtbot, "2027-02-30", Qt.Key.Key_Return)
    assert dialog.start.property("invalid") is True
    qtbot.keyClick(dialog.start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = dialog.start.calendar
    qtbot.waitUntil(calendar.isVisible)
    image = calendar.grab().toImage()
    pink = QColor("#f8d0d0").rgb()
    pixels = [image.pixel(x, y) for x in range(0, image.width(), 3)
              for y in range(0, image.height(), 3)]
    assert sum(QColor(p).rgb() == pink for p in pixels) < len(pixels) // 20
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_a_refused_date_is_gone_when_the_dialog_opens_again(qtbot, window, dialog):
    _tab_into_first_day(qtbot, dialog)
    _type(qtbot, "2027-02-30", Qt.Key.Key_Return)
    assert dialog.start.property("invalid") is True
    dialog.close()
    again = window.show_settings()
    assert again is dialog
    assert dialog.start.text() == "Mon 4 Jan 2027"
    assert dialog.start.property("invalid") is False and not dialog.problem.isVisible()
