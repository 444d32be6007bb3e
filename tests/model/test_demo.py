"""The bundled demo season is a realistic club season that shows every rule."""

from __future__ import annotations

from planner_gui.model.demo import demo_path, load_demo
from planner_gui.model.engine import Flag, WarningCode, plan_season
from planner_gui.model.phases import Phase
from planner_gui.model.season import Priority
from planner_gui.model.weeks import SeasonCalendar


def test_demo_is_packaged_and_loads() -> None:
    assert demo_path().name == "demo.season.json"
    assert demo_path().is_file()
    assert len(load_demo().athletes) >= 5


def test_demo_has_non_ascii_names_and_a_mix_of_races() -> None:
    season = load_demo()
    assert sum(not a.name.isascii() for a in season.athletes) >= 2
    races = [r for a in season.athletes for r in a.races]
    assert {r.priority for r in races} == set(Priority)
    for priority in Priority:
        assert len({r.distance for r in races if r.priority is priority}) >= 2


def test_demo_has_a_first_main_race_in_week_25_after_9_free_weeks() -> None:
    season = load_demo()
    calendar = SeasonCalendar.of(season)
    found = []
    for athlete, plan in zip(season.athletes, plan_season(season), strict=True):
        mains = sorted(r.date for r in athlete.races if r.priority is Priority.A)
        if mains and calendar.index_of(mains[0]) == 25:
            found.append(athlete.name)
            assert [w.phase for w in plan.weeks[:10]] == [Phase.FREE] * 9 + [Phase.BASE]
            assert Flag.RACE_WEEK in plan.weeks[24].flags
    assert found


def test_demo_has_a_compressed_pair_and_an_athlete_without_main_race() -> None:
    codes = {w.code for plan in plan_season(load_demo()) for w in plan.warnings}
    assert WarningCode.COMPRESSED_BLOCK in codes
    assert WarningCode.NO_MAIN_RACE in codes


def test_demo_shows_blocks_shaped_by_races_outside_the_season() -> None:
    plans = {p.athlete_id: p for p in plan_season(load_demo())}
    assert plans["dmitry"].weeks[0].phase is not Phase.FREE  # block began before week 1
    assert plans["saoirse"].weeks[-1].main_race is not None  # 2028 race shapes the end
