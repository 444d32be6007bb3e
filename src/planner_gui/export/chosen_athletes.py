"""Which athletes an export covers: the ids the coach chose, in roster order.

Shared by the PDF sheets (``ExportRequest``) and the calendar files (``ics``).
"""

from __future__ import annotations

from collections.abc import Sequence

from planner_gui.model.season import Athlete, Season


def chosen_athletes(season: Season, athlete_ids: Sequence[str] | None, what: str) -> list[Athlete]:
    """The athletes with these ids in roster order; None chooses everyone.

    Raises:
        ValueError: an id names nobody in the season, or nobody is left ("there are no
            athletes to ``what``", e.g. "print").
    """
    if athlete_ids is None:
        chosen = list(season.athletes)
    else:
        wanted = set(athlete_ids)
        unknown = wanted - {a.id for a in season.athletes}
        if unknown:
            raise ValueError(f"no athlete with id {', '.join(sorted(unknown))}")
        chosen = [a for a in season.athletes if a.id in wanted]
    if not chosen:
        raise ValueError(f"there are no athletes to {what}")
    return chosen
