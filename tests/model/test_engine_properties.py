"""Invariants of the phase engine over generated seasons (hypothesis)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner_gui.model.engine import AthletePlan, plan_season
from planner_gui.model.phases import BLOCK_PHASES, Phase, strength_for
from planner_gui.model.season import (
    PHASE_KEYS,
    Athlete,
    AthleteMethodology,
    AwayPeriod,
    Distance,
    Methodology,
    PhaseSessions,
    Priority,
    Race,
    Season,
    Weekday,
)
from planner_gui.model.storage import load_season, save_season
from planner_gui.model.weeks import SeasonCalendar, absolute_week

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

START = dt.date(2027, 1, 4)


@st.composite
def methodologies(draw: st.DrawFn) -> Methodology:
    lengths = [draw(st.integers(0, 8)) for _ in range(4)]
    if sum(lengths) == 0:
        lengths[3] = 1
    base, strength, race_specific, taper = lengths
    recovery = draw(st.integers(2, 6))
    return Methodology(
        base=base, strength=strength, race_specific=race_specific, taper=taper, recovery=recovery
    )


@st.composite
def race_lists(draw: st.DrawFn, max_races: int = 12) -> list[Race]:
    """Races with distinct dates around a season (some before or after it)."""
    offsets = draw(st.lists(st.integers(-120, 500), max_size=max_races, unique=True))
    return [
        Race(
            id=f"r{index}",
            name=f"Race {index} · Ødegård",
            date=START + dt.timedelta(days=offset),
            priority=draw(st.sampled_from(list(Priority))),
            distance=draw(st.sampled_from(list(Distance))),
        )
        for index, offset in enumerate(offsets)
    ]


@st.composite
def seasons(draw: st.DrawFn) -> Season:
    races = draw(race_lists())
    return Season(
        name="Generated",
        start=START + dt.timedelta(days=draw(st.integers(-10, 10))),
        weeks=draw(st.integers(1, 80)),
        week_start=draw(st.sampled_from(list(Weekday))),
        methodology=draw(methodologies()),
        athletes=(Athlete(id="a", name="Ana", races=tuple(races)),),
    )


def _plan(season: Season) -> AthletePlan:
    return plan_season(season)[0]


def _wide(season: Season) -> Season:
    """The same athlete seen through a season wide enough to hold every block.

    Races lie from 18 weeks before START to 72 weeks after it; a block reaches back at
    most 32 weeks and a recovery forward at most 6.
    """
    return season.model_copy(update={"start": START - dt.timedelta(weeks=60), "weeks": 150})


@FAST
@given(seasons())
def test_each_season_week_has_exactly_one_phase(season: Season) -> None:
    plan = _plan(season)
    calendar = SeasonCalendar.of(season)
    assert [w.index for w in plan.weeks] == list(range(1, season.weeks + 1))
    for w in plan.weeks:
        assert isinstance(w.phase, Phase)
        assert w.start == calendar.week_start_date(w.index)
        assert w.end - w.start == dt.timedelta(days=6)
        assert (w.phase is Phase.FREE) == (w.block_week is None) == (w.main_race is None)


@FAST
@given(seasons())
def test_blocks_are_contiguous_and_end_on_their_race_week(season: Season) -> None:
    season = _wide(season)
    plan = _plan(season)
    calendar = SeasonCalendar.of(season)
    length = season.methodology.block_length
    order = [p for p in BLOCK_PHASES for _ in range(getattr(season.methodology, p.value))]
    for block in plan.blocks:
        assert block.race_week == absolute_week(block.race.date, season.week_start)
        assert block.first_week <= block.race_week <= block.recovery_end
        assert calendar.first_week <= block.first_week
        weeks = [
            plan.weeks[week - calendar.first_week]
            for week in range(block.first_week, block.race_week + 1)
        ]
        numbers = [w.block_week for w in weeks]
        assert numbers == list(range(length - len(weeks) + 1, length + 1))
        assert [w.phase for w in weeks] == order[len(order) - len(weeks) :]
        assert all(w.main_race == block.race for w in weeks)


@FAST
@given(seasons())
def test_no_block_week_on_or_before_the_previous_recovery_end(season: Season) -> None:
    blocks = _plan(season).blocks
    for previous, block in pairwise(blocks):
        assert block.first_week > previous.recovery_end
        assert block.race_week > previous.race_week


@FAST
@given(seasons())
def test_free_exactly_where_no_block_or_recovery(season: Season) -> None:
    plan = _plan(season)
    first = SeasonCalendar.of(season).first_week
    for w in plan.weeks:
        week = first + w.index - 1
        covered = [b for b in plan.blocks if b.first_week <= week <= b.recovery_end]
        assert len(covered) <= 1
        assert (w.phase is Phase.FREE) == (not covered)
        if covered:
            [block] = covered
            assert w.main_race == block.race
            assert (w.phase is Phase.RECOVERY) == (week > block.race_week)


@FAST
@given(seasons(), st.randoms(use_true_random=False))
def test_plan_does_not_depend_on_the_order_of_races(season: Season, rng: object) -> None:
    athlete = season.athletes[0]
    races = list(athlete.races)
    rng.shuffle(races)  # type: ignore[attr-defined]
    shuffled = season.model_copy(
        update={"athletes": (athlete.model_copy(update={"races": tuple(races)}),)}
    )
    assert _plan(shuffled) == _plan(season)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(seasons())
def test_load_save_load_is_identical(tmp_path: Path, season: Season) -> None:
    path = tmp_path / "generated.season.json"
    save_season(season, path)
    loaded = load_season(path)
    save_season(loaded, path)
    assert load_season(path) == loaded == season


# -- individual plans (docs/planning-rules.md §5) ---------------------------------------


@st.composite
def individual_athletes(draw: st.DrawFn) -> Athlete:
    """An athlete with generated lifting days, away periods, notes and own lengths."""
    days = draw(st.lists(st.sampled_from(list(Weekday)), min_size=1, max_size=7, unique=True))
    away = []
    for _ in range(draw(st.integers(0, 4))):
        first = START + dt.timedelta(days=draw(st.integers(-60, 420)))
        away.append(
            AwayPeriod(start=first, end=first + dt.timedelta(days=draw(st.integers(0, 40))))
        )
    sessions = PhaseSessions(
        **{key: draw(st.none() | st.integers(0, 7)) for key in PHASE_KEYS}
    )
    own = AthleteMethodology(recovery=draw(st.none() | st.integers(2, 6)), sessions=sessions)
    return Athlete(
        id="a", name="Ana", races=tuple(draw(race_lists())), strength_days=tuple(days),
        away=tuple(away), methodology=own,
    )


@st.composite
def individual_seasons(draw: st.DrawFn) -> Season:
    return Season(
        name="Generated",
        start=START + dt.timedelta(days=draw(st.integers(-10, 10))),
        weeks=draw(st.integers(1, 60)),
        week_start=draw(st.sampled_from(list(Weekday))),
        methodology=draw(methodologies()),
        athletes=(draw(individual_athletes()),),
    )


def _blocked(athlete: Athlete, week_start: Weekday) -> set[dt.date]:
    """Blocked days worked out from the rules' words, independently of the engine."""
    blocked: set[dt.date] = set()
    for race in athlete.races:
        if race.priority is Priority.C:
            continue
        blocked |= {race.date + dt.timedelta(days=d) for d in (-1, 0, 1)}
        if race.priority is Priority.A:
            day = race.date + dt.timedelta(days=1)
            while absolute_week(day, week_start) == absolute_week(race.date, week_start):
                blocked.add(day)
                day += dt.timedelta(days=1)
    for period in athlete.away:
        day = period.start
        while day <= period.end:
            blocked.add(day)
            day += dt.timedelta(days=1)
    return blocked


