"""File ▸ Export Calendar…: the menu and the dialog driven with real clicks and keys.

The file choosers and message boxes are replaced (see conftest); the calendar files
are written in the background (as PDFs are) and read back with ``icalendar`` once the
job is done, and checked against the plan.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QPushButton

from planner_gui.views import dialogs, export_job, export_prompts
from planner_gui.views.calendar_dialog import CalendarDialog
from tests.export.test_ics import _expected

# The offscreen platform plugin warns when a shown window's size hints change, and when
# a menu pops up (it can neither raise it nor grab the keyboard): nothing about the app.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", r"does not support raise\(\)", "does not support grabbing"
)


def _click_menu(qtbot: Any, window: Any, action: QAction) -> None:
    """Open the File menu with a click on the menu bar, then click ``action`` in it."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.mouseClick(window.file_menu, Qt.MouseButton.LeftButton,
                     pos=window.file_menu.actionGeometry(action).center())


def _out(tmp_path: Path) -> Path:
    """A folder of its own for the calendars (the season file sits in ``tmp_path``)."""
    folder = tmp_path / "calendars"
    folder.mkdir()
    return folder


def _wait_for_exports(qtbot: Any) -> None:
    """Until every export running in the background has finished."""
    qtbot.waitUntil(lambda: not export_job._RUNNING, timeout=60_000)


