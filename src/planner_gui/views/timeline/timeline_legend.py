"""The legend under the timeline's toolbar: phases (colour and hatch), race shapes,
warnings and days away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner_gui.model.phase_look import LEGEND_ORDER, PHASE_LOOKS
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.views.timeline.lane_painter import (
    paint_away,
    paint_band,
    paint_race_marker,
    paint_warning_glyph,
    torn_edge,
)
from planner_gui.views.timeline.timeline_colors import TimelineColors

AWAY_LABEL = "Away"
"""Days an athlete is away (a holiday, an illness): no strength sessions on them."""
SWATCH_W = 26
GAP = 14
ROW_PAD = 4
Painter = Callable[[QPainter, QRectF, TimelineColors], None]


def _band(phase: Phase) -> Painter:
    def paint(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
        paint_band(p, rect, phase, colors)
        if PHASE_LOOKS[phase].quiet:  # nearly background (free weeks): outline the swatch
            p.setPen(QPen(colors.separator, 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect)

    return paint


def _marker(priority: Priority) -> Painter:
    def paint(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
        paint_race_marker(p, priority, rect.center(), colors)

    return paint


def _compressed(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
    paint_band(p, rect, Phase.STRENGTH, colors)
    edge = torn_edge(rect.left(), rect.top(), rect.height())
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colors.background)
    p.drawPolygon(QPolygonF(edge))
    p.setPen(QPen(colors.warning, 1.5))
    p.drawPolyline(QPolygonF(edge[1:-1]))
    paint_warning_glyph(p, QRectF(rect.center().x() - 2, rect.top() - 3, 12, 12), colors)


def _away(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
    _band(Phase.FREE)(p, rect, colors)  # over the quietest band, so only the grey shows
    paint_away(p, rect, colors)


ENTRIES: list[tuple[str, Painter, bool]] = [
    *[(phase.label, _band(phase), True) for phase in LEGEND_ORDER],
    *[(look.label, _marker(priority), False) for priority, look in RACE_LOOKS.items()],
    ("Block cut short", _compressed, True),
    (AWAY_LABEL, _away, True),
]
"""Label, swatch painter and whether the swatch is a wide band (else a marker)."""


class TimelineLegend(QWidget):
    """What the colours, hatches and shapes on the timeline mean; wraps onto more rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self.setAccessibleName("Timeline legend")
        self.setAccessibleDescription(
            "Phases: "
            + ", ".join(label for label, _, band in ENTRIES if band)
            + ". Race shapes: "
            + ", ".join(f"{look.label} {look.shape_name}" for look in RACE_LOOKS.values())
            + "."
        )
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _entry_width(self, label: str, band: bool) -> int:
        swatch = SWATCH_W if band else 16
        return swatch + 5 + self.fontMetrics().horizontalAdvance(label)

    def _layout(self, width: int) -> list[tuple[QRectF, QRectF, str, Painter]]:
        row_h = self.fontMetrics().height() + 2 * ROW_PAD
        x, y = 0.0, 0.0
        out = []
        for label, paint, band in ENTRIES:
            w = self._entry_width(label, band)
            if x > 0 and x + w > width:
                x, y = 0.0, y + row_h
            swatch_w = SWATCH_W if band else 16
            swatch = QRectF(x, y + ROW_PAD + 1, swatch_w, row_h - 2 * ROW_PAD - 2)
            text = QRectF(x + swatch_w + 5, y, w - swatch_w - 5, row_h)
            out.append((swatch, text, label, paint))
            x += w + GAP
        return out

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rows = {round(text.top()) for _, text, _, _ in self._layout(width)}
        return len(rows) * (self.fontMetrics().height() + 2 * ROW_PAD)

    def sizeHint(self) -> QSize:
        width = sum(self._entry_width(label, band) + GAP for label, _, band in ENTRIES)
        return QSize(width, self.fontMetrics().height() + 2 * ROW_PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = TimelineColors.from_palette(self.palette())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for swatch, text, label, paint in self._layout(self.width()):
            paint(p, swatch, colors)
            p.setPen(self.palette().color(self.foregroundRole()))
            p.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        p.end()
