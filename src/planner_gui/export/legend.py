"""Phase swatches and the legend that explains bands and race markers."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from planner_gui.export.away_look import MARK_H, draw_away_mark
from planner_gui.export.fonts import FONT
from planner_gui.export.phase_style import LOOKS, draw_band
from planner_gui.export.race_marker import draw_race_marker, marker_width
from planner_gui.export.season_strip import label_on_band
from planner_gui.export.stamp import Stamp
from planner_gui.export.styles import INK
from planner_gui.model.phase_look import LEGEND_ORDER
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import priority_legend
from planner_gui.model.season import Priority

LEGEND_PHASES = LEGEND_ORDER
"""Phases in the order a coach reads a block: base first, free weeks last."""

_SWATCH_W, _SWATCH_H = 22.0, 11.0
_SIZE = 7.0
_GAP = 10.0
_MARKER = 8.0  # width of the A diamond; B and C scale down as on screen
_MARKERS = tuple((priority, priority_legend(priority)) for priority in Priority)


class Swatch(Flowable):
    """A phase's band sample with its code on it."""

    def __init__(self, phase: Phase, width: float = _SWATCH_W, height: float = _SWATCH_H):
        super().__init__()
        self.phase, self.width, self.height = phase, width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        draw_band(canvas, self.phase, 0, 0, self.width, self.height)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        label_on_band(canvas, LOOKS[self.phase].code, self.width / 2, self.height / 2, 6.0)


AWAY = "away"
"""The legend key of the time-away mark."""
AWAY_TEXT = "Time away"

_Key = Phase | Priority | str


class Legend(Flowable):
    """Every phase's swatch and name, then the three race markers, wrapped to the width.

    With ``away``, the season strip's mark for time away comes last.
    """

    def __init__(self, away: bool = False) -> None:
        super().__init__()
        self.away = away
        self._items: list[tuple[float, float, _Key, str]] = []
        self._height = 0.0

    def _entries(self) -> list[tuple[_Key, str, float]]:
        entries: list[tuple[_Key, str, float]] = [
            (p, p.label, _SWATCH_W + 4 + stringWidth(p.label, FONT, _SIZE))
            for p in LEGEND_PHASES
        ]
        entries += [
            (pr, text, _MARKER + 3 + stringWidth(text, FONT, _SIZE)) for pr, text in _MARKERS
        ]
        if self.away:
            entries.append((AWAY, AWAY_TEXT, _SWATCH_W + 4 + stringWidth(AWAY_TEXT, FONT, _SIZE)))
        return entries

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        x, row, items = 0.0, 0, []
        line_h = _SWATCH_H + 4
        for key, text, width in self._entries():
            if x and x + width > availWidth:
                x, row = 0.0, row + 1
            items.append((x, row * line_h, key, text))
            x += width + _GAP
        self._items = items
        self._height = (row + 1) * line_h
        return availWidth, self._height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, _SIZE)
        for x, down, key, text in self._items:
            y = self._height - down - _SWATCH_H - 2
            if isinstance(key, Phase):
                draw_band(canvas, key, x, y, _SWATCH_W, _SWATCH_H)
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.5)
                canvas.rect(x, y, _SWATCH_W, _SWATCH_H, stroke=1, fill=0)
                label_on_band(canvas, LOOKS[key].code, x + _SWATCH_W / 2, y + _SWATCH_H / 2, 6.0)
                text_x = x + _SWATCH_W + 4
            elif isinstance(key, Priority):
                top = y + _SWATCH_H / 2 + marker_width(key, _MARKER) / 2
                draw_race_marker(canvas, key, x + _MARKER / 2, top, _MARKER)
                text_x = x + _MARKER + 3
            else:  # AWAY
                draw_away_mark(canvas, x, y + (_SWATCH_H - MARK_H) / 2, _SWATCH_W)
                text_x = x + _SWATCH_W + 4
            canvas.setFillColor(INK)
            canvas.setFont(FONT, _SIZE)
            canvas.drawString(text_x, y + 3, text)


def stamped_legend(away: bool = False) -> Flowable:
    """The legend as a stamp: it is the same on every sheet, so it is drawn once per
    document and each sheet only references it (with ``away``, the time-away mark too)."""
    return Stamp("legend+away" if away else "legend", lambda: Legend(away))
