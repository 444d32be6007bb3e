"""Plans per athlete, kept until the athlete or the season's settings change."""

from __future__ import annotations

from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Athlete, Methodology, Season
from planner_gui.model.weeks import SeasonCalendar


class PlanCache:
    """Plans per athlete, recomputed only for athletes (or settings) that changed.

    Seasons are immutable and edits share unchanged athletes, so identity tells
    whether an athlete's plan is still valid. When the roster keeps its order (a race
    moved, an athlete renamed) the previous answer is copied and only the changed
    athletes' entries are replaced, so an edit costs the same whatever the roster's
    size.
    """

    def __init__(self) -> None:
        self._key: tuple[SeasonCalendar, Methodology] | None = None
        self._plans: dict[str, tuple[Athlete, AthletePlan]] = {}
        self._roster: tuple[Athlete, ...] = ()
        self._answer: dict[str, AthletePlan] = {}

    def plans(self, season: Season) -> dict[str, AthletePlan]:
        """Plans of every athlete of ``season`` by athlete id, in roster order."""
        key = (SeasonCalendar.of(season), season.methodology)
        if key != self._key:
            self._key, self._plans, self._roster, self._answer = key, {}, (), {}
        old, new = self._roster, season.athletes
        if len(old) == len(new) and old:
            changed = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a is not b]
            if all(old[i].id == new[i].id for i in changed):
                answer = dict(self._answer)  # same ids in the same order
                for i in changed:
                    answer[new[i].id] = self._plan(new[i])
                self._roster, self._answer = new, answer
                return dict(answer)
        fresh: dict[str, tuple[Athlete, AthletePlan]] = {}
        for athlete in new:
            cached = self._plans.get(athlete.id)
            if cached is None or cached[0] is not athlete:
                cached = (athlete, self._compute(athlete))
            fresh[athlete.id] = cached
        self._plans = fresh
        self._roster = new
        self._answer = {athlete_id: plan for athlete_id, (_, plan) in fresh.items()}
        return dict(self._answer)

    def _plan(self, athlete: Athlete) -> AthletePlan:
        """The athlete's plan, from the cache when this very athlete was planned."""
        cached = self._plans.get(athlete.id)
        if cached is None or cached[0] is not athlete:
            cached = (athlete, self._compute(athlete))
            self._plans[athlete.id] = cached
        return cached[1]

    def _compute(self, athlete: Athlete) -> AthletePlan:
        assert self._key is not None
        calendar, methodology = self._key
        return plan_athlete(athlete, calendar, methodology)
