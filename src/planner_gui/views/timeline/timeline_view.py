"""The season timeline: one lane per athlete, phases as bands, races as draggable markers.

Built from small parts (see the package docstring): ``TimeScale`` maps dates to x,
``LaneLayout`` maps athletes to y, ``LanePainter``/``GridPainter`` paint, and one
gesture class per interaction edits through the document. The view itself only
routes events and keeps the scroll and zoom state.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QToolTip, QWidget

from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete, Season
from planner_gui.model.time_scale import TimeScale
from planner_gui.views.document import SeasonDocument
from planner_gui.views.selection import Selection
from planner_gui.views.timeline.drag_preview import DragPreview
from planner_gui.views.timeline.drop_race_gesture import DropRaceGesture
from planner_gui.views.timeline.keyboard_edits import KeyboardEdits
from planner_gui.views.timeline.lane_cache import LaneCache
from planner_gui.views.timeline.lane_items import LaneItems
from planner_gui.views.timeline.lane_layout import (
    CONTENT_PAD,
    HEADER_HEIGHT,
    LABEL_TOP,
    LANE_HEIGHT,
    MARKER_Y,
    NAME_WIDTH,
    LaneLayout,
)
from planner_gui.views.timeline.move_race_gesture import MoveRaceGesture
from planner_gui.views.timeline.pan_zoom_gesture import PanZoomGesture
from planner_gui.views.timeline.race_name_editor import RaceNameEditor
from planner_gui.views.timeline.timeline_actions import TimelineActions
from planner_gui.views.timeline.timeline_colors import TimelineColors
from planner_gui.views.timeline.timeline_renderer import Frame, TimelineRenderer, aligned
from planner_gui.views.timeline.tooltips import band_tooltip, race_tooltip, warning_tooltip

MIN_DAY_WIDTH = 0.5
MAX_DAY_WIDTH = 48.0
AUTOSCROLL_MARGIN = 24
AUTOSCROLL_STEP = 12


EMPTY_ROSTER_HINT = "No athletes yet. Add one with Edit ▸ Add Athlete (Ctrl+Shift+N)."


class TimelineView(QAbstractScrollArea):
    """The year timeline over a ``SeasonDocument``, sharing a ``Selection``.

    Mouse events arrive on ``viewport()``; every geometry helper below
    (``race_rect``, ``lane_rect``, ``x_for_date``, ``point_for``) answers in
    viewport coordinates, which is what tests and gestures need.
    """

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName("Season timeline")
        self.setAccessibleDescription(
            "One lane per athlete with the training phases by week and the races as "
            "markers. Drag a race to change its date or onto another lane to move it "
            "(Ctrl copies). Left/Right move the selected race a day, Shift a week; "
            "Delete removes it; F2 renames it; Up/Down change athlete."
        )
        self.document = document
        self.selection = selection
        self._today = today
        self._day_width = 3.0
        self._fit = True
        self._preview: DragPreview | None = None
        self._renderer = TimelineRenderer()
        self._gesture: MoveRaceGesture | PanZoomGesture | None = None
        self._pan_zoom = PanZoomGesture(self)
        self._drop = DropRaceGesture(self)
        self._keys = KeyboardEdits(self)
        self._editor = RaceNameEditor(self.viewport())
        self._editor.finished.connect(self._rename_finished)
        self._editor.cancelled.connect(self._rename_cancelled)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(self.viewport().backgroundRole())
        self.setMinimumHeight(HEADER_HEIGHT + LANE_HEIGHT + 20)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        document.season_changed.connect(self._season_changed)
        document.season_reset.connect(self._season_reset)
        selection.athlete_changed.connect(self._athlete_selected)
        selection.race_changed.connect(self._race_selected)
        self.view_actions = TimelineActions(self)
        for action in self.view_actions.all():
            self.addAction(action)
        self._update_scrollbars()

    # -- state ------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        """Today's date (injectable for tests and screenshots)."""
        return self._today()

    @property
    def preview(self) -> DragPreview | None:
        """What a running drag shows instead of the document (None when idle)."""
        return self._preview

    @property
    def day_width(self) -> float:
        """Pixels per day (the zoom)."""
        return self._day_width

    @property
    def scale(self) -> TimeScale:
        """Date ↔ viewport x."""
        left = NAME_WIDTH + CONTENT_PAD - self.horizontalScrollBar().value()
        return TimeScale(self.document.calendar.start, self._day_width, left)

    @property
    def lanes(self) -> LaneLayout:
        """Athlete ↔ viewport y."""
        season = self.shown_season
        top = HEADER_HEIGHT - self.verticalScrollBar().value()
        return LaneLayout(tuple(a.id for a in season.athletes), top)

    @property
    def shown_season(self) -> Season:
        """The season on screen: the drag preview's, or the document's."""
        return self._preview.season if self._preview else self.document.season

    def shown_plan(self, athlete_id: str) -> AthletePlan:
        """The plan on screen for an athlete (the preview's while dragging)."""
        if self._preview and athlete_id in self._preview.plans:
            return self._preview.plans[athlete_id]
        return self.document.plans[athlete_id]

    def drag_label(self) -> str:
        """The floating label's text during a drag ("" when none)."""
        return self._preview.label if self._preview else ""

    def rename_editor(self) -> QLineEdit | None:
        """The inline race-name editor while it is open."""
        return self._editor if self._editor.race_id else None

    def set_preview(self, preview: DragPreview | None) -> None:
        """Show a drag preview (None: show the document again)."""
        self._preview = preview
        self.viewport().update()

    # -- geometry (viewport coordinates) ---------------------------------------------------

    def x_for_date(self, day: dt.date) -> float:
        """Left edge of ``day``."""
        return self.scale.x_of(day)

    def point_for(self, athlete_id: str, day: dt.date) -> QPoint:
        """The middle of ``day`` on the marker line of an athlete's lane."""
        lanes = self.lanes
        top = lanes.lane_top(lanes.index_of(athlete_id))
        return QPoint(math.floor(self.scale.x_of(day) + self._day_width / 2), round(top + MARKER_Y))

    def lane_rect(self, athlete_id: str) -> QRect:
        """The lane's rectangle right of the name column."""
        lanes = self.lanes
        top = lanes.lane_top(lanes.index_of(athlete_id))
        width = self.viewport().width() - NAME_WIDTH
        return QRect(NAME_WIDTH, round(top), width, LANE_HEIGHT)

    def race_rect(self, race_id: str) -> QRect:
        """The race marker's rectangle (empty when the race lies outside the season)."""
        return aligned(self._renderer.race_rect(self.frame(), race_id))

    def athlete_at(self, y: float, *, clamp: bool) -> str | None:
        """The athlete whose lane is at ``y`` (clamped to the first/last lane if asked)."""
        lanes = self.lanes
        index = lanes.nearest_index(y) if clamp else lanes.index_at(y)
        return None if index is None else lanes.athlete_ids[index]

    def day_at(self, x: float) -> dt.date:
        """The day under ``x``, kept inside the season."""
        calendar = self.document.calendar
        return min(max(self.scale.date_at(x), calendar.start), calendar.end)

    def in_lanes(self, pos: QPointF) -> bool:
        """Whether ``pos`` is on the lanes (not on the header or the name column)."""
        return pos.x() >= NAME_WIDTH and pos.y() >= HEADER_HEIGHT

    def lane_items(self, athlete_id: str) -> LaneItems:
        """What an athlete's lane shows and where (x in viewport, y from the lane's top)."""
        return self._items(self.shown_season.athlete(athlete_id))

    def _items(self, athlete: Athlete) -> LaneItems:
        return self._renderer.items(self.frame(), athlete)

    def _hit_race(self, pos: QPointF) -> tuple[Athlete, LaneItems, float] | None:
        lanes = self.lanes
        index = lanes.index_at(pos.y())
        if index is None or not self.in_lanes(pos):
            return None
        athlete = self.shown_season.athletes[index]
        return athlete, self._items(athlete), lanes.lane_top(index)

    # -- zoom and scrolling ------------------------------------------------------------------

    def _fit_width(self) -> float:
        days = self.document.calendar.weeks * 7
        usable = self.viewport().width() - NAME_WIDTH - 2 * CONTENT_PAD
        return max(MIN_DAY_WIDTH, usable / max(days, 1))

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the date under ``anchor_x`` (default: the middle) in place."""
        if anchor_x is None:
            anchor_x = (NAME_WIDTH + self.viewport().width()) / 2
        width = min(max(self._day_width * factor, self._fit_width()), MAX_DAY_WIDTH)
        if math.isclose(width, self._day_width):
            return
        zoomed = self.scale.zoomed(width / self._day_width, anchor_x)
        self._fit = math.isclose(width, self._fit_width())
        self._day_width = width
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(NAME_WIDTH + CONTENT_PAD - zoomed.left))
        self._layout_changed()

    def fit_season(self) -> None:
        """Show the whole season across the viewport."""
        self._fit = True
        self._day_width = self._fit_width()
        self._update_scrollbars()
        self._layout_changed()

    def go_to_today(self) -> None:
        """Centre today's date (when it lies inside the season)."""
        self.center_on(self.today)

    def center_on(self, day: dt.date) -> None:
        """Scroll so ``day`` is in the middle of the lanes."""
        middle = (NAME_WIDTH + self.viewport().width()) / 2
        bar = self.horizontalScrollBar()
        bar.setValue(round(bar.value() + self.scale.x_of(day) - middle))

    def ensure_race_visible(self, race_id: str) -> None:
        """Scroll the least needed to show a race's marker and name."""
        rect = self.race_rect(race_id)
        if rect.isEmpty():
            return
        area = QRect(
            NAME_WIDTH,
            HEADER_HEIGHT,
            self.viewport().width() - NAME_WIDTH,
            self.viewport().height() - HEADER_HEIGHT,
        )
        h = self.horizontalScrollBar()
        if rect.left() - 40 < area.left():
            h.setValue(h.value() - (area.left() - rect.left() + 40))
        elif rect.right() + 40 > area.right():
            h.setValue(h.value() + (rect.right() + 40 - area.right()))
        self.ensure_lane_visible(self.lanes.athlete_ids.index(self._athlete_of(race_id)))

    def ensure_lane_visible(self, index: int) -> None:
        """Scroll vertically so lane ``index`` is fully visible."""
        top = self.lanes.lane_top(index)
        bar = self.verticalScrollBar()
        if top < HEADER_HEIGHT:
            bar.setValue(bar.value() - round(HEADER_HEIGHT - top))
        elif top + LANE_HEIGHT > self.viewport().height():
            bar.setValue(bar.value() + round(top + LANE_HEIGHT - self.viewport().height()))

    def autoscroll(self, pos: QPointF) -> None:
        """Nudge the scroll when a drag reaches the edge of the lanes."""
        vw, vh = self.viewport().width(), self.viewport().height()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if pos.x() < NAME_WIDTH + AUTOSCROLL_MARGIN:
            h.setValue(h.value() - AUTOSCROLL_STEP)
        elif pos.x() > vw - AUTOSCROLL_MARGIN:
            h.setValue(h.value() + AUTOSCROLL_STEP)
        if pos.y() < HEADER_HEIGHT + AUTOSCROLL_MARGIN / 2:
            v.setValue(v.value() - AUTOSCROLL_STEP)
        elif pos.y() > vh - AUTOSCROLL_MARGIN / 2:
            v.setValue(v.value() + AUTOSCROLL_STEP)

    def _update_scrollbars(self) -> None:
        vw, vh = self.viewport().width(), self.viewport().height()
        page_w = max(0, vw - NAME_WIDTH)
        content_w = math.ceil(self.document.calendar.weeks * 7 * self._day_width + 2 * CONTENT_PAD)
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, content_w - page_w))
        h.setPageStep(page_w)
        h.setSingleStep(max(1, round(7 * self._day_width)))
        page_h = max(0, vh - HEADER_HEIGHT)
        v = self.verticalScrollBar()
        v.setRange(0, max(0, len(self.shown_season.athletes) * LANE_HEIGHT - page_h))
        v.setPageStep(page_h)
        v.setSingleStep(LANE_HEIGHT // 2)

    def _athlete_of(self, race_id: str) -> str:
        for athlete in self.shown_season.athletes:
            if any(r.id == race_id for r in athlete.races):
                return athlete.id
        raise KeyError(race_id)

    # -- document and selection ------------------------------------------------------------

    def _season_changed(self) -> None:
        if isinstance(self._gesture, MoveRaceGesture):
            self._gesture.cancel()
            self._gesture = None
        self.lane_cache.retain({a.id for a in self.document.season.athletes})
        if self._fit:
            self._day_width = self._fit_width()
        self._update_scrollbars()
        self.view_actions.update_today()
        self._layout_changed()

    def _season_reset(self) -> None:
        self._editor.cancel()
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None
        self._preview = None
        self._renderer.reset()
        self.fit_season()

    def _athlete_selected(self, athlete_id: str) -> None:
        if athlete_id in self.lanes.athlete_ids:
            self.ensure_lane_visible(self.lanes.index_of(athlete_id))
        self.viewport().update()

    def _race_selected(self, race_id: str) -> None:
        if race_id and self._gesture is None:
            self.ensure_race_visible(race_id)
        self.viewport().update()

    def _scrolled(self) -> None:
        self._layout_changed()

    def _layout_changed(self) -> None:
        self._place_editor()
        self.viewport().update()

    # -- renaming ----------------------------------------------------------------------------

    def start_rename(self, race_id: str) -> None:
        """Open the inline editor over a race's name."""
        loc = next(r for a in self.document.season.athletes for r in a.races if r.id == race_id)
        self.ensure_race_visible(race_id)
        self._editor.start(race_id, loc.name)
        self._place_editor()

    def _place_editor(self) -> None:
        race_id = self._editor.race_id
        if not race_id:
            return
        rect = self.race_rect(race_id)
        if rect.isEmpty():
            self._editor.cancel()  # the race left the season (undo, edit elsewhere)
            return
        metrics = self._editor.fontMetrics()
        width = max(160, min(280, metrics.horizontalAdvance(self._editor.text()) + 30))
        height = self._editor.sizeHint().height()
        x = min(max(rect.center().x() - width // 2, NAME_WIDTH), self.viewport().width() - width)
        lane_top = rect.center().y() - MARKER_Y
        self._editor.setGeometry(x, round(lane_top + LABEL_TOP - 3), width, height)

    def _rename_finished(self, race_id: str, text: str) -> None:
        name = " ".join(text.split())
        try:
            current = next(
                r for a in self.document.season.athletes for r in a.races if r.id == race_id
            )
        except StopIteration:
            return  # the race went away (undo) while the editor was open
        if name and name != current.name:
            self.document.update_race(race_id, name=name)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rename_cancelled(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- events --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._gesture is not None:
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(pos)
            return
        if event.button() != Qt.MouseButton.LeftButton or pos.y() < HEADER_HEIGHT:
            return
        if pos.x() < NAME_WIDTH:
            athlete_id = self.athlete_at(pos.y(), clamp=False)
            if athlete_id:
                self.selection.select_athlete(athlete_id)
            return
        hit = self._hit_race(pos)
        if hit is None:
            return
        athlete, items, top = hit
        item = items.race_at(pos.x(), pos.y() - top)
        if item is None:
            self.selection.select_athlete(athlete.id)
            self._start_pan(pos)
            return
        self.selection.select_race(item.race.id)
        self._gesture = MoveRaceGesture(self, item.race, athlete.id, pos, pos.x() - item.center.x())

    def _start_pan(self, pos: QPointF) -> None:
        self._pan_zoom.press(pos)
        self._gesture = self._pan_zoom

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._gesture is not None:
            self._gesture.move(event.position(), event.modifiers())
            return
        hit = self._hit_race(event.position())
        over = hit is not None and hit[1].race_at(
            event.position().x(), event.position().y() - hit[2]
        )
        cursor = Qt.CursorShape.SizeHorCursor if over else Qt.CursorShape.ArrowCursor
        if self.viewport().cursor().shape() != cursor:
            self.viewport().setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.release(event.position(), event.modifiers())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit_race(event.position())
        if hit is not None:
            item = hit[1].race_at(event.position().x(), event.position().y() - hit[2])
            if item is not None:
                self._gesture = None
                self.selection.select_race(item.race.id)
                self.start_rename(item.race.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if isinstance(self._gesture, MoveRaceGesture):
            if key == Qt.Key.Key_Escape:
                self._gesture.cancel()
                self._gesture = None
            elif key == Qt.Key.Key_Control:
                self._gesture.set_copy(True)
            event.accept()
            return
        if not self._keys.handle(event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # WORKAROUND: window-wide shortcuts (Edit ▸ Delete, arrow-key actions) would take
        # these keys before keyPressEvent; claim them while the timeline has a use for them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (self._gesture is not None or self._keys.owns(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if isinstance(self._gesture, MoveRaceGesture) and event.key() == Qt.Key.Key_Control:
            self._gesture.set_copy(False)
        super().keyReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._pan_zoom.wheel(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._day_width = (
            self._fit_width() if self._fit else max(self._day_width, self._fit_width())
        )
        self._update_scrollbars()
        self._layout_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self._renderer.reset()
            self.viewport().update()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drop.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drop.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop.leave()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop.drop(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPointF) -> str:
        """The tooltip for what is under ``pos``: a race, a warning, a band or a name."""
        lanes = self.lanes
        index = lanes.index_at(pos.y())
        if index is None or pos.y() < HEADER_HEIGHT:
            return ""
        athlete = self.shown_season.athletes[index]
        items = self._items(athlete)
        if pos.x() < NAME_WIDTH:
            notes = [w.message for w in items.notes]
            return "\n".join([athlete.name, *notes])
        x, y = pos.x(), pos.y() - lanes.lane_top(index)
        race = items.race_at(x, y)
        if race is not None:
            return race_tooltip(race.race, self.today)
        warning = items.warning_at(x, y)
        if warning is not None:
            return warning_tooltip(warning.warnings, warning.torn_x is not None)
        band = items.band_at(x)
        if band is None:
            return ""
        day = self.scale.date_at(x)
        week = next((w for w in band.weeks if w.start <= day <= w.end), band.weeks[0])
        return band_tooltip(band, week, self.document.season.methodology)

    # -- painting ------------------------------------------------------------------------------

    @property
    def lane_cache(self) -> LaneCache:
        """The per-lane pixmap cache (its ``paints`` counter shows what a drag repaints)."""
        return self._renderer.lane_cache

    def colors(self) -> TimelineColors:
        """The colours for the current palette."""
        return self._renderer.colors(self.viewport().palette(), self.font())

    def frame(self) -> Frame:
        """What the viewport shows right now."""
        viewport = self.viewport()
        calendar = self.document.calendar
        today = self.today
        return Frame(
            width=viewport.width(),
            height=viewport.height(),
            ratio=viewport.devicePixelRatioF(),
            season=self.shown_season,
            calendar=calendar,
            scale=self.scale,
            lanes=self.lanes,
            plan_of=self.shown_plan,
            selected_athlete=self.selection.athlete_id,
            selected_race=self.selection.race_id,
            preview=self._preview,
            today=today if calendar.contains(today) else None,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self.colors()
        p = QPainter(self.viewport())
        self._renderer.paint(p, self.frame(), colors, self.palette())
        if not self.document.season.athletes:
            p.setPen(colors.muted_text)
            p.drawText(
                self.viewport().rect().adjusted(0, HEADER_HEIGHT, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                EMPTY_ROSTER_HINT,
            )
        p.end()
