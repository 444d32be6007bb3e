"""The spreadsheet export, read back with the ``csv`` module as a spreadsheet program would."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from planner_gui.export.spreadsheet import HEADER, as_text, write_spreadsheet
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.season import Athlete, AwayPeriod, Season, WeekNote
from tests.model.builders import START, race, week_day

BOM = b"\xef\xbb\xbf"


def read_back(path: Path) -> list[dict[str, str]]:
    """The rows as dicts by column title, decoded as a spreadsheet program does."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        assert tuple(header) == HEADER
        return [dict(zip(header, row, strict=True)) for row in reader]


def test_demo_has_a_bom_and_one_row_per_athlete_and_week(tmp_path: Path) -> None:
    season = load_demo()
    out = write_spreadsheet(season, tmp_path / "plan.csv")
    data = out.read_bytes()
    assert data.startswith(BOM + b"Athlete,Week,Start,End,Phase,")
    assert "Zoë Kowalczyk".encode() in data  # UTF-8, so accents survive
    rows = read_back(out)
    assert len(rows) == len(season.athletes) * season.weeks
    keys = [(r["Athlete"], int(r["Week"])) for r in rows]
    assert keys == [(a.name, w) for a in season.athletes for w in range(1, season.weeks + 1)]


def test_every_cell_matches_the_plan(tmp_path: Path) -> None:
    season = load_demo()
    rows = iter(read_back(write_spreadsheet(season, tmp_path / "plan.csv")))
    for athlete, plan in zip(season.athletes, plan_season(season), strict=True):
        for week in plan.weeks:
            row = next(rows)
            assert dt.date.fromisoformat(row["Start"]) == week.start
            assert dt.date.fromisoformat(row["End"]) == week.end
            assert row["Phase"] == week.phase.label
            assert row["Block week"] == ("" if week.block_week is None else str(week.block_week))
            assert row["Main race"] == (week.main_race.name if week.main_race else "")
            dates = [dt.date.fromisoformat(d) for d in row["Session dates"].split("; ") if d]
            assert tuple(dates) == week.sessions
            assert int(row["Sessions dropped"]) == week.dropped_sessions
            assert int(row["Away days"]) == week.away_days
            assert row["Sets × reps"] == (week.strength.sets_reps or "")
            assert row["Rest"] == (week.strength.rest or "")
            assert row["Effort"] == (week.strength.effort or "")
            assert row["Notes"].split("\n") == (list(week.notes) or [""])
            assert row["Athlete"] == athlete.name


def test_a_race_week_reads_as_the_coach_planned_it(tmp_path: Path) -> None:
    rows = read_back(write_spreadsheet(load_demo(), tmp_path / "plan.csv"))
    race_week = next(
        r for r in rows if r["Athlete"] == "Ana Martínez" and r["Start"] == "2027-06-21"
    )
    assert race_week["Phase"] == "Taper"
    assert race_week["Main race"] == "City Marathon"
    assert race_week["Races"] == "City Marathon (A)"
    assert race_week["Notes"] == "Race week: keep the Tuesday session short and quick."
    away = [r for r in rows if r["Athlete"] == "Zoë Kowalczyk" and r["Away days"] != "0"]
    assert away, "Zoë's time away shows in the away days"


def _awkward_season(name: str, race_name: str, note: str) -> Season:
    athlete = Athlete(
        id="a1",
        name=name,
        races=(race(week_day(20), "A", name=race_name), race(week_day(20, 5), "C")),
        away=(AwayPeriod(start=week_day(3, 0), end=week_day(3, 6)),),
        week_notes=(WeekNote(date=week_day(2), text=note),),
    )
    return Season(name="Awkward", start=START, weeks=26, athletes=(athlete,))


def test_commas_quotes_and_line_breaks_stay_in_their_cells(tmp_path: Path) -> None:
    name = 'Smith, Jo "The Rocket"'
    race_name = 'Run, "fast"; then rest'
    note = 'Line one, with a comma\nLine "two"; and more\r\nLine three'
    season = _awkward_season(name, race_name, note)
    rows = read_back(write_spreadsheet(season, tmp_path / "a.csv"))
    assert len(rows) == 26  # a line break inside a note does not start a row
    assert {r["Athlete"] for r in rows} == {name}
    stored = season.athletes[0].week_notes[0].text  # the model may tidy the line ends
    assert rows[1]["Notes"] == stored and stored.count("\n") == 2
    race_week = rows[19]
    # In date order: the Saturday training race, then the Sunday main race.
    assert race_week["Races"] == f"C race {week_day(20, 5).isoformat()} (C); {race_name} (A)"
    assert race_week["Main race"] == race_name
    away_week = rows[2]
    assert away_week["Away days"] == "7"
    assert away_week["Session dates"] == ""
    assert int(away_week["Sessions dropped"]) > 0


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, start: str) -> None:
    name = f'{start}HYPERLINK("http://example.com","x")'
    race_name = f"{start}5k fun run"
    note = f"{start}1 extra session"
    rows = read_back(write_spreadsheet(_awkward_season(name, race_name, note), tmp_path / "f.csv"))
    assert {r["Athlete"] for r in rows} == {"'" + name}
    assert rows[1]["Notes"] == "'" + note
    assert rows[19]["Main race"] == "'" + race_name
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_ordinary_text_is_left_alone() -> None:
    assert as_text("Ana Martínez") == "Ana Martínez"
    assert as_text("3–4 × 10–12") == "3–4 × 10–12"
    assert as_text("a-b = c") == "a-b = c"  # only the first character matters
    assert as_text("") == ""


def test_chosen_athletes_only(tmp_path: Path) -> None:
    season = load_demo()
    chosen = {season.athletes[2].id, season.athletes[0].id}
    rows = read_back(write_spreadsheet(season, tmp_path / "p.csv", athlete_ids=chosen))
    names = list(dict.fromkeys(r["Athlete"] for r in rows))
    assert names == [season.athletes[0].name, season.athletes[2].name]  # roster order


def test_rows_end_with_crlf_as_rfc_4180_asks(tmp_path: Path) -> None:
    data = write_spreadsheet(load_demo(), tmp_path / "p.csv").read_bytes()
    header_line = data.split(b"\r\n", 1)[0]
    assert header_line.endswith(b"Notes")
