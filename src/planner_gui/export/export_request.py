"""What an export is asked to print and where, and what it wrote.

``ExportRequest`` is the one way in to ``planner_gui.export.pdf.export``, for the
``export`` command and the window alike; ``ExportResult`` comes back.
``ExportCancelled`` (from ``export_progress``, shared with the calendar export) is
imported from here too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from planner_gui.export.chosen_athletes import chosen_athletes
from planner_gui.export.export_progress import ExportCancelled as ExportCancelled
from planner_gui.export.file_names import split_file_names
from planner_gui.export.paper import Paper
from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete, Season


@dataclass(frozen=True, kw_only=True)
class ExportRequest:
    """The plan sheets to print: whose, on which paper, into which file or folder."""

    season: Season
    target: Path
    """The PDF file; with ``split``, the folder for one PDF per athlete (created
    when missing)."""
    athlete_ids: Sequence[str] | None = None
    """The athletes to print (printed in roster order); None prints everyone."""
    paper: Paper | None = None
    """None: the paper of the locale (``paper.default_paper``)."""
    split: bool = False
    """One PDF per athlete in the ``target`` folder, instead of one PDF with a coach
    overview first (when there are several athletes)."""
    plans: Mapping[str, AthletePlan] | None = None
    """Plans already computed, by athlete id (the window has them); the others are
    computed for the export."""
    printed: dt.date | None = None
    """The "printed on" day in the sheets' headers; None: today."""
    notes: bool = True
    """Print the coach's notes on the athletes' sheets: the athlete's notes (summary
    page) and the week notes (day-by-day calendar). Race and away notes always print,
    and the coach overview is the same either way."""

    def athletes(self) -> list[Athlete]:
        """The athletes to print, in roster order.

        Raises:
            ValueError: an id names nobody in the season, or nobody is left to print.
        """
        return chosen_athletes(self.season, self.athlete_ids, "print")

    def paths(self) -> list[Path]:
        """The files the export writes: the target, or one per athlete in the folder."""
        if not self.split:
            return [self.target]
        names = split_file_names([a.name for a in self.athletes()])
        return [self.target / name for name in names]


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    paths: tuple[Path, ...]
    athletes: tuple[str, ...]
    """Names of the athletes printed, in roster order."""
    pages: int
    """Pages over all files."""
    unprintable: tuple[str, ...]
    """Names with characters the bundled font lacks: they may print as boxes."""
