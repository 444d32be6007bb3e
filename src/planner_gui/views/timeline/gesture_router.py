"""Which gesture an event on the timeline starts, and where events go while it runs.

A press on a race marker starts a ``MoveRaceGesture``; a press on empty lane space
(or with the middle button) a pan by ``PanZoomGesture``; a press on a name selects
the athlete. Until the release every mouse move goes to that gesture, Escape cancels
a race drag and Ctrl switches it between moving and copying. Drags from the palette
or the races table go to the ``DropRaceGesture``; a double click opens the
``RenameRaceGesture``. Without a gesture the keys go to ``KeyboardEdits`` and the
wheel to ``PanZoomGesture``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QMouseEvent, QWheelEvent

from planner_gui.views.timeline.drop_race_gesture import DropRaceGesture
from planner_gui.views.timeline.keyboard_edits import KeyboardEdits
from planner_gui.views.timeline.lane_layout import HEADER_HEIGHT, NAME_WIDTH
from planner_gui.views.timeline.move_race_gesture import MoveRaceGesture
from planner_gui.views.timeline.pan_zoom_gesture import PanZoomGesture
from planner_gui.views.timeline.rename_race_gesture import RenameRaceGesture

if TYPE_CHECKING:
    from planner_gui.views.timeline.gesture import Gesture
    from planner_gui.views.timeline.timeline_host import TimelineHost


class GestureRouter:
    """Owns the gestures of one timeline and routes the viewport's events to them."""

    def __init__(self, host: TimelineHost):
        self._host = host
        self._gesture: Gesture[QMouseEvent] | None = None
        self._pan_zoom = PanZoomGesture(host)
        self._drop = DropRaceGesture(host)
        self._keys = KeyboardEdits(host)
        self.rename = RenameRaceGesture(host)
        """The inline race-name editor (F2, a double click, a new race dropped)."""

    @property
    def busy(self) -> bool:
        """Whether a press is being followed (a race drag or a pan, begun or not)."""
        return self._gesture is not None

    def cancel(self, *, only_drags: bool = False) -> None:
        """End the running gesture without committing it (only a race drag if asked)."""
        if self._gesture is None or (only_drags and not isinstance(self._gesture, MoveRaceGesture)):
            return
        self._gesture.cancel()
        self._gesture = None

    def reset(self) -> None:
        """Another season: close the name editor and end the running gesture, editing nothing."""
        self.rename.cancel()
        self.cancel()

    # -- mouse -------------------------------------------------------------------------------

    def press(self, event: QMouseEvent) -> None:
        """Start the gesture the press asks for (or select the athlete under a name)."""
        host = self._host
        pos = event.position()
        host.setFocus(Qt.FocusReason.MouseFocusReason)
        if self._gesture is not None:
            return
        if event.button() == Qt.MouseButton.MiddleButton:
            self._start_pan(pos)
            return
        if event.button() != Qt.MouseButton.LeftButton or pos.y() < HEADER_HEIGHT:
            return
        if pos.x() < NAME_WIDTH:
            athlete_id = host.hits.athlete_at(pos.y(), clamp=False)
            if athlete_id:
                host.selection.select_athlete(athlete_id)
            return
        hit = host.hits.race_at(pos)
        if hit is None:
            return
        athlete, item = hit
        if item is None:
            host.selection.select_athlete(athlete.id)
            self._start_pan(pos)
            return
        # Selected before the gesture exists, so the view still scrolls the race into view.
        host.selection.select_race(item.race.id)
        self._gesture = MoveRaceGesture(host, item.race, athlete.id, pos, pos.x() - item.center.x())

    def _start_pan(self, pos: QPointF) -> None:
        self._pan_zoom.press(pos)
        self._gesture = self._pan_zoom

    def move(self, event: QMouseEvent) -> None:
        """Feed the running gesture; without one, show which markers can be dragged."""
        if self._gesture is not None:
            self._gesture.move(event)
            return
        hit = self._host.hits.race_at(event.position())
        over = hit is not None and hit[1] is not None
        cursor = Qt.CursorShape.SizeHorCursor if over else Qt.CursorShape.ArrowCursor
        viewport = self._host.viewport()
        if viewport.cursor().shape() != cursor:
            viewport.setCursor(cursor)

    def release(self, event: QMouseEvent) -> None:
        """End the running gesture (a race drag commits here)."""
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.release(event)

    def double_click(self, event: QMouseEvent) -> None:
        """A double click on a race marker opens the name editor."""
        hit = self._host.hits.race_at(event.position())
        if hit is None or hit[1] is None:
            return
        race_id = hit[1].race.id
        self._gesture = None
        self._host.selection.select_race(race_id)
        self.rename.start(race_id)

    def wheel(self, event: QWheelEvent) -> None:
        """Scroll or zoom."""
        self._pan_zoom.wheel(event)

    # -- races dragged in from the palette or the races table -------------------------------

    def drag_enter(self, event: QDropEvent) -> None:
        """A drag entered the viewport: accept it if it carries a race of this season."""
        self._drop.enter(event)

    def drag_move(self, event: QDropEvent) -> None:
        """Preview the race under the mouse (or refuse the spot)."""
        self._drop.move(event)

    def drag_leave(self) -> None:
        """The drag left: show the document again."""
        self._drop.cancel()

    def drop(self, event: QDropEvent) -> None:
        """The race is dropped: one undo step."""
        self._drop.release(event)

    # -- keys --------------------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        """Act on a key press; False when nobody here has a use for it."""
        if isinstance(self._gesture, MoveRaceGesture):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
            elif key == Qt.Key.Key_Control:
                self._gesture.set_copy(True)
            event.accept()
            return True
        return self._keys.handle(event)

    def key_release(self, event: QKeyEvent) -> None:
        """Releasing Ctrl turns a copying race drag back into a move."""
        if isinstance(self._gesture, MoveRaceGesture) and event.key() == Qt.Key.Key_Control:
            self._gesture.set_copy(False)

    def claims_shortcut(self, event: QKeyEvent) -> bool:
        """Whether a shortcut-override key must reach the timeline, not the window's shortcuts."""
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        return self._gesture is not None or self._keys.owns(event)
