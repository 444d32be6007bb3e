"""The roster as a Qt list model (a thin adapter over the season document)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.engine import format_date
from planner_gui.model.season import Athlete, Priority, Season
from planner_gui.views.row_sync import RowList

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the athlete id of a row."""


def athlete_summary(athlete: Athlete) -> str:
    """One line about an athlete's races ("4 races · next main race: …")."""
    count = len(athlete.races)
    text = "no races yet" if count == 0 else f"{count} race" + ("s" if count != 1 else "")
    mains = sorted((r for r in athlete.races if r.priority is Priority.A), key=lambda r: r.date)
    if mains:
        names = ", ".join(f"{r.name} ({format_date(r.date)})" for r in mains)
        text += f" · main races: {names}"
    return text


class AthletesModel(QAbstractListModel):
    """One row per athlete, in roster order; the name is editable in place.

    Signals:
        edit_refused(str): a rename was refused; the text says why.
    """

    edit_refused = Signal(str)

    def __init__(self, document: SeasonDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._rows: RowList[Athlete] = RowList(list(document.season.athletes), lambda a: a.id)
        document.season_changed.connect(self._on_season_changed)
        document.season_reset.connect(self._on_reset)

    def athlete_id(self, row: int) -> str:
        """The id of the athlete in ``row``."""
        return self._rows.items[row].id

    def row_of(self, athlete_id: str) -> int:
        """The row of an athlete, or -1."""
        for row, athlete in enumerate(self._rows.items):
            if athlete.id == athlete_id:
                return row
        return -1

    # -- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows.items):
            return None
        athlete = self._rows.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return athlete.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{athlete.name}\n{athlete_summary(athlete)}"
        if role == ID_ROLE:
            return athlete.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        athlete = self._rows.items[index.row()]
        name = str(value).strip()
        if not name:
            self.edit_refused.emit("An athlete needs a name; the old name was kept.")
            return False
        try:
            self._document.rename_athlete(athlete.id, name)
        except ValidationError as error:
            self.edit_refused.emit(error.errors()[0]["msg"])
            return False
        return True

    # -- following the document ----------------------------------------------------

    def _on_season_changed(self, _old: Season, new: Season) -> None:
        self._rows.sync(self, new.athletes, 1)

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._rows.items = list(self._document.season.athletes)
        self.endResetModel()
