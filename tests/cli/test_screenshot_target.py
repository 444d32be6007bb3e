"""``--screenshot`` writes only a PNG path, never over the season (as ``export`` refuses).

Before, ``planner-gui a.season.json --screenshot a.season.json`` exited 0 and the
season was a PNG from then on, with no backup.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.model.demo import demo_path

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes")


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )


@pytest.fixture
def season(tmp_path: Path) -> Path:
    path = tmp_path / "club.season.json"
    path.write_bytes(demo_path().read_bytes())
    return path


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry of ``folder``: a file's bytes, or what else it is."""
    return {
        p.name: p.read_bytes() if p.is_file() and not p.is_symlink() else
        f"link to {os.readlink(p)}" if p.is_symlink() else "folder" if p.is_dir() else "other"
        for p in folder.iterdir()
        if p.name != "home"
    }


def refused(tmp_path: Path, args: list[str], words: str) -> None:
    """The command exits 2 with one line holding ``words`` and writes nothing."""
    before = snapshot(tmp_path)
    done = run(tmp_path, *args)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("planner-gui: error: "), done.stderr
    assert words in lines[0]
    assert snapshot(tmp_path) == before


def test_the_season_itself_is_refused(tmp_path: Path, season: Path) -> None:
    refused(tmp_path, [str(season), "--screenshot", str(season)], "is the season file itself")


def test_a_png_link_to_the_season_is_refused(tmp_path: Path, season: Path) -> None:
    link = tmp_path / "shot.png"
    link.symlink_to(season)
    refused(tmp_path, [str(season), "--screenshot", "shot.png"], "is the season file itself")


def test_a_name_without_png_is_refused(tmp_path: Path, season: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("the coach's notes")
    refused(tmp_path, [str(season), "--screenshot", "notes.txt"], "ending in .png")
    refused(tmp_path, [str(season), "--screenshot", "new.jpg"], "ending in .png")


def test_a_folder_is_refused(tmp_path: Path, season: Path) -> None:
    (tmp_path / "pictures.png").mkdir()
    refused(tmp_path, [str(season), "--screenshot", "pictures.png"], "is a folder")


@posix_only
def test_a_pipe_is_refused_and_stays_a_pipe(tmp_path: Path, season: Path) -> None:
    os.mkfifo(tmp_path / "shot.png")
    refused(tmp_path, [str(season), "--screenshot", "shot.png"], "is not a regular file")
    assert (tmp_path / "shot.png").is_fifo()


@posix_only
def test_a_pipe_as_the_season_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.season.json")
    refused(tmp_path, ["x.season.json", "--screenshot", "shot.png"], "is a pipe")


def test_a_new_png_beside_the_season_is_written(tmp_path: Path, season: Path) -> None:
    done = run(tmp_path, str(season), "--screenshot", "Shot.PNG")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "Shot.PNG").read_bytes().startswith(b"\x89PNG")
    assert season.read_bytes() == demo_path().read_bytes()
