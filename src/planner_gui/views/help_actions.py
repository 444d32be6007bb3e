"""The Help menu: Planning Guide, Keyboard Shortcuts and About, each a non-modal window.

Each dialog is made on first use (nothing here costs the window's start) and kept,
so choosing the menu item again brings the same window to the front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

if TYPE_CHECKING:
    from planner_gui.views.about_dialog import AboutDialog
    from planner_gui.views.planning_guide_dialog import PlanningGuideDialog
    from planner_gui.views.shortcuts_dialog import ShortcutsDialog


class HelpActions:
    """The Help menu's actions and the dialogs they open."""

    def __init__(self, window: QMainWindow):
        self._window = window
        self.guide: PlanningGuideDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.about: AboutDialog | None = None
        self.action_guide = QAction("Planning &Guide", window)
        self.action_guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action_guide.setStatusTip("How plans are made: phases, race symbols and warnings")
        self.action_guide.triggered.connect(self.show_guide)
        self.action_shortcuts = QAction("&Keyboard Shortcuts", window)
        self.action_shortcuts.setStatusTip("Every key the window answers to")
        self.action_shortcuts.triggered.connect(self.show_shortcuts)
        self.action_about = QAction("&About Season Planner", window)
        self.action_about.triggered.connect(self.show_about)

    def actions(self) -> list[QAction]:
        """The menu's actions, in menu order."""
        return [self.action_guide, self.action_shortcuts, self.action_about]

    def show_guide(self) -> PlanningGuideDialog:
        """Help ▸ Planning Guide."""
        from planner_gui.views.planning_guide_dialog import PlanningGuideDialog

        if self.guide is None:
            self.guide = PlanningGuideDialog(self._window)
        _present(self.guide)
        return self.guide

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts (rebuilt each time, so it lists today's actions)."""
        from planner_gui.views.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts is not None:
            self.shortcuts.close()
            self.shortcuts.deleteLater()
        self.shortcuts = ShortcutsDialog(self._window)
        _present(self.shortcuts)
        return self.shortcuts

    def show_about(self) -> AboutDialog:
        """Help ▸ About Season Planner."""
        from planner_gui.views.about_dialog import AboutDialog

        if self.about is None:
            self.about = AboutDialog(self._window)
        _present(self.about)
        return self.about


def _present(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
