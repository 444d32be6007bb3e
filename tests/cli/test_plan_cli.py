"""``planner-gui plan`` through a real subprocess, as a coach's shell would run it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from planner_gui.model.demo import demo_squad, load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.storage import season_to_json
from tests.model.test_season_schema import minimal


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "plan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


@pytest.fixture(scope="module")
def demo_json() -> dict[str, Any]:
    done = run("--demo", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    data: dict[str, Any] = json.loads(done.stdout)
    return data


WEEK_KEYS = {
    "index", "start", "end", "phase", "block_week", "main_race", "races", "flags",
    "strength", "running", "sessions", "dropped_sessions", "away_days", "notes",
}
STRENGTH_KEYS = {"sessions", "sessions_note", "sets_reps", "rest", "effort", "focus"}
PHASES = {"free", "base", "strength", "race_specific", "taper", "recovery"}


def test_demo_json_has_domain_shape(demo_json: dict[str, Any]) -> None:
    assert set(demo_json) == {"season", "athletes"}
    assert demo_json["season"] == {
        "name": "Harbour Runners 2027",
        "start": "2027-01-04",
        "weeks": 52,
        "week_start": "monday",
    }
    names = [a["name"] for a in demo_json["athletes"]]
    assert names == [a.name for a in load_demo().athletes]  # file order
    for athlete in demo_json["athletes"]:
        assert set(athlete) == {"name", "weeks", "warnings"}
        assert [w["index"] for w in athlete["weeks"]] == list(range(1, 53))
        for week in athlete["weeks"]:
            assert set(week) == WEEK_KEYS
            assert set(week["strength"]) == STRENGTH_KEYS
            assert week["phase"] in PHASES
            assert (week["phase"] == "free") == (week["block_week"] is None)
            assert (week["phase"] == "free") == (week["main_race"] is None)
            assert isinstance(week["running"], str) and week["running"]
        for warning in athlete["warnings"]:
            assert set(warning) == {"code", "message"}


def test_demo_json_follows_the_worked_example(demo_json: dict[str, Any]) -> None:
    ana = demo_json["athletes"][0]
    weeks = ana["weeks"]
    assert weeks[0]["start"] == "2027-01-04" and weeks[0]["end"] == "2027-01-10"
    assert [w["phase"] for w in weeks[:9]] == ["free"] * 9
    assert [w["block_week"] for w in weeks[9:27]] == list(range(1, 19))
    race_week = weeks[24]
    assert race_week["main_race"] == "City Marathon"
    assert race_week["flags"] == ["race_week"]
    assert race_week["races"] == [
        {
            "name": "City Marathon",
            "date": "2027-06-27",
            "priority": "A",
            "distance": "marathon",
        }
    ]
    b_week = weeks[13]  # Spring Half, a B race in a strength week
    assert b_week["flags"] == ["b_race_week"] and b_week["strength"]["sessions"] == 1
    assert weeks[0]["strength"]["rest"] is None
    bjorn = demo_json["athletes"][1]
    assert [w["code"] for w in bjorn["warnings"]] == ["compressed_block"]
    assert "Lakes Marathon" in bjorn["warnings"][0]["message"]


def test_json_matches_the_engine(demo_json: dict[str, Any]) -> None:
    plans = plan_season(load_demo())
    for athlete, plan in zip(demo_json["athletes"], plans, strict=True):
        assert [w["phase"] for w in athlete["weeks"]] == [w.phase.value for w in plan.weeks]


def test_json_is_the_same_on_every_run_of_a_file_without_ids(tmp_path: Path) -> None:
    # Ids left out of a file are made up on each load; the plan must not show them,
    # or a coach diffing two runs of the same file would see changes that are not there.
    data = minimal()
    data["athletes"][0]["races"].append(
        {"name": "Spring Half", "date": "2027-04-04", "priority": "B", "distance": "half_marathon"}
    )
    path = tmp_path / "no-ids.season.json"
    path.write_text(json.dumps(data))
    first, second = run(str(path), "--json"), run(str(path), "--json")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout == second.stdout
    weeks = json.loads(first.stdout)["athletes"][0]["weeks"]
    races = [race for week in weeks for race in week["races"]]
    assert [r["name"] for r in races] == ["Spring Half", "City Marathon"]
    assert all(set(r) == {"name", "date", "priority", "distance"} for r in races)


def test_season_start_is_moved_back_to_the_week_start(tmp_path: Path) -> None:
    path = tmp_path / "midweek.season.json"
    path.write_text(json.dumps(minimal() | {"start": "2027-01-07", "week_start": "sunday"}))
    done = run(str(path), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["season"]["start"] == "2027-01-03"
    assert data["season"]["week_start"] == "sunday"
    [ana] = data["athletes"]
    assert ana["weeks"][0]["start"] == "2027-01-03"
    assert ana["weeks"][25]["main_race"] == "City Marathon"
    # Sunday weeks: the Sunday race opens its week and blocks every day of it (§5.2).
    assert ana["weeks"][25]["sessions"] == [] and ana["weeks"][25]["dropped_sessions"] == 1
    assert [w["code"] for w in ana["warnings"]] == ["sessions_dropped"]


def test_athlete_option_selects_case_insensitively(tmp_path: Path) -> None:
    done = run("--demo", "--json", "--athlete", "zoë kowalczyk", "--athlete", "Kofi Mensah")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [a["name"] for a in data["athletes"]] == ["Zoë Kowalczyk", "Kofi Mensah"]
    [warning] = data["athletes"][1]["warnings"]
    assert warning["code"] == "no_main_race"
    assert warning["message"] == "No main (A) race, so every week is a free week."


def test_unknown_athlete_in_a_big_roster_lists_a_few_names(tmp_path: Path) -> None:
    squad = demo_squad(500)
    path = tmp_path / "squad.season.json"
    path.write_text(season_to_json(squad), encoding="utf-8")
    done = run(str(path), "--athlete", "Nobody At All")
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert str(path) in line and "no athlete named Nobody At All;" in line
    first_eight = ", ".join(a.name for a in squad.athletes[:8])  # in roster order
    assert line.endswith(f"; athletes: {first_eight}, … and 492 more")
    assert len(line) < 400
    assert "did you mean" not in line  # nothing close


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("bjorn odegard", "Björn Ødegård"), ("KOFI MENSA", "Kofi Mensah"), ("Zoe", None)],
)
def test_unknown_athlete_suggests_the_closest_name(typed: str, meant: str | None) -> None:
    done = run("--demo", "--athlete", typed)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert f"no athlete named {typed}" in line
    if meant:
        assert f"did you mean {meant}?" in line
    else:
        assert "did you mean" not in line
    assert "Saoirse Ní Bhriain" in line  # seven athletes: all listed
    assert "more" not in line


def test_readable_table() -> None:
    done = run("--demo", "--athlete", "Björn Ødegård")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Björn Ødegård — Harbour Runners 2027")
    header = lines[2].split()
    assert header[:4] == ["Wk", "Dates", "Phase", "Blk"]
    assert "Races" in header and "Sessions" in header and "reps" in header
    week_15 = next(line for line in lines if line.startswith("15 "))
    assert "12 – 18 Apr 2027" in week_15
    assert "Taper" in week_15 and " 16 " in week_15
    assert "River Half Marathon (A)" in week_15 and "1–2 × 3–5" in week_15
    week_18 = next(line for line in lines if line.startswith("18 "))
    assert "Race-specific" in week_18 and " 11 " in week_18 and "2–3 × 6–8" in week_18
    assert "Warnings:" in lines
    warning = lines[lines.index("Warnings:") + 1]
    assert "Lakes Marathon" in warning and "6 of its 16 weeks" in warning
    assert "compressed_block" not in done.stdout  # in words, not codes


def test_a_season_without_athletes_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.season.json"
    path.write_text(json.dumps(minimal() | {"name": "Harbour Runners 2027", "athletes": []}))
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Harbour Runners 2027 has no athletes yet.\n"
    assert done.stderr == ""
    as_json = run(str(path), "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout)["athletes"] == []


def _columns(line: str) -> list[int]:
    """Terminal columns where the cells of a table line start (wide characters take 2)."""
    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    return [width(line[: m.start()]) for m in re.finditer(r"\S+(?: \S+)*", line)]


def test_table_columns_line_up_with_wide_characters(tmp_path: Path) -> None:
    data = minimal()
    data["athletes"][0]["name"] = "山田 花子"
    data["athletes"][0]["races"] = [
        {"name": "東京マラソン", "date": "2027-03-07", "priority": "A", "distance": "marathon"},
        {"name": "大阪ハーフ", "date": "2027-01-31", "priority": "B"},
        {"name": "Park 5k", "date": "2027-01-17", "priority": "C", "distance": "5k"},
    ]
    path = tmp_path / "wide.season.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done = run(str(path))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header, rows = lines[2], lines[4:56]
    assert header.startswith("Wk") and len(rows) == 52
    assert any("東京マラソン (A)" in row for row in rows)
    assert any("大阪ハーフ (B)" in row for row in rows)
    for row in rows:
        assert _columns(row) == _columns(header), row


def test_table_for_everyone_lists_every_athlete() -> None:
    done = run("--demo")
    assert done.returncode == 0, done.stderr
    for athlete in load_demo().athletes:
        assert f"{athlete.name} — Harbour Runners 2027" in done.stdout
    # Kofi's warning, in words, under his heading (so it does not repeat his name).
    kofi = done.stdout.split("Kofi Mensah — Harbour Runners 2027", 1)[1]
    assert "Warnings:\n  ! No main (A) race, so every week is a free week." in kofi
    assert done.stdout.count("Kofi Mensah") == 1


def _bad(data: dict[str, Any]) -> str:
    return json.dumps(data)


def _race_field(field: str, value: Any) -> str:
    data = minimal()
    data["athletes"][0]["races"][0][field] = value
    return json.dumps(data)


BAD_FILES: list[tuple[str, str | bytes, str | None]] = [
    ("empty", "", None),
    ("not-json", "season: 2027\nathletes: []\n", None),
    ("truncated", season_to_json(load_demo())[:700], None),
    ("binary", bytes(range(256)) * 4, None),
    ("json-list", "[]", None),
    ("wrong-type-weeks", _bad(minimal() | {"weeks": "fifty-two"}), "weeks"),
    ("wrong-type-athletes", _bad(minimal() | {"athletes": {"name": "Ana"}}), "athletes"),
    ("wrong-type-name", _bad(minimal() | {"name": 2027}), "name"),
    ("impossible-date", _race_field("date", "2027-02-30"), "athletes[0].races[0].date"),
    ("unknown-priority", _race_field("priority", "Z"), "athletes[0].races[0].priority"),
    ("unknown-distance", _race_field("distance", "mile"), "athletes[0].races[0].distance"),
    ("weeks-too-many", _bad(minimal() | {"weeks": 261}), "weeks"),
    ("weeks-zero", _bad(minimal() | {"weeks": 0}), "weeks"),
    ("newer-version", _bad(minimal() | {"schema_version": 3}), "schema_version"),
    ("nested-lists", "[" * 100_000 + "]" * 100_000, None),
    ("nested-in-object", '{"athletes": ' + "[" * 100_000 + "]" * 100_000 + "}", None),
    ("huge-number", '{"weeks": 1' + "0" * 5000 + "}", None),
]


@pytest.mark.parametrize(("name", "content", "field"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_exits_2_with_one_line(
    tmp_path: Path, name: str, content: str | bytes, field: str | None
) -> None:
    path = tmp_path / f"{name}.season.json"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    before = path.read_bytes()
    done = run(str(path), "--json")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert str(path) in lines[0]
    if field:
        assert f"{field}:" in lines[0]
    assert "Traceback" not in done.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # nothing written


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--demo", "--athlete", "Nobody"), "no athlete named Nobody"),
        ((), "required"),
        (("--demo", "--colour"), "unrecognized arguments"),
        (("missing.season.json",), "missing.season.json: no such file"),
    ],
    ids=["unknown-athlete", "no-file", "unknown-option", "missing-file"],
)
def test_bad_arguments_exit_2_with_one_line(args: tuple[str, ...], words: str) -> None:
    done = run(*args)
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert words in lines[0]
    assert "Traceback" not in done.stderr
