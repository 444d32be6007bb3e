"""``planner-gui calendar`` through a real subprocess, as a coach's shell would run it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import icalendar

from planner_gui.model.demo import demo_path, load_demo
from tests.cli.test_export_cli import assert_one_line_error


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "calendar", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def _summaries(path: Path) -> list[str]:
    return [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).events]


def test_one_file_with_two_chosen_athletes(tmp_path: Path) -> None:
    out = tmp_path / "plans.ics"
    done = run("--demo", "-o", out, "--athlete", "kofi mensah", "--athlete", "Ελένη Παπαδοπούλου")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    summaries = _summaries(out)
    assert done.stdout == f"Wrote {out}: 2 athletes, {len(summaries)} events\n"
    assert {s.split(": ", 1)[0] for s in summaries} == {"Kofi Mensah", "Ελένη Παπαδοπούλου"}
    assert "Ελένη Παπαδοπούλου: Mountain Ultra 60k · A race (main race)" in summaries
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


def test_split_writes_one_calendar_per_athlete_with_safe_names(tmp_path: Path) -> None:
    season = tmp_path / "club.season.json"
    text = demo_path().read_text(encoding="utf-8").replace('"Kofi Mensah"', '"Kofi/Mensah: CON"')
    season.write_text(text, encoding="utf-8")
    folder = tmp_path / "calendars"
    done = run(season, "--split", folder)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert "Kofi_Mensah_ CON.ics" in names
    assert len(names) == len(load_demo().athletes)
    assert all(name.endswith(".ics") for name in names)
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Wrote {len(names)} calendar files to {folder} (")
    assert sorted(line.strip() for line in lines[1:]) == names
    # One athlete a file: titles without names, the file named after the athlete.
    ana = icalendar.Calendar.from_ical((folder / "Ana Martínez.ics").read_bytes())
    assert str(ana["X-WR-CALNAME"]) == "Ana Martínez · Harbour Runners 2027"
    assert not any(str(e["SUMMARY"]).startswith("Ana") for e in ana.events)


def test_unknown_athlete_and_missing_target_are_one_line_errors(tmp_path: Path) -> None:
    out = tmp_path / "x.ics"
    assert_one_line_error(run("--demo", "-o", out, "--athlete", "Ana Martinez"),
                          "no athlete named Ana Martinez", "did you mean Ana Martínez?")
    assert_one_line_error(run("--demo"), "one of the arguments -o/--output --split is required")
    assert_one_line_error(run("--demo", "-o", out, "--split", tmp_path),
                          "not allowed with argument")
    assert list(tmp_path.iterdir()) == []


def test_bad_targets_are_refused_and_nothing_is_touched(tmp_path: Path) -> None:
    season = tmp_path / "harbour.season.json"
    shutil.copy(demo_path(), season)
    before = season.read_bytes()
    assert_one_line_error(run(season, "-o", season), str(season), "is the season file itself")
    assert_one_line_error(run(season, "-o", tmp_path), "is a folder", "plans.ics")
    assert_one_line_error(run(season, "-o", tmp_path / "no" / "x.ics"),
                          "the folder", "does not exist")
    assert_one_line_error(run(season, "--split", season), "--split needs a folder")
    # A season file that happens to carry an athlete's calendar name is never replaced.
    named = tmp_path / "Ana Martínez.ics"
    shutil.copy(season, named)
    assert_one_line_error(run(named, "--split", tmp_path), "is the season file itself")
    assert named.read_bytes() == before
    assert season.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [named.name, season.name]


def test_bad_season_file_exit_2_and_the_old_calendar_stays(tmp_path: Path) -> None:
    season = tmp_path / "broken.season.json"
    season.write_text('{"name": "2027", "start": "2027-02-30"}', encoding="utf-8")
    out = tmp_path / "plans.ics"
    out.write_bytes(b"last week's calendar")
    assert_one_line_error(run(season, "-o", out), str(season), "start")
    assert out.read_bytes() == b"last week's calendar"
    empty = tmp_path / "empty.season.json"
    empty.write_text('{"name": "2027", "start": "2027-01-04"}', encoding="utf-8")
    assert_one_line_error(run(empty, "-o", out), "no athletes")
    assert out.read_bytes() == b"last week's calendar"


def test_help_lists_the_verb() -> None:
    done = subprocess.run([sys.executable, "-m", "planner_gui", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert "calendar" in done.stdout and "write the plans as calendar files" in done.stdout
