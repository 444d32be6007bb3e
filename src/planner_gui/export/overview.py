"""The coach overview: every athlete's season as one lane on a landscape page.

Lanes shrink to fit the roster on one page; below a legible minimum they continue on
further overview pages rather than turning into hairlines.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from planner_gui.export.band_labels import BandLabel, band_labels
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.legend import stamped_legend
from planner_gui.export.page_furniture import SectionStart
from planner_gui.export.race_marker import OUTLINE, draw_race_marker, marker_width
from planner_gui.export.season_strip import (
    draw_centred_labels,
    draw_month_axis,
    draw_runs,
    label_on_band,
    phase_runs,
    run_spans,
)
from planner_gui.export.styles import INK, fit_text, grey, styles
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete, Priority, Race, Season
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar

OVERVIEW_NAME = "Coach overview"
NAME_W = 118.0
AXIS_H = 20.0
MIN_LANE = 9.0
MAX_LANE = 30.0
PHASE_SIZE = 6.0  # phase names on the bands
_HEADING_ALLOWANCE = 95.0  # title, subtitle and legend above the chart


@dataclass(frozen=True, slots=True)
class LaneMarks:
    """Where a lane's race markers and phase names go.

    x is on the page; heights are measured up from the lane's bottom edge.
    """

    markers: tuple[tuple[Race, float], ...]
    """Each race in the lane with the x of its line and marker."""
    marker_size: float
    """Width of an A marker (B and C are drawn smaller)."""
    marker_top: float
    """Where the markers' tops are."""
    labels: tuple[BandLabel, ...]
    """Phase names; none when the lane is too low to hold them under the race names."""
    label_mid: float
    """The height the phase names are centred on."""

    def marker_box(self, race: Race, x: float) -> tuple[float, float, float, float]:
        """The marker's (left, bottom, right, top), its white rim included."""
        width = marker_width(race.priority, self.marker_size) + 2 * OUTLINE
        top = self.marker_top + OUTLINE
        return x - width / 2, top - width, x + width / 2, top

    def label_box(self, label: BandLabel) -> tuple[float, float, float, float]:
        """A phase name's white backing as (left, bottom, right, top)."""
        # As ``label_on_band`` draws it: from 0.55 of the size below the middle to 0.7 above.
        mid = self.label_mid
        return label.left, mid - PHASE_SIZE * 0.55, label.right, mid + PHASE_SIZE * 0.7


def lane_marks(scale: TimeScale, plan: AthletePlan, lane_h: float) -> LaneMarks:
    """Markers sit on the band's lower edge; phase names beside them, never under them."""
    pad = lane_pad(lane_h)
    size = min(7.0, lane_h * 0.45)
    races = [r for w in plan.weeks for r in w.races]
    markers = tuple((r, scale.x_of(r.date) + scale.day_width / 2) for r in races)
    labels: list[BandLabel] = []
    if lane_h >= 22:  # room for phase names under the race names
        taken = []
        for race, x in markers:
            # The marker with its rim, plus a point either side so no name touches it.
            half = marker_width(race.priority, size) / 2 + OUTLINE + 1.0
            taken.append((x - half, x + half))
        labels = band_labels(run_spans(scale, phase_runs(plan.weeks)), PHASE_SIZE, taken)
    return LaneMarks(markers, size, pad + 0.5 + size, tuple(labels), pad + 6)


def lane_pad(lane_h: float) -> float:
    """The gap between a lane's edges and its band."""
    return max(0.8, lane_h * 0.08)


