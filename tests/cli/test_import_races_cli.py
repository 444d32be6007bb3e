"""``planner-gui import-races``: a club's race list into a season file, or nothing at all."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.cli.import_races import SHOWN_BAD_ROWS
from planner_gui.model.demo import demo_path, load_demo
from planner_gui.model.season import Priority
from planner_gui.model.storage import load_season

CLUB_LIST = (
    "Athlete;Name;Date;Priority;Distance;Notes\r\n"
    "Kofi Mensah;Zürich-Marathon;27.06.2027;A;Marathon;Startnummer abholen\r\n"
    "René Müller;Stadtlauf Köln;12.09.2027;;10 km;\r\n"
    "Kofi Mensah;Harbour parkrun;08.05.2027;;;\r\n"
)


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    path = tmp_path / "club.season.json"
    shutil.copy(demo_path(), path)
    return path


@pytest.fixture
def club_list(tmp_path: Path) -> Path:
    path = tmp_path / "races.csv"
    path.write_bytes(CLUB_LIST.encode("cp1252"))  # as a European spreadsheet saves it
    return path


def names(path: Path, athlete: str) -> list[str]:
    season = load_season(path)
    return [r.name for a in season.athletes if a.name == athlete for r in a.races]


def test_a_european_spreadsheet_goes_into_a_new_file_through_a_real_shell(
    tmp_path: Path, season_file: Path, club_list: Path
) -> None:
    out = tmp_path / "new.season.json"
    done = subprocess.run(
        [sys.executable, "-m", "planner_gui", "import-races", str(season_file),
         "--from", str(club_list), "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout == (
        f"Added 2 races, created 1 athlete, skipped 1 already present → {out}\n"
    )
    assert names(out, "Kofi Mensah")[-1] == "Zürich-Marathon"
    assert names(out, "René Müller") == ["Stadtlauf Köln"]
    assert load_season(season_file) == load_demo()  # -o leaves the season file alone


def test_in_place_updates_the_file_and_keeps_the_previous_version(
    season_file: Path, club_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = season_file.read_bytes()
    assert main(["import-races", str(season_file), "--from", str(club_list), "--in-place"]) == 0
    assert "Added 2 races" in capsys.readouterr().out
    assert season_file.with_name("club.season.json.bak").read_bytes() == before
    kofi = next(a for a in load_season(season_file).athletes if a.name == "Kofi Mensah")
    assert (kofi.races[-1].name, kofi.races[-1].priority) == ("Zürich-Marathon", Priority.A)
    # Again: everything is there already, nothing is doubled.
    assert main(["import-races", str(season_file), "--from", str(club_list), "--in-place"]) == 0
    assert "Added 0 races, created 0 athletes, skipped 3 already present" in capsys.readouterr().out
    assert names(season_file, "René Müller") == ["Stadtlauf Köln"]


def bad_list(tmp_path: Path, bad: int) -> Path:
    rows = ["athlete,name,date", "Ana Martínez,Good race,2027-05-16"]
    rows += [f"Ana Martínez,Race {i},31.02.2027" for i in range(bad)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("bad", [1, SHOWN_BAD_ROWS, SHOWN_BAD_ROWS + 5])
def test_bad_rows_refuse_the_file_with_one_line_each_capped_and_write_nothing(
    tmp_path: Path, season_file: Path, capsys: pytest.CaptureFixture[str], bad: int
) -> None:
    races = bad_list(tmp_path, bad)
    before = season_file.read_bytes()
    out = tmp_path / "out.season.json"
    assert main(["import-races", str(season_file), "--from", str(races), "-o", str(out)]) == 2
    err = capsys.readouterr().err.splitlines()
    shown = min(bad, SHOWN_BAD_ROWS)
    assert err[:shown] == [
        f"planner-gui: error: {races}: row {row}: the date “31.02.2027”: "
        "February 2027 has no day 31." for row in range(3, 3 + shown)
    ]
    more = err[shown:-1]
    count = f"planner-gui: error: … and {bad - SHOWN_BAD_ROWS} more bad rows"
    assert more == ([count] if bad > shown else [])
    assert f"{bad} bad row" in err[-1] and "nothing was written" in err[-1]
    assert not out.exists()
    assert season_file.read_bytes() == before


def test_skip_bad_imports_the_good_rows_and_lists_the_others(
    tmp_path: Path, season_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    races = bad_list(tmp_path, 2)
    out = tmp_path / "out.season.json"
    args = ["import-races", str(season_file), "--from", str(races), "-o", str(out), "--skip-bad"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Added 1 race, created 0 athletes, skipped 0 already present")
    assert "left out 2 bad rows" in captured.out
    assert captured.err.count("warning: left out") == 2
    assert names(out, "Ana Martínez")[-1] == "Good race"


def test_dates_that_read_two_ways_are_day_first_with_a_note_or_month_first_when_asked(
    tmp_path: Path, season_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    races = tmp_path / "slashes.csv"
    races.write_text("athlete\tname\tdate\nAna Martínez\tSpring 10k\t03/04/2027\n")
    out = tmp_path / "out.season.json"
    base = ["import-races", str(season_file), "--from", str(races), "-o", str(out)]
    assert main(base) == 0
    assert "(03/04/2027 is 3 Apr 2027); give --month-first" in capsys.readouterr().err
    assert load_season(out).athletes[0].races[-1].date.isoformat() == "2027-04-03"
    assert main([*base, "--month-first"]) == 0
    assert capsys.readouterr().err == ""
    assert load_season(out).athletes[0].races[-1].date.isoformat() == "2027-03-04"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"who,what\nAna,Run\n", "races.csv: the first row must name the columns"),
        (b"", "races.csv: the file is empty"),
    ],
)
def test_a_file_that_is_no_race_list_is_one_line_and_exit_2(
    tmp_path: Path, season_file: Path, capsys: pytest.CaptureFixture[str],
    content: bytes, words: str,
) -> None:  # fmt: skip
    races = tmp_path / "races.csv"
    races.write_bytes(content)
    args = ["import-races", str(season_file), "--from", str(races), "--in-place"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and words in err
    assert not season_file.with_name("club.season.json.bak").exists()


def test_in_place_needs_a_file_not_the_demo(
    club_list: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import-races", "--demo", "--from", str(club_list), "--in-place"]) == 2
    assert "--in-place needs a season file" in capsys.readouterr().err


def test_a_race_list_that_is_missing_or_a_folder_is_one_line_and_exit_2(
    tmp_path: Path, season_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = ((tmp_path / "nope.csv", "no such file"), (tmp_path, "is a folder, not a race list"))
    for races, words in cases:
        args = ["import-races", str(season_file), "--from", str(races), "--in-place"]
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err == f"planner-gui: error: {races}: {words}\n"
