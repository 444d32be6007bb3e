"""The season timeline: one lane per athlete, phases as bands, races as draggable markers.

Built from small parts (see the package docstring): ``TimeScale`` maps dates to x,
``LaneLayout`` maps athletes to y, ``TimelineRenderer`` paints, ``TimelineHits`` says
what is under the mouse, ``ScrollZoom`` keeps the zoom and scroll, and
``GestureRouter`` hands events to one gesture class per interaction, each of which
edits through the document. The view wires them together and keeps the public API;
the parts see it only as a ``TimelineHost``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
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
    QPalette,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QLineEdit, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model import edits
from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Season
from planner_gui.model.time_scale import TimeScale
from planner_gui.views.timeline.drag_preview import DragPreview
from planner_gui.views.timeline.gesture_router import GestureRouter
from planner_gui.views.timeline.lane_cache import LaneCache
from planner_gui.views.timeline.lane_items import LaneItems
from planner_gui.views.timeline.lane_layout import (
    HEADER_HEIGHT,
    LANE_HEIGHT,
    MARKER_Y,
    NAME_WIDTH,
    LaneLayout,
)
from planner_gui.views.timeline.scroll_zoom import ScrollZoom
from planner_gui.views.timeline.timeline_actions import TimelineActions
from planner_gui.views.timeline.timeline_colors import TimelineColors
from planner_gui.views.timeline.timeline_hits import TimelineHits
from planner_gui.views.timeline.timeline_renderer import Frame, TimelineRenderer

RESTYLE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange)
"""Events after which every cached colour, font metric and pixmap is stale."""


def _python_viewport() -> QWidget:
    """A viewport like the one QAbstractScrollArea makes, but made from Python.

    WORKAROUND: the first time Python receives a widget Qt made (``viewport()``),
    PySide6 6.11 finds its Python type by creating the type of every QWidget subclass
    it knows (QWizard, QMessageBox, …): 5–7 ms of each window start. A viewport made
    here already has its Python object, so ``viewport()`` is a lookup.
    """
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class TimelineView(QAbstractScrollArea):
    """The year timeline over a ``SeasonDocument``, sharing a ``Selection``.

    Mouse events arrive on ``viewport()``; every geometry helper below
    (``race_rect``, ``lane_rect``, ``x_for_date``, ``point_for``) answers in
    viewport coordinates, which is what tests and gestures need. ``hits`` answers
    what is under a point, ``scroll_zoom`` holds the zoom and scroll.

    Signals:
        message(str): something to tell the coach (a drop the season has no room for).
    """

    message = Signal(str)

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setViewport(_python_viewport())
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
        self._preview: DragPreview | None = None
        self._renderer = TimelineRenderer()
        self.hits = TimelineHits(self._renderer, self.frame, today)
        self.scroll_zoom = ScrollZoom(self, document, lambda: self.lanes, self._layout_changed)
        self._router = GestureRouter(self)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.viewport().setBackgroundRole(self.viewport().backgroundRole())
        self.setMinimumHeight(HEADER_HEIGHT + LANE_HEIGHT + 20)
        self.horizontalScrollBar().valueChanged.connect(self._layout_changed)
        self.verticalScrollBar().valueChanged.connect(self._layout_changed)
        document.season_changed.connect(self._season_changed)
        document.season_reset.connect(self._season_reset)
        selection.athlete_changed.connect(self._athlete_selected)
        selection.race_changed.connect(self._race_selected)
        self.view_actions = TimelineActions(self, self)
        for action in self.view_actions.all():
            self.addAction(action)
        self.scroll_zoom.update_scrollbars()

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
        return self.scroll_zoom.day_width

    @property
    def scale(self) -> TimeScale:
        """Date ↔ viewport x."""
        return self.scroll_zoom.scale

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
        return self._router.rename.editor

    def start_rename(self, race_id: str) -> None:
        """Open the inline editor over a race's name."""
        self._router.rename.start(race_id)

    def say(self, text: str) -> None:
        """Tell the coach something in words (``message``; the window's status bar)."""
        self.message.emit(text)

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
        x = math.floor(self.scale.x_of(day) + self.day_width / 2)
        return QPoint(x, round(top + MARKER_Y))

    def lane_rect(self, athlete_id: str) -> QRect:
        """The lane's rectangle right of the name column."""
        lanes = self.lanes
        top = lanes.lane_top(lanes.index_of(athlete_id))
        width = self.viewport().width() - NAME_WIDTH
        return QRect(NAME_WIDTH, round(top), width, LANE_HEIGHT)

    def race_rect(self, race_id: str) -> QRect:
        """The race marker's rectangle (empty when the race lies outside the season)."""
        return self.hits.race_rect(race_id)

    def lane_items(self, athlete_id: str) -> LaneItems:
        """What an athlete's lane shows and where (x in viewport, y from the lane's top)."""
        return self.hits.items(self.shown_season.athlete(athlete_id))

    # -- zoom and scrolling (kept by ScrollZoom) ----------------------------------------------

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the date under ``anchor_x`` (default: the middle) in place."""
        self.scroll_zoom.zoom_by(factor, anchor_x)

    def fit_season(self) -> None:
        """Show the whole season across the viewport."""
        self.scroll_zoom.fit_season()

    def go_to_today(self) -> None:
        """Centre today's date (when it lies inside the season)."""
        self.scroll_zoom.center_on(self.today)

    def center_on(self, day: dt.date) -> None:
        """Scroll so ``day`` is in the middle of the lanes."""
        self.scroll_zoom.center_on(day)

    def center_date(self) -> dt.date:
        """The day in the middle of the lanes (kept inside the season)."""
        return self.hits.day_at((NAME_WIDTH + self.viewport().width()) / 2)

    def ensure_race_visible(self, race_id: str) -> None:
        """Scroll the least needed to show a race's marker and name."""
        rect = self.race_rect(race_id)
        if rect.isEmpty():
            return
        athlete = edits.find_race(self.shown_season, race_id).athlete
        self.scroll_zoom.ensure_visible(rect, self.lanes.index_of(athlete.id))

    def ensure_lane_visible(self, index: int) -> None:
        """Scroll vertically so lane ``index`` is fully visible."""
        self.scroll_zoom.ensure_lane_visible(index)

    # -- document and selection ------------------------------------------------------------

    def _season_changed(self) -> None:
        self._router.cancel(only_drags=True)
        self.lane_cache.retain({a.id for a in self.document.season.athletes})
        self.scroll_zoom.season_changed()
        self.view_actions.update_today()
        self._layout_changed()

    def _season_reset(self) -> None:
        self._router.reset()
        self._preview = None
        self._renderer.reset()
        self.fit_season()

    def _athlete_selected(self, athlete_id: str) -> None:
        if athlete_id in self.lanes.athlete_ids:
            self.ensure_lane_visible(self.lanes.index_of(athlete_id))
        self.viewport().update()

    def _race_selected(self, race_id: str) -> None:
        if race_id and not self._router.busy:
            self.ensure_race_visible(race_id)
        self.viewport().update()

    def _layout_changed(self) -> None:
        self._router.rename.place()
        self.viewport().update()

    # -- events (each handed to the part that owns it) ---------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._router.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._router.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._router.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._router.double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._router.wheel(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._router.key_press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self._router.key_release(event)
        super().keyReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        # WORKAROUND: window-wide shortcuts (Edit ▸ Delete, arrow-key actions) would take
        # these keys before keyPressEvent; claim them while the timeline has a use for them.
        if isinstance(event, QKeyEvent) and self._router.claims_shortcut(event):
            event.accept()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scroll_zoom.resized()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RESTYLE_EVENTS:
            self._renderer.reset()
            self.viewport().update()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._router.drag_enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._router.drag_move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._router.drag_leave()

    def dropEvent(self, event: QDropEvent) -> None:
        self._router.drop(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self.hits.show_tooltip(event, self.viewport())
            return True
        return super().viewportEvent(event)

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
        p.end()