@FAST
@given(individual_seasons())
def test_sessions_land_on_free_lifting_days_in_order_inside_their_week(season: Season) -> None:
    athlete = season.athletes[0]
    blocked = _blocked(athlete, season.week_start)
    lifting = {day.number for day in athlete.strength_days}
    for week in _plan(season).weeks:
        assert list(week.sessions) == sorted(set(week.sessions))
        assert all(week.start <= day <= week.end for day in week.sessions)
        assert not blocked & set(week.sessions)
        assert all(day.weekday() in lifting for day in week.sessions)
        assert len(week.sessions) + week.dropped_sessions == week.strength.sessions
        assert week.dropped_sessions >= 0
        assert (week.dropped_sessions > 0) == ("session_dropped" in week.flags)
        assert (week.away_days > 0) == ("away" in week.flags)


@FAST
@given(individual_seasons())
def test_lifting_days_away_and_notes_never_move_a_phase(season: Season) -> None:
    athlete = season.athletes[0]
    bare = athlete.model_copy(update={"strength_days": (Weekday.MONDAY,), "away": ()})
    plain = season.model_copy(update={"athletes": (bare,)})
    old_keys = ("index", "start", "end", "phase", "block_week", "main_race", "races", "running")
    for with_days, without in zip(_plan(season).weeks, _plan(plain).weeks, strict=True):
        assert [getattr(with_days, k) for k in old_keys] == [getattr(without, k) for k in old_keys]


@FAST
@given(seasons())
def test_version_1_seasons_plan_as_before_apart_from_the_new_fields(season: Season) -> None:
    # Without individual fields, the prescription is the phase's own (v1), and the
    # flags are v1's plus only the two new ones.
    for week in _plan(season).weeks:
        distance = week.main_race.distance if week.main_race else None
        expected = strength_for(Phase.TAPER if "b_race_week" in week.flags else week.phase,
                                None if "b_race_week" in week.flags else distance)
        assert week.strength == expected
        assert "away" not in week.flags and week.away_days == 0 and week.notes == ()
        assert set(week.flags) <= {"race_week", "b_race_week", "session_dropped"}
