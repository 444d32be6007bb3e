"""The "which athletes?" part of the export dialogs: a checklist with All, None and a count.

Export PDF, Export Calendar and Export Spreadsheet all ask it the same way; each
dialog adds its own choices below. ``export_buttons`` is their Export… and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.season import Season

_ID_ROLE = Qt.ItemDataRole.UserRole


class AthleteChoice(QWidget):
    """Every athlete of the season with a check box, all ticked to start with.

    Signals:
        changed(): an athlete was ticked or unticked.
    """

    changed = Signal()

    def __init__(
        self,
        season: Season,
        *,
        heading: str,
        current_athlete_id: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.athletes = QListWidget()
        self.athletes.setObjectName("athletes")
        for athlete in season.athletes:
            item = QListWidgetItem(athlete.name)
            item.setData(_ID_ROLE, athlete.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.athletes.addItem(item)
            if athlete.id == current_athlete_id:
                self.athletes.setCurrentItem(item)
        self.select_all = QPushButton("A&ll")
        self.select_none = QPushButton("&None")
        self.count_label = QLabel()

        label = QLabel(heading)
        label.setBuddy(self.athletes)
        picks = QHBoxLayout()
        picks.addWidget(self.select_all)
        picks.addWidget(self.select_none)
        picks.addStretch(1)
        picks.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.athletes, 1)
        layout.addLayout(picks)

        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.athletes.itemChanged.connect(self._update)
        self._update()

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.athletes.count()):
            self.athletes.item(row).setCheckState(state)

    def chosen_ids(self) -> tuple[str, ...]:
        """Ids of the checked athletes, in roster order."""
        items = (self.athletes.item(row) for row in range(self.athletes.count()))
        return tuple(
            str(item.data(_ID_ROLE)) for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _update(self) -> None:
        self.count_label.setText(f"{len(self.chosen_ids())} of {self.athletes.count()} chosen")
        self.changed.emit()


def export_buttons(dialog: QDialog, choice: AthleteChoice) -> QDialogButtonBox:
    """Export… and Cancel for an export dialog; Export only while somebody is ticked."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    export = buttons.button(QDialogButtonBox.StandardButton.Ok)
    export.setText("&Export…")

    def update() -> None:
        export.setEnabled(bool(choice.chosen_ids()))

    choice.changed.connect(update)
    update()
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
