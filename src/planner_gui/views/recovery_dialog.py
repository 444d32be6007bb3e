"""The dialog that offers the changes a closed-without-saving window left behind.

One dialog lists every recovery file at once: per season its name, the file it
belongs to (or "Untitled"), when it was last autosaved, and Recover / Discard /
Later. One season can be recovered into the window (the app has one window per
process), so choosing Recover for one row turns any other Recover into Later.
Closing the dialog without choosing keeps everything for the next start.

Tests replace ``ask_recovery`` (``monkeypatch.setattr(recovery_dialog, "ask_recovery",
...)``); callers look it up through this module.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.recovery_files import Recovery, saved_at_text


class Choice(Enum):
    """What to do with one recovery file."""

    RECOVER = "Recover"
    DISCARD = "Discard"
    LATER = "Later"


CHOICE_TIPS = {
    Choice.RECOVER: "Open these changes in the window (they still need saving)",
    Choice.DISCARD: "Delete these changes for good",
    Choice.LATER: "Keep these changes and ask again at the next start",
}


class RecoveryDialog(QDialog):
    """Recover / Discard / Later for each left-over recovery file."""

    def __init__(
        self,
        recoveries: Sequence[Recovery],
        now: dt.datetime,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved changes")
        self.setMinimumWidth(480)  # paths and the title stay on one line
        layout = QVBoxLayout(self)
        several = len(recoveries) > 1
        intro = QLabel(
            "Season Planner closed before the changes below were saved. Recover them "
            "to carry on, discard them, or decide later."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.buttons: list[dict[Choice, QRadioButton]] = []
        for index, recovery in enumerate(recoveries):
            default = Choice.RECOVER if index == 0 else Choice.LATER
            layout.addWidget(self._row(recovery, now, default))
        if several:
            note = QLabel(
                "One season can be recovered in this window; the others wait until the "
                "next start unless you discard them."
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Continue")
        box.accepted.connect(self.accept)
        layout.addWidget(box)

    def _row(self, recovery: Recovery, now: dt.datetime, default: Choice) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        rows = QVBoxLayout(frame)
        title = QLabel(f"<b>{html.escape(recovery.season.name)}</b>")
        rows.addWidget(title)
        where = (
            f"File: {recovery.original}"
            if recovery.original is not None
            else "Untitled (never saved to a file)"
        )
        details = QLabel(f"{where}\nLast autosaved {saved_at_text(recovery.saved_at, now)}")
        details.setWordWrap(True)
        rows.addWidget(details)
        line = QHBoxLayout()
        group = QButtonGroup(frame)  # kept by the frame: one choice per row
        buttons: dict[Choice, QRadioButton] = {}
        for choice in Choice:
            button = QRadioButton(choice.value)
            button.setToolTip(CHOICE_TIPS[choice])
            group.addButton(button)
            line.addWidget(button)
            buttons[choice] = button
        line.addStretch(1)
        rows.addLayout(line)
        buttons[default].setChecked(True)
        buttons[Choice.RECOVER].toggled.connect(
            lambda on, mine=buttons: self._only_one_recover(mine) if on else None
        )
        self.buttons.append(buttons)
        return frame

    def _only_one_recover(self, chosen: dict[Choice, QRadioButton]) -> None:
        for buttons in self.buttons:
            if buttons is not chosen and buttons[Choice.RECOVER].isChecked():
                buttons[Choice.LATER].setChecked(True)

    def choices(self) -> list[Choice]:
        """The choice for each recovery, in the order given."""
        return [
            next(choice for choice, button in buttons.items() if button.isChecked())
            for buttons in self.buttons
        ]


def ask_recovery(
    parent: QWidget | None, recoveries: Sequence[Recovery], now: dt.datetime
) -> list[Choice]:
    """Ask what to do with each recovery file; closing the dialog means Later for all."""
    dialog = RecoveryDialog(recoveries, now, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choices()
        return [Choice.LATER] * len(recoveries)
    finally:
        dialog.deleteLater()
