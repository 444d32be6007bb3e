"""Race markers on paper: the shapes of ``planner_gui.model.race_look`` as ReportLab paths.

The timeline paints the same corners with QPainter, so an A race is the same
diamond in the window and on every sheet.
"""

from __future__ import annotations

from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas

from planner_gui.export.styles import INK
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority

OUTLINE = 0.5
"""White rim (points) that keeps a marker apart from the band or line under it."""


def marker_width(priority: Priority, size: float) -> float:
    """The width of a priority's marker when an A marker is ``size`` across."""
    return size * RACE_LOOKS[priority].scale


def marker_corners(
    priority: Priority, x: float, top: float, size: float
) -> list[tuple[float, float]]:
    """Page corners of a polygon marker hanging from ``top`` (empty for a circle).

    ``size`` is the width of an A marker; B and C markers are scaled down as on screen.
    """
    shape = RACE_LOOKS[priority].shape
    width = marker_width(priority, size)
    return shape.placed(x, top - shape.top() * width, width, y_up=True)


def draw_race_marker(canvas: Canvas, priority: Priority, x: float, top: float,
                     size: float) -> None:
    """A race's marker centred on ``x`` with its top at ``top``: ◆ A, ▲ B, ● C."""
    shape = RACE_LOOKS[priority].shape
    width = marker_width(priority, size)
    canvas.saveState()
    canvas.setFillColor(INK)
    canvas.setStrokeColor(white)
    canvas.setLineWidth(OUTLINE)
    canvas.setLineJoin(1)  # round: a mitred rim would stick out of the diamond's points
    if shape.is_circle:
        radius = shape.radius * width
        canvas.circle(x, top - radius, radius, stroke=1, fill=1)
    else:
        path = canvas.beginPath()
        (x0, y0), *rest = marker_corners(priority, x, top, size)
        path.moveTo(x0, y0)
        for cx, cy in rest:
            path.lineTo(cx, cy)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)
    canvas.restoreState()

