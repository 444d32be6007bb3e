"""How a phase looks on paper: a tint, a hatch pattern and a short code.

Tints, hatches and codes come from ``planner_gui.model.phase_look``, the table the window
uses too. Tints alone vanish on a black-and-white printer, where they all turn into
similar light greys, so the hatch is drawn in a darker ink and bands carry the
phase's name or code.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from planner_gui.model.phase_look import PHASE_LOOKS, Hatch
from planner_gui.model.phases import Phase


@dataclass(frozen=True, slots=True)
class PaperLook:
    """The printed appearance of one phase: the shared look as ReportLab colours."""

    tint: Color
    ink: Color
    hatch: Hatch
    code: str
    """One or two letters for bands too narrow for the short label."""


LOOKS: dict[Phase, PaperLook] = {
    phase: PaperLook(HexColor(look.light), HexColor(look.accent), look.hatch, look.code)
    for phase, look in PHASE_LOOKS.items()
}

_STEP = 4.0  # hatch spacing in points: visible at 100 % and distinct from each other


def draw_band(
    canvas: Canvas,
    phase: Phase,
    x: float,
    y: float,
    width: float,
    height: float,
    tile: float | None = None,
) -> None:
    """Fill a rectangle with a phase's tint and hatch (no outline).

    The hatch is drawn once per document and size as a form (PDF XObject) and
    stamped ``width / tile`` times: a season strip repeats the same week cell
    hundreds of times, and stamping keeps both the file and the export time small.
    """
    look = LOOKS[phase]
    canvas.saveState()
    canvas.setFillColor(look.tint)
    canvas.rect(x, y, width, height, stroke=0, fill=1)
    if look.hatch is not Hatch.NONE and width > 0 and height > 0:
        tile_w = tile if tile and tile <= width else width
        count = max(1, round(width / tile_w))
        name = _hatch_form(canvas, phase, tile_w, height)
        for index in range(count):
            canvas.saveState()
            canvas.translate(x + index * tile_w, y)
            canvas.doForm(name)
            canvas.restoreState()
    canvas.restoreState()


def _hatch_form(canvas: Canvas, phase: Phase, width: float, height: float) -> str:
    """The name of a form holding the phase's hatch over ``width`` × ``height``."""
    name = f"hatch_{phase.value}_{round(width * 100)}_{round(height * 100)}"
    if not canvas.hasForm(name):
        look = LOOKS[phase]
        canvas.beginForm(name, 0, 0, width, height)
        path = canvas.beginPath()
        path.rect(0, 0, width, height)
        canvas.clipPath(path, stroke=0, fill=0)
        canvas.setStrokeColor(look.ink)
        canvas.setFillColor(look.ink)
        canvas.setLineWidth(0.45)
        _hatch(canvas, look.hatch, 0, 0, width, height)
        canvas.endForm()
    return name


def _hatch(canvas: Canvas, hatch: Hatch, x: float, y: float, w: float, h: float) -> None:
    lines: list[tuple[float, float, float, float]] = []
    if hatch is Hatch.DOTS:
        row = 0
        yy = y + _STEP / 2
        while yy < y + h:
            xx = x + (_STEP / 2 if row % 2 else _STEP)
            while xx < x + w:
                canvas.rect(xx - 0.5, yy - 0.5, 1.0, 1.0, stroke=0, fill=1)
                xx += _STEP * 1.5
            yy += _STEP
            row += 1
        return
    if hatch is Hatch.LEVEL:
        yy = y + _STEP / 2
        while yy < y + h:
            lines.append((x, yy, x + w, yy))
            yy += _STEP
    if hatch in (Hatch.RISING, Hatch.CROSS):
        start = x - h
        while start < x + w:
            lines.append((start, y, start + h, y + h))
            start += _STEP * (1.5 if hatch is Hatch.CROSS else 1.0)
    if hatch in (Hatch.FALLING, Hatch.CROSS):
        start = x
        while start < x + w + h:
            lines.append((start, y, start - h, y + h))
            start += _STEP * 1.5
    canvas.lines(lines)
