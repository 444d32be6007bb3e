"""The plan panel: the selected athlete's weeks, and the chosen week in full beside them.

The Sessions column shows the days of the week's sessions ("Tue Fri Sun") and, on a
second line, the sessions dropped or the days away; a week with a note is marked
"10 ✎" in the Week column. The week details name the dates, the reasons and the
exercises, and hold the week's note for editing.

The phase legend lives with the timeline above (always shown), so it is not repeated
here; the legend of the Sessions mark ("2+") sits above the table.

A week whose texts do not fit on one line gets two (plan_row_heights.py). By default
the table shows only the columns that fit beside the week details at a 1400 px
window: effort and the two focus texts (whole sentences) are in the details. "All
columns" adds them to the table (it then scrolls sideways in a narrow window); the
choice is remembered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model import edits
from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel, sessions_meaning
from planner_gui.views.plan_row_heights import PlanRowHeights
from planner_gui.views.week_details import WeekDetails
from planner_gui.views.week_note_editor import WeekNoteEditor

# Each column is as wide as the widest line of its texts once wrapped on two lines, in
# the table's font (so widths follow the platform's font and scaling), and never
# narrower than its header. Longer texts elide after two lines and show in full as
# tooltips and in the week details.
_SAMPLES = {
    PlanColumn.WEEK: "▶ 52",  # also "52 ✎", a week with a note
    PlanColumn.DATES: "24 – 30 May 2027",  # a week across months wraps after the dash
    PlanColumn.PHASE: "Race-specific ·",  # the marker ("race week") goes on line two
    PlanColumn.BLOCK_WEEK: "16",
    PlanColumn.RACES: "City Marathon (A)",
    PlanColumn.SESSIONS: "2 days away",  # "Tue Fri Sun" fits, "Fri Sun," wraps before it
    PlanColumn.SETS_REPS: "athlete's choice",  # free weeks stay one line
    PlanColumn.REST: "60–90 s",
    PlanColumn.EFFORT: "quick and controlled",
    PlanColumn.STRENGTH_FOCUS: "Two-legged compound lifts (squat, hinge",
    PlanColumn.RUNNING_FOCUS: "Moderate mileage, mostly easy zone-2",
}
_CELL_PADDING = 10
FULL_ONLY = (PlanColumn.EFFORT, PlanColumn.STRENGTH_FOCUS, PlanColumn.RUNNING_FOCUS)
"""Columns shown only with "All columns": whole sentences the week details show anyway."""
ALL_COLUMNS_KEY = "plan/all_columns"


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
        remember: bool = True,
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._remember = remember
        self.model = PlanWeeksModel(document, selection, self, today=today)

        self.title = QLabel()
        self.sessions_legend = QLabel()
        # Shrinks (clipped) in a narrow window instead of widening the panel; the
        # header's tooltip and the week details say the same.
        self.sessions_legend.setMinimumWidth(1)
        self.all_columns = QCheckBox("All columns")
        self.all_columns.setToolTip(
            "Show effort, strength focus and running focus in the table too. The week "
            "details beside the table always show them in full; in a narrow window the "
            "table then scrolls sideways."
        )
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.sessions_legend)
        top.addSpacing(12)
        top.addWidget(self.all_columns)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Long texts wrap onto a second line instead of running off to the right.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName("Plan")
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, sample in _SAMPLES.items():
            width = metrics.horizontalAdvance(sample) + _CELL_PADDING
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setStretchLastSection(True)
        self.row_heights = PlanRowHeights(self.table, self.model)
        if remember:
            self.all_columns.setChecked(bool(QSettings().value(ALL_COLUMNS_KEY, False, type=bool)))
        self._show_columns(self.all_columns.isChecked())
        self.all_columns.toggled.connect(self._toggle_all_columns)

        self.empty = QLabel("Add an athlete to see a week-by-week plan.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        weeks = QWidget()
        weeks_layout = QVBoxLayout(weeks)
        weeks_layout.setContentsMargins(0, 0, 0, 0)
        weeks_layout.addWidget(self.table, 1)
        weeks_layout.addWidget(self.empty, 1)
        self.note = WeekNoteEditor(document)
        self.details = WeekDetails(note=self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.addWidget(weeks)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        # The details give the table the width of the session days at 1400 px.
        self.splitter.setSizes([760, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # Only now: showing the legend before it has a parent made it a window of its own.
        self._update_sessions_legend()

        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        for signal in (self.model.dataChanged, self.model.modelReset, self.model.rowsInserted,
                       self.model.rowsRemoved, self.model.layoutChanged):
            signal.connect(self._show_details)
            signal.connect(self._update_sessions_legend)
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

    def commit_notes(self) -> None:
        """Write the week note being typed to the document (before a save, say)."""
        self.note.commit()

    def _toggle_all_columns(self, on: bool) -> None:
        self._show_columns(on)
        if self._remember:
            QSettings().setValue(ALL_COLUMNS_KEY, on)

    def _show_columns(self, all_columns: bool) -> None:
        with self.row_heights.held():
            for column in FULL_ONLY:
                self.table.setColumnHidden(column, not all_columns)

    def _update_sessions_legend(self) -> None:
        """Explain the marks ("2+") the Sessions column shows for this athlete."""
        meanings = dict.fromkeys(
            m for row in range(self.model.rowCount())
            if (m := sessions_meaning(self.model.week(row).strength)) is not None
        )
        self.sessions_legend.setText(" · ".join(f"Sessions {m}" for m in meanings))
        self.sessions_legend.setVisible(bool(meanings))

    def _athlete_changed(self) -> None:
        self._update_title()
        if not self.scroll_to_current_week():
            self.table.scrollToTop()
        self._show_details()

    def _show_details(self) -> None:
        row = self.current_week_row()
        if row < 0:
            self.details.show_week(None)
            self.note.show_week(self._selection.athlete_id, None)
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
        week = self.model.week(row)
        plan = self._document.plans.get(self._selection.athlete_id)
        self.details.show_week(
            week,
            # The athlete's own phase lengths count their block weeks ("9 of 17").
            plan.methodology if plan is not None else self._document.season.methodology,
            athlete=self.model.athlete(),
            current=row == self.model.current_row(),
        )
        self.note.show_week(self._selection.athlete_id, (week.start, week.end), week.index)

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
