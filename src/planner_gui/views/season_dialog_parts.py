"""What the New Season and New Season From This One dialogs share.

The Create Season / Cancel buttons, and showing such a dialog modally for the season
it makes (the red line that says why it cannot be made yet is ``invalid_input``'s).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from planner_gui.model.season import Season


class SeasonDialog(Protocol):
    """A dialog that makes a season once accepted."""

    def exec(self) -> int: ...
    def season(self) -> Season: ...
    def deleteLater(self) -> None: ...


def create_season_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Create Season and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    create = buttons.button(QDialogButtonBox.StandardButton.Ok)
    create.setText("Create Season")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, create


def season_from(dialog: SeasonDialog) -> Season | None:
    """Show ``dialog`` modally: the season it made, or None when cancelled."""
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.season()
        return None
    finally:
        dialog.deleteLater()
