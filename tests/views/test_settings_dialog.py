"""Season settings: the first day is typed whole, refused in red when it is no date,
and never spills into the length; sessions a week per phase change the plan; every
applied change is an undo step."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)

from planner_gui.model.phases import Phase
from planner_gui.model.season import PhaseExercises, PhaseSessions

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


# -- the Phases page: strength sessions a week ---------------------------------------


def _open_page(qtbot, dialog, title):
    """Click the page's tab, as the coach would."""
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def _click_arrow(qtbot, spin, up):
    """Click a spin box's up or down arrow with the mouse."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    control = QStyle.SubControl.SC_SpinBoxUp if up else QStyle.SubControl.SC_SpinBoxDown
    rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=rect.center())


def _ana_week(window, number):
    return window.document.plans["ana"].weeks[number - 1]


def test_base_sessions_clicked_down_to_two_give_week_10_two_sessions_in_one_undo_step(
    qtbot, window, dialog
):
    _open_page(qtbot, dialog, "Phases")
    base = dialog.sessions[Phase.BASE]
    assert base.value() == 3 and base.isVisible()  # the app's number, nothing set yet
    assert len(_ana_week(window, 10).sessions) == 3

    _click_arrow(qtbot, base, up=False)
    season = window.document.season
    assert season.methodology.sessions.base == 2
    assert _ana_week(window, 10).phase is Phase.BASE
    assert len(_ana_week(window, 10).sessions) == 2
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Set base sessions to 2 a week"

    _click_arrow(qtbot, base, up=False)  # a second click on the same box: the same step
    assert window.document.season.methodology.sessions.base == 1
    assert stack.count() == 1 and stack.undoText() == "Set base sessions to 1 a week"

    window.action_undo.trigger()
    assert window.document.season.methodology.sessions.base is None  # the app's again
    assert base.value() == 3  # the dialog follows
    assert len(_ana_week(window, 10).sessions) == 3


def test_each_phase_box_is_its_own_undo_step_and_keys_work_too(qtbot, window, dialog):
    _open_page(qtbot, dialog, "Phases")
    taper = dialog.sessions[Phase.TAPER]
    taper.setFocus()
    qtbot.keyClick(taper, Qt.Key.Key_Up)
    free = dialog.sessions[Phase.FREE]
    free.setFocus()
    qtbot.keyClick(free, Qt.Key.Key_Down)
    sessions = window.document.season.methodology.sessions
    assert (sessions.taper, sessions.free) == (2, 1)
    assert len(_ana_week(window, 1).sessions) == 1  # week 1 is a free week
    stack = window.document.undo_stack
    assert stack.count() == 2
    assert stack.text(0) == "Set taper sessions to 2 a week"
    assert stack.text(1) == "Set free-week sessions to 1 a week"


def test_a_sessions_box_clicked_there_and_back_leaves_nothing_to_undo(qtbot, window, dialog):
    _open_page(qtbot, dialog, "Phases")
    strength = dialog.sessions[Phase.STRENGTH]
    _click_arrow(qtbot, strength, up=True)
    _click_arrow(qtbot, strength, up=False)
    assert window.document.season.methodology.sessions.strength is None
    assert window.document.undo_stack.count() == 0
    assert not window.document.modified


def test_the_apps_sessions_button_forgets_the_seasons_numbers(qtbot, window, dialog):
    _open_page(qtbot, dialog, "Phases")
    assert not dialog.default_sessions.isEnabled()  # nothing to forget yet
    _click_arrow(qtbot, dialog.sessions[Phase.BASE], up=True)
    _click_arrow(qtbot, dialog.sessions[Phase.RECOVERY], up=True)
    qtbot.mouseClick(dialog.default_sessions, Qt.MouseButton.LeftButton)
    assert window.document.season.methodology.sessions == PhaseSessions()
    assert [s.value() for s in dialog.sessions.values()] == [2, 3, 2, 2, 1, 1]
    assert window.document.undo_stack.undoText() == "Change the sessions per phase"


def test_changing_a_length_keeps_the_seasons_sessions_and_exercise_lists(
    qtbot, window, dialog
):
    document = window.document
    own = document.season.methodology.model_copy(
        update={
            "sessions": PhaseSessions(base=2),
            "exercises": PhaseExercises(taper=("Pogo hops",)),
        }
    )
    document.update_settings(methodology=own)
    _open_page(qtbot, dialog, "Phases")
    assert dialog.sessions[Phase.BASE].value() == 2

    _click_arrow(qtbot, dialog.lengths["strength"], up=False)
    methodology = document.season.methodology
    assert methodology.strength == 3
    assert methodology.sessions.base == 2
    assert methodology.exercises.taper == ("Pogo hops",)

    defaults = next(b for b in dialog.findChildren(QPushButton) if "default lengths" in b.text())
    qtbot.mouseClick(defaults, Qt.MouseButton.LeftButton)
    methodology = document.season.methodology
    assert methodology.strength == 4
    assert methodology.sessions.base == 2
    assert methodology.exercises.taper == ("Pogo hops",)


def test_every_setting_can_be_reached_and_has_a_spoken_name(qtbot, window, dialog):
    unnamed = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        for widget in dialog.findChildren(QWidget):
            if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if isinstance(widget, QScrollBar) or isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a spin box's own text field: the spin box carries the name
            name = widget.accessibleName()
            if not name and isinstance(widget, QAbstractButton):
                name = widget.text().replace("&", "")
            if not any(ch.isalpha() for ch in name):
                unnamed.append((type(widget).__name__, name))
    assert unnamed == [], unnamed
