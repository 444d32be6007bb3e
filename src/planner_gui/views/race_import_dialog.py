"""File ▸ Import Races…: a club's race list (CSV) previewed row by row, then added.

The coach picks the file (``ask_races_path``, which tests replace), then sees every
row of it before anything changes: which athlete each race goes to (and whether that
athlete is new), its day and priority; skipped rows greyed with why, bad rows in red
with the reason. Where every date with slashes reads two ways (03/04/2027) the
dialog asks which way the file writes them. Import adds the good rows as one undo
step; Cancel changes nothing.

The dialog is window-modal but opened with ``open()``, not ``exec()``: nothing
blocks, so tests click it like a coach would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.date_text import format_day, parse_date
from planner_gui.model.race_import import ImportPlan, Outcome, PlannedRow, plan_import
from planner_gui.model.race_table import SEPARATORS, RaceTable, RaceTableError, read_race_file
from planner_gui.views import dialogs
from planner_gui.views.start_folder import start_folder

FILE_FILTER = "Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)"
COLUMNS = ("Row", "Athlete", "Race", "Date", "Priority", "Distance", "What happens")
BAD_BACKGROUND, BAD_TEXT = QColor("#f8d0d0"), QColor("#5a0000")
"""Bad rows: the red of an editor whose value cannot be used (invalid_input)."""
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def ask_races_path(parent: QWidget | None, directory: str) -> Path | None:
    """Ask for the race list to import; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import races", directory, FILE_FILTER)
    return Path(name) if name else None


def import_races(
    parent: QWidget, document: SeasonDocument, show_message: Callable[[str], None] | None = None
) -> RaceImportDialog | None:
    """Ask for a race list and open its preview; None when cancelled or unreadable.

    ``show_message`` hears the status message once the races are imported.
    """
    path = ask_races_path(parent, str(start_folder(document.path)))
    if path is None:
        return None
    try:
        table = read_race_file(path)
    except RaceTableError as error:
        dialogs.show_error(parent, "Import races", f"{path.name}: {error}")
        return None
    dialog = RaceImportDialog(document, path, table, parent)
    if show_message is not None:
        dialog.imported.connect(show_message)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class RaceImportDialog(QDialog):
    """The preview of a race list's import, and its Import button.

    Signals:
        imported(str): the races were added; the text is the status message.
    """

    imported = Signal(str)

    def __init__(
        self, document: SeasonDocument, path: Path, table: RaceTable, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(f"Import races from {path.name}")
        self._document = document
        self._path = path
        self._table = table
        self._month_first: bool | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.file_note = QLabel(self._file_note())
        self.file_note.setWordWrap(True)
        self.order_box = self._order_box()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton("Import")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.file_note)
        layout.addWidget(self.order_box)
        # Only now: shown before it had a parent, the box would open as a window.
        self.order_box.setVisible(bool(self._table.ambiguous_dates()))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._refresh()
        self.resize(self._good_width(), 560)

    # -- the choice of date order ------------------------------------------------------

    def _order_box(self) -> QGroupBox:
        """Day first or month first, shown only when the file cannot say."""
        box = QGroupBox("How does this file write dates?")
        ambiguous = self._table.ambiguous_dates()
        example = ambiguous[0] if ambiguous else "03/04/2027"
        day_first = parse_date(example, month_first=False)
        month_first = parse_date(example, month_first=True)
        self.day_first_button = QRadioButton(
            f"Day first: {example} is {day_first.day} {day_first:%B %Y}"
        )
        self.month_first_button = QRadioButton(
            f"Month first: {example} is {month_first:%B} {month_first.day}, {month_first.year}"
        )
        self.day_first_button.setChecked(True)
        self.month_first_button.toggled.connect(self._order_chosen)
        row = QHBoxLayout(box)
        row.addWidget(self.day_first_button)
        row.addWidget(self.month_first_button)
        row.addStretch(1)
        return box

    def _order_chosen(self, month_first: bool) -> None:
        self._month_first = month_first
        self._refresh()

    # -- the preview -------------------------------------------------------------------

    @property
    def plan(self) -> ImportPlan:
        """What Import would do with the season as it is now."""
        month_first = self._month_first if self.order_box.isVisibleTo(self) else None
        return plan_import(self._document.season, self._table, month_first=month_first)

    def _file_note(self) -> str:
        table = self._table
        note = f"Read as {table.encoding} text with {SEPARATORS[table.separator]} between columns."
        if table.ignored_columns:
            note += " Columns left out: " + ", ".join(table.ignored_columns) + "."
        return note

    def _refresh(self) -> None:
        plan = self.plan
        added = len(plan.with_outcome(Outcome.ADD))
        self.summary.setText(_summary(plan, self._path.name))
        self.import_button.setText(f"Import {_count(added, 'Race')}")
        self.import_button.setEnabled(added > 0)
        self.table.setRowCount(len(plan.rows))
        for index, planned in enumerate(plan.rows):
            for column, value in enumerate(_cells(planned)):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setTextAlignment(_RIGHT)
                self._colour(item, planned.outcome)
                if planned.reason:
                    item.setToolTip(planned.reason)
                self.table.setItem(index, column, item)

    def _colour(self, item: QTableWidgetItem, outcome: Outcome) -> None:
        if outcome is Outcome.BAD:
            item.setBackground(QBrush(BAD_BACKGROUND))
            item.setForeground(QBrush(BAD_TEXT))
        elif outcome is Outcome.SKIP:
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            item.setForeground(QBrush(grey))

    def _good_width(self) -> int:
        """Wide enough for every column's contents, within the screen."""
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(c) for c in range(self.table.columnCount()))
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        return max(640, min(width + 60, screen - 80))

    # -- import ------------------------------------------------------------------------

    def _import(self) -> None:
        plan = self.plan
        added = len(plan.with_outcome(Outcome.ADD))
        if not added:
            return
        label = f"Import {_count(added, 'Race')}"
        self._document.edit(label, plan.apply(self._document.season))
        self.imported.emit(f"Imported from {self._path.name}: {plan.summary()}.")
        self.accept()


