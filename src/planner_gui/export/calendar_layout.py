"""Sizes and text of the day-by-day calendar: what each week's row holds and how tall it is.

Everything here is measured and wrapped once, when the grid is laid out; drawing
(``calendar_paint``) only places what this module decided.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.calendar_days import CalendarDays, DayCell
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.styles import clip_wrapped, wrap_lines
from planner_gui.model.date_text import format_range
from planner_gui.model.engine import Flag, WeekPlan
from planner_gui.model.phases import StrengthPrescription
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import AwayReason, Priority, Race

WEEK_W = 100.0
"""Width of the first column (week number, dates, phase)."""
STRIP_W = 13.0
"""The phase band at the left of the first column."""
HEADER_H = 13.0
PAD = 2.5
SIZE = 6.5
"""Text in the day cells."""
LEADING = 7.3
DAY_SIZE = 6.5
"""The day of the month, in each cell's top right corner."""
NUMBER_SIZE = 8.5
"""The week's number, first in its row."""
NUMBER_GAP = 4.0
"""Between the week's number and its dates."""
WEEK_SIZE = 7.0
WEEK_LEADING = 8.4
NOTE_SIZE = 7.0
NOTE_LEADING = 8.4
NOTE_LABEL = "Note"
NOTE_GUTTER = 24.0
BOX = 6.0
"""The tick box's side."""
BOX_GAP = 2.5
MARKER = 6.5
"""The width of an A race's diamond; B and C are smaller, as on screen."""
RACE_LINES = 3
"""A long race name is cut after this many lines."""
MAX_RACES = 3
"""Races listed in one day's cell; more are counted."""
REST_TEXT = "Recovery: rest"
ITEM_GAP = 2.0
DAY_RESERVE = 24.0
"""Room a cell's first line leaves for the day number in the corner ("30 Sep")."""
_BOX_ROOM = BOX + BOX_GAP + 2 * ITEM_GAP  # a session's text starts right of its tick box
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

@dataclass(frozen=True, slots=True)
class CellItem:
    """One thing in a day cell: a race, the session, time away or a rest day."""

    kind: str
    """"race", "more" (races not listed), "session", "away" or "rest"."""
    text: str
    """Pre-wrapped lines."""
    height: float
    priority: Priority | None = None
    """A race's priority (its marker and weight)."""


class DayView(NamedTuple):
    """What one day cell shows: its background and its items.

    Plain values only, so that equal days compare (and hash) equal and a row's
    drawing can be reused wherever its days are the same.
    """

    away: AwayReason | None
    races: bool
    a_race: bool
    rest: bool
    items: tuple[CellItem, ...]

    @property
    def height(self) -> float:
        """The items' height with the gaps between them."""
        items = self.items
        return sum(item.height for item in items) + ITEM_GAP * max(0, len(items) - 1)


EMPTY_DAY = DayView(None, False, False, False, ())


@dataclass(frozen=True, slots=True)
class GridRow:
    """One week of the grid: its heading, its days and, under them, its notes."""

    week: WeekPlan
    dates: str
    """The dates beside the week number ("4 – 10 Jan", the year where it changes); ""
    when they are too long to share its line and open the heading instead."""
    heading: tuple[tuple[str, str], ...]
    """The first column's lines under the number, as (font, text)."""
    days: tuple[DayView, ...]
    """The seven days; empty for a row that only continues a week's notes on a new page."""
    day_height: float
    notes: tuple[tuple[bool, str], ...]
    """Note lines: (starts a note, text)."""

    @property
    def notes_height(self) -> float:
        """The band of notes under the days."""
        return len(self.notes) * NOTE_LEADING + 2 * PAD if self.notes else 0.0

    @property
    def height(self) -> float:
        """The whole row: days and notes."""
        return self.day_height + self.notes_height


def day_width(width: float) -> float:
    """The width of one day's column in a grid ``width`` points wide."""
    return (width - WEEK_W) / 7


def day_label(date: dt.date) -> str:
    """The day of the month; the month's name too on its first day ("1 Feb")."""
    return f"{date.day} {_MONTHS[date.month - 1]}" if date.day == 1 else str(date.day)


def sets_text(strength: StrengthPrescription) -> str:
    """"3–4 × 10–12", or the prescription named when it is not a count ("Sets × reps: light")."""
    sets = strength.sets_reps or "—"
    return sets if "×" in sets else f"Sets × reps: {sets}"


def effort_text(strength: StrengthPrescription) -> str:
    """The effort's first clause ("RPE 6–7", "Effort: light to moderate"); "" for none.

    The rest of it ("well short of failure") is on the exercise page: a day cell
    has room for the number to aim at, not the explanation.
    """
    effort = strength.effort
    if not effort:
        return ""
    effort = effort.split(",", 1)[0]
    return effort if effort.startswith("RPE") else f"Effort: {effort}"


def _line_count(text: str) -> int:
    return text.count("\n") + 1


def _wrapped(text: str, width: float, corner: bool, bold: bool = False) -> str:
    """``text`` wrapped to ``width``; with ``corner``, its first line stops short of the
    day number in the cell's top right corner and the rest use the whole width."""
    if not corner:
        return wrap_lines(text, width, SIZE, bold)
    first, *rest = wrap_lines(text, width - DAY_RESERVE, SIZE, bold).split("\n")
    left = text[len(first):].strip()
    if not rest or not text.startswith(first) or not left:
        return "\n".join([first, *rest])
    return f"{first}\n{wrap_lines(left, width, SIZE, bold)}"


