"""File ▸ New Season From This One…: the dialog, and the new season it opens untitled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from planner_gui.model.demo import load_demo
from planner_gui.model.season import MAX_DATE, Priority, Season
from planner_gui.views import dialogs, next_season_dialog
from planner_gui.views.next_season_dialog import NextSeasonDialog

ask_next_season = next_season_dialog.ask_next_season  # the real one (guarded in tests)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def dialog(qtbot: QtBot) -> NextSeasonDialog:
    shown = NextSeasonDialog(load_demo())
    qtbot.addWidget(shown)
    shown.show()  # (exec() would wait for a person; tests drive the shown dialog)
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    return shown


def test_it_shows_the_new_name_dates_and_what_comes_along(dialog: NextSeasonDialog) -> None:
    assert dialog.name.text() == "Harbour Runners 2028"
    assert dialog.name.hasFocus() and dialog.name.selectedText() == "Harbour Runners 2028"
    assert dialog.dates.text().startswith("Week 1 runs 3 – 9 Jan 2028 (weeks start on Monday)")
    assert dialog.dates.text().endswith("31 Dec 2028.")
    assert {p for p, box in dialog.carry.items() if box.isChecked()} == {Priority.A}
    assert dialog.summary.text() == "The new season: 7 athletes and 9 races."
    assert dialog.create_button.text() == "Create Season" and dialog.create_button.isDefault()


def test_ticking_priorities_updates_the_count(qtbot: QtBot, dialog: NextSeasonDialog) -> None:
    qtbot.mouseClick(dialog.carry[Priority.B], Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "The new season: 7 athletes and 15 races."
    qtbot.mouseClick(dialog.carry[Priority.A], Qt.MouseButton.LeftButton)
    assert dialog.carried() == {Priority.B}
    assert dialog.summary.text() == "The new season: 7 athletes and 7 races."


def test_a_typed_name_and_return_create_that_season(qtbot: QtBot, dialog: NextSeasonDialog) -> None:
    qtbot.keyClicks(dialog.name, "Harbour squad 2028")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.season().name == "Harbour squad 2028"


def test_an_empty_name_is_refused(qtbot: QtBot, dialog: NextSeasonDialog) -> None:
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.name.property("invalid") is True
    assert dialog.problem.text() == "The season needs a name."


def test_a_pasted_control_character_is_refused_in_words(
    qtbot: QtBot, dialog: NextSeasonDialog
) -> None:
    QApplication.clipboard().setText("Harbour\x1b[2J 2028")
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # was a ValidationError traceback out of accept()
    assert dialog.name.property("invalid") is True
    assert "U+001B" in dialog.problem.text()


def _choose_from_file_menu(qtbot: QtBot, window: Any, letter: Qt.Key) -> None:
    """Open the File menu with Alt+F and press an item's underlined letter."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.file_menu
    qtbot.keyClick(menu, letter)


def _in_dialog(qtbot: QtBot, act: Callable[[NextSeasonDialog], None]) -> dict[str, Any]:
    """Run ``act`` on the real dialog once it is up (modal: it runs from the event loop)."""
    seen: dict[str, Any] = {}

    def fill_in() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, NextSeasonDialog):
            QTimer.singleShot(20, fill_in)
            return
        try:
            qtbot.waitUntil(box.isActiveWindow)
            seen["name"] = box.name.text()
            act(box)
        finally:
            if box.isVisible():  # never leave a modal dialog waiting
                box.reject()

    QTimer.singleShot(0, fill_in)
    return seen


def test_the_file_menu_opens_next_season_untitled_and_modified(
    qtbot: QtBot, window: Any, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole path: File ▸ New Season From This One…, the real dialog, the new season."""
    monkeypatch.setattr(next_season_dialog, "ask_next_season", ask_next_season)
    before = season_file.read_bytes()
    letters = [a.text().split("&")[1][0].lower() for a in window.file_menu.actions()
               if "&" in a.text()]
    assert letters.count("t") == 1  # Alt+F, T reaches this command and nothing else

    def tick_b_and_create(box: NextSeasonDialog) -> None:
        qtbot.mouseClick(box.carry[Priority.B], Qt.MouseButton.LeftButton)
        qtbot.keyClick(box.name, Qt.Key.Key_Return)

    seen = _in_dialog(qtbot, tick_b_and_create)
    _choose_from_file_menu(qtbot, window, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: window.document.path is None)

    assert seen["name"] == "Harbour Runners 2028"
    document = window.document
    season = document.season
    assert (season.name, season.start) == ("Harbour Runners 2028", dt.date(2028, 1, 3))
    assert [a.name for a in season.athletes] == [a.name for a in load_demo().athletes]
    assert {r.priority for a in season.athletes for r in a.races} == {Priority.A, Priority.B}
    assert not any(a.away or a.week_notes for a in season.athletes)
    assert document.modified and window.isWindowModified()
    assert window.windowTitle().startswith("Untitled[*]")
    assert not window.action_undo.isEnabled()  # nothing to undo back into last season
    assert season_file.read_bytes() == before  # this season stays as it was on disk
    assert "Harbour Runners 2028" in window.season_label.text()


def test_closing_the_new_season_asks_to_save_it(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(next_season_dialog, "ask_next_season", lambda _p, s: _next(s))
    window.action_next_season.trigger()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda _p, name, action: asked.append(name) or dialogs.Answer.CANCEL
    )
    window.close()
    assert asked == ["“Harbour Runners 2028”"] and window.isVisible()


def _next(season: Season) -> Season:
    from planner_gui.model.next_season import next_season

    return next_season(season)


def test_unsaved_changes_are_asked_about_first(
    window: Any, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.rename_athlete(window.document.season.athletes[0].id, "Ana M.")
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_unsaved", lambda _p, _n, action: asked.append(action) or dialogs.Answer.CANCEL
    )
    window.action_next_season.trigger()  # the dialog is guarded: it must not open
    assert asked == ["starting next season"]
    assert window.document.path == season_file and window.document.modified

    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.Answer.SAVE)
    made: list[Season] = []
    monkeypatch.setattr(
        next_season_dialog, "ask_next_season", lambda _p, s: made.append(s) or _next(s)
    )
    window.action_next_season.trigger()
    assert "Ana M." in season_file.read_text(encoding="utf-8")  # saved first
    assert made[0].athletes[0].name == "Ana M."
    assert window.document.season.athletes[0].name == "Ana M."


def test_cancel_keeps_the_open_season(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(next_season_dialog, "ask_next_season", lambda *_: None)
    season = window.document.season
    window.action_next_season.trigger()
    assert window.document.season is season and not window.document.modified


def test_a_season_at_the_end_of_the_calendar_explains_instead(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    late = window.document.season.model_copy(
        update={"start": MAX_DATE - dt.timedelta(weeks=40), "athletes": ()}
    )
    window.document.reset(late, None)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(text))
    window.action_next_season.trigger()
    assert errors == [
        "The next season would end after 31 Dec 2200, the last day a season can reach."
    ]
    assert window.document.season is late
