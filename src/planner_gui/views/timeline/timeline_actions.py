"""The timeline's View-menu actions: zoom in, zoom out, fit season, go to today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from planner_gui.model.date_text import format_date
from planner_gui.views.timeline.pan_zoom_gesture import ZOOM_STEP

if TYPE_CHECKING:
    from planner_gui.views.timeline.timeline_view import TimelineView


class TimelineActions(QObject):
    """Actions that act on one timeline; added to the View menu and to the timeline."""

    def __init__(self, view: TimelineView):
        super().__init__(view)
        self._view = view
        self.zoom_in = self._action(
            "Zoom &In",
            "Show fewer weeks, wider",
            QKeySequence.StandardKey.ZoomIn,
            lambda: view.zoom_by(ZOOM_STEP),
        )
        self.zoom_out = self._action(
            "Zoom &Out",
            "Show more weeks, narrower",
            QKeySequence.StandardKey.ZoomOut,
            lambda: view.zoom_by(1 / ZOOM_STEP),
        )
        self.fit_season = self._action(
            "&Fit Season",
            "Show the whole season across the timeline",
            QKeySequence("Ctrl+0"),
            view.fit_season,
        )
        self.go_to_today = self._action(
            "Go to &Today",
            "Scroll to today's date and this week's plan",
            QKeySequence("Ctrl+T"),
            view.go_to_today,
        )
        view.document.season_changed.connect(self.update_today)
        view.document.season_reset.connect(self.update_today)
        self.update_today()

    def _action(
        self, text: str, tip: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(text, self._view)
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
        today = self._view.today
        inside = self._view.document.calendar.contains(today)
        self.go_to_today.setEnabled(inside)
        tip = (
            "Scroll to today's date and this week's plan"
            if inside
            else f"Today ({format_date(today)}) lies outside this season"
        )
        self.go_to_today.setStatusTip(tip)
        self.go_to_today.setToolTip(tip)
