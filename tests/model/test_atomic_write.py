"""The one atomic writer: permissions, owner, symlinks, failures, umask, fsync."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from planner_gui.model.atomic_write import copy_atomically, write_atomically


@pytest.fixture
def umask_027() -> Iterator[None]:
    """A umask a coach's system may well have (group read, others nothing)."""
    old = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(old)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, umask_027: None) -> None:
    path = tmp_path / "plans.pdf"
    assert write_atomically(path, b"%PDF new") == path
    assert path.read_bytes() == b"%PDF new"
    assert mode(path) == 0o640  # 0o666 less the umask, like any program's new file
    assert listing(tmp_path) == ["plans.pdf"]


@pytest.mark.parametrize("permissions", [0o600, 0o644, 0o664])
def test_a_replaced_file_keeps_its_permissions(
    tmp_path: Path, umask_027: None, permissions: int
) -> None:
    path = tmp_path / "plans.pdf"
    path.write_bytes(b"old")
    path.chmod(permissions)
    write_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert mode(path) == permissions


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a file to another owner")
def test_a_replaced_file_keeps_its_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "club.season.json"
    path.write_bytes(b"old")
    os.chown(path, 4321, 8765)
    write_atomically(path, b"new")
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 8765)


def test_a_symlink_stays_and_the_file_it_points_to_is_written(tmp_path: Path) -> None:
    # The coach keeps the real file in a synced folder and a link on the desktop.
    shared, desktop = tmp_path / "shared", tmp_path / "desktop"
    shared.mkdir()
    desktop.mkdir()
    real = shared / "plans.pdf"
    real.write_bytes(b"old")
    real.chmod(0o600)
    link = desktop / "plans.pdf"
    link.symlink_to(Path("..") / "shared" / "plans.pdf")
    assert write_atomically(link, b"new") == real.resolve()
    assert link.is_symlink() and os.readlink(link) == str(Path("..") / "shared" / "plans.pdf")
    assert real.read_bytes() == b"new" and mode(real) == 0o600
    assert listing(shared) == ["plans.pdf"] and listing(desktop) == ["plans.pdf"]


def test_without_following_a_symlink_is_replaced_and_its_target_untouched(
    tmp_path: Path,
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"not yours")
    planted = tmp_path / "club.season.json.bak"
    planted.symlink_to(victim)
    write_atomically(planted, b"backup", follow_symlinks=False)
    assert not planted.is_symlink() and planted.read_bytes() == b"backup"
    assert victim.read_bytes() == b"not yours"


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plans.pdf"
    path.write_bytes(b"last week's plans")

    def half_then_fail(handle: BinaryIO) -> None:
        handle.write(b"%PDF-1.4 half a document")
        handle.flush()
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_atomically(path, half_then_fail)
    assert path.read_bytes() == b"last week's plans"
    assert listing(tmp_path) == ["plans.pdf"]


def test_the_process_umask_is_never_changed_even_with_another_thread_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, umask_027: None
) -> None:
    # An export writes from a worker thread while the window saves or autosaves:
    # setting the umask even for an instant would give the window's files 0o666.
    real_umask = os.umask
    calls: list[int] = []

    def umask(mask: int) -> int:
        calls.append(mask)
        return real_umask(mask)

    monkeypatch.setattr(os, "umask", umask)
    stop = threading.Event()

    def export_thread() -> None:
        while not stop.is_set():
            write_atomically(tmp_path / "export.pdf", b"%PDF")

    thread = threading.Thread(target=export_thread)
    thread.start()
    try:
        for number in range(200):
            fresh = tmp_path / f"window{number}.txt"
            with open(fresh, "w") as handle:  # a plain new file, made meanwhile
                handle.write("x")
            assert mode(fresh) == 0o640
    finally:
        stop.set()
        thread.join()
    assert calls == []
    assert real_umask(0o027) == 0o027  # read back: still the coach's umask
    assert mode(tmp_path / "export.pdf") == 0o640


def test_the_file_and_its_folder_are_flushed_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync
    synced: list[tuple[bool, int]] = []  # (is a folder, inode)

    def fsync(fd: int) -> None:
        status = os.fstat(fd)
        synced.append((stat.S_ISDIR(status.st_mode), status.st_ino))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    path = tmp_path / "plans.pdf"
    write_atomically(path, b"%PDF")
    assert synced == [(False, path.stat().st_ino), (True, tmp_path.stat().st_ino)]


def test_a_copy_keeps_permissions_and_time_and_replaces_a_planted_link(
    tmp_path: Path,
) -> None:
    source = tmp_path / "club.season.json"
    source.write_bytes(b'{"name": "2027"}')
    source.chmod(0o600)
    os.utime(source, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    victim = tmp_path / "notes.txt"
    victim.write_bytes(b"the coach's notes")
    backup = tmp_path / "club.season.json.bak"
    backup.symlink_to(victim)
    assert copy_atomically(source, backup)
    assert not backup.is_symlink() and backup.read_bytes() == b'{"name": "2027"}'
    assert mode(backup) == 0o600
    assert backup.stat().st_mtime_ns == 1_700_000_000_000_000_000
    assert victim.read_bytes() == b"the coach's notes"
    assert listing(tmp_path) == ["club.season.json", "club.season.json.bak", "notes.txt"]


def test_nothing_is_copied_from_a_missing_file_or_a_fifo(tmp_path: Path) -> None:
    assert not copy_atomically(tmp_path / "missing.season.json", tmp_path / "x.bak")
    fifo = tmp_path / "pipe.season.json"
    os.mkfifo(fifo)
    assert not copy_atomically(fifo, tmp_path / "pipe.bak")  # returns: never opened
    assert listing(tmp_path) == ["pipe.season.json"]
