"""Plans per athlete, kept until the athlete or the season's settings change."""

from __future__ import annotations

from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Athlete, Methodology, Season
from planner_gui.model.weeks import SeasonCalendar


class PlanCache:
    """Plans per athlete, recomputed only for athletes (or settings) that changed.

    Seasons are immutable and edits share unchanged athletes, so identity tells
    whether an athlete's plan is still valid.
    """

    def __init__(self) -> None:
        self._key: tuple[SeasonCalendar, Methodology] | None = None
        self._plans: dict[str, tuple[Athlete, AthletePlan]] = {}

    def plans(self, season: Season) -> dict[str, AthletePlan]:
        """Plans of every athlete of ``season`` by athlete id, in roster order."""
        key = (SeasonCalendar.of(season), season.methodology)
        if key != self._key:
            self._key, self._plans = key, {}
        calendar, methodology = key
        fresh: dict[str, tuple[Athlete, AthletePlan]] = {}
        for athlete in season.athletes:
            cached = self._plans.get(athlete.id)
            if cached is None or cached[0] is not athlete:
                cached = (athlete, plan_athlete(athlete, calendar, methodology))
            fresh[athlete.id] = cached
        self._plans = fresh
        return {athlete_id: plan for athlete_id, (_, plan) in fresh.items()}
