"""The plan panel: the selected athlete's weeks with the phase legend above them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model import edits
from planner_gui.views.document import SeasonDocument
from planner_gui.views.phase_legend import PhaseLegend
from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel
from planner_gui.views.selection import Selection

# Sized for the demo's texts at 1400 px; long texts elide and show in full as tooltips.
_WIDTHS = {
    PlanColumn.WEEK: 50,
    PlanColumn.DATES: 118,
    PlanColumn.PHASE: 142,
    PlanColumn.BLOCK_WEEK: 64,
    PlanColumn.RACES: 130,
    PlanColumn.SESSIONS: 68,
    PlanColumn.SETS_REPS: 112,
    PlanColumn.REST: 64,
    PlanColumn.EFFORT: 120,
    PlanColumn.STRENGTH_FOCUS: 240,
    PlanColumn.RUNNING_FOCUS: 240,
}


class PlanPanel(QWidget):
    """The week-by-week plan table; the current week is bold, marked and scrolled to."""

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self.model = PlanWeeksModel(document, selection, self, today=today)

        self.title = QLabel()
        self.legend = PhaseLegend()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(24)
        top.addWidget(self.legend, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName("Plan")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)

        self.empty = QLabel("Add an athlete to see a week-by-week plan.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        selection.athlete_changed.connect(self._athlete_changed)
        selection.race_changed.connect(self._show_race)
        document.season_changed.connect(self._update_title)
        document.season_reset.connect(self._athlete_changed)
        self._athlete_changed()

    def scroll_to_current_week(self) -> bool:
        """Bring this week into view (near the top); False when today is outside."""
        row = self.model.current_row()
        if row < 0:
            return False
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        return True

    def _athlete_changed(self) -> None:
        self._update_title()
        if not self.scroll_to_current_week():
            self.table.scrollToTop()

    def _show_race(self, race_id: str) -> None:
        if not race_id:
            return
        try:
            race = edits.find_race(self._document.season, race_id).race
        except KeyError:
            return
        row = self.model.row_of_date(race.date)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_title(self) -> None:
        season = self._document.season
        athlete_id = self._selection.athlete_id
        name = next((a.name for a in season.athletes if a.id == athlete_id), "")
        self.title.setText(f"<b>Plan</b> — {name}" if name else "<b>Plan</b>")
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
