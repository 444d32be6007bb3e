"""Gesture: scroll, pan and zoom the timeline.

The wheel scrolls the lanes, Shift+wheel scrolls the weeks sideways, Ctrl+wheel zooms
around the date under the mouse; dragging empty lane space pans both ways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from planner_gui.views.timeline.timeline_host import TimelineHost

ZOOM_STEP = 1.25
"""Zoom factor of one wheel notch and of the Zoom In / Zoom Out actions."""
WHEEL_NOTCH = 120


class PanZoomGesture:
    """Wheel handling, and the pan that follows a press on empty lane space.

    The pan is a ``Gesture`` of mouse events, started by ``press``.
    """

    def __init__(self, host: TimelineHost):
        self._host = host
        self._press: QPointF | None = None
        self._start_scroll = QPoint()
        self.active = False

    def wheel(self, event: QWheelEvent) -> None:
        """Scroll or zoom by one wheel event."""
        host = self._host
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            steps = (delta.y() or delta.x()) / WHEEL_NOTCH
            if steps:
                host.scroll_zoom.zoom_by(ZOOM_STEP**steps, event.position().x())
            event.accept()
            return
        pixels = event.pixelDelta()
        # Some mice send Shift+wheel as a horizontal delta already.
        sideways = bool(mods & Qt.KeyboardModifier.ShiftModifier) or (
            delta.y() == 0 and delta.x() != 0
        )
        amount = (delta.y() or delta.x()) if sideways else delta.y()
        if sideways:
            bar = host.horizontalScrollBar()
            step = pixels.y() or pixels.x() or round(amount / WHEEL_NOTCH * bar.singleStep() * 3)
        else:
            bar = host.verticalScrollBar()
            step = pixels.y() or round(amount / WHEEL_NOTCH * bar.singleStep() * 3)
        bar.setValue(bar.value() - step)
        event.accept()

    def press(self, pos: QPointF) -> None:
        """Remember where a press on empty space began (a pan starts past the dead zone)."""
        self._press = pos
        self._start_scroll = QPoint(
            self._host.horizontalScrollBar().value(), self._host.verticalScrollBar().value()
        )

    def move(self, event: QMouseEvent) -> None:
        """Pan so the point under the mouse stays under it."""
        if self._press is None:
            return
        offset = event.position() - self._press
        if not self.active and offset.manhattanLength() < QApplication.startDragDistance():
            return
        if not self.active:
            self.active = True
            self._host.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        host = self._host
        host.horizontalScrollBar().setValue(self._start_scroll.x() - round(offset.x()))
        host.verticalScrollBar().setValue(self._start_scroll.y() - round(offset.y()))

    def release(self, event: QMouseEvent) -> None:
        """End the pan."""
        self.cancel()

    def cancel(self) -> None:
        """Forget the press."""
        if self.active:
            self._host.viewport().unsetCursor()
        self._press = None
        self.active = False
