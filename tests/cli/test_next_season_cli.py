"""``planner-gui next-season``: next season's file from this one, and its refusals."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.model.demo import demo_path
from planner_gui.model.season import Priority
from planner_gui.model.storage import load_season


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    path = tmp_path / "harbour-2027.season.json"
    shutil.copy(demo_path(), path)
    return path


def one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("planner-gui: error: ")
    for word in words:
        assert word in lines[0]


def test_round_trip_through_a_real_shell(season_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "harbour-2028.season.json"
    before = season_file.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "planner_gui", "next-season", str(season_file), "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"Wrote {out}: Harbour Runners 2028, 3 Jan – 31 Dec 2028, 7 athletes, 9 races\n"
    )
    assert season_file.read_bytes() == before
    new = load_season(out)  # a file the app opens
    assert new.start == dt.date(2028, 1, 3)
    assert {r.priority for a in new.athletes for r in a.races} == {Priority.A}
    assert not any(a.away or a.week_notes for a in new.athletes)


@pytest.mark.parametrize(
    ("value", "priorities", "count"),
    [("none", set(), 1), ("", set(), 1), ("A,b", {"A", "B"}, 15), ("all", {"A", "B", "C"}, 20),
     ("C", {"C"}, 6)],
)
def test_with_races(
    season_file: Path, tmp_path: Path, value: str, priorities: set[str], count: int
) -> None:
    out = tmp_path / "new.season.json"
    assert main(["next-season", str(season_file), "-o", str(out), "--with-races", value]) == 0
    new = load_season(out)
    races = [r for a in new.athletes for r in a.races if r.id != "saoirse-marathon"]
    assert {r.priority.value for r in races} == priorities
    assert sum(len(a.races) for a in new.athletes) == count


def test_a_chosen_name(season_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.season.json"
    assert main(["next-season", str(season_file), "-o", str(out), "--name", " Squad  2028 "]) == 0
    assert load_season(out).name == "Squad 2028"


def test_bad_priority_exit_2(
    season_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.season.json"
    assert main(["next-season", str(season_file), "-o", str(out), "--with-races", "A,D"]) == 2
    one_line_error(capsys, "'D' is not a race priority")
    assert not out.exists()


def test_existing_target_needs_force_and_keeps_a_backup(
    season_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.season.json"
    out.write_text("the coach's edits", encoding="utf-8")
    assert main(["next-season", str(season_file), "-o", str(out)]) == 2
    one_line_error(capsys, str(out), "already exists", "--force")
    assert out.read_text(encoding="utf-8") == "the coach's edits"
    assert main(["next-season", str(season_file), "-o", str(out), "--force"]) == 0
    assert load_season(out).name == "Harbour Runners 2028"
    assert (tmp_path / "new.season.json.bak").read_text(encoding="utf-8") == "the coach's edits"


def test_this_seasons_file_is_never_the_target(
    season_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = season_file.read_bytes()
    assert main(["next-season", str(season_file), "-o", str(season_file), "--force"]) == 2
    one_line_error(capsys, "this season's file")
    assert season_file.read_bytes() == before


def test_bad_inputs_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new.season.json"
    missing = tmp_path / "missing.season.json"
    assert main(["next-season", str(missing), "-o", str(out)]) == 2
    one_line_error(capsys, str(missing))
    broken = tmp_path / "broken.season.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["next-season", str(broken), "-o", str(out)]) == 2
    one_line_error(capsys, str(broken), "not valid JSON")
    late = tmp_path / "late.season.json"
    late.write_text('{"name": "Late", "start": "2200-06-01", "weeks": 40}', encoding="utf-8")
    assert main(["next-season", str(late), "-o", str(out)]) == 2
    one_line_error(capsys, str(late), "start", "after 31 Dec 2200")
    assert main(["next-season", str(late), "-o", str(tmp_path / "no" / "x.season.json")]) == 2
    one_line_error(capsys, "does not exist")
    assert main(["next-season", str(late)]) == 2
    one_line_error(capsys, "-o/--output")
    assert main(["next-season", str(late), "-o", str(out), "--name", " "]) == 2
    one_line_error(capsys, "--name")
    assert not out.exists()
