"""The season's file changed by someone else while the window is open.

Another program rewrites or deletes the file: the bar above the panes says so
without interrupting; Reload takes their version, Keep mine goes on and the next
Save asks (Overwrite, Save as Copy, Reload). The app's own saves never show it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner_gui.document.disk_watcher import DiskState
from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.storage import backup_path, load_season
from planner_gui.views import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

_ADD_ATHLETE = """
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    data = json.load(handle)
data["athletes"].append({"name": "Colleague's Athlete"})
with open(path, "w", encoding="utf-8") as handle:  # as a plain editor would
    json.dump(data, handle)
"""


def colleague_adds_an_athlete(path: Path) -> None:
    """Another program (a real process) adds an athlete to the file."""
    subprocess.run([sys.executable, "-c", _ADD_ATHLETE, str(path)], check=True)


def sync_client_replaces(path: Path, name: str) -> None:
    """A sync client writes a new version atomically (a new file under the name)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["name"] = name
    write_atomically(path, json.dumps(data).encode())


def press_save(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def edit(window) -> None:
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))


def ask_conflict(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(dialogs, "ask_disk_conflict",
                        lambda _parent, name: asked.append(name) or answer)
    return asked


def test_a_change_by_another_program_shows_the_bar(qtbot, window, season_file):
    assert not window.disk_bar.isVisible()
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    assert "harbour.season.json</b> changed on disk" in window.disk_bar.label.text()
    assert window.disk_bar.reload_button.isVisible()
    assert window.disk_bar.keep_button.isVisible()
    # Above the panes, not over them.
    assert window.disk_bar.geometry().bottom() < window.main_splitter.geometry().top()


def test_reload_takes_the_file_as_it_is_now_after_asking(qtbot, window, season_file,
                                                         monkeypatch):
    edit(window)
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    asked = []
    monkeypatch.setattr(dialogs, "confirm",
                        lambda _p, title, text, action: asked.append(text) or True)
    qtbot.mouseClick(window.disk_bar.reload_button, Qt.MouseButton.LeftButton)
    assert asked and "unsaved changes will be lost" in asked[0]
    names = [athlete.name for athlete in window.document.season.athletes]
    assert names == [athlete.name for athlete in load_season(season_file).athletes]
    assert names[-1] == "Colleague's Athlete"
    assert window.document.undo_stack.count() == 0
    assert not window.document.modified and not window.isWindowModified()
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible())


def test_reload_cancelled_keeps_the_edits_and_the_bar(qtbot, window, season_file,
                                                      monkeypatch):
    edit(window)
    edited = window.document.season
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    monkeypatch.setattr(dialogs, "confirm", lambda *_: False)
    qtbot.mouseClick(window.disk_bar.reload_button, Qt.MouseButton.LeftButton)
    assert window.document.season is edited and window.document.modified
    assert window.disk_bar.isVisible()


def test_keep_mine_then_save_asks_and_cancel_writes_nothing(qtbot, window, season_file,
                                                            monkeypatch):
    edit(window)
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    theirs = season_file.read_bytes()
    qtbot.mouseClick(window.disk_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not window.disk_bar.isVisible()
    asked = ask_conflict(monkeypatch, dialogs.Conflict.CANCEL)
    press_save(qtbot, window)
    assert asked == ["harbour.season.json"]
    assert season_file.read_bytes() == theirs
    assert window.document.modified


def test_overwrite_writes_mine_and_keeps_theirs_in_the_backup(qtbot, window, season_file,
                                                              monkeypatch):
    edit(window)
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    qtbot.mouseClick(window.disk_bar.keep_button, Qt.MouseButton.LeftButton)
    asked = ask_conflict(monkeypatch, dialogs.Conflict.OVERWRITE)
    press_save(qtbot, window)
    assert asked == ["harbour.season.json"]
    assert load_season(season_file) == window.document.season
    assert load_season(backup_path(season_file)).athletes[-1].name == "Colleague's Athlete"
    assert not window.document.modified
    # Saved: the next save is ours again, no question, no bar.
    edit_again = window.document.season.athletes[0].races[0].id
    window.document.move_race(edit_again, dt.date(2027, 7, 11))
    ask_conflict(monkeypatch, "no question expected")
    press_save(qtbot, window)
    assert not window.document.modified
    qtbot.wait(400)
    assert not window.disk_bar.isVisible()


def test_save_as_copy_leaves_their_file_and_saves_mine_elsewhere(qtbot, window, season_file,
                                                                 tmp_path, monkeypatch):
    edit(window)
    mine = window.document.season
    colleague_adds_an_athlete(season_file)
    theirs = season_file.read_bytes()
    ask_conflict(monkeypatch, dialogs.Conflict.SAVE_COPY)
    copy = tmp_path / "harbour mine.season.json"
    monkeypatch.setattr(dialogs, "save_path", lambda *_: copy)
    press_save(qtbot, window)
    assert season_file.read_bytes() == theirs
    assert load_season(copy) == mine
    assert window.document.path == copy and not window.document.modified


def test_reload_from_the_save_question(qtbot, window, season_file, monkeypatch):
    edit(window)
    colleague_adds_an_athlete(season_file)
    theirs = season_file.read_bytes()
    ask_conflict(monkeypatch, dialogs.Conflict.RELOAD)
    monkeypatch.setattr(dialogs, "confirm", lambda *_: True)
    press_save(qtbot, window)
    assert season_file.read_bytes() == theirs
    assert window.document.season.athletes[-1].name == "Colleague's Athlete"
    assert not window.document.modified


def test_a_deleted_file_is_said_and_the_next_save_writes_it_again(qtbot, window, season_file):
    edit(window)
    os.remove(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
    text = window.disk_bar.label.text()
    assert "harbour.season.json</b> was deleted or moved — Save will write it again" in text
    assert not window.disk_bar.reload_button.isVisible()
    press_save(qtbot, window)  # no question (any dialog would fail the test)
    assert load_season(season_file) == window.document.season
    qtbot.waitUntil(lambda: not window.disk_bar.isVisible())


def test_each_new_outside_version_shows_the_bar_again(qtbot, window, season_file):
    # Atomic replacements make a new file: the watch must follow it.
    sync_client_replaces(season_file, "Version 2")
    qtbot.waitUntil(window.disk_bar.isVisible)
    qtbot.mouseClick(window.disk_bar.keep_button, Qt.MouseButton.LeftButton)
    sync_client_replaces(season_file, "Version 3")
    qtbot.waitUntil(window.disk_bar.isVisible)
    qtbot.mouseClick(window.disk_bar.keep_button, Qt.MouseButton.LeftButton)
    colleague_adds_an_athlete(season_file)  # and in place, after the replacements
    qtbot.waitUntil(window.disk_bar.isVisible)


def test_the_apps_own_saves_never_show_the_bar(qtbot, window, season_file):
    shown = []
    window.disk_bar.watcher.state_changed.connect(shown.append)
    for day in (4, 11, 18):
        window.document.move_race("ana-city-marathon", dt.date(2027, 7, day))
        press_save(qtbot, window)
        qtbot.wait(300)
    assert shown == [] and not window.disk_bar.isVisible()
    assert window.disk_bar.watcher.check() is DiskState.SAME
    # And the watch still works after those replacements.
    colleague_adds_an_athlete(season_file)
    qtbot.waitUntil(window.disk_bar.isVisible)
