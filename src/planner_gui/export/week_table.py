"""The week-by-week table of an athlete's plan (landscape, header repeated per page)."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from typing import Any

import reportlab
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Table, TableStyle

from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.phase_style import LOOKS
from planner_gui.export.styles import (
    EMPTY,
    HEADER_FILL,
    INK,
    MUTED,
    RULE,
    clip_lines,
    grey,
    wrap_lines,
)
from planner_gui.model.date_text import format_range
from planner_gui.model.engine import Flag, WeekPlan
from planner_gui.model.race_look import race_with_glyph
from planner_gui.model.season import Race

HEADERS = (
    "Wk", "Dates", "Phase", "Block week", "Races", "Sessions", "Sets × reps", "Rest",
    "Effort", "Strength focus", "Running focus",
)
"""Column titles; tests look for them on every table page."""

SIZE = 7.0
KEEP_TOGETHER = 6
"""Fewest week rows on any page of the table (unless the whole table is shorter)."""
LEADING = 8.6
PAD = 2.5
_TOP, _BOTTOM = 2.0, 2.5
KEEP_ROOM = 400.0
"""Most height of the rows kept together at either end of the table: well within the
smallest landscape frame (A4, about 500 points) under the table's heading (at most
about 70 points, for the longest athlete name)."""
# Widths of the narrow columns in points; the two focus columns share what is left.
_FIXED = (19.0, 60.0, 80.0, 30.0, 82.0, 56.0, 48.0, 38.0, 64.0)
_STRENGTH_SHARE = 0.58
RACE_LINES = 2
"""A long race name is cut after this many lines (the summary page has it in full)."""
MAX_RACES = 3
"""Races named in one week's cell; more are counted. A table row cannot break across
pages, so a week with many races, or races with long names, must stay short enough
to share a page with its neighbours (and with the rows kept together with it)."""


def column_widths(width: float) -> list[float]:
    """Widths for a frame ``width`` points wide."""
    rest = max(width - sum(_FIXED), 150.0)
    return [*_FIXED, rest * _STRENGTH_SHARE, rest * (1 - _STRENGTH_SHARE)]


_RACES = HEADERS.index("Races")
_BLANK_WHEN_EMPTY = frozenset({3, _RACES})
"""Block week and races: empty is the natural reading (no block, no race); the
prescription columns print an em dash for what the source does not prescribe."""


def _cell(text: str | None, width: float, bold: bool = False, blank: bool = False) -> str:
    if not text:
        return "" if blank else EMPTY
    return wrap_lines(text, width - 2 * PAD, SIZE, bold)


def _race_text(race: Race, inner: float, bold: bool) -> str:
    """"◆ City Marathon", wrapped to ``inner`` and cut after ``RACE_LINES`` lines."""
    text = race_with_glyph(race)
    lines = clip_lines(text, inner, SIZE, RACE_LINES, bold).split("\n")
    glyph, _, name = text.partition(" ")
    if len(lines) > 1 and lines[0] == glyph:
        # The name's first word is wider than the cell: it starts beside the glyph
        # rather than leaving the glyph alone on a line of the few it has.
        font = FONT_BOLD if bold else FONT
        indent = stringWidth(f"{glyph} ", font, SIZE)
        lines = clip_lines(name, inner - indent, SIZE, RACE_LINES, bold).split("\n")
        lines[0] = f"{glyph} {lines[0]}"
    return "\n".join(lines)


def _races_text(week: WeekPlan, width: float, bold: bool) -> str:
    """The week's races, each cut to ``RACE_LINES``, past ``MAX_RACES`` only counted."""
    inner = width - 2 * PAD
    lines = [_race_text(race, inner, bold) for race in week.races[:MAX_RACES]]
    if len(week.races) > MAX_RACES:
        lines.append(f"+{len(week.races) - MAX_RACES} more")
    return "\n".join(lines)


def _phase_text(week: WeekPlan) -> str:
    lines = [week.phase.label]
    if Flag.RACE_WEEK in week.flags:
        lines.append("race week")
    if Flag.B_RACE_WEEK in week.flags:
        lines.append("B race: one light session")
    return "\n".join(lines)


def _dates(week: WeekPlan, with_year: bool) -> str:
    """"4 – 10 Jan" or "29 Mar – 4 Apr", with the year under it when asked."""
    text = format_range(week.start, week.end, year=False)
    return f"{text}\n{week.end.year}" if with_year else text


def week_row(week: WeekPlan, widths: Sequence[float], with_year: bool = False) -> list[str]:
    """One table row of plain, pre-wrapped strings."""
    bold = Flag.RACE_WEEK in week.flags
    s = week.strength
    values = (
        str(week.index),
        _dates(week, with_year),
        _phase_text(week),
        str(week.block_week) if week.block_week is not None else "",
        "",  # the races: wrapped and cut below
        s.sessions_text,
        s.sets_reps,
        s.rest,
        s.effort,
        s.focus,
        week.running,
    )
    row = [
        _cell(value, width, bold, column in _BLANK_WHEN_EMPTY)
        for column, (value, width) in enumerate(zip(values, widths, strict=True))
    ]
    row[_RACES] = _races_text(week, widths[_RACES], bold)
    return row


