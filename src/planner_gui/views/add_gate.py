"""A panel's Add button and the window's menu action for it, off while there is no room.

The roster's Add (athletes) and the races table's Add race (the selected athlete's
races) follow the schema's limits (``model.roster_limits``): while disabled, their
tooltips say why; with room again, their own tips come back.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton


class AddGate:
    """An Add button and the menu actions bound to it, enabled together."""

    def __init__(self, button: QPushButton):
        self._button = button
        self._tip = button.toolTip()
        self._actions: list[tuple[QAction, str]] = []

    def bind(self, action: QAction) -> None:
        """Enable and explain ``action`` with the button (its status tip is its own tip)."""
        self._actions.append((action, action.statusTip()))

    def update(self, full: str | None, *, button_on: bool = True) -> None:
        """``full``: why nothing can be added, or None when there is room.

        ``button_on`` False turns the button off for another reason (nobody to add a
        race to); the actions stay on then, to say what is missing when used.
        """
        self._button.setEnabled(button_on and full is None)
        self._button.setToolTip(full or self._tip)
        for action, tip in self._actions:
            action.setEnabled(full is None)
            action.setToolTip(full or tip)
            action.setStatusTip(full or tip)