def _clipped(text: str, width: float, corner: bool, bold: bool, most: int) -> str:
    """``text`` wrapped (see ``_wrapped``), cut with an ellipsis after ``most`` lines."""
    return clip_wrapped(_wrapped(text, width, corner, bold), width, SIZE, most, bold)


def _race_item(race: Race, width: float, corner: bool) -> CellItem:
    bold = race.priority is Priority.A
    text = _clipped(race_with_priority(race), width, corner, bold, RACE_LINES)
    return CellItem("race", text, _line_count(text) * LEADING, race.priority)


def _session_item(strength: StrengthPrescription, width: float, top: bool) -> CellItem:
    """A session's box: sets × reps, then effort, beside the tick box (``width`` wide).

    The ``top`` item of a cell keeps clear of the day number on its first line.
    """
    text = _wrapped(sets_text(strength), width, top)
    effort = effort_text(strength)
    if effort:
        text += "\n" + wrap_lines(effort, width, SIZE)
    return CellItem("session", text, _line_count(text) * LEADING + 2 * ITEM_GAP)


def day_view(cell: DayCell, week: WeekPlan, inner: float) -> DayView:
    """What a marked day's cell shows, top to bottom, wrapped to the cell's ``inner`` width."""
    items: list[CellItem] = []
    beside_marker = inner - MARKER - BOX_GAP
    for race in cell.races[:MAX_RACES]:
        items.append(_race_item(race, beside_marker, not items))
    if len(cell.races) > MAX_RACES:
        items.append(CellItem("more", f"+{len(cell.races) - MAX_RACES} more", LEADING))
    if cell.session:
        items.append(_session_item(week.strength, inner - _BOX_ROOM, not items))
    if cell.away is not None:
        items.append(CellItem("away", cell.away.label, LEADING + ITEM_GAP))
    elif cell.rest and not cell.races:
        text = _wrapped(REST_TEXT, inner, not items)
        items.append(CellItem("rest", text, _line_count(text) * LEADING))
    a_race = any(race.priority is Priority.A for race in cell.races)
    return DayView(cell.away, bool(cell.races), a_race, cell.rest, tuple(items))


def _heading(week: WeekPlan, width: float) -> tuple[tuple[str, str], ...]:
    lines = [(FONT, line) for line in wrap_lines(week.phase.label, width, WEEK_SIZE).split("\n")]
    if Flag.RACE_WEEK in week.flags:
        lines.append((FONT_BOLD, "race week"))
    if Flag.B_RACE_WEEK in week.flags:
        text = wrap_lines("B race: one light session", width, WEEK_SIZE)
        lines += [(FONT, line) for line in text.split("\n")]
    return tuple(lines)


@cache  # every athlete of a season has the same weeks
def _top_line_width(number: int, dates: str) -> float:
    """The width of the first column's top line: the week number, then its dates."""
    return (stringWidth(str(number), FONT_BOLD, NUMBER_SIZE) + NUMBER_GAP
            + stringWidth(dates, FONT, WEEK_SIZE))


def heading_height(heading: Sequence[tuple[str, str]]) -> float:
    """The first column's height: the number and dates, then the heading's lines."""
    return 2 * PAD + len(heading) * WEEK_LEADING + NUMBER_SIZE + 1.0


def layout_rows(
    weeks: Sequence[WeekPlan], days: CalendarDays, width: float, notes: bool
) -> list[GridRow]:
    """The grid's rows for a frame ``width`` points wide (notes left out unless ``notes``).

    Most days hold a session or nothing, the same all through a phase: those are laid
    out once per prescription; only days with a race, time away or rest take more.
    """
    inner = day_width(width) - 2 * PAD
    heading_w = WEEK_W - STRIP_W - 2 * PAD
    note_w = 7 * day_width(width) - NOTE_GUTTER - 2 * PAD
    session_days: dict[StrengthPrescription, DayView] = {}
    headings: dict[tuple[object, ...], tuple[tuple[str, str], ...]] = {}
    rows = []
    previous_year = 0
    for week in weeks:
        strength = week.strength
        session_day = session_days.get(strength)
        if session_day is None:
            item = _session_item(strength, inner - _BOX_ROOM, True)
            session_day = session_days[strength] = DayView(None, False, False, False, (item,))
        first = week.start
        offsets = [(day - first).days for day in week.sessions]
        views = [EMPTY_DAY] * 7
        for offset in offsets:
            views[offset] = session_day
        for offset, cell in days.marked(week).items():
            views[offset] = day_view(cell, week, inner)
        # The year shows on the first week and wherever a new year begins.
        with_year = week.end.year != previous_year
        previous_year = week.end.year
        key = (week.phase, week.flags)
        heading = headings.get(key)
        if heading is None:
            heading = headings[key] = _heading(week, heading_w)
        tallest = max(view.height for view in views)
        day_height = max(2 * PAD + max(tallest, LEADING), heading_height(heading))
        note_lines: list[tuple[bool, str]] = []
        if notes:
            for text in week.notes:
                wrapped = wrap_lines(text, note_w, NOTE_SIZE).split("\n")
                note_lines += [(n == 0, line) for n, line in enumerate(wrapped)]
        dates = format_range(week.start, week.end, year=False)
        if with_year:
            dates = f"{dates} {week.end.year}"
        if _top_line_width(week.index, dates) > heading_w:
            # Too long beside the number ("27 Dec – 2 Jan 2028"): on a line of its own.
            heading = ((FONT, dates), *heading)
            dates = ""
            day_height = max(day_height, heading_height(heading))
        rows.append(GridRow(week, dates, heading, tuple(views), day_height, tuple(note_lines)))
    return rows
