"""The day-by-day calendar of an athlete's plan: one row per week, one column per day.

The first column names the week (number, dates, phase with its tint, hatch and code);
each day cell holds its strength session (a tinted box with a tick box, sets × reps
and effort), its races with the window's markers, the reason for a day away, or a
rest day after an A race. A week's notes run under its days, wrapped to the width.

One flowable rather than a ReportLab table: it lays the weeks out once
(``calendar_layout``), draws each row from two cached forms (``calendar_paint``) and
its notes and rules in one text object and one path per page. It splits between
weeks, repeats the weekday header on every page and, like the week table, never
leaves a page with fewer than ``KEEP_TOGETHER`` weeks at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from planner_gui.export.calendar_days import CalendarDays, weekday_names
from planner_gui.export.calendar_layout import (
    HEADER_H,
    NOTE_GUTTER,
    NOTE_LABEL,
    NOTE_LEADING,
    NOTE_SIZE,
    PAD,
    WEEK_W,
    GridRow,
    layout_rows,
)
from planner_gui.export.calendar_paint import Text, draw_body, draw_frame, draw_header
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.styles import INK, grey
from planner_gui.export.week_table import KEEP_TOGETHER
from planner_gui.model.engine import WeekPlan
from planner_gui.model.season import Athlete, Weekday


def _fitting(rows: Sequence[GridRow], room: float) -> int:
    """How many of ``rows`` fit, from the first, into ``room`` points."""
    used = 0.0
    for count, row in enumerate(rows):
        used += row.height
        if used > room:
            return count
    return len(rows)


class CalendarGrid(Flowable):
    """The day-by-day calendar of an athlete's weeks; splits between weeks.

    It expects to start at the top of a page (under its heading): only its end is
    kept from coming out short.
    """

    def __init__(
        self,
        weeks: Sequence[WeekPlan],
        athlete: Athlete,
        *,
        notes: bool = True,
        rows: list[GridRow] | None = None,
        width: float = 0.0,
    ) -> None:
        super().__init__()
        self.weeks = tuple(weeks)
        self.athlete, self.notes = athlete, notes
        self._rows = rows
        self._width = width
        first = self.weeks[0].start.weekday() if self.weeks else 0
        self.day_names = weekday_names(list(Weekday)[first])
        """The column titles, in the order of the season's weeks."""

    def rows(self, width: float) -> list[GridRow]:
        """The rows laid out for ``width`` (computed once per width)."""
        if self._rows is None or width != self._width:
            days = CalendarDays(self.athlete, self.weeks)
            self._rows = layout_rows(self.weeks, days, width, self.notes)
            self._width = width
        return self._rows

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, HEADER_H + sum(row.height for row in self.rows(availWidth))

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        rows = self.rows(availWidth)
        fitting = _fitting(rows, availHeight - HEADER_H)
        if fitting == len(rows):
            return [self]
        keep = min(KEEP_TOGETHER, len(rows))
        frame = getattr(self, "_frame", None)  # ReportLab sets it while it asks for a split
        page = frame.height if frame is not None else availHeight
        if fitting < keep and _fitting(rows, page - HEADER_H) > fitting:
            # A few weeks at the foot of a page read like a leftover: start the next
            # page with them (unless weeks are so tall that a page holds no more).
            return []
        if fitting == 0:
            # Not even one week on a fresh page: only a week with very long notes.
            return self._split_notes(rows, availHeight - HEADER_H)
        if len(rows) - fitting < keep:
            # A short end takes weeks from this page, which still keeps plenty.
            fitting = max(len(rows) - keep, 1)
        return [self._part(rows[:fitting]), self._part(rows[fitting:])]

    def _part(self, rows: list[GridRow]) -> CalendarGrid:
        return CalendarGrid([row.week for row in rows], self.athlete, notes=self.notes,
                            rows=rows, width=self._width)

    def _split_notes(self, rows: list[GridRow], room: float) -> list[Flowable]:
        """A week whose notes alone are taller than a page: they go on over the next."""
        row = rows[0]
        lines = int((room - row.day_height - 2 * PAD) // NOTE_LEADING)
        if lines < 1:
            return []
        head = GridRow(row.week, row.dates, row.heading, row.days, row.day_height,
                       row.notes[:lines])
        # The rest starts the next page, under the week's number.
        tail = GridRow(row.week, "notes, continued", (), (), 0.0, row.notes[lines:])
        return [self._part([head]), self._part([tail, *rows[1:]])]

    def draw(self) -> None:
        rows = self.rows(self._width)
        canvas = self.canv
        width = self._width
        top = HEADER_H + sum(row.height for row in rows)
        canvas.saveState()
        canvas.translate(0, top)
        draw_header(canvas, self.day_names, width)
        text = Text(canvas)
        dashes: list[tuple[float, float, float, float]] = []
        # The origin steps down to each row's top in turn, written as literal PDF
        # operators: the canvas's own translate() formats six numbers and keeps
        # its matrix in step, for every week of every athlete. The q … Q pair puts
        # the matrix back, so the canvas's idea of it stays right.
        canvas.addLiteral("q")
        canvas.addLiteral(f"1 0 0 1 0 {-HEADER_H:.3f} cm")
        y = -HEADER_H
        for row in rows:
            draw_body(canvas, row, width)
            draw_frame(canvas, row, width)
            if row.notes:
                self._draw_notes(text, row, y - row.day_height)
                if row.days:
                    dashes.append((WEEK_W, y - row.day_height, width, y - row.day_height))
            canvas.addLiteral(f"1 0 0 1 0 {-row.height:.3f} cm")
            y -= row.height
        canvas.addLiteral("Q")
        if dashes:
            canvas.setStrokeColor(grey(0.7))
            canvas.setLineWidth(0.4)
            canvas.setDash(1.5, 1.5)
            canvas.lines(dashes)
            canvas.setDash()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.rect(0, -top, width, top, stroke=1, fill=0)
        canvas.line(0, -HEADER_H, width, -HEADER_H)
        canvas.drawText(text.text)
        canvas.restoreState()

    @staticmethod
    def _draw_notes(text: Text, row: GridRow, top: float) -> None:
        y = top - PAD - NOTE_SIZE
        for starts, line in row.notes:
            if starts:
                text.line(WEEK_W + PAD, y, NOTE_LABEL, FONT_BOLD, NOTE_SIZE, INK)
            text.line(WEEK_W + PAD + NOTE_GUTTER, y, line, FONT, NOTE_SIZE, INK)
            y -= NOTE_LEADING
