"""A window killed mid-edit gets its edits back on the next start.

The first start is a real process (``autosave_victim.py``) that edits, autosaves and
is killed with SIGKILL; the second start is a window in this process on the same
state folder, started the way ``planner-gui`` starts it (``start_recovery``).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from planner_gui.cli.window import start_recovery
from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.recovery_files import STATE_DIR_VARIABLE, RecoveryStore, recovery_text
from planner_gui.model.storage import load_season
from planner_gui.views import dialogs, recovery_dialog
from planner_gui.views.main_window import MainWindow
from planner_gui.views.recovery_dialog import Choice, RecoveryDialog
from tests.views.autosave_victim import EDITED_NAME, RENAMED

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

VICTIM = Path(__file__).with_name("autosave_victim.py")
UTC = dt.UTC


@pytest.fixture
def state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "state"
    monkeypatch.setenv(STATE_DIR_VARIABLE, str(folder))
    return folder / "recovery"


@pytest.fixture
def victim(season_file: Path, state: Path) -> Iterator[subprocess.Popen[str]]:
    """A window process that has made three edits and autosaved them."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, str(VICTIM), str(season_file)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # blocks until the autosave (≈ 5 s after the edits)
        assert line.startswith("autosaved"), line
        yield process
    finally:
        process.kill()
        process.wait()