def _click_item(qtbot: Any, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _driver(qtbot: Any, steps: Any) -> Any:
    """A ``run_dialog`` replacement that shows the real dialog and plays ``steps``."""

    def run(dialog: CalendarDialog) -> bool:
        assert isinstance(dialog, CalendarDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        return dialog.result() == CalendarDialog.DialogCode.Accepted

    return run


def test_the_action_sits_right_after_export_pdf(window: Any) -> None:
    actions = window.file_menu.actions()
    assert actions.index(window.action_export_calendar) == (
        actions.index(window.action_export_pdf) + 1
    )
    assert window.action_export_calendar.text() == "Export &Calendar…"


def test_two_chosen_athletes_in_one_file_from_the_menu(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tmp_path = _out(tmp_path)
    season = window.document.season
    target = tmp_path / "club.ics"
    asked: list[Path] = []

    def steps(dialog: CalendarDialog) -> None:
        assert dialog.one_file.isChecked()  # one file unless the coach said otherwise
        assert not hasattr(dialog, "paper")  # a calendar has no paper
        qtbot.mouseClick(dialog.choice.select_none, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()  # nobody to export yet
        for row in (0, 2):  # Ana and Zoë: pick each, tick it with the space bar
            _click_item(qtbot, dialog.choice.athletes, row)
            qtbot.keyClick(dialog.choice.athletes, Qt.Key.Key_Space)
        assert dialog.choice.count_label.text() == "2 of 7 chosen"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_calendar_path",
                        lambda _parent, suggested: asked.append(suggested) or target)
    _click_menu(qtbot, window, window.action_export_calendar)
    _wait_for_exports(qtbot)

    # Several athletes: the chooser offers the season's name beside the season file.
    assert asked == [window.document.path.parent / "Harbour Runners 2027.ics"]
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.events)
    ana, zoe = season.athletes[0], season.athletes[2]
    assert {str(e["UID"]) for e in events} == {*_expected(season, ana), *_expected(season, zoe)}
    names = {str(e["SUMMARY"]).split(": ", 1)[0] for e in events}
    assert names == {"Ana Martínez", "Zoë Kowalczyk"}
    assert str(calendar["X-WR-CALNAME"]) == "Harbour Runners 2027"
    assert window.statusBar().currentMessage() == (
        f"Calendar saved: club.ics ({len(events)} events)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["club.ics"]  # no temp file
    # The notice stays beside the status bar, with Show in Folder (not Open: opening a
    # calendar file would import it into the coach's own calendar).
    notice = window.export_notice
    assert notice.isVisible() and notice.label.text() == "Calendar saved: club.ics"
    assert notice.folder_button.isVisible() and not notice.open_button.isVisible()


def test_one_file_per_athlete_asks_before_replacing_and_is_remembered(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tmp_path = _out(tmp_path)
    window.selection.select_athlete("kofi")
    (tmp_path / "Kofi Mensah.ics").write_bytes(b"last month's calendar")
    replaced: list[tuple[Path, list[str], str]] = []
    titles: list[str] = []

    def steps(dialog: CalendarDialog) -> None:
        athletes = dialog.choice.athletes
        assert athletes.currentItem().text() == "Kofi Mensah"
        qtbot.mouseClick(dialog.choice.select_none, Qt.MouseButton.LeftButton)
        qtbot.keyClick(athletes, Qt.Key.Key_Space)  # ticks the current athlete
        _click_item(qtbot, athletes, 4)  # and Dmitry
        qtbot.keyClick(athletes, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    def folder(_parent: Any, suggested: Path, title: str) -> Path:
        titles.append(title)
        assert suggested == window.document.path.parent
        return tmp_path

    def confirm(_parent: Any, where: Path, names: list[str], files: str) -> bool:
        replaced.append((where, list(names), files))
        return True

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_folder", folder)
    monkeypatch.setattr(export_prompts, "confirm_replace", confirm)
    _click_menu(qtbot, window, window.action_export_calendar)
    _wait_for_exports(qtbot)

    assert titles == ["Export one calendar file per athlete"]
    assert replaced == [(tmp_path, ["Kofi Mensah.ics"], "calendar files")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kofi Mensah.ics", "Дмитрий Иванов.ics"]
    kofi = icalendar.Calendar.from_ical((tmp_path / "Kofi Mensah.ics").read_bytes())
    assert str(kofi["X-WR-CALNAME"]) == "Kofi Mensah · Harbour Runners 2027"
    assert {str(e["UID"]) for e in kofi.events} == set(
        _expected(window.document.season, window.document.season.athlete("kofi"))
    )
    assert window.statusBar().currentMessage().startswith(
        f"2 calendar files saved in {tmp_path} ("
    )

    # The next export starts from one file per athlete; Cancel writes nothing.
    split: list[bool] = []

    def cancel(dialog: CalendarDialog) -> None:
        split.append(dialog.per_athlete.isChecked())
        cancel_button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, cancel))
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert window.export_calendar() is None
    assert split == [True]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_declining_to_replace_writes_nothing(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tmp_path = _out(tmp_path)
    (tmp_path / "Ana Martínez.ics").write_bytes(b"keep me")

    def steps(dialog: CalendarDialog) -> None:
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_folder", lambda *_: tmp_path)
    monkeypatch.setattr(export_prompts, "confirm_replace", lambda *_: False)
    assert window.export_calendar() is None
    assert [p.name for p in tmp_path.iterdir()] == ["Ana Martínez.ics"]
    assert (tmp_path / "Ana Martínez.ics").read_bytes() == b"keep me"


def test_a_file_that_cannot_be_written_is_an_error_dialog_and_nothing_is_left(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    tmp_path = _out(tmp_path)
    errors: list[tuple[str, str]] = []
    target = tmp_path / "gone" / "plans.ics"  # the folder went away meanwhile
    monkeypatch.setattr(export_prompts, "run_dialog", _driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    monkeypatch.setattr(export_prompts, "ask_calendar_path", lambda *_: target)
    monkeypatch.setattr(dialogs, "show_error",
                        lambda _parent, title, text: errors.append((title, text)))
    message = window.statusBar().currentMessage()
    job = window.export_calendar()
    assert job is not None
    _wait_for_exports(qtbot)
    assert job.result is None and len(errors) == 1
    title, text = errors[0]
    assert title == "Calendar not saved"
    # The place the coach chose, not the hidden temporary file the write went through.
    assert text == f"The calendar could not be written.\n\n{target}: No such file or directory"
    assert list(tmp_path.iterdir()) == []
    assert window.statusBar().currentMessage() == message  # no "saved" message
    assert not window.export_notice.isVisible()


def test_a_big_squad_is_written_in_the_background_and_cancel_leaves_nothing(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planner_gui.export import ics
    from planner_gui.model.demo import demo_squad

    tmp_path = _out(tmp_path)
    target = tmp_path / "squad.ics"
    window.document.reset(demo_squad(60), None)
    # The worker waits at the second athlete until the test has looked and clicked,
    # so the job is certainly still running when Cancel is pressed.
    reached, go_on = threading.Event(), threading.Event()
    real_events = ics.athlete_events
    calls = 0

    def slow_events(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            reached.set()
            go_on.wait(30)
        return real_events(*args, **kwargs)

    monkeypatch.setattr(ics, "athlete_events", slow_events)
    monkeypatch.setattr(export_job, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(export_prompts, "run_dialog", _driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    monkeypatch.setattr(export_prompts, "ask_calendar_path", lambda *_: target)
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    try:
        _click_menu(qtbot, window, window.action_export_calendar)
        assert reached.wait(30)
        (job,) = export_job._RUNNING
        assert not job.done  # the menu command came back while the files are written
        qtbot.waitUntil(lambda: job.progress.isVisible() and job.progress.value() == 1)
        assert job.progress.windowTitle() == "Export Calendar"
        assert job.progress.labelText() == "Writing the calendars…"
        assert job.progress.maximum() == 60
        ticks_before = ticks
        qtbot.waitUntil(lambda: ticks > ticks_before + 3)  # the window's loop keeps running
        cancel = job.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finally:
        go_on.set()
        timer.stop()
    _wait_for_exports(qtbot)
    assert job.was_cancelled and job.result is None
    assert list(tmp_path.iterdir()) == []  # no calendar, no temporary file
    assert not job.progress.isVisible() and not window.export_notice.isVisible()
    assert window.statusBar().currentMessage() == "Export cancelled: nothing was written."


def test_a_cancel_midway_through_one_file_each_says_which_are_finished(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from planner_gui.export import ics

    folder = _out(tmp_path)
    go_on = threading.Event()
    real_events = ics.athlete_events
    calls = 0

    def held_at_the_third(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            go_on.wait(30)
        return real_events(*args, **kwargs)

    monkeypatch.setattr(ics, "athlete_events", held_at_the_third)
    monkeypatch.setattr(export_job, "PROGRESS_DELAY_MS", 0)

    def steps(dialog: CalendarDialog) -> None:
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_folder", lambda *_: folder)
    try:
        job = window.export_calendar()
        assert job is not None
        qtbot.waitUntil(lambda: job.progress.isVisible() and job.progress.value() == 2)
        qtbot.mouseClick(job.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    finally:
        go_on.set()
    _wait_for_exports(qtbot)
    finished = ["Ana Martínez.ics", "Björn Ødegård.ics"]
    assert sorted(p.name for p in folder.iterdir()) == finished  # whole files, no temp
    for name in finished:
        assert (folder / name).read_bytes().endswith(b"END:VCALENDAR\r\n")
    assert window.statusBar().currentMessage() == (
        f"Export cancelled: the 2 calendar files finished before it are in {folder}."
    )


def test_a_season_without_athletes_says_so(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.document.selection import Selection
    from planner_gui.model.season import Season
    from planner_gui.views.calendar_flow import export_calendar_from_window

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    document = SeasonDocument(Season(name="Empty", start=dt.date(2027, 1, 4)))
    assert export_calendar_from_window(window, document, Selection(document)) is None
    assert errors == ["Add an athlete before exporting a calendar."]
