"""The timeline with its toolbar row: the race palette on the left, the legend on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.views.timeline.race_palette import RacePalette
from planner_gui.views.timeline.timeline_legend import TimelineLegend
from planner_gui.views.timeline.timeline_view import TimelineView


class TimelinePane(QWidget):
    """Palette, legend and the ``TimelineView`` (object name "timeline") in one widget."""

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.view = TimelineView(document, selection, self, today=today)
        self.palette_widget = RacePalette(self)
        self.legend = TimelineLegend(self)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.setSpacing(16)
        top.addWidget(self.palette_widget)
        top.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def view_menu_actions(self) -> list[QAction]:
        """Zoom in, zoom out, fit season, go to today (for the View menu)."""
        return self.view.view_actions.all()
