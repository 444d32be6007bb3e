"""The season strip: an athlete's weeks as phase bands on a time axis, races marked.

Drawn with the same ``TimeScale`` the window's timeline uses, so a race sits at the
same place on paper as on screen. Long seasons wrap onto several rows (at most 26
weeks each) so every week stays wide enough to read.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner_gui.export.away_look import draw_away_mark
from planner_gui.export.band_labels import band_labels
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.phase_style import draw_band
from planner_gui.export.race_marker import draw_race_marker
from planner_gui.export.styles import INK, MUTED, fit_text, grey
from planner_gui.model.engine import WeekPlan
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import Priority, Race
from planner_gui.model.time_scale import TimeScale

MAX_WEEKS_PER_ROW = 26
AXIS_H = 10.0  # month names
BAND_H = 22.0
NUMBERS_H = 8.0  # season week numbers
MARKER_H = 8.5  # race markers under the band
MARKER_SIZE = 8.0  # width of an A race's diamond
LABEL_H = 8.5  # one level of race names
ROW_GAP = 10.0
RACE_LINE = 1.0  # half the room a race's line across the band takes from a phase name
LABEL_SIZE = 6.5
LABEL_LEVELS = 4
"""Most levels of race names under a row; the races past them are counted instead (a
week with dozens of races would otherwise stack names taller than a page)."""


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive weeks in the same phase."""

    phase: Phase
    first: WeekPlan
    last: WeekPlan


def phase_runs(weeks: Sequence[WeekPlan]) -> list[Run]:
    """Split weeks into runs of one phase (a new block right after another starts a run)."""
    runs: list[Run] = []
    for week in weeks:
        prev = runs[-1] if runs else None
        same_block = prev is not None and prev.last.main_race == week.main_race
        if prev is not None and prev.phase is week.phase and same_block:
            runs[-1] = Run(prev.phase, prev.first, week)
        else:
            runs.append(Run(week.phase, week, week))
    return runs


def run_spans(scale: TimeScale, runs: Sequence[Run]) -> list[tuple[Phase, float, float]]:
    """Each run as (phase, left x, right x) on ``scale``."""
    return [(run.phase, *scale.span(run.first.start, run.last.end)) for run in runs]


def draw_runs(
    canvas: Canvas,
    scale: TimeScale,
    weeks: Sequence[WeekPlan],
    y: float,
    height: float,
    label_size: float | None,
    obstacles: Sequence[tuple[float, float]] = (),
) -> None:
    """Phase bands for ``weeks`` between ``y`` and ``y + height``, optionally labelled.

    Labels keep clear of the ``obstacles`` (x ranges of race lines and markers).
    """
    runs = phase_runs(weeks)
    for run in runs:
        x0, x1 = scale.span(run.first.start, run.last.end)
        draw_band(canvas, run.phase, x0, y, x1 - x0, height, scale.width_of(7))
    canvas.saveState()
    # Thin white gaps let the eye count weeks inside a run.
    canvas.setStrokeColor(white)
    canvas.setLineWidth(0.6)
    canvas.lines([(scale.x_of(w.start), y, scale.x_of(w.start), y + height) for w in weeks[1:]])
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.8)
    edges = [scale.x_of(r.first.start) for r in runs[1:]]
    canvas.lines([(x, y, x, y + height) for x in edges])
    x0, x1 = scale.span(weeks[0].start, weeks[-1].end)
    canvas.setLineWidth(0.6)
    canvas.rect(x0, y, x1 - x0, height, stroke=1, fill=0)
    if label_size:
        for label in band_labels(run_spans(scale, runs), label_size, obstacles):
            label_on_band(canvas, label.text, label.centre, y + height / 2, label_size)
    canvas.restoreState()


