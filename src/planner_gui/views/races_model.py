"""Races as a Qt table model: the selected athlete's, or everyone's, in date order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.date_text import format_day, parse_date
from planner_gui.model.race_look import RACE_LOOKS, priority_choice
from planner_gui.model.roster_limits import races_full
from planner_gui.model.season import Athlete, Distance, Priority, Race, first_reason
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.date_field import from_qdate, to_qdate
from planner_gui.views.race_mime import RACE_MIME, existing_race_mime
from planner_gui.views.row_list_model import Index, RowListModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the race id of a row."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that lists what a cell may be set to, as (label, edit value) pairs."""



class Column(IntEnum):
    """The columns of the races table."""

    DATE = 0
    NAME = 1
    PRIORITY = 2
    DISTANCE = 3
    WEEK = 4
    ATHLETE = 5
    NOTES = 6

    @property
    def title(self) -> str:
        """Header text."""
        return _TITLES[self]


_TITLES = {
    Column.DATE: "Date",
    Column.NAME: "Race",
    Column.PRIORITY: "Priority",
    Column.DISTANCE: "Distance",
    Column.WEEK: "Week",
    Column.ATHLETE: "Athlete",
    Column.NOTES: "Notes",
}
_EDITABLE = {
    Column.DATE, Column.NAME, Column.PRIORITY, Column.DISTANCE, Column.ATHLETE, Column.NOTES
}
_FIELDS = {
    Column.DATE: "date",
    Column.NAME: "name",
    Column.PRIORITY: "priority",
    Column.DISTANCE: "distance",
    Column.NOTES: "notes",
}


@dataclass(frozen=True, slots=True)
class RaceRow:
    """What one row shows: the race, whose it is and which season week it falls in."""

    race: Race
    athlete_id: str
    athlete_name: str
    week: int
    in_season: bool


def week_text(row: RaceRow) -> str:
    """Where a race falls relative to the season ("25", "before the season", …)."""
    if row.in_season:
        return str(row.week)
    return "before the season" if row.week < 1 else "after the season"


class RacesModel(RowListModel[RaceRow]):
    """The races of the selected athlete, or of every athlete, sorted by date.

    Cells are edited in place (name, date, priority, distance, notes, and the athlete,
    which gives the race to someone else); each edit is one undo step on the document.
    Rows are drag sources: a race dragged onto the timeline moves there (copied with
    Ctrl); the timeline does the edit.

    Signals:
        edit_refused(str): a value was refused; the text says why.
    """

    edit_refused = Signal(str)

    def __init__(
        self, document: SeasonDocument, selection: Selection, parent: QObject | None = None
    ):
        self._selection = selection
        self._all = False
        self._sorted = _SortedRows()
        super().__init__(document, columns=len(Column), key=lambda r: r.race.id, parent=parent)
        selection.athlete_changed.connect(self._athlete_changed)

    @property
    def show_all(self) -> bool:
        """Whether every athlete's races are listed (else the selected athlete's)."""
        return self._all

    def set_show_all(self, show_all: bool) -> None:
        """List every athlete's races, or only the selected athlete's."""
        if show_all != self._all:
            self._all = show_all
            self.refresh()

    def race_id(self, row: int) -> str:
        """The id of the race in ``row``."""
        return self.item(row).race.id

    # -- Qt model interface --------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return Column(section).title
            if role == Qt.ItemDataRole.ToolTipRole and section == Column.WEEK:
                return "The season week the race falls in"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if Column(index.column()) in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def role_data(self, row: RaceRow, column: int, role: int) -> Any:
        race = row.race
        if role == CHOICES_ROLE and column == Column.ATHLETE:
            return [(a.name, a.id) for a in self._document.season.athletes]
        bold_column = column in (Column.NAME, Column.PRIORITY)
        if role == Qt.ItemDataRole.FontRole and race.priority is Priority.A and bold_column:
            font = QFont()
            font.setBold(True)
            return font
        out_of_season = column == Column.WEEK and not row.in_season
        if role == Qt.ItemDataRole.ForegroundRole and out_of_season:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == ID_ROLE:
            return race.id
        return None

    def display(self, row: RaceRow, column: int) -> str:
        race = row.race
        if column == Column.DATE:
            return format_day(race.date)
        if column == Column.NAME:
            return race.name
        if column == Column.PRIORITY:
            return priority_choice(race.priority)
        if column == Column.DISTANCE:
            return race.distance.label
        if column == Column.WEEK:
            return week_text(row)
        if column == Column.ATHLETE:
            return row.athlete_name
        return " ".join(race.notes.split())

    def edit_value(self, row: RaceRow, column: int) -> Any:
        race = row.race
        if column == Column.ATHLETE:
            return row.athlete_id
        if column == Column.DATE:
            return to_qdate(race.date)
        if column == Column.PRIORITY:
            return race.priority.value
        if column == Column.DISTANCE:
            return race.distance.value
        if column == Column.NAME:
            return race.name
        if column == Column.NOTES:
            return race.notes
        return None

    def tooltip(self, row: RaceRow, column: int) -> str | None:
        race = row.race
        if column == Column.PRIORITY:
            return RACE_LOOKS[race.priority].explanation
        if column == Column.NOTES:
            return race.notes or None
        if column == Column.WEEK and not row.in_season:
            side = "before the season starts" if row.week < 1 else "after the season ends"
            return f"This race is {side}; it still shapes the plan inside the season's weeks."
        if column == Column.NAME:
            return (
                f"{race.name} — {row.athlete_name}\n"
                "Drag onto the timeline to move it (hold Ctrl to copy it)."
            )
        return None

    def mimeTypes(self) -> list[str]:
        return [RACE_MIME]

    # Qt's own mimeData returns nullptr for nothing to drag; the stubs omit that.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows or rows[0] >= self.rowCount():
            return None
        race = self.item(rows[0]).race  # one race per drag: single selection
        return existing_race_mime(race.id, race.name)

    def supportedDragActions(self) -> Qt.DropAction:
        # The drop target moves or (with Ctrl) copies through the document. The view
        # then asks removeRows() to drop the moved rows, which this model leaves
        # unimplemented on purpose: the row follows the document's change instead.
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        if column not in _EDITABLE:
            return False
        race = self.item(index.row()).race
        if column == Column.ATHLETE:
            return self._move_to_athlete(race, str(value))
        try:
            new_value = _parse(column, value)
        except ValueError as error:
            self.edit_refused.emit(str(error))
            return False
        try:
            self._document.update_race(race.id, **{_FIELDS[column]: new_value})
        except ValidationError as error:
            detail = first_reason(error)
            self.edit_refused.emit(f"{_TITLES[column]} of {race.name}: {detail}")
            return False
        return True

    def _move_to_athlete(self, race: Race, athlete_id: str) -> bool:
        """Give a race to another athlete on the same date (one undo step)."""
        season = self._document.season
        if not any(a.id == athlete_id for a in season.athletes):
            self.edit_refused.emit(f"That athlete is no longer in the roster; {race.name} stayed.")
            return False
        full = races_full(season, athlete_id)
        if full is not None:
            self.edit_refused.emit(f"{race.name} stayed where it was. {full}")
            return False
        try:
            self._document.move_race(race.id, race.date, athlete_id)
        except ValidationError as error:
            detail = first_reason(error)
            self.edit_refused.emit(f"{race.name} could not move: {detail}")
            return False
        return True

    # -- following the document and the selection -----------------------------------

    def build_rows(self) -> list[RaceRow]:
        season = self._document.season
        athletes = season.athletes
        if not self._all:
            athletes = tuple(a for a in athletes if a.id == self._selection.athlete_id)
        return self._sorted.rows(athletes, SeasonCalendar.of(season))

    def _athlete_changed(self) -> None:
        if not self._all:
            self.refresh()


