"""What the timeline shows while a race is dragged: a season that is not the document's.

Gestures build a preview from the model's pure edits and the engine; the view paints
the preview's lanes instead of the document's. The document is written once, when the
gesture ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from planner_gui.model.date_text import format_day
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.roster_limits import races_full
from planner_gui.model.season import Priority, Season
from planner_gui.model.weeks import SeasonCalendar


@dataclass(frozen=True)
class Ghost:
    """Where the dragged race was before the drag (painted as an outline)."""

    athlete_id: str
    day: dt.date
    priority: Priority


@dataclass(frozen=True)
class DragPreview:
    """A season shown instead of the document's, with the lanes the drag changed."""

    season: Season
    race_id: str
    label: str
    plans: dict[str, AthletePlan] = field(default_factory=dict)
    ghost: Ghost | None = None


def no_room(season: Season, athlete_id: str, home: str | None, copy: bool) -> str | None:
    """Why ``athlete_id``'s lane cannot take the dragged race (at the limit), or None.

    ``home`` is the lane the race comes from (None: a new race).
    """
    if home == athlete_id and not copy:
        return None  # a move along its own lane adds nothing
    return races_full(season, athlete_id)


def preview_plans(season: Season, athlete_ids: Iterable[str]) -> dict[str, AthletePlan]:
    """Fresh plans for the lanes a drag touches (the others keep the document's)."""
    calendar = SeasonCalendar.of(season)
    return {
        athlete_id: plan_athlete(season.athlete(athlete_id), calendar, season.methodology)
        for athlete_id in dict.fromkeys(athlete_ids)
    }


def date_label(day: dt.date, origin: dt.date | None = None) -> str:
    """The floating label's date: "Sun 18 Jul 2027 (+21 days)"."""
    text = format_day(day)
    if origin is not None and day != origin:
        text += f" ({(day - origin).days:+d} days)"
    return text
