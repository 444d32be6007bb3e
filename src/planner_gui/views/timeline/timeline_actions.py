"""The timeline's View-menu actions: zoom in, zoom out, fit season, go to today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from planner_gui.model.date_text import format_date
from planner_gui.views.timeline.pan_zoom_gesture import ZOOM_STEP

if TYPE_CHECKING:
    from planner_gui.views.timeline.timeline_host import TimelineHost


class TimelineActions(QObject):
    """Actions that act on one timeline; added to the View menu and to the timeline.

    ``parent`` (the timeline widget) owns the actions.
    """

    def __init__(self, host: TimelineHost, parent: QWidget):
        super().__init__(parent)
        self._host = host
        self._parent = parent
        scroll_zoom = host.scroll_zoom
        self.zoom_in = self._action(
            "Zoom &In",
            "Show fewer weeks, wider",
            QKeySequence.StandardKey.ZoomIn,
            lambda: scroll_zoom.zoom_by(ZOOM_STEP),
        )
        self.zoom_out = self._action(
            "Zoom &Out",
            "Show more weeks, narrower",
            QKeySequence.StandardKey.ZoomOut,
            lambda: scroll_zoom.zoom_by(1 / ZOOM_STEP),
        )
        self.fit_season = self._action(
            "&Fit Season",
            "Show the whole season across the timeline",
            QKeySequence("Ctrl+0"),
            scroll_zoom.fit_season,
        )
        self.go_to_today = self._action(
            "Go to &Today",
            "Scroll to today's date and this week's plan",
            QKeySequence("Ctrl+T"),
            lambda: scroll_zoom.center_on(host.today),
        )
        host.document.season_changed.connect(self.update_today)
        host.document.season_reset.connect(self.update_today)
        self.update_today()

    def _action(
        self, text: str, tip: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(text, self._parent)
        action.setShortcut(keys)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setWhatsThis(tip)
        action.triggered.connect(slot)
        return action

    def all(self) -> list[QAction]:
        """The actions in menu order."""
        return [self.zoom_in, self.zoom_out, self.fit_season, self.go_to_today]

    def update_today(self) -> None:
        """ "Go to Today" only makes sense while today lies inside the season."""
        today = self._host.today
        inside = self._host.document.calendar.contains(today)
        self.go_to_today.setEnabled(inside)
        tip = (
            "Scroll to today's date and this week's plan"
            if inside
            else f"Today ({format_date(today)}) lies outside this season"
        )
        self.go_to_today.setStatusTip(tip)
        self.go_to_today.setToolTip(tip)