_SortKey = tuple[dt.date, int, int, RaceRow]
"""A row with its place: date, then roster order, then the athlete's own order."""


class _SortedRows:
    """The rows in date order, kept between edits: an edit re-sorts only the races of
    the athletes it changed (unchanged athletes are the same objects), so listing
    every race of a large roster does not cost a full rebuild per edit.
    """

    def __init__(self) -> None:
        self._roster: tuple[str, ...] = ()
        self._athletes: dict[str, Athlete] = {}
        self._calendar: SeasonCalendar | None = None
        self._sorted: list[_SortKey] = []

    def rows(self, athletes: Sequence[Athlete], calendar: SeasonCalendar) -> list[RaceRow]:
        """The rows of these athletes' races in date order (ties: roster, then file)."""
        roster = tuple(a.id for a in athletes)
        same_roster = calendar == self._calendar and roster == self._roster
        if same_roster:
            changed = {
                a_index: a for a_index, a in enumerate(athletes) if self._athletes[a.id] is not a
            }
            gone = {a.id for a in changed.values()}
            keyed = [t for t in self._sorted if t[3].athlete_id not in gone] if gone else list(
                self._sorted
            )
            for a_index, athlete in changed.items():
                keyed.extend(_keyed(athlete, a_index, calendar))
        else:
            keyed = [t for a_index, a in enumerate(athletes) for t in _keyed(a, a_index, calendar)]
        # (date, roster place, file place) never ties, so the rows themselves are never
        # compared; after an edit this is one sorted run and a few new rows, a merge.
        keyed.sort()
        self._roster, self._calendar, self._sorted = roster, calendar, keyed
        self._athletes = {a.id: a for a in athletes}
        return [t[3] for t in keyed]


def _keyed(athlete: Athlete, a_index: int, calendar: SeasonCalendar) -> list[_SortKey]:
    return [
        (
            race.date,
            a_index,
            r_index,
            RaceRow(
                race,
                athlete.id,
                athlete.name,
                calendar.index_of(race.date),
                calendar.contains(race.date),
            ),
        )
        for r_index, race in enumerate(athlete.races)
    ]


def _parse(column: Column, value: Any) -> Any:
    """Turn an editor's value into the field's value; ValueError says what is wrong."""
    if column == Column.DATE:
        if isinstance(value, QDate):
            if not value.isValid():
                raise ValueError("That is not a valid date.")
            return from_qdate(value)
        if isinstance(value, dt.date):
            return value
        return parse_date(str(value))
    if column == Column.NAME:
        name = str(value).strip()
        if not name:
            raise ValueError("A race needs a name; the old name was kept.")
        return name
    if column == Column.PRIORITY:
        try:
            return Priority(str(value).strip().upper()[:1])
        except ValueError:
            raise ValueError(f"Priority must be A, B or C, not {value!r}.") from None
    if column == Column.DISTANCE:
        try:
            return Distance(str(value))
        except ValueError:
            raise ValueError(f"{value!r} is not a known distance.") from None
    return str(value)
