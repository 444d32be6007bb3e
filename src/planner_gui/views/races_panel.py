"""The races panel: a table of races edited in place, with add and delete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.date_text import format_day
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.roster_limits import races_full
from planner_gui.model.season import Priority, Race
from planner_gui.views.add_gate import AddGate
from planner_gui.views.race_delegate import RaceDelegate
from planner_gui.views.races_model import Column, RacesModel

_WIDTHS = {
    Column.NAME: 200,
    Column.PRIORITY: 115,
    Column.DISTANCE: 115,
    Column.ATHLETE: 140,
}
# Columns as wide as their widest text in the table's font, so it never elides.
_SAMPLES = {
    Column.DATE: "Wed 26 May 2027",  # the widest weekday and month in most fonts
    Column.WEEK: "before the season",
}
_CELL_PADDING = 16

WeekSource = Callable[[], tuple[dt.date, str] | None]
"""Where a new race goes: the first day of a week and how the coach chose it
("chosen in the plan"), or None to fall back on this week."""


class RacesPanel(QWidget):
    """The races of the selected athlete (or of everyone), editable in place.

    Signals:
        message(str): a short note for the status bar (refused input, deletions).
    """

    message = Signal(str)

    def __init__(
        self, document: SeasonDocument, selection: Selection, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._week_source: WeekSource = lambda: None
        self.model = RacesModel(document, selection, self)
        self.model.edit_refused.connect(self.message)

        self.title = QLabel()
        self.show_all = QCheckBox("All athletes")
        self.show_all.setToolTip("List the races of every athlete, not only the selected one")
        self.show_all.toggled.connect(self._toggle_all)
        self.add_button = QPushButton("Add race")
        self.add_button.setToolTip(
            "Add a race to the selected athlete, on the week chosen in the plan (Ctrl+Shift+R)"
        )
        self._add_gate = AddGate(self.add_button)
        self.add_button.clicked.connect(self.add_race)
        self.delete_button = QPushButton("Delete race")
        self.delete_button.setToolTip("Delete the selected race (Undo brings it back)")
        self.delete_button.clicked.connect(self.delete_race)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.show_all)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.delegate = RaceDelegate(self.table)
        self.delegate.refused.connect(self.message)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAccessibleName("Races")
        # Rows drag onto the timeline (the drop moves the race; Ctrl copies it).
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.table.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        metrics = self.table.fontMetrics()
        for column, sample in _SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + _CELL_PADDING)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        selection.athlete_changed.connect(self._update)
        selection.race_changed.connect(self._show_race)
        selection.race_changed.connect(self._update)
        document.season_changed.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self._toggle_all(False)

    # -- actions -------------------------------------------------------------------

    def set_week_source(self, source: WeekSource) -> None:
        """Tell the panel which week the coach is looking at, for new races."""
        self._week_source = source

    def bind_add_action(self, action: QAction) -> None:
        """Enable ``action`` (the window's Add Race) only while the selected athlete
        has room for a race, its tooltip saying why not."""
        self._add_gate.bind(action)
        self._update()

    def add_race(self) -> None:
        """Add a race on the week the coach is looking at and start typing its name.

        The race goes on the last day of that week (races are mostly at weekends).
        It is the main (A) race when the athlete has none yet, since a first race is
        usually the one the season is built around; otherwise a training (C) race,
        which leaves the plan built around the main races as it is until the coach
        picks another priority (Tab from the name goes there).
        """
        athlete_id = self._selection.athlete_id
        if not athlete_id:
            self.message.emit("Add an athlete first: races belong to an athlete.")
            return
        full = races_full(self._document.season, athlete_id)
        if full is not None:
            self.message.emit(full)
            return
        athlete = self._document.season.athlete(athlete_id)
        has_main = any(r.priority is Priority.A for r in athlete.races)
        priority = Priority.C if has_main else Priority.A
        day, where = self._new_race_day()
        race = Race(name="New race", date=day, priority=priority)
        self._document.add_race(athlete_id, race)
        self._selection.select_race(race.id)
        row = self.model.row_of(race.id)
        if row >= 0:
            name = self.model.index(row, Column.NAME)
            self.table.setFocus()
            # The cursor goes to the name cell too, or Tab would move on from the cell
            # the cursor was in before (and reopen the name) instead of to the priority.
            self.table.setCurrentIndex(name)
            self.table.edit(name)
        kind = RACE_LOOKS[priority].kind
        self.message.emit(
            f"Added {kind} for {athlete.name} on {format_day(race.date)}, "
            f"{where}. Type its name."
        )

    def delete_race(self) -> None:
        """Delete the selected race (undoable, so no question asked)."""
        race_id = self._selection.race_id
        if not race_id:
            self.message.emit("Select a race to delete.")
            return
        row = self.model.row_of(race_id)
        name = self.model.index(row, Column.NAME).data() if row >= 0 else "the race"
        self._document.remove_race(race_id)
        if self.model.rowCount():
            next_row = min(max(row, 0), self.model.rowCount() - 1)
            self._selection.select_race(self.model.race_id(next_row))
        self.message.emit(f"Deleted {name}. Edit ▸ Undo brings it back.")

    def _new_race_day(self) -> tuple[dt.date, str]:
        """The last day of the week the coach is looking at, and where that is.

        Without one: the end of this week if it lies in the season, else of week 1.
        """
        calendar = self._document.calendar
        chosen = self._week_source()
        if chosen is not None:
            start, how = chosen
        else:
            start = calendar.week_start_date(calendar.index_of(dt.date.today()))
            how = "this week"
            if not calendar.contains(start):
                start, how = calendar.week_start_date(1), "the season's first week"
        day = start + dt.timedelta(days=6)
        if calendar.contains(day):
            return day, f"week {calendar.index_of(day)} ({how})"
        return day, how

    # -- following the document and the selection -----------------------------------

    def _toggle_all(self, show_all: bool) -> None:
        self.model.set_show_all(show_all)
        self.table.setColumnHidden(Column.ATHLETE, not show_all)
        self._update()
        self._show_race(self._selection.race_id)

    def _row_chosen(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._selection.select_race(self.model.race_id(index.row()))

    def _show_race(self, race_id: str) -> None:
        row = self.model.row_of(race_id) if race_id else -1
        selection_model = self.table.selectionModel()
        if row < 0:
            selection_model.clearSelection()
            return
        if self.table.currentIndex().row() != row:
            column = max(self.table.currentIndex().column(), 0)
            selection_model.setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.scrollTo(self.model.index(row, 0))

    def _update(self) -> None:
        season = self._document.season
        athlete_id = self._selection.athlete_id
        name = next((a.name for a in season.athletes if a.id == athlete_id), "")
        if self.model.show_all:
            self.title.setText("<b>Races</b> — all athletes")
        else:
            self.title.setText(f"<b>Races</b> — {name}" if name else "<b>Races</b>")
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not season.athletes:
            self.empty.setText("No athletes yet. Add one in the roster on the left.")
        else:
            self.empty.setText(
                f"No races for {name} yet. Add one with “Add race”; "
                f"{RACE_LOOKS[Priority.A].kind} sets off a training block."
            )
        # Without an athlete the action stays on: it says to add one first.
        self._add_gate.update(races_full(season, athlete_id) if name else None,
                              button_on=bool(athlete_id))
        self.delete_button.setEnabled(bool(self._selection.race_id))
