"""How time away looks on paper: a grey cell with dark diagonal hatching.

Shared by the day-by-day calendar (an away day's cell), the season strip (a bar under
the weeks away) and the legend, so "away" reads the same on every page, in colour
or on a black-and-white printer.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from planner_gui.export.styles import INK, grey

FILL = grey(0.86)
HATCH = grey(0.45)
_STEP = 4.5  # points between hatch lines: denser than any phase's hatch


def draw_away(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Fill a rectangle with the away look (no outline).

    The hatch is drawn once per document and size as a form and then only
    referenced: a long holiday repeats the same cell day after day.
    """
    if width <= 0 or height <= 0:
        return
    canvas.saveState()
    canvas.setFillColor(FILL)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    name = f"away_{round(width * 100)}_{round(height * 100)}"
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, width, height)
        path = canvas.beginPath()
        path.rect(0, 0, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(HATCH)
        canvas.setLineWidth(0.5)
        lines = []
        start = -height
        while start < width:
            lines.append((start, height, start + height, 0.0))  # falling to the right
            start += _STEP
        canvas.lines(lines)
        canvas.endForm()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


MARK_H = 5.0
"""Height of the bar that marks time away under a season strip's weeks (and in its legend)."""


def draw_away_mark(canvas: Canvas, x: float, y: float, width: float) -> None:
    """The time-away bar from ``x`` to ``x + width``, ``MARK_H`` tall, outlined in ink."""
    draw_away(canvas, x, y, width, MARK_H)
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.5)
    canvas.rect(x, y, width, MARK_H, stroke=1, fill=0)
    canvas.restoreState()