AS_ABOVE = "as above"

# ReportLab's private API, fenced here: PlanTable overrides Table.draw,
# Table._drawCell(cellval, cellstyle, pos, size) and Table.split, and edits a split
# part's _cellvalues, _cellStyles and _argH. Checked against REPORTLAB_CHECKED (the
# floor is pyproject.toml's); CI runs the export tests on the floor and on the newest
# (.ci/run), and tests/export/test_reportlab_fence.py compares the fast text path with
# ReportLab's own drawing on the installed version.
REPORTLAB_CHECKED = ((4, 0, 4), (5, 1, 0))
"""The oldest and the newest ReportLab the overrides were checked against."""
REPORTLAB_BELOW = (6,)
"""pyproject.toml's upper bound: the next major version, not checked yet."""


def reportlab_version(text: str = reportlab.Version) -> tuple[int, ...]:
    """"4.0.4" → (4, 0, 4)."""
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


FAST_TEXT = REPORTLAB_CHECKED[0] <= reportlab_version() < REPORTLAB_BELOW
"""Whether PlanTable draws its text its own way; on a ReportLab it was not checked
against, ReportLab's drawing is used (slower, same page)."""

_TEXT_ALIGNMENTS = frozenset({"LEFT", "RIGHT", "CENTER", "CENTRE"})
_REPEATABLE = range(5, len(HEADERS))  # the prescription columns


class PlanTable(Table):
    """A table whose repeated prescriptions read "as above", except at the top of a page.

    A prescription is the same for every week of a phase, and printing it in full
    on every row tripled the table's length. The first row on each page always shows
    the full text, so no page depends on the one before it.
    """

    full_rows: list[list[str]] | None = None
    _text: PDFTextObject | None = None
    _text_font: tuple[object, ...] = ()
    _text_colour: object = None

    def draw(self) -> None:
        # The text cells of this part of the table go into one text object (see
        # _drawCell), written once ReportLab has drawn the backgrounds and rules; text
        # and rules never overlap, so the page looks the same, and the text keeps its
        # row-by-row reading order.
        if not FAST_TEXT:
            super().draw()
            return
        self._text, self._text_font, self._text_colour = self.canv.beginText(), (), None
        super().draw()
        text, self._text = self._text, None
        self.canv.drawText(text)

    def _drawCell(self, cellval: object, cellstyle: Any, pos: Any, size: Any) -> None:
        # ReportLab draws each line of each cell as its own text object and sets font
        # and colour again for each cell (every cell has its own style object). One
        # text object for the whole table part, with font and colour set only when
        # they change (bold race weeks, muted "as above"), draws the same glyphs at a
        # fraction of the cost: 53 rows × 11 columns × a whole squad. Anything else
        # (flowables, other alignments, links) goes the usual way.
        if cellval == "":
            return
        text = self._text
        alignment = cellstyle.alignment
        if (
            text is None
            or not isinstance(cellval, str)
            or alignment not in _TEXT_ALIGNMENTS
            or cellstyle.valign != "TOP"
            or cellstyle.href
            or cellstyle.destination
            # Right-to-left and shaped text: CellStyle has them since ReportLab 4.4.
            or getattr(cellstyle, "direction", None)
            or getattr(cellstyle, "shaping", None)
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        font, font_size, leading = cellstyle.fontname, cellstyle.fontsize, cellstyle.leading
        colpos, rowpos = pos
        colwidth, rowheight = size
        y = rowpos + rowheight - cellstyle.topPadding - font_size  # first baseline
        # Font and colour each only when they change: a muted "as above" between two
        # prescriptions changes the colour alone, and setting the font again made
        # ReportLab repeat the font selection before the next line too.
        if (font, font_size, leading) != self._text_font:
            text.setFont(font, font_size, leading)
            self._text_font = (font, font_size, leading)
        if cellstyle.color != self._text_colour:
            text.setFillColor(cellstyle.color)
            self._text_colour = cellstyle.color
        if alignment == "LEFT":
            text.setTextOrigin(colpos + cellstyle.leftPadding, y)
            text.textLines(cellval, trim=0)
            return
        for line in cellval.split("\n"):
            width = stringWidth(line, font, font_size)
            if alignment == "RIGHT":
                x = colpos + colwidth - cellstyle.rightPadding - width
            else:
                x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding - width) / 2
            text.setTextOrigin(x, y)
            text.textLine(line)
            y -= leading

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts: list[Table] = super().split(availWidth, availHeight)
        full = self.full_rows
        if len(parts) == 2 and full is not None:
            first_part, rest = parts
            kept = len(first_part._cellvalues)
            remaining = [full[0], *full[kept:]]
            if len(rest._cellvalues) > 1:
                rest._cellvalues[1] = list(remaining[1])
                rest._argH[1] = None  # the full text needs its own height
                styles = [copy.copy(style) for style in rest._cellStyles[1]]
                for style in styles:
                    style.color = INK
                rest._cellStyles[1] = styles
            if isinstance(rest, PlanTable):
                rest.full_rows = remaining
        return parts


