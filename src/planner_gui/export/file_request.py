"""What every file export is asked: whose plans, into which file or folder.

``FileRequest`` holds what the PDF sheets (``ExportRequest``) and the calendar files
(``ics.CalendarRequest``) share: the season, the target, the chosen athletes, one
file or one per athlete, and plans the window has already computed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from planner_gui.export.file_names import split_file_names
from planner_gui.model.engine import AthletePlan
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


@dataclass(frozen=True, kw_only=True)
class FileRequest:
    """The plans to write: whose, into which file or folder."""

    SUFFIX: ClassVar[str]
    """The files' suffix (".pdf"), for the names of one file per athlete."""
    DOING: ClassVar[str]
    """What the export does to the athletes, for the error with nobody ("print")."""

    season: Season
    target: Path
    """The file; with ``split``, the folder for one file per athlete (created when
    missing)."""
    athlete_ids: Sequence[str] | None = None
    """The athletes to include (in roster order); None includes everyone."""
    split: bool = False
    """One file per athlete in the ``target`` folder, instead of one file for all."""
    plans: Mapping[str, AthletePlan] | None = None
    """Plans already computed, by athlete id (the window has them); the others are
    computed for the export."""

    def athletes(self) -> list[Athlete]:
        """The athletes to include, in roster order.

        Raises:
            ValueError: an id names nobody in the season, or nobody is left.
        """
        return chosen_athletes(self.season, self.athlete_ids, self.DOING)

    def paths(self) -> list[Path]:
        """The files the export writes: the target, or one per athlete in the folder."""
        if not self.split:
            return [self.target]
        names = split_file_names([a.name for a in self.athletes()], self.SUFFIX)
        return [self.target / name for name in names]
