"""Safe saving: a whole backup on a full disk, orphan temps, read-only files, kills."""

from __future__ import annotations

import errno
import itertools
import os
import signal
import time
from pathlib import Path

import pytest

from planner_gui.model.atomic_write import STALE_AFTER, remove_stale_temps
from planner_gui.model.demo import load_demo
from planner_gui.model.disk_version import DiskVersion
from planner_gui.model.edits import update_settings
from planner_gui.model.storage import backup_path, load_season, save_season, season_to_json

DAY = 24 * 60 * 60


def age(path: Path, seconds: float) -> None:
    """Make ``path`` look last written ``seconds`` ago."""
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_full_disk_while_copying_the_backup_keeps_the_old_backup_and_the_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "club.season.json"
    season = load_demo()
    save_season(season, path)
    save_season(update_settings(season, name="Second"), path)
    file_before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    calls: list[int] = []

    def fsync(fd: int) -> None:  # the first flush is the backup copy's
        calls.append(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError, match="No space"):
        save_season(update_settings(season, name="Third"), path)
    monkeypatch.undo()
    assert len(calls) == 1
    assert path.read_bytes() == file_before
    assert backup_path(path).read_bytes() == backup_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["club.season.json",
                                                          "club.season.json.bak"]


def test_without_backup_the_bak_keeps_the_older_version(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    season = load_demo()
    save_season(season, path)
    save_season(update_settings(season, name="Second"), path)
    written = save_season(update_settings(season, name="Third"), path, backup=False)
    assert load_season(backup_path(path)) == season
    assert written == DiskVersion.of(path)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_save_removes_our_own_temps_older_than_a_day_and_nothing_else(
    tmp_path: Path,
) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    orphans = [tmp_path / ".club.season.json.0a1b2c3d.tmp",
               tmp_path / ".club.season.json.bak.99aa88bb.tmp"]
    fresh = tmp_path / ".club.season.json.12345678.tmp"  # another window saving now
    others = [tmp_path / ".other.season.json.0a1b2c3d.tmp",  # another file's
              tmp_path / ".club.season.json.backup.tmp",  # not our pattern
              tmp_path / "club.season.json.0a1b2c3d.tmp"]  # not hidden: not ours
    sub = tmp_path / "sub"
    sub.mkdir()
    elsewhere = sub / ".club.season.json.0a1b2c3d.tmp"  # another folder
    for temp in [*orphans, fresh, *others, elsewhere]:
        temp.write_text("{")
        age(temp, 2 * DAY)
    age(fresh, DAY - 60)
    save_season(update_settings(load_demo(), name="Again"), path)
    assert not any(p.exists() for p in orphans)
    assert all(p.exists() for p in [fresh, *others, elsewhere])


def test_a_linked_temp_is_not_followed_or_removed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / ".club.season.json.0a1b2c3d.tmp"
    link.symlink_to(victim)
    age(victim, 2 * DAY)
    assert remove_stale_temps(tmp_path / "club.season.json") == []
    assert link.is_symlink() and victim.read_text() == "keep"


def test_saving_over_a_read_only_file_refuses_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    with pytest.raises(PermissionError, match="read-only"):
        save_season(update_settings(load_demo(), name="Lost"), path)
    assert path.read_bytes() == before
    assert path.stat().st_mode & 0o777 == 0o444


def test_saving_through_a_link_keeps_owner_mode_and_link(tmp_path: Path) -> None:
    real = tmp_path / "real.season.json"
    save_season(load_demo(), real)
    real.chmod(0o640)
    owner = (real.stat().st_uid, real.stat().st_gid)
    link = tmp_path / "club.season.json"
    link.symlink_to(real)
    save_season(update_settings(load_demo(), name="Renamed"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_season(real).name == "Renamed"
    assert real.stat().st_mode & 0o777 == 0o640
    assert (real.stat().st_uid, real.stat().st_gid) == owner


def _save_until_killed(path: Path, run: int) -> int:
    """A real process (forked, so nothing is imported again) saving in a loop."""
    pid = os.fork()
    if pid == 0:  # the child: save until killed, never back into pytest
        try:
            season = load_demo()
            for number in itertools.count(1):
                save_season(update_settings(season, name=f"Run {run} save {number}"), path)
        finally:
            os._exit(1)
    return pid


def _wait_for_a_save(path: Path, name: str) -> None:
    """Wait until the saver has written once (a slow machine may take a while)."""
    deadline = time.monotonic() + 30
    while name not in load_season(path).name:
        assert time.monotonic() < deadline, "the saving process never saved"
        time.sleep(0.001)


def test_a_save_killed_at_any_moment_leaves_the_file_and_backup_whole(
    tmp_path: Path,
) -> None:
    path = tmp_path / "club.season.json"
    save_season(load_demo(), path)
    save_season(load_demo(), path)
    names = set()
    for run in range(50):
        saver = _save_until_killed(path, run)
        _wait_for_a_save(path, f"Run {run} save")
        time.sleep(0.001 * (run % 13))  # kills land at different points of a save
        os.kill(saver, signal.SIGKILL)
        _, status = os.waitpid(saver, 0)
        assert os.WIFSIGNALED(status)
        season = load_season(path)
        assert season.athletes == load_demo().athletes
        assert load_season(backup_path(path)).athletes == load_demo().athletes
        names.add(season.name)
    assert len(names) == 50  # every process was killed while saving, not before
    # Orphans of killed saves stay until they are a day old, then the next save
    # clears them.
    orphans = [tmp_path / name for name in _temps(tmp_path)]
    assert orphans  # some kills landed mid-write
    for temp in orphans:
        age(temp, STALE_AFTER + 60)
    save_season(load_demo(), path)
    assert _temps(tmp_path) == []
    assert path.read_text(encoding="utf-8") == season_to_json(load_demo())
