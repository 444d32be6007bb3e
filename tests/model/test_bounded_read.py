"""Reading a file the coach pointed at: never waits on a pipe, never reads past the limit.

Season files and race lists share this reader (``model/bounded_read.py``).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from planner_gui.model.bounded_read import UnreadableFile, read_bounded
from planner_gui.model.race_table import RaceTableError, read_race_file


def _in_time(function, *args):  # type: ignore[no-untyped-def]
    """Run ``function`` with a deadline; a reader stuck on a pipe fails the test."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = function(*args)
        except Exception as error:
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        for fifo in args:  # release it: a writer opening the pipe lets open() return
            if isinstance(fifo, Path) and fifo.exists():
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the reader waited on the pipe")
    return outcome


@pytest.fixture
def pipe_posing_as_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A pipe whose name check says 'regular file': a pipe swapped in after the check."""
    regular = tmp_path / "plain.csv"
    regular.write_text("athlete,name,date\n")
    fifo = tmp_path / "races.csv"
    os.mkfifo(fifo)
    real_stat = Path.stat

    def stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if self == fifo:
            return real_stat(regular)
        return real_stat(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    return fifo


def test_a_pipe_swapped_in_after_the_check_is_refused_without_waiting(
    pipe_posing_as_a_file: Path,
) -> None:
    outcome = _in_time(read_bounded, pipe_posing_as_a_file, 100, "a race list")
    assert isinstance(outcome.get("error"), UnreadableFile)
    assert str(outcome["error"]) == "is a pipe, not a race list"


def test_the_race_list_reader_is_as_careful(pipe_posing_as_a_file: Path) -> None:
    outcome = _in_time(read_race_file, pipe_posing_as_a_file)
    assert isinstance(outcome.get("error"), RaceTableError)
    assert "pipe" in str(outcome["error"])


def test_reading_stops_one_byte_past_the_limit() -> None:
    with pytest.raises(UnreadableFile, match="is a device"):
        read_bounded(Path("/dev/zero"), 1000, "a season file")  # never read at all
    # /proc files say 0 bytes and are regular: the read itself is what stops.
    with pytest.raises(UnreadableFile, match="too large"):
        read_bounded(Path("/proc/self/maps"), 10, "a season file")


def test_the_disk_version_check_never_waits_on_a_pipe_posing_as_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window checks the open file's version whenever its folder changes: a pipe
    swapped in after a name check must not block the window's thread."""
    from planner_gui.model.disk_version import DiskVersion

    regular = tmp_path / "plain.season.json"
    regular.write_text("{}")
    fifo = tmp_path / "club.season.json"
    os.mkfifo(fifo)
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        return real_stat(regular if Path(str(path)) == fifo else path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    outcome = _in_time(DiskVersion.of, fifo)
    assert outcome == {"value": None}
