"""Drawing the day-by-day calendar's rows as PDF forms (XObjects).

A squad's calendars run to hundreds of pages whose rows mostly repeat: an athlete's
free weeks look alike all year, a phase's weeks alike for a month, and every athlete
of a season has the same week numbers, dates and days of the month. So each row is
drawn as two forms, made once per document and then only referenced: the week's
frame (number, dates, days of the month: the same for everyone) and the row's body
(phase band, sessions, races, days away: the same wherever the content is). A page
then costs a few operators per week instead of a hundred text and shape operators.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import partial

from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from planner_gui.export.away_look import FILL as AWAY_FILL
from planner_gui.export.away_look import draw_away
from planner_gui.export.calendar_layout import (
    BOX,
    BOX_GAP,
    DAY_SIZE,
    HEADER_H,
    ITEM_GAP,
    LEADING,
    MARKER,
    NUMBER_GAP,
    NUMBER_SIZE,
    PAD,
    SIZE,
    STRIP_W,
    WEEK_LEADING,
    WEEK_SIZE,
    WEEK_W,
    DayView,
    GridRow,
    day_label,
    day_width,
)
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.phase_style import LOOKS, draw_band
from planner_gui.export.race_marker import draw_race_marker, marker_width
from planner_gui.export.styles import HEADER_FILL, INK, MUTED, RULE, grey
from planner_gui.model.phases import Phase
from planner_gui.model.season import Priority

REST_FILL = grey(0.95)
RACE_FILL = grey(0.92)
HEADER_SIZE = 7.5
_BLEED = 1.0  # points around a form for strokes centred on its edges
_FRAME_H = PAD + NUMBER_SIZE + 4.0  # the top line of a row, descenders included
_NAMES: dict[object, str] = {}


def _form_name(prefix: str, key: object) -> str:
    """A stable form name for ``key`` (the same in every run, for identical files)."""
    name = _NAMES.get(key)
    if name is None:
        if len(_NAMES) > 20_000:
            _NAMES.clear()
        digest = hashlib.sha1(repr(key).encode()).hexdigest()[:20]
        name = _NAMES[key] = f"{prefix}_{digest}"
    return name


def _stamp(canvas: Canvas, name: str, box: tuple[float, float, float, float],
           paint: Callable[[], None]) -> None:
    """Reference form ``name``, painting it first if this document has not got it yet."""
    if not canvas.hasForm(name):
        x0, y0, x1, y1 = box
        canvas.beginForm(name, x0 - _BLEED, y0 - _BLEED, x1 + _BLEED, y1 + _BLEED)
        paint()
        canvas.endForm()
    canvas.doForm(name)


class Text:
    """One text object; font and colour are set only when they change."""

    def __init__(self, canvas: Canvas) -> None:
        self.text: PDFTextObject = canvas.beginText()
        self._look: tuple[object, ...] = ()

    def line(self, x: float, y: float, line: str, font: str, size: float, color: Color) -> None:
        """One line of text with its baseline at (x, y)."""
        self._set(font, size, LEADING, color)
        self.text.setTextOrigin(x, y)
        self.text.textLine(line)

    def lines(self, x: float, y: float, lines: str, font: str, color: Color) -> None:
        """Pre-wrapped cell text (``SIZE``), the first baseline at (x, y)."""
        self._set(font, SIZE, LEADING, color)
        self.text.setTextOrigin(x, y)
        self.text.textLines(lines, trim=0)

    def _set(self, font: str, size: float, leading: float, color: Color) -> None:
        look = (font, size, leading, color)
        if look != self._look:
            self.text.setFont(font, size, leading)
            self.text.setFillColor(color)
            self._look = look


def draw_header(canvas: Canvas, names: tuple[str, ...], width: float) -> None:
    """The header row (its top edge at y = 0): "Week" and the weekday names."""
    def paint() -> None:
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, -HEADER_H, width, HEADER_H, stroke=0, fill=1)
        text = Text(canvas)
        baseline = -HEADER_H + 4.0
        text.line(PAD, baseline, "Week", FONT_BOLD, HEADER_SIZE, INK)
        step = day_width(width)
        for column, name in enumerate(names):
            text.line(WEEK_W + column * step + PAD, baseline, name, FONT_BOLD, HEADER_SIZE, INK)
        canvas.drawText(text.text)

    name = _form_name("calh", (names, round(width, 2)))
    _stamp(canvas, name, (0, -HEADER_H, width, 0), paint)


def draw_frame(canvas: Canvas, row: GridRow, width: float) -> None:
    """The week's number and dates and each day of the month (the row's top edge at y = 0).

    The same for every athlete of the season: drawn once per document and week.
    """
    def paint() -> None:
        text = Text(canvas)
        x = STRIP_W + PAD
        y = -PAD - NUMBER_SIZE + 1.0
        number = str(row.week.index)
        text.line(x, y, number, FONT_BOLD, NUMBER_SIZE, INK)
        if row.dates:
            text.line(x + stringWidth(number, FONT_BOLD, NUMBER_SIZE) + NUMBER_GAP, y, row.dates,
                      FONT, WEEK_SIZE, MUTED)
        if row.days:
            step = day_width(width)
            y = -PAD - DAY_SIZE + 0.5
            first = row.week.start.toordinal()
            for column in range(7):
                label = day_label(dt.date.fromordinal(first + column))
                right = WEEK_W + (column + 1) * step - PAD
                text.line(right - stringWidth(label, FONT, DAY_SIZE), y, label, FONT, DAY_SIZE,
                          MUTED)
        canvas.drawText(text.text)

    key = ("frame", row.week.index, row.week.start, row.dates, bool(row.days), round(width, 2))
    _stamp(canvas, _form_name("calw", key), (0, -_FRAME_H, width, 0), paint)


def draw_body(canvas: Canvas, row: GridRow, width: float) -> None:
    """The phase band and heading, and every day's content (the row's top edge at y = 0)."""
    key = (row.week.phase, row.heading, row.days, round(row.height, 2), round(row.day_height, 2),
           round(width, 2))
    _stamp(canvas, _form_name("calb", key), (0, -row.height, width, 0),
           lambda: _paint_body(canvas, row, width))


def _paint_body(canvas: Canvas, row: GridRow, width: float) -> None:
    phase = row.week.phase
    text = Text(canvas)
    late: list[Callable[[], None]] = []
    _paint_strip(canvas, text, phase, row)
    y = -PAD - NUMBER_SIZE + 1.0
    for font, line in row.heading:
        y -= WEEK_LEADING
        text.line(STRIP_W + PAD, y, line, font, WEEK_SIZE, INK)
    step = day_width(width)
    rules = [(STRIP_W, -row.height, STRIP_W, 0.0), (WEEK_W, -row.height, WEEK_W, 0.0),
             (0.0, -row.height, width, -row.height)]
    rules += [(WEEK_W + c * step, -row.day_height, WEEK_W + c * step, 0.0) for c in range(1, 7)]
    for column, day in enumerate(row.days):
        if day.items or day.races or day.rest or day.away:
            x = WEEK_W + column * step
            _paint_cell(canvas, text, late, day, phase, x, step, row.day_height)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.lines(rules)
    for paint in late:
        paint()
    canvas.drawText(text.text)


def _paint_strip(canvas: Canvas, text: Text, phase: Phase, row: GridRow) -> None:
    """The phase's band down the left of the row, its code at the top on a white backing."""
    draw_band(canvas, phase, 0, -row.height, STRIP_W, row.height)
    code = LOOKS[phase].code
    code_w = stringWidth(code, FONT, 6.0)
    canvas.setFillColor(white)
    canvas.rect(STRIP_W / 2 - code_w / 2 - 1.2, -PAD - 7.4, code_w + 2.4, 8.0, stroke=0, fill=1)
    text.line(STRIP_W / 2 - code_w / 2, -PAD - 5.4, code, FONT, 6.0, INK)


