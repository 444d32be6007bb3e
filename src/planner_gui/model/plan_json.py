"""The JSON form of plans, as printed by ``planner-gui plan --json`` (README, "The season file")."""

from __future__ import annotations

from typing import Any

from planner_gui.model.engine import AthletePlan, WeekPlan, plan_season
from planner_gui.model.season import Race, Season
from planner_gui.model.weeks import SeasonCalendar


def race_json(race: Race) -> dict[str, Any]:
    """A race as it appears in a week of the plan.

    No ``id``: a file may leave ids out, and the ones made up on load differ on every
    run, so the same file would print a different plan each time.
    """
    return {
        "name": race.name,
        "date": race.date.isoformat(),
        "priority": race.priority.value,
        "distance": race.distance.value,
    }


def week_json(week: WeekPlan) -> dict[str, Any]:
    """One week of the plan."""
    return {
        "index": week.index,
        "start": week.start.isoformat(),
        "end": week.end.isoformat(),
        "phase": week.phase.value,
        "block_week": week.block_week,
        "main_race": week.main_race.name if week.main_race else None,
        "races": [race_json(r) for r in week.races],
        "flags": [f.value for f in week.flags],
        "strength": week.strength.as_json(),
        "running": week.running,
        "sessions": [day.isoformat() for day in week.sessions],
        "dropped_sessions": week.dropped_sessions,
        "away_days": week.away_days,
        "notes": list(week.notes),
    }


def season_plan_json(
    season: Season,
    plans: tuple[AthletePlan, ...] | None = None,
    athlete_ids: set[str] | None = None,
) -> dict[str, Any]:
    """The whole ``plan --json`` document, optionally for some athletes only."""
    plans = plans if plans is not None else plan_season(season)
    calendar = SeasonCalendar.of(season)
    athletes = []
    for athlete, plan in zip(season.athletes, plans, strict=True):
        if athlete_ids is not None and athlete.id not in athlete_ids:
            continue
        athletes.append(
            {
                "name": athlete.name,
                "weeks": [week_json(w) for w in plan.weeks],
                "warnings": [{"code": w.code.value, "message": w.message} for w in plan.warnings],
            }
        )
    return {
        "season": {
            "name": season.name,
            "start": calendar.start.isoformat(),
            "weeks": season.weeks,
            "week_start": season.week_start.value,
        },
        "athletes": athletes,
    }
