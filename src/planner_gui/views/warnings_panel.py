"""The warnings panel: what the engine noticed about the plans, in plain words."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.engine import PlanWarning
from planner_gui.model.warning_look import WARNING_LOOKS

RACE_ROLE = Qt.ItemDataRole.UserRole + 1
ATHLETE_ROLE = Qt.ItemDataRole.UserRole + 2


class _Shown(NamedTuple):
    """One athlete's rows in the list: their name and their plan's warnings."""

    athlete_id: str
    name: str
    warnings: tuple[PlanWarning, ...]


class WarningsPanel(QWidget):
    """Every athlete's plan warnings; choosing one selects the race it is about."""

    def __init__(
        self, document: SeasonDocument, selection: Selection, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self.title = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName("Warnings")
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self._icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._shown: list[_Shown] = []
        document.season_changed.connect(self.refresh)
        document.season_reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Bring the list up to date with the document's plans, touching only the rows
        of athletes whose warnings (or name) changed.

        An edit changes one athlete or two: rebuilding every row would lose the row
        the coach chose and where the list was scrolled to, and cost time in
        proportion to the roster.
        """
        season = self._document.season
        names = {a.id: a.name for a in season.athletes}
        shown = [
            _Shown(athlete_id, names[athlete_id], plan.warnings)
            for athlete_id, plan in self._document.plans.items()
            if plan.warnings
        ]
        old = self._shown
        if not old and self.list.count():
            self.list.clear()  # the "no warnings" line
        # The athletes whose rows stay are a common head and tail: an edit, an added
        # or deleted athlete, or one moved up or down changes what lies in between.
        head = 0
        while head < min(len(old), len(shown)) and old[head] == shown[head]:
            head += 1
        tail = 0
        while (
            tail < min(len(old), len(shown)) - head
            and old[len(old) - 1 - tail] == shown[len(shown) - 1 - tail]
        ):
            tail += 1
        first = sum(len(entry.warnings) for entry in old[:head])
        removed = sum(len(entry.warnings) for entry in old[head : len(old) - tail])
        for _ in range(removed):
            self.list.takeItem(first)
        row = first
        for entry in shown[head : len(shown) - tail]:
            for item in self._items(entry):
                self.list.insertItem(row, item)
                row += 1
        self._shown = shown
        count = sum(len(entry.warnings) for entry in shown)
        self.title.setText(f"<b>Warnings</b> ({count})" if count else "<b>Warnings</b>")
        if not count:  # every row went above, the old "no warnings" line too
            item = QListWidgetItem("No warnings: every plan has room for its blocks.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)

    def _items(self, entry: _Shown) -> list[QListWidgetItem]:
        items = []
        for warning in entry.warnings:
            item = QListWidgetItem(self._icon, f"{entry.name}: {warning.message}")
            item.setToolTip(f"{warning.message}\n{WARNING_LOOKS[warning.code].hint}")
            item.setData(RACE_ROLE, warning.race_id or "")
            item.setData(ATHLETE_ROLE, entry.athlete_id)
            items.append(item)
        return items

    def _chosen(self, item: QListWidgetItem) -> None:
        race_id = item.data(RACE_ROLE)
        athlete_id = item.data(ATHLETE_ROLE)
        if race_id:
            self._selection.select_race(race_id)
        elif athlete_id:
            self._selection.select_athlete(athlete_id)
