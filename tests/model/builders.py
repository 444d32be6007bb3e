"""Small builders for seasons in tests: one athlete, races given as (date, priority, …)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner_gui.model.engine import AthletePlan, WeekPlan, plan_season
from planner_gui.model.phases import Phase
from planner_gui.model.season import Athlete, Distance, Methodology, Priority, Race, Season

# The worked example of planning-rules.md §3: season from Monday 2027-01-04, 52 weeks.
START = dt.date(2027, 1, 4)


def week_day(week: int, weekday: int = 6, start: dt.date = START) -> dt.date:
    """A day of season week ``week`` (1-based) of a season starting on Monday ``start``.

    ``weekday`` counts from the week's first day (6 = Sunday for Monday weeks).
    """
    return start + dt.timedelta(days=7 * (week - 1) + weekday)


def race(
    day: dt.date,
    priority: str = "A",
    distance: str = "marathon",
    name: str | None = None,
    race_id: str | None = None,
) -> Race:
    """A race; the name defaults to something that says where it is."""
    fields: dict[str, Any] = {
        "name": name or f"{priority} race {day.isoformat()}",
        "date": day,
        "priority": Priority(priority),
        "distance": Distance(distance),
    }
    if race_id is not None:
        fields["id"] = race_id
    return Race(**fields)


def season(
    *races: Race,
    start: dt.date = START,
    weeks: int = 52,
    week_start: str = "monday",
    methodology: Methodology | None = None,
    name: str = "Ana",
) -> Season:
    """A season with one athlete running ``races`` (in the order given)."""
    return Season(
        name="Test season",
        start=start,
        weeks=weeks,
        week_start=week_start,  # type: ignore[arg-type]  # validated into Weekday
        methodology=methodology or Methodology(),
        athletes=(Athlete(id="ana", name=name, races=races),),
    )


def plan(*races: Race, **options: Any) -> AthletePlan:
    """The plan of the single athlete of ``season(*races, **options)``."""
    return plan_season(season(*races, **options))[0]


def phases(plan: AthletePlan) -> list[Phase]:
    """Phase of every season week, in order."""
    return [w.phase for w in plan.weeks]


def block_weeks(plan: AthletePlan) -> list[int | None]:
    """Block week number of every season week, in order."""
    return [w.block_week for w in plan.weeks]


def week(plan: AthletePlan, index: int) -> WeekPlan:
    """Season week ``index`` (1-based) of a plan."""
    found = plan.weeks[index - 1]
    assert found.index == index
    return found


def spans(plan: AthletePlan) -> list[tuple[int, int, Phase, int | None, int | None]]:
    """Runs of equal phase: (first week, last week, phase, first block week, last block week)."""
    runs: list[tuple[int, int, Phase, int | None, int | None]] = []
    for w in plan.weeks:
        if runs and runs[-1][2] is w.phase and runs[-1][1] == w.index - 1 and (
            (runs[-1][4] is None) == (w.block_week is None)
        ):
            first, _, phase, bw_first, _ = runs[-1]
            runs[-1] = (first, w.index, phase, bw_first, w.block_week)
        else:
            runs.append((w.index, w.index, w.phase, w.block_week, w.block_week))
    return runs
