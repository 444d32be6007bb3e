"""Recovery files: what is written, whose they are, and when they are offered."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from planner_gui.model.demo import load_demo
from planner_gui.model.recovery_files import (
    STATE_DIR_VARIABLE,
    RecoveryStore,
    read_recovery,
    recovery_folder,
    recovery_text,
    saved_at_text,
)
from planner_gui.model.storage import SeasonFileError

UTC = dt.UTC


def _leave_behind(folder: Path, session: str, original: Path | None, when: dt.datetime) -> Path:
    """The files a killed process leaves: an unlocked lock file and its recovery file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{session}.lock").touch()
    file = folder / f"{session}.recovery.json"
    file.write_text(recovery_text(load_demo(), original, session, when), encoding="utf-8")
    return file


def test_the_folder_is_the_users_state_folder_unless_overridden(monkeypatch, tmp_path):
    monkeypatch.delenv(STATE_DIR_VARIABLE, raising=False)
    import platformdirs

    assert recovery_folder() == (
        platformdirs.user_state_path("planner-gui", appauthor=False) / "recovery"
    )
    monkeypatch.setenv(STATE_DIR_VARIABLE, str(tmp_path))
    assert recovery_folder() == tmp_path / "recovery"


def test_a_recovery_file_holds_the_season_its_file_the_time_and_the_process(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    season = load_demo().model_copy(update={"name": "Edited"})
    when = dt.datetime(2027, 3, 3, 9, 10, tzinfo=UTC)
    written = store.write(season, Path("/seasons/harbour.season.json"), when)
    recovery = read_recovery(written)
    assert recovery.season == season
    assert recovery.original == Path("/seasons/harbour.season.json")
    assert recovery.saved_at == when
    assert recovery.pid == os.getpid()
    assert recovery.session == store.session
    untitled = read_recovery(store.write(season, None, when))
    assert untitled.original is None
    store.close()
    assert list((tmp_path / "recovery").iterdir()) == []


def test_files_of_a_dead_process_are_claimed_and_can_be_kept_or_discarded(tmp_path):
    folder = tmp_path / "recovery"
    old = _leave_behind(folder, "111-aaaa", None, dt.datetime(2027, 3, 3, 9, 0, tzinfo=UTC))
    new = _leave_behind(folder, "222-bbbb", None, dt.datetime(2027, 3, 3, 10, 0, tzinfo=UTC))
    store = RecoveryStore(folder)
    claims = store.claim_left_over()
    assert [claim.recovery.file for claim in claims] == [new, old]  # newest first
    # While claimed, a second window starting at the same moment is offered nothing.
    assert RecoveryStore(folder).claim_left_over() == []
    claims[0].discard()
    claims[1].keep()
    assert not new.exists() and not (folder / "222-bbbb.lock").exists()
    assert old.exists()
    assert [claim.recovery.file for claim in RecoveryStore(folder).claim_left_over()] == [old]


def test_a_process_never_offers_its_own_file(tmp_path):
    store = RecoveryStore(tmp_path)
    store.write(load_demo(), None)
    assert store.claim_left_over() == []


def test_lock_files_with_nothing_to_recover_are_tidied_away(tmp_path):
    (tmp_path / "333-cccc.lock").touch()
    assert RecoveryStore(tmp_path).claim_left_over() == []
    assert list(tmp_path.iterdir()) == []


def test_an_unreadable_recovery_file_is_skipped_and_kept(tmp_path, capsys):
    (tmp_path / "444-dddd.lock").touch()
    (tmp_path / "444-dddd.recovery.json").write_text("{not json")
    assert RecoveryStore(tmp_path).claim_left_over() == []
    assert (tmp_path / "444-dddd.recovery.json").exists()
    assert "444-dddd.recovery.json" in capsys.readouterr().err
    with pytest.raises(SeasonFileError):
        read_recovery(tmp_path / "444-dddd.recovery.json")


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from planner_gui.model.demo import load_demo
    from planner_gui.model.recovery_files import RecoveryStore
    store = RecoveryStore(Path(sys.argv[1]))
    store.write(load_demo(), None)
    print("written", flush=True)
    time.sleep(120)
    """
)


def test_a_running_processs_file_is_never_offered_nor_deleted(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("written")
        files = sorted(tmp_path.iterdir())
        assert RecoveryStore(tmp_path).claim_left_over() == []
        assert sorted(tmp_path.iterdir()) == files
    finally:
        holder.kill()
        holder.wait()
    # Killed, its lock is gone with it: now its file is offered.
    claims = RecoveryStore(tmp_path).claim_left_over()
    assert len(claims) == 1 and claims[0].recovery.pid == holder.pid
    claims[0].keep()


@pytest.mark.parametrize(
    ("when", "words"),
    [
        (dt.datetime(2027, 3, 3, 14, 32), "today 14:32"),
        (dt.datetime(2027, 3, 2, 9, 5), "yesterday 09:05"),
        (dt.datetime(2027, 2, 27, 9, 10), "27 Feb 2027 09:10"),
    ],
)
def test_the_time_of_the_last_autosave_in_words(when, words):
    assert saved_at_text(when, dt.datetime(2027, 3, 3, 18, 0)) == words