def label_on_band(
    canvas: Canvas, text: str, cx: float, cy: float, size: float, bold: bool = False
) -> None:
    """Centred text on a white backing so hatching never crosses the letters."""
    font = FONT_BOLD if bold else FONT
    width = stringWidth(text, font, size)
    canvas.setFillColor(white)
    canvas.roundRect(cx - width / 2 - 1.5, cy - size * 0.55, width + 3, size * 1.25, 1.2,
                     stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(font, size)
    canvas.drawCentredString(cx, cy - size * 0.33, text)


def draw_centred_labels(
    canvas: Canvas, size: float, labels: Sequence[tuple[float, float, str]]
) -> None:
    """Small muted labels (week numbers) centred on their x, as one text object.

    ``drawCentredString`` makes a text object per label; a strip has a number for
    each week and a squad a strip for each athlete, so one object for all of them
    draws the same page in a fraction of the time.
    """
    text = canvas.beginText()
    text.setFont(FONT, size)
    text.setFillColor(MUTED)
    for x, y, label in labels:
        text.setTextOrigin(x - stringWidth(label, FONT, size) / 2, y)
        text.textLine(label)
    canvas.drawText(text)


def draw_month_axis(
    canvas: Canvas, scale: TimeScale, first: dt.date, last: dt.date, y: float, size: float
) -> None:
    """Month names and ticks above a band; the year shows on January and on the first month."""
    canvas.saveState()
    canvas.setFont(FONT, size)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(grey(0.6))
    canvas.setLineWidth(0.5)
    month = dt.date(first.year, first.month, 1)
    shown_year = False
    right_edge = scale.x_of(last) + scale.day_width
    while month <= last:
        nxt = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
        x0 = max(scale.x_of(month), scale.x_of(first))
        x1 = min(scale.x_of(nxt), right_edge)
        text = f"{month:%b %Y}" if month.month == 1 or not shown_year else f"{month:%b}"
        if stringWidth(text, FONT, size) > x1 - x0 - 2:
            text = f"{month:%b}"
        if stringWidth(text, FONT, size) <= x1 - x0 - 2:
            canvas.drawString(x0 + 1.5, y + 2, text)
            shown_year = shown_year or month.month == 1 or text != f"{month:%b}"
        if month >= first:
            canvas.line(x0, y, x0, y + size + 2)
        month = nxt
    canvas.restoreState()


def _races(count: int) -> str:
    return "race" if count == 1 else "races"


@dataclass(frozen=True, slots=True)
class _Row:
    weeks: tuple[WeekPlan, ...]
    scale: TimeScale
    races: tuple[tuple[Race, float, int, str], ...]  # race, x, label level (-1: none), text
    levels: int
    unnamed: int = 0
    """Races marked without a name: there was no room left on any level."""

    @property
    def height(self) -> float:
        levels = self.levels + (1 if self.unnamed else 0)
        return AXIS_H + NUMBERS_H + BAND_H + MARKER_H + levels * LABEL_H


class SeasonStrip(Flowable):
    """An athlete's season as labelled, patterned phase bands with the races marked.

    A strip of several rows splits between rows when it does not fit the page.
    """

    def __init__(
        self,
        weeks: Sequence[WeekPlan],
        *,
        per_row: int | None = None,
        away: Sequence[tuple[dt.date, dt.date]] = (),
    ) -> None:
        super().__init__()
        self.weeks = tuple(weeks)
        self.away = tuple(away)  # (first, last) days away, marked along the band's foot
        rows = max(1, math.ceil(len(self.weeks) / MAX_WEEKS_PER_ROW))
        # Weeks per row; a part of a split strip keeps the whole strip's, so its weeks
        # stay as wide as on the page before.
        self.per_row = per_row or math.ceil(len(self.weeks) / rows)
        self._rows: list[_Row] = []
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth != self._width or not self._rows:
            self._width = availWidth
            self._rows = self._layout(availWidth)
        height = sum(r.height for r in self._rows) + ROW_GAP * (len(self._rows) - 1)
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.wrap(availWidth, availHeight)[1] <= availHeight:
            return [self]
        used, fitting = -ROW_GAP, 0
        for row in self._rows:
            used += ROW_GAP + row.height
            if used > availHeight:
                break
            fitting += 1
        if fitting == 0:
            return []
        cut = fitting * self.per_row
        return [SeasonStrip(self.weeks[:cut], per_row=self.per_row, away=self.away),
                SeasonStrip(self.weeks[cut:], per_row=self.per_row, away=self.away)]

    def _layout(self, width: float) -> list[_Row]:
        count = len(self.weeks)
        per_row = self.per_row
        # Every row uses the same week width so weeks line up from row to row.
        day_width = width / (per_row * 7)
        result = []
        for start in range(0, count, per_row):
            weeks = self.weeks[start : start + per_row]
            scale = TimeScale(weeks[0].start, day_width, 0.0)
            result.append(self._place_races(weeks, scale, width))
        return result

    @staticmethod
    def _place_races(weeks: tuple[WeekPlan, ...], scale: TimeScale, width: float) -> _Row:
        placed: list[tuple[Race, float, int, str]] = []
        level_ends: list[float] = []
        unnamed = 0
        races = [r for w in weeks for r in w.races]
        for race in races:
            x = scale.x_of(race.date) + scale.day_width / 2
            font = FONT_BOLD if race.priority is Priority.A else FONT
            text = fit_text(race_with_priority(race), font, LABEL_SIZE, width * 0.45)
            text_w = stringWidth(text, font, LABEL_SIZE)
            left = min(max(0.0, x - text_w / 2), max(0.0, width - text_w))
            level = next((i for i, end in enumerate(level_ends) if end + 4 <= left), None)
            if level is None and len(level_ends) < LABEL_LEVELS:
                level = len(level_ends)
                level_ends.append(0.0)
            if level is None:
                unnamed += 1
                placed.append((race, x, -1, ""))
                continue
            level_ends[level] = left + text_w
            placed.append((race, x, level, text))
        return _Row(weeks, scale, tuple(placed), len(level_ends), unnamed)

    def draw(self) -> None:
        canvas = self.canv
        top = self.wrap(self._width, 0)[1]
        for row in self._rows:
            top -= row.height
            self._draw_row(canvas, row, top)
            top -= ROW_GAP

    def _draw_away(
        self, canvas: Canvas, scale: TimeScale, first: dt.date, last: dt.date, band_y: float
    ) -> None:
        """Time away as a hatched bar along the foot of the band, below the phase names."""
        for start, end in self.away:
            if end < first or start > last:
                continue
            x0 = scale.x_of(max(start, first))
            x1 = scale.x_of(min(end, last)) + scale.day_width
            draw_away_mark(canvas, x0, band_y + 0.6, x1 - x0)

    def _draw_row(self, canvas: Canvas, row: _Row, bottom: float) -> None:
        scale = row.scale
        band_y = bottom + row.levels * LABEL_H + MARKER_H
        first, last = row.weeks[0], row.weeks[-1]
        draw_month_axis(canvas, scale, first.start, last.end, band_y + BAND_H + NUMBERS_H, 6.5)
        # Phase names step aside for the race lines that cross the band.
        lines = [(x - RACE_LINE, x + RACE_LINE) for _, x, _, _ in row.races]
        draw_runs(canvas, scale, row.weeks, band_y, BAND_H, 7.0, lines)
        self._draw_away(canvas, scale, first.start, last.end, band_y)
        canvas.saveState()
        week_w = scale.width_of(7)
        step = 1 if week_w >= 13 else 2 if week_w >= 7 else 4
        draw_centred_labels(canvas, 5.5, [
            (scale.x_of(week.start) + week_w / 2, band_y + BAND_H + 2, str(week.index))
            for week in row.weeks if week.index % step == 0 or week is first
        ])
        for race, x, level, text in row.races:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(0.9)
            canvas.line(x, band_y, x, band_y + BAND_H)
            draw_race_marker(canvas, race.priority, x, band_y - 0.2, MARKER_SIZE)
            if level < 0:
                continue
            label_y = band_y - MARKER_H - (level + 1) * LABEL_H + 2
            if level:
                canvas.setStrokeColor(grey(0.55))
                canvas.setLineWidth(0.4)
                canvas.line(x, band_y - MARKER_H, x, label_y + LABEL_SIZE + 0.5)
            bold = race.priority is Priority.A
            font = FONT_BOLD if bold else FONT
            text_w = stringWidth(text, font, LABEL_SIZE)
            left = min(max(0.0, x - text_w / 2), max(0.0, self._width - text_w))
            canvas.setFillColor(INK)
            canvas.setFont(font, LABEL_SIZE)
            canvas.drawString(left, label_y, text)
        if row.unnamed:
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, LABEL_SIZE)
            canvas.drawString(0, band_y - MARKER_H - (row.levels + 1) * LABEL_H + 2,
                              f"+{row.unnamed} more {_races(row.unnamed)}: see Races below")
        canvas.restoreState()
