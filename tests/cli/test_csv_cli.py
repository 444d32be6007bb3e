"""``planner-gui csv``: a spreadsheet from the command line, and its refusals."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.export.spreadsheet import HEADER
from planner_gui.model.demo import demo_path, load_demo


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("planner-gui: error: ")
    for word in words:
        assert word in lines[0]


def test_a_real_shell_run_writes_the_demo(tmp_path: Path) -> None:
    out = tmp_path / "plan.csv"
    done = subprocess.run(
        [sys.executable, "-m", "planner_gui", "csv", "--demo", "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == f"Wrote {out}: 7 athletes, 364 rows\n"
    rows = read_rows(out)
    assert tuple(rows[0]) == HEADER
    assert len(rows) == 1 + 7 * 52


def test_chosen_athletes_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    season = tmp_path / "club.season.json"
    shutil.copy(demo_path(), season)
    out = tmp_path / "two.csv"
    assert main(["csv", str(season), "-o", str(out), "--athlete", "kofi mensah",
                 "--athlete", "Zoë Kowalczyk"]) == 0
    assert capsys.readouterr().out == f"Wrote {out}: 2 athletes, 104 rows\n"
    names = {row[0] for row in read_rows(out)[1:]}
    assert names == {"Kofi Mensah", "Zoë Kowalczyk"}


def test_unknown_athlete_exit_2_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert main(["csv", "--demo", "-o", str(out), "--athlete", "Kofi Mensa"]) == 2
    one_line_error(capsys, "no athlete named Kofi Mensa", "did you mean Kofi Mensah?")
    assert not out.exists()


def test_the_season_file_itself_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    season = tmp_path / "club.season.json"
    shutil.copy(demo_path(), season)
    before = season.read_bytes()
    assert main(["csv", str(season), "-o", str(season)]) == 2
    one_line_error(capsys, str(season), "season file itself")
    assert season.read_bytes() == before


def test_bad_targets_and_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["csv", "--demo", "-o", str(tmp_path)]) == 2
    one_line_error(capsys, "is a folder")
    assert main(["csv", "--demo", "-o", str(tmp_path / "gone" / "x.csv")]) == 2
    one_line_error(capsys, "does not exist")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert main(["csv", "--demo", "-o", str(fifo)]) == 2
    one_line_error(capsys, "not a regular file")
    assert fifo.is_fifo()
    assert main(["csv", "--demo"]) == 2
    one_line_error(capsys, "-o/--output")
    assert list(tmp_path.iterdir()) == [fifo]


def test_a_broken_season_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    season = tmp_path / "bad.season.json"
    season.write_text('{"name": "x", "start": "2027-02-30"}', encoding="utf-8")
    out = tmp_path / "x.csv"
    assert main(["csv", str(season), "-o", str(out)]) == 2
    one_line_error(capsys, str(season), "start")
    assert not out.exists()


def test_a_season_without_athletes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from planner_gui.model.storage import save_season

    season = tmp_path / "empty.season.json"
    save_season(load_demo().model_copy(update={"athletes": ()}), season)
    assert main(["csv", str(season), "-o", str(tmp_path / "x.csv")]) == 2
    one_line_error(capsys, "no athletes")


def test_a_failed_write_names_the_csv_and_leaves_the_old_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner_gui.export import spreadsheet

    def refuse(path: Path, _content: object) -> Path:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".x.csv.1234.tmp"))

    monkeypatch.setattr(spreadsheet, "write_atomically", refuse)
    out = tmp_path / "x.csv"
    out.write_text("last week's", encoding="utf-8")
    assert main(["csv", "--demo", "-o", str(out)]) == 2
    one_line_error(capsys, f"{out}: cannot write the spreadsheet (Permission denied)")
    assert out.read_text(encoding="utf-8") == "last week's"
