"""The roster as a one-column Qt item model (a thin adapter over the season document)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt, Signal

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.date_text import format_date
from planner_gui.model.season import Athlete, Priority, first_reason
from planner_gui.views.row_list_model import Index, RowListModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the athlete id of a row."""


def athlete_summary(athlete: Athlete) -> str:
    """One line about an athlete's races ("4 races · main races: …")."""
    count = len(athlete.races)
    text = "no races yet" if count == 0 else f"{count} race" + ("s" if count != 1 else "")
    mains = sorted((r for r in athlete.races if r.priority is Priority.A), key=lambda r: r.date)
    if mains:
        names = ", ".join(f"{r.name} ({format_date(r.date)})" for r in mains)
        text += f" · main races: {names}"
    return text


class AthletesModel(RowListModel[Athlete]):
    """One row per athlete, in roster order; the name is editable in place.

    Signals:
        edit_refused(str): a rename was refused; the text says why.
    """

    edit_refused = Signal(str)

    def __init__(self, document: SeasonDocument, parent: QObject | None = None):
        super().__init__(document, columns=1, key=lambda a: a.id, parent=parent)

    def athlete_id(self, row: int) -> str:
        """The id of the athlete in ``row``."""
        return self.item(row).id

    # -- rows and cells ----------------------------------------------------------------

    def build_rows(self) -> list[Athlete]:
        return list(self._document.season.athletes)

    def display(self, item: Athlete, column: int) -> str:
        return item.name

    def edit_value(self, item: Athlete, column: int) -> str:
        return item.name

    def tooltip(self, item: Athlete, column: int) -> str:
        return f"{item.name}\n{athlete_summary(item)}"

    def role_data(self, item: Athlete, column: int, role: int) -> Any:
        return item.id if role == ID_ROLE else None

    # -- editing -------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        athlete = self.item(index.row())
        name = str(value).strip()
        if not name:
            self.edit_refused.emit("An athlete needs a name; the old name was kept.")
            return False
        try:
            self._document.rename_athlete(athlete.id, name)
        except ValidationError as error:
            detail = first_reason(error)
            self.edit_refused.emit(f"{detail[:1].upper()}{detail[1:]}; the old name was kept.")
            return False
        return True
