"""The base of the item models: a table whose rows are a ``RowList`` built from the season.

The athletes, races and plan-week models differ only in what a row is and what a cell
shows. This base owns the rest: the rows, ``rowCount``/``columnCount``, finding a row by
its key, the role dispatch of ``data()``, and following the document (an edit becomes
precise row signals through ``RowList.sync``; a new season is a model reset).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner_gui.document.season_document import SeasonDocument
from planner_gui.views.row_sync import RowList

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class RowListModel(QAbstractTableModel, Generic[T]):
    """A flat table model over a list of immutable row items, rebuilt from the document.

    Subclasses give the column count, ``build_rows`` (the rows for the current season
    and selection) and what cells show: ``display`` (required), ``edit_value``,
    ``tooltip`` and ``role_data`` for any other role. Call ``refresh`` when something
    besides the document (a selection, a filter) changes which rows there are.
    """

    def __init__(
        self,
        document: SeasonDocument,
        *,
        columns: int,
        key: Callable[[T], Hashable],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._document = document
        self._columns = columns
        self._rows: RowList[T] = RowList(self.build_rows(), key)
        document.season_changed.connect(self.refresh)
        document.season_reset.connect(self._reset)

    # -- what subclasses say ---------------------------------------------------------

    def build_rows(self) -> list[T]:
        """The rows for the document's season as it is now, in display order."""
        raise NotImplementedError

    def display(self, item: T, column: int) -> Any:
        """What ``column`` of ``item``'s row shows (``DisplayRole``)."""
        raise NotImplementedError

    def edit_value(self, item: T, column: int) -> Any:
        """The value an editor starts from (``EditRole``); None for read-only cells."""
        return None

    def tooltip(self, item: T, column: int) -> str | None:
        """The cell's tooltip, if it has one."""
        return None

    def role_data(self, item: T, column: int, role: int) -> Any:
        """Any other role (fonts, colours, ids); None when the cell has nothing to say."""
        return None

    # -- rows --------------------------------------------------------------------------

    def item(self, row: int) -> T:
        """The item shown in ``row``."""
        return self._rows.items[row]

    def items(self) -> list[T]:
        """Every row's item, top to bottom (a copy)."""
        return list(self._rows.items)

    def row_of(self, key: Hashable) -> int:
        """The row of the item with ``key``, or -1 when it is not listed."""
        for row, item in enumerate(self._rows.items):
            if self._rows.key(item) == key:
                return row
        return -1

    def refresh(self, *_args: object) -> None:
        """Rebuild the rows, telling views exactly which rows came, went, moved or changed."""
        self._rows.sync(self, self.build_rows(), self._columns)

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows.items = self.build_rows()
        self.endResetModel()

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows.items):
            return None
        item = self._rows.items[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self.display(item, column)
        if role == _EDIT:
            return self.edit_value(item, column)
        if role == _TOOLTIP:
            return self.tooltip(item, column)
        return self.role_data(item, column, role)
