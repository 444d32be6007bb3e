"""Autosave: when the recovery file is written, and when it goes away.

Short intervals stand in for the real 5 s and 60 s (the same two timers run).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner_gui.document.autosave import MAX_WAIT_MS, QUIET_MS, Autosave
from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.demo import load_demo
from planner_gui.model.recovery_files import RecoveryStore, read_recovery

QUIET = 150
MAX_WAIT = 600


@pytest.fixture
def document(tmp_path: Path) -> SeasonDocument:
    path = tmp_path / "harbour.season.json"
    document = SeasonDocument(load_demo(), None)
    document.save(path)
    return document


@pytest.fixture
def autosave(document: SeasonDocument, tmp_path: Path) -> Autosave:
    store = RecoveryStore(tmp_path / "state" / "recovery")
    return Autosave(document, store, quiet_ms=QUIET, max_wait_ms=MAX_WAIT)


def _rename(document: SeasonDocument, name: str) -> None:
    document.update_settings(name=name)


def test_the_real_intervals_are_5_and_60_seconds(qtbot: QtBot, document, tmp_path):
    autosave = Autosave(document, RecoveryStore(tmp_path))
    assert (QUIET_MS, MAX_WAIT_MS) == (5_000, 60_000)
    _rename(document, "Edited")
    assert autosave.pending
    assert not autosave.store.file.exists()


def test_an_edit_is_written_once_the_coach_pauses(qtbot: QtBot, document, autosave):
    _rename(document, "Edited")
    assert not autosave.store.file.exists()  # not at once: after a pause
    with qtbot.waitSignal(autosave.written, timeout=5_000):
        pass
    recovery = read_recovery(autosave.store.file)
    assert recovery.season.name == "Edited"
    assert recovery.original == document.path


def test_edits_without_a_pause_are_still_written_within_the_maximum_wait(
    qtbot: QtBot, document, autosave
):
    written: list[float] = []
    autosave.written.connect(lambda _file: written.append(time.monotonic()))
    start = time.monotonic()
    count = 0
    # An edit every 50 ms never lets the 150 ms pause happen.
    while time.monotonic() - start < 4 * MAX_WAIT / 1000:
        count += 1
        _rename(document, f"Edit {count}")
        qtbot.wait(50)
    assert written, "no autosave while the edits went on"
    assert written[0] - start < 2 * MAX_WAIT / 1000
    assert read_recovery(autosave.store.file).season.name.startswith("Edit ")


def test_a_clean_save_removes_the_recovery_file(qtbot: QtBot, document, autosave):
    _rename(document, "Edited")
    autosave.write_now()
    assert autosave.store.file.exists()
    document.save()
    assert not autosave.store.file.exists()
    assert not autosave.pending


def test_undoing_back_to_the_saved_state_removes_it(qtbot: QtBot, document, autosave):
    _rename(document, "Edited")
    autosave.write_now()
    document.undo_stack.undo()
    assert not autosave.store.file.exists()
    qtbot.wait(QUIET * 2)  # and nothing writes it again
    assert not autosave.store.file.exists()
    document.undo_stack.redo()  # modified again: written again after the pause
    with qtbot.waitSignal(autosave.written, timeout=5_000):
        pass


def test_discarding_the_changes_removes_it(document, autosave):
    # File ▸ Open or New after the coach answered "Discard": the document is reset.
    _rename(document, "Edited")
    autosave.write_now()
    document.reset(load_demo(), None)
    assert not autosave.store.file.exists()


def test_a_normal_quit_removes_it_and_its_lock(document, autosave):
    _rename(document, "Edited")
    autosave.write_now()
    autosave.stop()
    assert list(autosave.store.folder.iterdir()) == []
    _rename(document, "After the quit")
    autosave.write_now()
    assert not autosave.store.file.exists()


def test_a_failed_write_says_so(qtbot: QtBot, document, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    autosave = Autosave(document, RecoveryStore(blocked / "recovery"), quiet_ms=QUIET)
    _rename(document, "Edited")
    with qtbot.waitSignal(autosave.failed, timeout=5_000) as failure:
        pass
    assert "Autosave failed" in failure.args[0]