class OverviewChart(Flowable):
    """Lanes for several athletes under a shared month axis."""

    def __init__(self, calendar: SeasonCalendar, lanes: Sequence[tuple[Athlete, AthletePlan]]):
        super().__init__()
        self.calendar = calendar
        self.lanes = tuple(lanes)
        self.lane_h = MAX_LANE
        self.width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        room = (availHeight - AXIS_H) / max(len(self.lanes), 1)
        self.lane_h = max(MIN_LANE, min(MAX_LANE, room))
        return availWidth, AXIS_H + self.lane_h * len(self.lanes)

    def draw(self) -> None:
        canvas = self.canv
        cal = self.calendar
        scale = TimeScale.fit(cal.start, cal.end, NAME_W, self.width)
        top = AXIS_H + self.lane_h * len(self.lanes)
        draw_month_axis(canvas, scale, cal.start, cal.end, top - 10, 6.5)
        week_w = scale.width_of(7)
        step = 1 if week_w >= 13 else 2 if week_w >= 8 else 4
        draw_centred_labels(canvas, 5.5, [
            (scale.x_of(cal.week_start_date(index)) + week_w / 2, top - AXIS_H + 3, str(index))
            for index in range(1, cal.weeks + 1) if index % step == 0 or index == 1
        ])
        y = top - AXIS_H
        for number, (athlete, plan) in enumerate(self.lanes):
            y -= self.lane_h
            self._draw_lane(canvas, scale, athlete, plan, y, number)

    def _draw_lane(self, canvas: Canvas, scale: TimeScale, athlete: Athlete,
                   plan: AthletePlan, y: float, number: int) -> None:
        h = self.lane_h
        pad = lane_pad(h)
        canvas.saveState()
        if number % 2 == 0:
            canvas.setFillColor(grey(0.93))
            canvas.rect(0, y, NAME_W - 3, h, stroke=0, fill=1)
        size = min(8.0, h * 0.55)
        canvas.setFillColor(INK)
        canvas.setFont(FONT, size)
        name = fit_text(athlete.name, FONT, size, NAME_W - 8)
        canvas.drawString(2, y + h / 2 - size * 0.35, name)
        draw_runs(canvas, scale, plan.weeks, y + pad, h - 2 * pad, None)
        marks = lane_marks(scale, plan, h)
        for label in marks.labels:
            label_on_band(canvas, label.text, label.centre, y + marks.label_mid, PHASE_SIZE)
        xs = [x for _, x in marks.markers]
        label_size = min(6.5, h * 0.42)
        for i, (race, x) in enumerate(marks.markers):
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1.0 if race.priority is Priority.A else 0.6)
            if race.priority is Priority.C:
                canvas.setDash(1.2, 1.2)
            canvas.line(x, y + pad, x, y + h - pad)
            canvas.setDash()
            draw_race_marker(canvas, race.priority, x, y + marks.marker_top, marks.marker_size)
            if h < 11:
                continue
            limit = (xs[i + 1] if i + 1 < len(xs) else self.width) - x - 4
            font = FONT_BOLD if race.priority is Priority.A else FONT
            text = fit_text(race.name, font, label_size, limit - 2)
            if len(text) < 4:
                continue
            width = stringWidth(text, font, label_size)
            cy = y + h - pad - label_size - 1
            canvas.setFillColor(white)
            canvas.rect(x + 1.5, cy - 1.2, width + 2, label_size + 2, stroke=0, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(font, label_size)
            canvas.drawString(x + 2.5, cy, text)
        canvas.restoreState()


def overview_story(
    season: Season,
    lanes: Sequence[tuple[Athlete, AthletePlan]],
    *,
    frame_height: float,
    printed: dt.date,
) -> list[Flowable]:
    """The overview pages (the caller starts them on a landscape page)."""
    st = styles()
    cal = SeasonCalendar.of(season)
    per_page = max(1, math.floor((frame_height - _HEADING_ALLOWANCE - AXIS_H) / MIN_LANE))
    pages = max(1, math.ceil(len(lanes) / per_page))
    per_page = math.ceil(len(lanes) / pages)  # spread evenly rather than a stub last page
    story: list[Flowable] = [SectionStart(0, OVERVIEW_NAME, OVERVIEW_NAME)]
    for page in range(pages):
        chunk = lanes[page * per_page : (page + 1) * per_page]
        if page:
            story.append(PageBreak())
        count = f"{len(lanes)} athletes"
        if pages > 1:
            first = page * per_page + 1
            count += f", {first}–{first + len(chunk) - 1} on this page"
        story += [
            Paragraph(f"{OVERVIEW_NAME} — {escape(season.name)}", st["title"]),
            Paragraph(f"{count} · {format_range(cal.start, cal.end)} · "
                      f"printed on {format_date(printed)}", st["subtitle"]),
            Spacer(0, 4),
            stamped_legend(),
            Spacer(0, 4),
            OverviewChart(cal, chunk),
        ]
    return story
