"""``plan`` prints control characters as visible escapes, whatever reaches it.

Season files with such names are refused when loaded (tests/model/test_names_text.py);
this is the second line of defence: a season built without validation (as a future
import or plugin might) still cannot retitle the terminal or forge rows of the table.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner_gui.cli import main
from planner_gui.cli.plan import print_plan
from planner_gui.cli.terminal_text import visible
from planner_gui.model.demo import load_demo
from planner_gui.model.season import Season
from tests.model.test_season_schema import minimal

HOSTILE = "Oslo\x1b]0;owned\x07\r\n52  forged row\u202eevil\x9b2J"


def unchecked(season: Season, race_name: str, athlete_name: str) -> Season:
    """The demo's first athlete with names that skipped validation (model_copy)."""
    athlete = season.athletes[0]
    race = athlete.races[0].model_copy(update={"name": race_name})
    athlete = athlete.model_copy(update={"name": athlete_name, "races": (race,)})
    return season.model_copy(update={"name": race_name, "athletes": (athlete,)})


def test_hostile_names_print_escaped_on_the_rows_they_belong_to(
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = load_demo()
    plain = unchecked(demo, "Oslo", "Ana")
    print_plan(plain, plain.athletes, as_json=False)
    clean = capsys.readouterr().out
    season = unchecked(demo, HOSTILE, "Ana\x1b[31m")
    print_plan(season, season.athletes, as_json=False)
    out = capsys.readouterr().out
    assert not any(
        (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in out
    )
    assert len(out.splitlines()) == len(clean.splitlines())  # no forged rows
    escaped = "Oslo\\x1b]0;owned\\x07\\r\\n52  forged row\\u202eevil\\x9b2J"
    rows = [line for line in out.splitlines() if escaped in line]
    assert rows[1].split()[0].isdigit()  # the race sits in its week's row, whole
    assert out.startswith("Ana\\x1b[31m — Oslo\\x1b]0;owned")


def test_visible_keeps_ordinary_text_of_every_script() -> None:
    text = "Zoë Ødegård, 東京マラソン, Дмитрий, محمد"
    assert visible(text) == text
    assert visible("a\tb\u2028c\x7f") == "a\\tb\\u2028c\\x7f"


def test_an_error_line_quoting_the_file_prints_its_escapes_visibly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown key and a file name are quoted in the error: both come from outside."""
    path = tmp_path / "club\x1b[2J.season.json"
    path.write_text(json.dumps(minimal() | {"\x1b]0;owned\x07": 1}), encoding="utf-8")
    assert main(["plan", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"planner-gui: error: {tmp_path}/club\\x1b[2J.season.json: \\x1b]0;owned\\x07: "
        "unknown field (a season file does not have it)\n"
    )