def _count(number: int, what: str) -> str:
    return f"{number} {what}{'s' if number != 1 else ''}"


def _summary(plan: ImportPlan, file_name: str) -> str:
    """"14 rows in races.csv: 11 races to add (2 for new athletes: …), 1 already …"."""
    added = len(plan.with_outcome(Outcome.ADD))
    text = f"{_count(len(plan.rows), 'row')} in {file_name}: {_count(added, 'race')} to add"
    if plan.new_athletes:
        text += f", {_count(len(plan.new_athletes), 'new athlete')} ("
        text += ", ".join(plan.new_athletes) + ")"
    if skipped := len(plan.with_outcome(Outcome.SKIP)):
        text += f", {skipped} already in the season (greyed)"
    if bad := len(plan.with_outcome(Outcome.BAD)):
        text += f", {_count(bad, 'bad row')} that cannot be imported (in red)"
    return text + "."


def _cells(planned: PlannedRow) -> tuple[str, ...]:
    """The preview's cells for one row."""
    row = planned.row
    athlete = planned.athlete + (" (new)" if planned.new_athlete else "")
    day = format_day(planned.day) if planned.day is not None else row.date_text
    if planned.outcome is Outcome.ADD:
        what = "Added for a new athlete" if planned.new_athlete else "Added"
    elif planned.outcome is Outcome.SKIP:
        what = f"Skipped: {planned.reason}"
    else:
        what = f"Not imported: {planned.reason}"
    distance = row.distance.label if row.distance is not None else ""
    priority = row.priority.value if row.priority is not None else ""
    return (str(row.number), athlete, row.name, day, priority, distance, what)

