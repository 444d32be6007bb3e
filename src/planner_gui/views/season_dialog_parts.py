"""What the New Season and New Season From This One dialogs share.

The red line that says why the season cannot be made yet, the Create Season / Cancel
buttons, and showing such a dialog modally for the season it makes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from planner_gui.model.season import Season


class SeasonDialog(Protocol):
    """A dialog that makes a season once accepted."""

    def exec(self) -> int: ...
    def season(self) -> Season: ...
    def deleteLater(self) -> None: ...


def problem_label() -> QLabel:
    """A hidden, wrapping red line for what stops the season being made."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c0392b; font-weight: bold;")
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Say ``text`` on the problem line (an empty text hides it)."""
    label.setText(text)
    label.setVisible(bool(text))


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
