"""Painting of one lane (bands, hatches, days away, race markers, names, warnings) and its pieces.

Pure drawing: the geometry comes from ``LaneItems`` and the colours from
``TimelineColors``. The legend reuses the same marker, swatch and glyph functions so
it always matches what the lanes show.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from planner_gui.model.date_text import format_date
from planner_gui.model.phase_look import PHASE_LOOKS
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.views.timeline.lane_items import MARKER_SIZE, BandItem, LaneItems
from planner_gui.views.timeline.lane_layout import BAND_HEIGHT, BAND_TOP, LABEL_HEIGHT, LABEL_TOP
from planner_gui.views.timeline.timeline_colors import TimelineColors

TOOTH = 4.0
"""Depth of the zigzag that marks a block cut short at the front."""


def race_marker_path(
    priority: Priority, center: QPointF, size: float | None = None
) -> QPainterPath:
    """A race marker: the priority's shape from the shared table (``race_look``).

    ``size`` is this marker's width; by default the lane's size for the priority.
    The PDF draws the same corners, so the shapes match on screen and on paper.
    """
    shape = RACE_LOOKS[priority].shape
    s = size or MARKER_SIZE[priority]
    path = QPainterPath()
    if shape.is_circle:
        path.addEllipse(center, shape.radius * s, shape.radius * s)
    else:
        corners = [QPointF(x, y) for x, y in shape.placed(center.x(), center.y(), s)]
        path.addPolygon(QPolygonF([*corners, corners[0]]))
    return path


def paint_race_marker(
    p: QPainter,
    priority: Priority,
    center: QPointF,
    colors: TimelineColors,
    size: float | None = None,
) -> None:
    """Draw a race marker with an outline that separates it from any band."""
    p.setPen(QPen(colors.marker_outline, 1.5))
    p.setBrush(colors.marker)
    p.drawPath(race_marker_path(priority, center, size))


def paint_warning_glyph(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
    """A warning triangle with an exclamation mark."""
    tri = QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()])
    p.setPen(QPen(colors.marker_outline, 1.0))
    p.setBrush(colors.warning)
    p.drawPolygon(tri)
    p.setPen(QPen(colors.warning_text, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    cx = rect.center().x()
    p.drawLine(
        QPointF(cx, rect.top() + rect.height() * 0.38),
        QPointF(cx, rect.top() + rect.height() * 0.68),
    )
    p.drawPoint(QPointF(cx, rect.top() + rect.height() * 0.84))


def paint_band(p: QPainter, rect: QRectF, phase: Phase, colors: TimelineColors) -> None:
    """A phase band: its fill, its hatch and a quiet border (free weeks get no border)."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colors.phase_fill[phase])
    p.drawRect(rect)
    hatch = colors.phase_hatch[phase]
    if hatch.style() is not Qt.BrushStyle.NoBrush:
        p.setBrush(hatch)
        p.drawRect(rect)
    if not PHASE_LOOKS[phase].quiet:
        p.setPen(QPen(colors.phase_border[phase], 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawLine(rect.topLeft(), rect.bottomLeft())
        p.drawLine(QPointF(rect.left(), rect.bottom()), rect.bottomRight())


def paint_away(p: QPainter, rect: QRectF, colors: TimelineColors) -> None:
    """Days away over a band: a grey wash, bold stripes and a line on the first and last day.

    The wash is translucent, so the phase's colour and hatch still show through.
    """
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colors.away_wash)
    p.drawRect(rect)
    p.setBrush(colors.away_stripes)
    p.drawRect(rect)
    p.setPen(QPen(colors.away_edge, 1.0))
    p.drawLine(QPointF(rect.left() + 0.5, rect.top()), QPointF(rect.left() + 0.5, rect.bottom()))
    p.drawLine(QPointF(rect.right() - 0.5, rect.top()), QPointF(rect.right() - 0.5, rect.bottom()))


def torn_edge(x: float, top: float, height: float) -> list[QPointF]:
    """The bite taken out of a band's left edge: a zigzag of teeth ``TOOTH`` deep.

    The first and last points close the bite on the left; the ones between are the zigzag.
    """
    points = [QPointF(x - 1, top)]
    steps = max(2, round(height / TOOTH))
    step = height / steps
    for i in range(steps + 1):
        points.append(QPointF(x + (TOOTH if i % 2 else 0.0), top + i * step))
    points.append(QPointF(x - 1, top + height))
    return points


class LanePainter:
    """Paints lanes with one set of colours and fonts."""

    def __init__(self, colors: TimelineColors, font: QFont):
        self.colors = colors
        self.band_font = QFont(font)
        self.band_font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        self.band_metrics = QFontMetricsF(self.band_font)
        self.name_font = QFont(font)
        self.name_font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        self.name_metrics = QFontMetricsF(self.name_font)
        self.main_name_font = QFont(self.name_font)
        self.main_name_font.setBold(True)
        self.main_name_metrics = QFontMetricsF(self.main_name_font)

    def paint(self, p: QPainter, items: LaneItems, x0: float, x1: float) -> None:
        """Paint a lane's contents between viewport x0 and x1 (lane-local y)."""
        colors = self.colors
        for band in items.bands:
            if band.x1 >= x0 and band.x0 <= x1:
                paint_band(p, band.rect, band.phase, colors)
        for warning in items.warnings:
            if warning.torn_x is not None:
                self._paint_torn(p, warning.torn_x)
        for away in items.away:
            if away.x1 >= x0 and away.x0 <= x1:
                paint_away(p, away.rect, colors)
        p.setFont(self.band_font)
        obstacles = sorted(
            [(r.rect.left() - 2, r.rect.right() + 2) for r in items.races]
            + [(w.rect.left() - 1, w.rect.right() + 1) for w in items.warnings]
        )
        for band in items.bands:
            if band.x1 >= x0 and band.x0 <= x1 and not PHASE_LOOKS[band.phase].quiet:
                self._paint_band_label(p, band, x0, x1, obstacles)
        for item in items.races:
            paint_race_marker(p, item.race.priority, item.center, colors)
        for warning in items.warnings:
            paint_warning_glyph(p, warning.rect, colors)
        self._paint_race_names(p, items, x0, x1)

    def _paint_torn(self, p: QPainter, x: float) -> None:
        edge = torn_edge(x, BAND_TOP, BAND_HEIGHT)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colors.background)
        p.drawPolygon(QPolygonF(edge))
        p.setPen(QPen(self.colors.warning, 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(QPolygonF(edge[1:-1]))

    def _paint_band_label(
        self,
        p: QPainter,
        band: BandItem,
        x0: float,
        x1: float,
        obstacles: list[tuple[float, float]],
    ) -> None:
        """The phase's name, in the visible part of the band, clear of markers and glyphs."""
        left = max(band.x0, x0) + 5
        right = min(band.x1, x1) - 3
        for label in (band.phase.label, band.phase.short_label):
            text_w = self.band_metrics.horizontalAdvance(label)
            start = _free_spot(left, right, text_w, obstacles)
            if start is not None:
                break
        else:
            return
        rect = QRectF(start, BAND_TOP + 1, text_w + 2, BAND_HEIGHT - 2)
        # A soft backing under the text keeps the hatch from cutting through letters.
        back = QRectF(start - 2, BAND_TOP + 4, text_w + 4, BAND_HEIGHT - 8)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.colors.phase_fill[band.phase])
        p.drawRoundedRect(back, 2, 2)
        p.setPen(self.colors.phase_text[band.phase])
        p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_race_names(self, p: QPainter, items: LaneItems, x0: float, x1: float) -> None:
        """Names under the markers, shortened so neighbours never overlap.

        Where two races crowd each other, the more important one keeps its name.
        """
        races = items.races
        widths = []
        for item in races:
            main = item.race.priority is Priority.A
            metrics = self.main_name_metrics if main else self.name_metrics
            widths.append(metrics.horizontalAdvance(item.race.name) + NAME_PAD)
        spans = race_label_spans(
            [item.center.x() for item in races],
            widths,
            [RANK[item.race.priority] for item in races],
            x0,
            x1,
        )
        for i, (left, right) in spans.items():
            item = races[i]
            main = item.race.priority is Priority.A
            metrics = self.main_name_metrics if main else self.name_metrics
            text = fitted_name(metrics, item.race.name, left, right)
            if not text or text == "…":
                continue
            rect = QRectF(left, LABEL_TOP, right - left, LABEL_HEIGHT)
            p.setFont(self.main_name_font if main else self.name_font)
            minor = item.race.priority is Priority.C
            p.setPen(self.colors.muted_text if minor else self.colors.text)
            p.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        p.setFont(self.name_font)
        for off in items.off_season:
            when = f"{off.race.name}, {format_date(off.race.date)}"
            if off.after:
                text, align = f"{when} →", Qt.AlignmentFlag.AlignRight
            else:
                text, align = f"← {when}", Qt.AlignmentFlag.AlignLeft
            rect = QRectF(
                items.season_x0 + 4, LABEL_TOP, items.season_x1 - items.season_x0 - 8, LABEL_HEIGHT
            )
            p.setPen(self.colors.muted_text)
            p.drawText(rect, align | Qt.AlignmentFlag.AlignTop, text)


RANK = {Priority.A: 0, Priority.B: 1, Priority.C: 2}
"""Which race keeps its name when names crowd: main races first."""

MIN_LABEL_HALF = 10.0
"""A name narrower than twice this is left out (the tooltip still has it)."""


def race_label_spans(
    centers: list[float], widths: list[float], ranks: list[int], x0: float, x1: float
) -> dict[int, tuple[float, float]]:
    """Where each race's name goes: ``{index: (left, right)}``, centred under its marker.

    Names are placed in order of rank (then from left to right). A name never overlaps
    one placed before it, and shares the room with a waiting neighbour of the same rank
    at the midpoint between them; a less important neighbour does not hold it back. A
    name with too little room is left out.
    """
    order = sorted(range(len(centers)), key=lambda i: (ranks[i], centers[i]))
    placed: dict[int, tuple[float, float]] = {}
    # The placed spans never overlap, so sorted by their left edge they are sorted by
    # their right edge too: the neighbours of x are found by bisection, not by looking
    # at every placed name (300 races in a lane made that quadratic, ~8 ms a repaint).
    lefts: list[float] = []
    rights: list[float] = []
    for n, i in enumerate(order):
        x = centers[i]
        k = bisect.bisect_left(lefts, x)  # spans [0, k) start left of x
        if k and rights[k - 1] > x:
            continue  # x is under a name placed before
        lo = max(x0, rights[k - 1]) if k else x0
        hi = min(x1, lefts[k]) if k < len(lefts) else x1
        following = order[n + 1] if n + 1 < len(order) else None
        if following is not None and ranks[following] == ranks[i]:
            # The nearest waiting neighbour of the same rank (the order is by x).
            hi = min(hi, (centers[following] + x) / 2)
        half = min(x - lo, hi - x, widths[i] / 2)
        if half >= MIN_LABEL_HALF:
            placed[i] = (x - half, x + half)
            lefts.insert(k, x - half)
            rights.insert(k, x + half)
    return placed


NAME_PAD = 4.0
"""Room a race name keeps from its neighbours (half on each side)."""


def fitted_name(metrics: QFontMetricsF, name: str, left: float, right: float) -> str:
    """``name`` as it fits between ``left`` and ``right`` (elided, "" when nothing fits).

    The span comes from ``race_label_spans``, which gave a name its width plus
    ``NAME_PAD``; taking the pad off again can land a hair under the width in floating
    point, and Qt would then cut "Mountain Ultra 60k" to "Mountain Ultra 6…".
    """
    room = right - left - NAME_PAD + 1e-6
    return metrics.elidedText(name, Qt.TextElideMode.ElideRight, room)


def _free_spot(
    left: float, right: float, width: float, obstacles: list[tuple[float, float]]
) -> float | None:
    """The leftmost start in ``left`` … ``right`` where ``width`` misses every obstacle."""
    start = left
    for lo, hi in obstacles:
        if hi <= start or lo >= start + width:
            continue
        start = hi + 1
    return start if start + width <= right else None
