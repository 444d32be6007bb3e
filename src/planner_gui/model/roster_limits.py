"""Whether a season has room for one more athlete or race, in the coach's words.

The schema caps the roster and each athlete's races (``MAX_ATHLETES``, ``MAX_RACES``
in ``model.season``) so a file stays plannable. The window asks here before an action
that would add one, to disable it with the reason as its tooltip, or to say so
instead of failing when the coach gets there anyway (a drop, a shortcut).
"""

from __future__ import annotations

from planner_gui.model.season import MAX_ATHLETES, MAX_RACES, Season


def roster_full(season: Season) -> str | None:
    """Why no athlete can be added (the roster is at its limit), or None if one can."""
    if len(season.athletes) < MAX_ATHLETES:
        return None
    return (
        f"The roster is full: a season holds at most {MAX_ATHLETES} athletes. "
        "Delete one to make room for another."
    )


def races_full(season: Season, athlete_id: str) -> str | None:
    """Why ``athlete_id`` cannot get another race (they are at the limit), or None."""
    athlete = season.athlete(athlete_id)
    if len(athlete.races) < MAX_RACES:
        return None
    return (
        f"{athlete.name} already has {MAX_RACES} races, the most one athlete can have. "
        "Delete one of their races to make room for another."
    )
