"""The New Season dialog: name, first day and length typed with real keys; nothing
opens until every value can be used, and Cancel changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from planner_gui.model.season import Season, Weekday
from planner_gui.views import dialogs
from planner_gui.views.new_season_dialog import NewSeasonDialog

ask_new_season = dialogs.ask_new_season  # the real one (the fixtures guard it in tests)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SELECT_ALL = (Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
PROPOSAL = Season(name="Season 2026", start=dt.date(2026, 11, 30), week_start=Weekday.MONDAY)


@pytest.fixture
def dialog(qtbot):
    dialog = NewSeasonDialog(PROPOSAL)
    qtbot.addWidget(dialog)
    dialog.show()  # (exec() would wait for a person; tests drive the shown dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot, *keys):
    """Type text or press keys (or (key, modifier)) into whatever has the focus, in order."""
    for key in keys:
        focus = QApplication.focusWidget()
        assert focus is not None
        if isinstance(key, str):
            qtbot.keyClicks(focus, key)
        elif isinstance(key, tuple):
            qtbot.keyClick(focus, *key)
        else:
            qtbot.keyClick(focus, key)


def test_it_proposes_the_name_first_day_and_length(dialog):
    assert dialog.name.text() == "Season 2026"
    assert dialog.start.text() == "Mon 30 Nov 2026"
    assert dialog.weeks.value() == 52
    assert (dialog.weeks.minimum(), dialog.weeks.maximum()) == (1, 260)  # the schema's
    assert dialog.start_hint.text().startswith("Week 1 runs 30 Nov – 6 Dec 2026")
    assert dialog.name.hasFocus() and dialog.name.selectedText() == "Season 2026"
    assert dialog.create_button.isDefault()


def test_typing_every_field_with_tab_and_return_creates_that_season(qtbot, dialog):
    _type(qtbot, "Harbour Runners 2027", Qt.Key.Key_Tab)
    _type(qtbot, "4 Jan 2027", Qt.Key.Key_Tab)  # Tab selected the shown date: replaced
    _type(qtbot, "40", Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    season = dialog.season()
    assert (season.name, season.start, season.weeks) == (
        "Harbour Runners 2027", dt.date(2027, 1, 4), 40
    )
    assert season.week_start is Weekday.MONDAY and season.athletes == ()


def test_day_tab_month_tab_year_is_refused_and_nothing_spills_into_the_length(qtbot, dialog):
    x = dialog.start.fontMetrics().horizontalAdvance("Mon ") + 6
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton,
                     pos=QPoint(x, dialog.start.height() // 2))
    _type(qtbot, "04", Qt.Key.Key_Tab, "Jan", Qt.Key.Key_Tab, "2027", Qt.Key.Key_Return)

    assert dialog.isVisible()  # not created from a piece of a date
    assert dialog.weeks.value() == 52
    assert dialog.start.property("invalid") is True and dialog.start.hasFocus()
    assert "not a whole date" in dialog.problem.text() and dialog.problem.isVisible()

    _type(qtbot, SELECT_ALL, "2027-01-04", Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.season().start, dialog.season().weeks) == (dt.date(2027, 1, 4), 52)


def test_an_impossible_date_is_refused_in_red_with_a_reason(qtbot, dialog):
    _type(qtbot, Qt.Key.Key_Tab, "2027-02-30", Qt.Key.Key_Tab)
    assert dialog.start.property("invalid") is True
    assert dialog.problem.text() == "February 2027 has no day 30."
    # The hint still shows the last good day.
    assert dialog.start_hint.text().startswith("Week 1 runs 30 Nov – 6 Dec 2026")

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.season() == PROPOSAL

    assert dialog.start.hasFocus()  # Create put the cursor back in the refused date
    _type(qtbot, SELECT_ALL, "1 Feb 2027", Qt.Key.Key_Tab)
    assert dialog.start.property("invalid") is False and not dialog.problem.isVisible()
    assert dialog.start_hint.text().startswith("Week 1 runs 1 – 7 Feb 2027")


def test_a_year_before_1900_is_refused(qtbot, dialog):
    _type(qtbot, Qt.Key.Key_Tab, "1 Feb 1899", Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.start.property("invalid") is True
    assert "1900" in dialog.problem.text()


def test_the_default_name_follows_the_first_days_year_until_the_coach_names_it(
    qtbot, dialog
):
    _type(qtbot, Qt.Key.Key_Tab, "4 Jan 2027", Qt.Key.Key_Tab)
    assert dialog.name.text() == "Season 2027"

    dialog.name.setFocus()
    dialog.name.selectAll()
    _type(qtbot, "Club season", Qt.Key.Key_Tab, "3 Jan 2028", Qt.Key.Key_Tab)
    assert dialog.name.text() == "Club season"


def test_an_empty_name_is_refused(qtbot, dialog):
    _type(qtbot, Qt.Key.Key_Backspace, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.name.property("invalid") is True and dialog.name.hasFocus()
    assert dialog.problem.text() == "The season needs a name."


def test_escape_cancels(qtbot, dialog):
    _type(qtbot, Qt.Key.Key_Tab, "4 Jan 2027", Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


@pytest.fixture
def weeks_start_on_monday():
    """A British locale for the test (weeks start on Monday), then the one before."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.mark.usefixtures("weeks_start_on_monday")
def test_file_new_opens_the_season_typed_into_the_real_dialog(qtbot, window, monkeypatch):
    """The whole path: File ▸ New, the modal dialog typed into, the season opened."""
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.Answer.DISCARD)
    monkeypatch.setattr(dialogs, "ask_new_season", ask_new_season)
    seen = {}

    def fill_in():
        box = QApplication.activeModalWidget()
        if not isinstance(box, NewSeasonDialog):
            QTimer.singleShot(20, fill_in)
            return
        try:
            qtbot.waitUntil(box.isActiveWindow)
            seen["proposed"] = (box.name.text(), box.start.text(), box.weeks.value())
            assert box.name.hasFocus()  # the name, ready to be typed over
            _type(qtbot, Qt.Key.Key_Tab, "2027-05-10", Qt.Key.Key_Tab, "30", Qt.Key.Key_Return)
        finally:
            if box.isVisible():  # never leave a modal dialog waiting
                box.reject()

    QTimer.singleShot(0, fill_in)
    window.action_new.trigger()

    # Today is Monday 3 May 2027 in the window's tests: the proposal starts today.
    assert seen["proposed"] == ("Season 2027", "Mon 3 May 2027", 52)
    season = window.document.season
    assert (season.name, season.start, season.weeks) == ("Season 2027", dt.date(2027, 5, 10), 30)
    assert season.athletes == () and window.document.path is None