def _second_start(qtbot: QtBot, season_file: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    window = MainWindow(SeasonDocument(load_season(season_file), season_file), remember=False)
    qtbot.addWidget(
        window,
        before_close_func=lambda _w: monkeypatch.setattr(
            dialogs, "ask_unsaved", lambda *_: dialogs.Answer.DISCARD
        ),
    )
    window.show()
    qtbot.waitExposed(window)
    return window


def _answer(monkeypatch: pytest.MonkeyPatch, *choices: Choice) -> list[Any]:
    asked: list[Any] = []

    def ask(_parent: Any, recoveries: Any, _now: Any) -> list[Choice]:
        asked.append(list(recoveries))
        return list(choices)

    monkeypatch.setattr(recovery_dialog, "ask_recovery", ask)
    return asked


def test_edits_of_a_killed_window_are_recovered_at_the_next_start(
    qtbot: QtBot, monkeypatch, season_file, state, victim
):
    saved = season_file.read_bytes()
    # While the first window runs, its file is not offered to a second one.
    asked = _answer(monkeypatch, Choice.RECOVER)
    running = _second_start(qtbot, season_file, monkeypatch)
    autosave = start_recovery(running)
    qtbot.wait(200)
    assert asked == []
    autosave.stop()

    victim.send_signal(signal.SIGKILL)
    victim.wait()
    assert season_file.read_bytes() == saved  # the kill saved nothing, as expected
    left = list(state.glob("*.recovery.json"))
    assert len(left) == 1

    window = _second_start(qtbot, season_file, monkeypatch)
    autosave = start_recovery(window)
    qtbot.waitUntil(lambda: bool(asked))
    [offered] = asked[0]
    assert offered.original == season_file
    assert offered.pid == victim.pid
    season = window.document.season
    assert season.name == EDITED_NAME
    assert season.athletes[0].name == RENAMED
    assert len(season.athletes[1].races) == len(load_season(season_file).athletes[1].races) - 1
    assert window.document.modified and window.isWindowModified()
    assert window.document.path == season_file
    assert window.document.undo_stack.undoText() == "Recover unsaved changes"
    # The recovered changes are this window's now: its own file replaced the old one.
    assert not left[0].exists()
    assert list(state.glob("*.recovery.json")) == [autosave.store.file]
    # Save writes them to the original file.
    window.files.save()
    assert load_season(season_file).name == EDITED_NAME
    assert list(state.glob("*.recovery.json")) == []
    autosave.stop()


def _left_behind(state: Path, session: str, original: Path | None, name: str) -> Path:
    """What a killed window leaves: an unlocked lock file and its recovery file."""
    state.mkdir(parents=True, exist_ok=True)
    (state / f"{session}.lock").touch()
    file = state / f"{session}.recovery.json"
    season = load_season(original) if original else None
    from planner_gui.model.demo import load_demo

    edited = (season or load_demo()).model_copy(update={"name": name})
    file.write_text(
        recovery_text(edited, original, session, dt.datetime(2027, 3, 3, 9, 10, tzinfo=UTC)),
        encoding="utf-8",
    )
    return file


def test_discard_deletes_and_later_keeps_for_the_next_start(
    qtbot: QtBot, monkeypatch, season_file, state
):
    gone = _left_behind(state, "1-aaaa", season_file, "To discard")
    kept = _left_behind(state, "2-bbbb", None, "For later")
    _answer(monkeypatch, Choice.DISCARD, Choice.LATER)
    window = _second_start(qtbot, season_file, monkeypatch)
    autosave = start_recovery(window)
    qtbot.waitUntil(lambda: not gone.exists())
    assert kept.exists()
    assert not window.document.modified  # nothing recovered: the file as it was
    assert "1 more season" in window.statusBar().currentMessage()
    autosave.stop()
    assert kept.exists()  # a normal quit leaves other processes' files alone
    asked = _answer(monkeypatch, Choice.LATER)
    again = _second_start(qtbot, season_file, monkeypatch)
    start_recovery(again).stop()
    qtbot.waitUntil(lambda: bool(asked))
    assert [r.season.name for r in asked[0]] == ["For later"]


def test_an_untitled_season_or_a_deleted_file_recovers_with_its_path(
    qtbot: QtBot, monkeypatch, season_file, state, tmp_path
):
    missing = tmp_path / "moved-away.season.json"
    missing.write_bytes(season_file.read_bytes())
    _left_behind(state, "3-cccc", missing, "Its file is gone")
    missing.unlink()
    _answer(monkeypatch, Choice.RECOVER)
    window = _second_start(qtbot, season_file, monkeypatch)
    autosave = start_recovery(window)
    qtbot.waitUntil(lambda: window.document.season.name == "Its file is gone")
    assert window.document.path == missing and window.document.modified
    assert window.windowTitle().startswith("moved-away.season.json")
    window.files.save()  # Save makes the file again
    assert load_season(missing).name == "Its file is gone"
    autosave.stop()


def test_the_dialog_lists_each_season_and_recovers_only_one(qtbot: QtBot, season_file, state):
    first = _left_behind(state, "4-dddd", season_file, "Harbour, edited")
    second = _left_behind(state, "5-eeee", None, "A new season")
    claims = RecoveryStore(state).claim_left_over()
    recoveries = [claim.recovery for claim in claims]
    now = dt.datetime(2027, 3, 3, 18, 0, tzinfo=UTC)
    dialog = RecoveryDialog(recoveries, now)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(recovery_dialog.QLabel))
    for expected in ("Harbour, edited", "A new season", str(season_file), "Untitled",
                     "today 09:10"):
        assert expected in texts
    assert dialog.choices() == [Choice.RECOVER, Choice.LATER]
    # Recover on the second row: the first waits for the next start instead.
    index = [r.file for r in recoveries].index(second)
    qtbot.mouseClick(dialog.buttons[index][Choice.RECOVER], qtbot_left())
    choices = dialog.choices()
    assert choices[index] is Choice.RECOVER
    assert choices[1 - index] is Choice.LATER
    qtbot.mouseClick(dialog.buttons[1 - index][Choice.DISCARD], qtbot_left())
    qtbot.mouseClick(dialog.ok_button, qtbot_left())
    assert dialog.result() == recovery_dialog.QDialog.DialogCode.Accepted
    assert dialog.choices()[1 - index] is Choice.DISCARD
    for claim in claims:
        claim.keep()
    assert first.exists() and second.exists()


def qtbot_left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
