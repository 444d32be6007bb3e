"""The plan panel: the selected athlete's weeks, and the chosen week in full beside them.

The phase legend lives with the timeline above (always shown), so it is not repeated
here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model import edits
from planner_gui.views.document import SeasonDocument
from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel
from planner_gui.views.selection import Selection
from planner_gui.views.week_details import WeekDetails

# Each column is as wide as a typical text of it in the table's font (so widths follow
# the platform's font and scaling); longer texts elide and show in full as tooltips
# and in the week details.
_SAMPLES = {
    PlanColumn.WEEK: "▶ 52",
    PlanColumn.DATES: "28 Dec 2026 – 3 Jan 2027",  # the widest: a week across New Year
    PlanColumn.PHASE: "Base (hypertrophy)",
    PlanColumn.BLOCK_WEEK: "Block wk",
    PlanColumn.RACES: "City Marathon (A)",
    PlanColumn.SESSIONS: "Sessions",
    PlanColumn.SETS_REPS: "3–4 × 10–12",
    PlanColumn.REST: "60–90 s",
    PlanColumn.EFFORT: "RPE 6–7, well short",
    PlanColumn.STRENGTH_FOCUS: "Two-legged compound lifts (squat, hinge",
    PlanColumn.RUNNING_FOCUS: "Moderate mileage, mostly easy zone-2",
}
_CELL_PADDING = 16


class PlanPanel(QWidget):
    """The week-by-week plan table and the details of its current row.

    The current week is bold, marked and scrolled to; the table's current row starts
    on it (on week 1 when today is outside the season) and ``details`` shows that row's
    week in full, following the table and every recompute of the plan.
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
        self._document = document
        self._selection = selection
        self.model = PlanWeeksModel(document, selection, self, today=today)

        self.title = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.title, 1)

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
        metrics = self.table.fontMetrics()
        for column, sample in _SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + _CELL_PADDING)
        header.setStretchLastSection(True)

        self.empty = QLabel("Add an athlete to see a week-by-week plan.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        weeks = QWidget()
        weeks_layout = QVBoxLayout(weeks)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_layout.addWidget(self.table, 1)
        weeks_layout.addWidget(self.empty, 1)
        self.details = WeekDetails()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.addWidget(weeks)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([740, 360])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        for signal in (self.model.dataChanged, self.model.modelReset, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.layoutChanged):
            signal.connect(self._show_details)
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

    def go_to_current_week(self) -> None:
        """Make this week the current row (its details show) and bring it into view."""
        row = self.model.current_row()
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
            self.scroll_to_current_week()

    def current_week_row(self) -> int:
        """The row the details show: the table's current row, else this week or week 1."""
        index = self.table.currentIndex()
        if index.isValid():
            return index.row()
        if not self.model.rowCount():
            return -1
        return max(self.model.current_row(), 0)

    def _athlete_changed(self) -> None:
        self._update_title()
        if not self.scroll_to_current_week():
            self.table.scrollToTop()
        self._show_details()

    def _show_details(self) -> None:
        row = self.current_week_row()
        if row < 0:
            self.details.show_week(None)
            return
        if not self.table.currentIndex().isValid():
            # Start on this week (or week 1) so the table marks the week shown beside it;
            # selecting it comes back here through currentRowChanged.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
        self.details.show_week(
            self.model.week(row),
            self._document.season.methodology,
            current=row == self.model.current_row(),
        )

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
        self.details.setVisible(has_rows)