def _paint_cell(
    canvas: Canvas,
    text: Text,
    late: list[Callable[[], None]],
    day: DayView,
    phase: Phase,
    x: float,
    width: float,
    height: float,
) -> None:
    """One day's background and content; markers, ticks and frames go in ``late``."""
    if day.away is not None:
        # The top line stays clear of the hatching: the reason and the day number.
        top_line = PAD + LEADING
        canvas.setFillColor(AWAY_FILL)
        canvas.rect(x, -top_line, width, top_line, stroke=0, fill=1)
        draw_away(canvas, x, -height, width, height - top_line)
    elif day.races:
        canvas.setFillColor(RACE_FILL)
        canvas.rect(x, -height, width, height, stroke=0, fill=1)
    elif day.rest:
        canvas.setFillColor(REST_FILL)
        canvas.rect(x, -height, width, height, stroke=0, fill=1)
    if day.a_race:
        late.append(partial(_frame_a_race, canvas, x, width, height))
    y = -PAD
    left = x + PAD
    for item in day.items:
        first = y - SIZE + 0.5
        if item.kind == "race" and item.priority is not None:
            priority = item.priority
            marker_top = first + SIZE * 0.5 + marker_width(priority, MARKER) / 2
            late.append(partial(draw_race_marker, canvas, priority, left + MARKER / 2,
                                marker_top, MARKER))
            font = FONT_BOLD if priority is Priority.A else FONT
            text.lines(left + MARKER + BOX_GAP, first, item.text, font, INK)
        elif item.kind == "session":
            look = LOOKS[phase]
            canvas.setFillColor(look.tint)
            canvas.setStrokeColor(look.ink)
            canvas.setLineWidth(0.5)
            canvas.rect(left, y - item.height, width - 2 * PAD, item.height, stroke=1, fill=1)
            tick_y = y - ITEM_GAP - 0.5 - BOX
            late.append(partial(_tick_box, canvas, left + ITEM_GAP, tick_y))
            text.lines(left + ITEM_GAP + BOX + BOX_GAP, first - ITEM_GAP, item.text, FONT, INK)
        elif item.kind == "away":
            label_w = stringWidth(item.text, FONT_BOLD, SIZE)
            canvas.setFillColor(white)
            canvas.rect(left - 1, first - 2.0, label_w + 2, LEADING + 0.5, stroke=0, fill=1)
            text.lines(left, first, item.text, FONT_BOLD, INK)
        else:
            text.lines(left, first, item.text, FONT, MUTED if item.kind == "rest" else INK)
        y -= item.height + ITEM_GAP


def _frame_a_race(canvas: Canvas, x: float, width: float, height: float) -> None:
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.0)
    canvas.rect(x + 0.5, -height + 0.5, width - 1, height - 1, stroke=1, fill=0)


def _tick_box(canvas: Canvas, x: float, y: float) -> None:
    canvas.setStrokeColor(INK)
    canvas.setFillColor(white)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, BOX, BOX, stroke=1, fill=1)
