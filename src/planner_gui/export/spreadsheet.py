"""The plan as a spreadsheet: one row per athlete and week, written as CSV.

``planner-gui csv`` and File ▸ Export Spreadsheet… both write through
``write_spreadsheet``. The file is UTF-8 with a byte order mark, because spreadsheet
programs that see none read a CSV in the system's legacy code page and turn "Zoë" into
"ZoÃ«"; dates are ISO (2027-01-04), which every spreadsheet program reads as a date
whatever its locale. Python's ``csv`` module does the quoting: names with commas,
quotes and notes over several lines stay in their cells.

Plain Python over the model: the same rows serve the command line and the window.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path

from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.engine import AthletePlan, WeekPlan, plan_season
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import Season

HEADER: tuple[str, ...] = (
    "Athlete",
    "Week",
    "Start",
    "End",
    "Phase",
    "Block week",
    "Main race",
    "Races",
    "Session dates",
    "Sessions dropped",
    "Away days",
    "Sets × reps",
    "Rest",
    "Effort",
    "Notes",
)
"""The column titles, in order (the first row of the file)."""

LIST_SEPARATOR = "; "
"""Between the races of a week and between its session dates, inside one cell."""

Cell = str | int
Row = tuple[Cell, ...]

# Spreadsheet programs run a cell that starts with one of these as a formula
# ("=HYPERLINK(…)" in an athlete's name would be a link that runs on a click; "-2+3"
# would show 1). Tab and carriage return start one too in some programs. A leading
# apostrophe is the spreadsheets' own "this is text" mark: Excel, LibreOffice and
# Google Sheets show the text without it, and anything else shows it harmlessly.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: str) -> str:
    """``value`` as a spreadsheet shows it as text, never as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def week_row(athlete_name: str, week: WeekPlan) -> Row:
    """The row of one week of one athlete's plan (see ``HEADER``)."""
    strength = week.strength
    return (
        as_text(athlete_name),
        week.index,
        week.start.isoformat(),
        week.end.isoformat(),
        week.phase.label,
        week.block_week if week.block_week is not None else "",
        as_text(week.main_race.name) if week.main_race is not None else "",
        as_text(LIST_SEPARATOR.join(race_with_priority(r) for r in week.races)),
        LIST_SEPARATOR.join(day.isoformat() for day in week.sessions),
        week.dropped_sessions,
        week.away_days,
        as_text(strength.sets_reps or ""),
        as_text(strength.rest or ""),
        as_text(strength.effort or ""),
        # One line per note: a note may hold a semicolon, and the cell keeps the lines.
        as_text("\n".join(week.notes)),
    )


def spreadsheet_rows(
    season: Season,
    plans: Sequence[AthletePlan] | None = None,
    athlete_ids: Collection[str] | None = None,
) -> Iterator[Row]:
    """Every week of every chosen athlete (all when ``athlete_ids`` is None), roster order.

    ``plans`` are the season's plans in roster order (computed when left out).
    """
    plans = plans if plans is not None else plan_season(season)
    for athlete, plan in zip(season.athletes, plans, strict=True):
        if athlete_ids is not None and athlete.id not in athlete_ids:
            continue
        for week in plan.weeks:
            yield week_row(athlete.name, week)


def spreadsheet_text(
    season: Season,
    plans: Sequence[AthletePlan] | None = None,
    athlete_ids: Collection[str] | None = None,
) -> str:
    """The CSV text: the header, then the rows (``\\r\\n`` line ends, as RFC 4180 asks)."""
    out = io.StringIO()
    writer = csv.writer(out)  # minimal quoting: only cells with , " or line breaks
    writer.writerow(HEADER)
    writer.writerows(spreadsheet_rows(season, plans, athlete_ids))
    return out.getvalue()


def write_spreadsheet(
    season: Season,
    target: Path,
    athlete_ids: Collection[str] | None = None,
    plans: Sequence[AthletePlan] | None = None,
) -> Path:
    """Write the spreadsheet to ``target`` atomically; returns the file written.

    Raises:
        OSError: the file could not be written (any old file is left as it was).
    """
    data = spreadsheet_text(season, plans, athlete_ids).encode("utf-8-sig")
    return write_atomically(target, data)
