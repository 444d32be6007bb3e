"""Paints a timeline frame from cached layers: header, name column, and one pixmap per lane.

The view hands over a ``Frame`` (what to show and where); the renderer keeps the
pixmaps that do not change during a drag, so a mouse move repaints only the lanes
whose plan changed, then blits everything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap

from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete, Methodology, Season
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.timeline.drag_preview import DragPreview
from planner_gui.views.timeline.grid_painter import GridPainter
from planner_gui.views.timeline.lane_cache import LaneCache
from planner_gui.views.timeline.lane_items import LaneItems
from planner_gui.views.timeline.lane_layout import (
    HEADER_HEIGHT,
    LANE_HEIGHT,
    MARKER_Y,
    NAME_WIDTH,
    LaneLayout,
)
from planner_gui.views.timeline.lane_painter import LanePainter, race_marker_path
from planner_gui.views.timeline.name_marks import NameMarks, name_marks
from planner_gui.views.timeline.timeline_colors import TimelineColors

EMPTY_ROSTER_HINT = "No athletes yet. Add one with Edit ▸ Add Athlete (Ctrl+Shift+N)."


@dataclass(frozen=True)
class Frame:
    """Everything one paint of the viewport depends on."""

    width: int
    height: int
    ratio: float
    season: Season
    calendar: SeasonCalendar
    scale: TimeScale
    lanes: LaneLayout
    plan_of: Callable[[str], AthletePlan]
    selected_athlete: str
    selected_race: str
    preview: DragPreview | None
    today: dt.date | None
    """Today, or None when it lies outside the season."""


class TimelineRenderer:
    """Owns the colours, the painters and the pixmap caches of one timeline."""

    def __init__(self) -> None:
        self.lane_cache = LaneCache()
        self._marks: dict[str, tuple[Athlete, AthletePlan, Methodology, NameMarks]] = {}
        self._layers: dict[str, tuple[Hashable, QPixmap]] = {}
        self._colors: TimelineColors | None = None
        self._font_key = ""
        self._lanes: LanePainter | None = None
        self._grid: GridPainter | None = None
        self._label_metrics: QFontMetricsF | None = None

    def reset(self) -> None:
        """Forget all pixels (palette, font or style changed; a new season)."""
        self._colors = None
        self._layers.clear()
        self.lane_cache.clear()

    def colors(self, palette: QPalette, font: QFont) -> TimelineColors:
        """The colours for ``palette``; rebuilds painters when palette or font change."""
        font_key = font.key()
        if (
            self._colors is None
            or self._colors.key != palette.cacheKey()
            or font_key != self._font_key
        ):
            self._colors = TimelineColors.from_palette(palette)
            self._font_key = font_key
            self._lanes = LanePainter(self._colors, font)
            self._grid = GridPainter(self._colors, font)
            self._label_metrics = QFontMetricsF(font)
            self._layers.clear()
            self.lane_cache.clear()
        return self._colors

    # -- geometry ------------------------------------------------------------------------

    def items(self, frame: Frame, athlete: Athlete) -> LaneItems:
        """The zones of an athlete's lane in ``frame``."""
        plan = frame.plan_of(athlete.id)
        return self.lane_cache.items(athlete, plan, frame.scale, frame.calendar)

    def marks(self, frame: Frame, athlete: Athlete) -> NameMarks:
        """What the names column shows by an athlete's name (notes, a warning sign)."""
        plan = frame.plan_of(athlete.id)
        methodology = frame.season.methodology
        cached = self._marks.get(athlete.id)
        # Seasons are immutable: the same objects mean the same marks.
        if cached and cached[0] is athlete and cached[1] is plan and cached[2] is methodology:
            return cached[3]
        marks = name_marks(athlete, plan, methodology)
        self._marks[athlete.id] = (athlete, plan, methodology, marks)
        return marks

    def race_rect(self, frame: Frame, race_id: str) -> QRectF:
        """A race marker's rectangle in viewport coordinates (empty when not shown)."""
        for index, athlete in enumerate(frame.season.athletes):
            if any(r.id == race_id for r in athlete.races):
                item = self.items(frame, athlete).race(race_id)
                if item is None:
                    return QRectF()
                return item.rect.translated(0, frame.lanes.lane_top(index))
        return QRectF()

    # -- painting --------------------------------------------------------------------------

    def paint(self, p: QPainter, frame: Frame, colors: TimelineColors, palette: QPalette) -> None:
        """Paint the whole viewport (``palette`` gives the floating label's text colour)."""
        assert self._lanes is not None and self._grid is not None
        w, h = frame.width, frame.height
        lanes = frame.lanes
        visible = lanes.visible_range(HEADER_HEIGHT, h)
        p.save()
        p.setClipRect(QRectF(NAME_WIDTH, HEADER_HEIGHT, w - NAME_WIDTH, h - HEADER_HEIGHT))
        size = (w - NAME_WIDTH, LANE_HEIGHT, frame.ratio)
        for index in visible:
            athlete = frame.season.athletes[index]
            pixmap = self.lane_cache.pixmap(
                athlete, frame.plan_of(athlete.id), frame.scale, frame.calendar, self._lanes,
                NAME_WIDTH, size, athlete.id == frame.selected_athlete,
                lambda lane, selected: self._lane_ground(lane, frame, selected),
            )  # fmt: skip
            p.drawPixmap(QPointF(NAME_WIDTH, lanes.lane_top(index)), pixmap)
        below = lanes.lane_top(visible.stop) if visible else HEADER_HEIGHT
        if below < h:  # the empty space under the last lane keeps the week grid
            p.fillRect(QRectF(NAME_WIDTH, below, w - NAME_WIDTH, h - below), colors.background)
            self._grid.grid(p, frame.scale, frame.calendar, below, h)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_overlays(p, frame, colors)
        if frame.today is not None:
            self._grid.today(p, frame.scale, frame.today, h)
        p.restore()
        p.drawPixmap(0, 0, self._layer("header", frame, (w, HEADER_HEIGHT), self._paint_header))
        p.drawPixmap(0, 0, self._layer("names", frame, (NAME_WIDTH, h), self._paint_names))
        if frame.today is not None:
            p.save()
            p.setClipRect(QRectF(NAME_WIDTH, 0, w - NAME_WIDTH, HEADER_HEIGHT))
            self._grid.today(p, frame.scale, frame.today, HEADER_HEIGHT)
            p.restore()
        self._paint_drag_label(p, frame, colors, palette)
        if not frame.season.athletes:
            p.setPen(colors.muted_text)
            p.drawText(
                QRectF(0, HEADER_HEIGHT, w, h - HEADER_HEIGHT),
                Qt.AlignmentFlag.AlignCenter,
                EMPTY_ROSTER_HINT,
            )

    def _lane_ground(self, p: QPainter, frame: Frame, selected: bool) -> None:
        """A lane's background (tinted for the selected athlete) and its week grid."""
        assert self._grid is not None and self._colors is not None
        if selected:
            lane = QRectF(NAME_WIDTH, 0, frame.width - NAME_WIDTH, LANE_HEIGHT)
            p.fillRect(lane, self._colors.selected_lane)
        self._grid.grid(p, frame.scale, frame.calendar, 0, LANE_HEIGHT)

    def _layer(
        self,
        name: str,
        frame: Frame,
        size: tuple[int, int],
        paint: Callable[[QPainter, Frame], None],
    ) -> QPixmap:
        """An opaque layer (header, names), repainted only when its inputs change."""
        key = self._layer_key(name, frame)
        cached = self._layers.get(name)
        if cached is not None and cached[0] == key:
            return cached[1]
        assert self._colors is not None
        pixmap = QPixmap(round(size[0] * frame.ratio), round(size[1] * frame.ratio))
        pixmap.setDevicePixelRatio(frame.ratio)
        pixmap.fill(self._colors.header)
        p = QPainter(pixmap)
        paint(p, frame)
        p.end()
        self._layers[name] = (key, pixmap)
        return pixmap

    def _layer_key(self, name: str, frame: Frame) -> Hashable:
        size = (frame.width, frame.height, frame.ratio)
        if name == "names":
            visible = frame.lanes.visible_range(HEADER_HEIGHT, frame.height)
            shown = tuple(
                (a.id, a.name, self.marks(frame, a))
                for a in frame.season.athletes[visible.start : visible.stop]
            )
            return (size, frame.lanes.top, visible.start, shown, frame.selected_athlete)
        return (size, frame.scale, frame.calendar)

    def _paint_header(self, p: QPainter, frame: Frame) -> None:
        assert self._grid is not None
        p.setClipRect(QRectF(NAME_WIDTH, 0, frame.width - NAME_WIDTH, HEADER_HEIGHT))
        self._grid.header(p, frame.scale, frame.calendar, frame.width)

    def _paint_names(self, p: QPainter, frame: Frame) -> None:
        assert self._grid is not None and self._colors is not None
        colors = self._colors
        visible = frame.lanes.visible_range(HEADER_HEIGHT, frame.height)
        marks = {
            athlete.id: self.marks(frame, athlete)
            for athlete in frame.season.athletes[visible.start : visible.stop]
        }
        p.setClipRect(QRectF(0, HEADER_HEIGHT, NAME_WIDTH, frame.height - HEADER_HEIGHT))
        self._grid.names(
            p, frame.lanes, frame.season.athletes, visible, frame.selected_athlete, marks,
            frame.height,
        )  # fmt: skip
        p.setClipping(False)
        p.fillRect(QRectF(0, 0, NAME_WIDTH, HEADER_HEIGHT), colors.header)
        p.setPen(colors.muted_text)
        p.drawText(
            QRectF(10, 0, NAME_WIDTH - 12, HEADER_HEIGHT),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            "Athletes",
        )
        p.setPen(QPen(colors.separator, 1.0))
        p.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(NAME_WIDTH, HEADER_HEIGHT - 0.5))

    def _paint_overlays(self, p: QPainter, frame: Frame, colors: TimelineColors) -> None:
        """The ghost of a dragged race, the ring around the selected race, lane separators."""
        lanes = frame.lanes
        p.setPen(QPen(colors.separator, 1.0))
        for index in lanes.visible_range(HEADER_HEIGHT, frame.height):
            y = lanes.lane_top(index) + LANE_HEIGHT - 0.5
            p.drawLine(QPointF(NAME_WIDTH, y), QPointF(frame.width, y))
        preview = frame.preview
        ghost = preview.ghost if preview is not None else None
        if ghost is not None and ghost.athlete_id in lanes.athlete_ids:
            top = lanes.lane_top(lanes.index_of(ghost.athlete_id))
            x = frame.scale.x_of(ghost.day) + frame.scale.day_width / 2
            p.setPen(QPen(colors.muted_text, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(race_marker_path(ghost.priority, QPointF(x, top + MARKER_Y)))
        race_id = preview.race_id if preview is not None else frame.selected_race
        rect = self.race_rect(frame, race_id) if race_id else QRectF()
        if rect.isEmpty():
            return
        radius = max(rect.width(), rect.height()) / 2 + 4
        p.setPen(QPen(colors.highlight, 2.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(rect.center(), radius, radius)

    def _paint_drag_label(
        self, p: QPainter, frame: Frame, colors: TimelineColors, palette: QPalette
    ) -> None:
        """The floating date label above the dragged marker."""
        preview = frame.preview
        if preview is None or self._label_metrics is None:
            return
        rect = self.race_rect(frame, preview.race_id)
        if rect.isEmpty():
            return
        metrics = self._label_metrics
        w, h = metrics.horizontalAdvance(preview.label) + 14, metrics.height() + 6
        x = min(max(rect.center().x() - w / 2, NAME_WIDTH + 2), frame.width - w - 2)
        y = rect.top() - h - 6
        if y < HEADER_HEIGHT + 2:
            y = rect.bottom() + 6
        box = QRectF(x, y, w, h)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colors.highlight, 1.2))
        p.setBrush(colors.label_background)
        p.drawRoundedRect(box, 4, 4)
        p.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, preview.label)


def aligned(rect: QRectF) -> QRect:
    """``rect`` as the integer rectangle that contains it."""
    return rect.toAlignedRect() if not rect.isEmpty() else QRect()
