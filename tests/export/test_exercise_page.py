"""The exercise page: every phase an athlete meets, with its list and prescription."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab import rl_config

from planner_gui.export.exercise_page import HEADERS, phases_met, week_ranges
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.phases import Phase
from planner_gui.model.season import AthleteMethodology, PhaseExercises, Season
from tests.export.pdf_reading import Page, read_pages

PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def exercise_pages(season: Season, athlete: str, path: Path) -> str:
    export(ExportRequest(season=season, target=path, athlete_ids=[athlete], paper=Paper.A4,
                         printed=PRINTED))
    pages: list[Page] = [p for p in read_pages(path) if "Exercises — " in p.flat]
    assert pages and not any(p.landscape for p in pages)
    return " ".join(p.flat for p in pages)


def test_zoe_meets_each_phase_once_in_season_order(tmp_path: Path) -> None:
    season = load_demo()
    text = exercise_pages(season, "zoe", tmp_path / "zoe.pdf")
    assert all(header in text for header in HEADERS)
    titles = ["F · Free weeks", "B · Base (hypertrophy)", "S · Strength",
              "RS · Race-specific (10 km)", "T · Taper", "R · Recovery"]
    positions = [text.index(title) for title in titles]
    assert positions == sorted(positions)
    plan = plan_season(season)[2]
    for week in plan.weeks:  # her effective lists, as the plan carries them
        for number, name in enumerate(week.exercises, start=1):
            assert f"{number}. {name}" in text
    # Each phase's prescription, with its rest and effort.
    assert "3 sessions a week Sets × reps: 3–4 × 10–12 Rest: 60–90 s Effort: RPE 6–7" in text
    assert " 1–3, 22–52 " in text  # the free weeks, met twice


def test_race_specific_work_is_listed_per_distance(tmp_path: Path) -> None:
    # Björn's blocks lead to a half marathon and a marathon: two race-specific lists.
    season = load_demo()
    text = exercise_pages(season, "bjorn", tmp_path / "bjorn.pdf")
    assert "RS · Race-specific (Half marathon)" in text
    assert "RS · Race-specific (Marathon)" in text
    assert text.count("Straight-knee calf raise") == 2  # both distances are long
    assert text.count("A-skips") == 1  # plyometrics only for the marathon


def test_an_athletes_own_list_replaces_the_default(tmp_path: Path) -> None:
    demo = load_demo()
    own = AthleteMethodology(exercises=PhaseExercises(base=("Sled push", "Nordic curl")))
    ana = demo.athletes[0].model_copy(update={"methodology": own})
    season = demo.model_copy(update={"athletes": (ana,)})
    text = exercise_pages(season, "ana", tmp_path / "ana.pdf")
    assert "B · Base (hypertrophy)" in text and "1. Sled push 2. Nordic curl" in text
    assert "Goblet or back squat" not in text


def test_phases_met_and_week_ranges() -> None:
    plan = plan_season(load_demo())[0]  # Ana: two marathon blocks, free weeks between
    met = phases_met(plan.weeks)
    assert [w.phase for w in met] == [Phase.FREE, Phase.BASE, Phase.STRENGTH,
                                      Phase.RACE_SPECIFIC, Phase.TAPER, Phase.RECOVERY]
    # Week 14 is Spring Half's lighter week: the strength phase keeps its own work.
    strength = met[2]
    assert 14 in strength.weeks and strength.strength.sets_reps == "3–5 × 4–6"
    assert week_ranges([1, 2, 3, 9, 11, 12]) == "1–3, 9, 11–12"
    assert week_ranges([5]) == "5"
