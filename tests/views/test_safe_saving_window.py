"""Saving from the window: read-only files, a full disk, and what the .bak keeps."""

from __future__ import annotations

import datetime as dt
import errno
import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner_gui.model.storage import backup_path, load_season
from planner_gui.views import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def press_save(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_read_only_file_opens_read_only_and_save_offers_save_as(
    qtbot, window, season_file, tmp_path, monkeypatch
):
    season_file.chmod(0o444)
    before = season_file.read_bytes()
    assert window.files.load(season_file)
    assert window.windowTitle().startswith("harbour.season.json (read-only)")
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    offered = []
    copy = tmp_path / "harbour 2.season.json"
    monkeypatch.setattr(dialogs, "save_path",
                        lambda _parent, suggested: offered.append(suggested) or copy)
    press_save(qtbot, window)  # no error dialog: the guard would fail the test
    assert len(offered) == 1 and offered[0].endswith("harbour (copy).season.json")
    assert season_file.read_bytes() == before
    assert season_file.stat().st_mode & 0o777 == 0o444
    assert load_season(copy) == window.document.season
    assert window.windowTitle().startswith("harbour 2.season.json[*]")
    assert "read-only" not in window.windowTitle()


def test_save_as_onto_the_read_only_file_says_so_and_leaves_it(
    qtbot, window, season_file, monkeypatch
):
    season_file.chmod(0o444)
    before = season_file.read_bytes()
    window.files.load(season_file)
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    monkeypatch.setattr(dialogs, "save_path", lambda *_: season_file)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(text))
    press_save(qtbot, window)
    assert len(errors) == 1 and "read-only" in errors[0]
    assert season_file.read_bytes() == before
    assert window.document.modified


def test_a_full_disk_leaves_file_and_backup_whole_and_the_message_says_so(
    qtbot, window, season_file, monkeypatch
):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    press_save(qtbot, window)
    file_before = season_file.read_bytes()
    backup_before = backup_path(season_file).read_bytes()
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 11))

    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", no_space)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(text))
    press_save(qtbot, window)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert len(errors) == 1
    assert "No space left on device" in errors[0] and "left as it was" in errors[0]
    assert season_file.read_bytes() == file_before
    assert backup_path(season_file).read_bytes() == backup_before
    assert window.document.modified and window.isWindowModified()
    assert not [p for p in season_file.parent.iterdir() if p.name.endswith(".tmp")]


def test_the_backup_keeps_the_version_from_before_the_sessions_first_save(
    qtbot, window, season_file
):
    opened = season_file.read_bytes()
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    press_save(qtbot, window)
    assert backup_path(season_file).read_bytes() == opened
    press_save(qtbot, window)  # no edits
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 11))
    press_save(qtbot, window)
    assert backup_path(season_file).read_bytes() == opened
    assert backup_path(season_file).read_bytes() != season_file.read_bytes()
