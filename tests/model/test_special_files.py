"""Files that are not season files at all: pipes, devices, sockets, endless files.

Each must be refused in one line naming the file, at once: before the fix a pipe
named ``x.season.json`` hung every reader until someone wrote to it, and
``/dev/zero`` was read until memory ran out (its size says 0 bytes).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui.model import storage
from planner_gui.model.storage import SeasonFileError, load_season
from tests.model.test_season_schema import minimal

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX special files")
SECONDS = 10


def load_within(path: Path, seconds: float = SECONDS) -> SeasonFileError:
    """The error ``load_season(path)`` raises, failing the test if it takes too long."""
    outcome: list[BaseException | object] = []

    def attempt() -> None:
        try:
            outcome.append(load_season(path))
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        # Release a reader stuck on a pipe so the thread ends with the test.
        if path.is_fifo():
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"loading {path} still blocks after {seconds} s")
    assert outcome, "the loader ended without an answer"
    error = outcome[0]
    assert isinstance(error, SeasonFileError), f"expected a refusal, got {error!r}"
    assert "\n" not in str(error)
    assert str(error).startswith(f"{path}: ")
    return error


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "x.season.json"
    os.mkfifo(path)
    yield path


@posix_only
def test_a_pipe_is_refused_without_waiting_for_a_writer(fifo: Path) -> None:
    error = load_within(fifo)
    assert "is a pipe, not a season file" in str(error)


@posix_only
def test_a_pipe_with_a_writer_is_refused_too(fifo: Path) -> None:
    """A writer that sends a valid season changes nothing: a pipe is not a file."""
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer open at once
    writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    try:
        os.write(writer, json.dumps(minimal()).encode())
        assert "is a pipe" in str(load_within(fifo))
    finally:
        os.close(writer)
        os.close(reader)


@posix_only
def test_a_link_to_a_pipe_is_refused(fifo: Path) -> None:
    link = fifo.with_name("link.season.json")
    link.symlink_to(fifo)
    assert "is a pipe" in str(load_within(link))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused_without_reading_it() -> None:
    assert "is a device, not a season file" in str(load_within(Path("/dev/zero")))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_plan_on_dev_zero_exits_2_at_once_within_bounded_memory() -> None:
    """The command as a coach would run it, in a process allowed 1 GB of memory."""
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from planner_gui.cli import main\n"
        "sys.exit(main(['plan', '/dev/zero']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "planner-gui: error: /dev/zero: is a device, not a season file"
    ]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "club.season.json"
    folder.mkdir()
    assert "is a folder, not a season file" in str(load_within(folder))


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.season.json"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "is a socket, not a season file" in str(load_within(path))


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_reading_stops_past_the_limit_whatever_the_size_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """/proc files are regular files that say 0 bytes, like a file still growing."""
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 64)
    read: list[int] = []
    original = os.fdopen

    def counting_fdopen(fd: int, mode: str = "r") -> object:
        handle = original(fd, mode)
        real_read = handle.read

        def read_some(size: int = -1) -> bytes:
            data: bytes = real_read(size)
            read.append(len(data))
            return data

        handle.read = read_some  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(os, "fdopen", counting_fdopen)
    error = load_within(Path("/proc/self/maps"))
    assert "too large (more than 64 bytes)" in str(error)
    assert sum(read) == 65


def test_a_file_at_the_limit_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(minimal()).encode()
    monkeypatch.setattr(storage, "MAX_FILE_BYTES", len(text))
    path = tmp_path / "club.season.json"
    path.write_bytes(text)
    assert load_season(path).name == "2027"