def _with_repeats_shortened(
    rows: list[list[str]], weeks: Sequence[WeekPlan]
) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """Rows with long repeated cells replaced by ``AS_ABOVE``, and the cells replaced.

    Race weeks always show their prescription in full: they are the rows a coach
    looks for.
    """
    shortened = [rows[0]]
    replaced = []
    for index in range(1, len(rows)):
        row = list(rows[index])
        if index > 1 and Flag.RACE_WEEK not in weeks[index - 1].flags:
            for column in _REPEATABLE:
                value = rows[index][column]
                if value == rows[index - 1][column] and len(value) > len(AS_ABOVE):
                    row[column] = AS_ABOVE
                    replaced.append((column, index))
        shortened.append(row)
    return shortened, replaced


def _column_runs(cells: Sequence[tuple[int, int]]) -> list[tuple[tuple[int, int], ...]]:
    """(column, row) cells as (first, last) ranges of consecutive rows in one column.

    "As above" cells come in long runs down a column (a phase's weeks): one style
    command per run instead of one per cell.
    """
    runs: list[tuple[tuple[int, int], ...]] = []
    for column, row in sorted(cells):
        if runs and runs[-1][1] == (column, row - 1):
            runs[-1] = (runs[-1][0], (column, row))
        else:
            runs.append(((column, row), (column, row)))
    return runs


def _row_height(row: Sequence[str]) -> float:
    """A row's height as ReportLab lays it out: its tallest cell's lines plus padding."""
    return max(cell.count("\n") + 1 for cell in row) * LEADING + _TOP + _BOTTOM


def week_table(weeks: Sequence[WeekPlan], width: float) -> Table:
    """The table for ``weeks``, fitted to a frame ``width`` points wide."""
    widths = column_widths(width)
    header = [wrap_lines(h, w - 2 * PAD, SIZE, True) for h, w in zip(HEADERS, widths, strict=True)]
    # The year shows on the first week and wherever a new year begins.
    full = [header] + [
        week_row(w, widths, i == 0 or w.end.year != weeks[i - 1].end.year)
        for i, w in enumerate(weeks)
    ]
    rows, replaced = _with_repeats_shortened(full, weeks)
    commands: list[tuple[object, ...]] = [
        # Every command visits each cell it covers (and again at each page split):
        # one FONT rather than FONTNAME + FONTSIZE + LEADING.
        ("FONT", (0, 0), (-1, -1), FONT, SIZE, LEADING),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), _TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _BOTTOM),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ]
    # One command per run of a phase: every command is re-applied at each page split.
    run_start = 1
    for row in range(1, len(weeks) + 1):
        if row == len(weeks) or weeks[row].phase is not weeks[run_start - 1].phase:
            tint = LOOKS[weeks[run_start - 1].phase].tint
            commands.append(("BACKGROUND", (2, run_start), (2, row), tint))
            run_start = row + 1
    for row, week in enumerate(weeks, start=1):
        if Flag.RACE_WEEK in week.flags:
            commands += [
                ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
                ("LINEABOVE", (0, row), (-1, row), 0.9, INK),
                ("LINEBELOW", (0, row), (-1, row), 0.9, INK),
                ("BACKGROUND", (4, row), (4, row), grey(0.9)),
            ]
        elif week.races:
            commands.append(("BACKGROUND", (4, row), (4, row), grey(0.94)))
    commands += [("TEXTCOLOR", first, last, MUTED) for first, last in _column_runs(replaced)]
    # A page with two or three weeks of a table reads like a leftover: the first and
    # the last KEEP_TOGETHER weeks stay together, so a short end moves rows over from
    # the page before (which still holds plenty).
    # Kept together only while the rows fit well within a page: a week of many races
    # makes tall rows, and rows that must stay together but cannot fit stop the export.
    # (In a short table the two ends overlap and keep the whole table together.)
    heights = [_row_height(row) for row in full]
    first = sum(heights[: KEEP_TOGETHER + 1])
    last = heights[0] + sum(heights[-KEEP_TOGETHER:])
    if len(weeks) < 2 * KEEP_TOGETHER:
        last = max(first, last, sum(heights))
    if first <= KEEP_ROOM:
        commands.append(("NOSPLIT", (0, 0), (-1, KEEP_TOGETHER)))
    if last <= KEEP_ROOM:
        commands.append(("NOSPLIT", (0, -KEEP_TOGETHER), (-1, -1)))
    table = PlanTable(rows, colWidths=widths, repeatRows=1, style=TableStyle(commands),
                      hAlign="LEFT")
    table.full_rows = full
    return table
