"""Help ▸ Keyboard Shortcuts: every shortcut of the window, read from its real actions.

The list is built each time the dialog opens, by walking the menu bar and every other
action of the window that has a shortcut, so it can never go stale: an action added
tomorrow appears without touching this file. Keys the timeline handles itself come
from ``keyboard_edits.TIMELINE_KEYS``, the table its key handler reads.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.views.timeline.keyboard_edits import TIMELINE_KEYS

PATH_SEPARATOR = " ▸ "
TIMELINE_GROUP = "Timeline (with the timeline focused)"
OTHER_GROUP = "Elsewhere in the window"


class Shortcut(NamedTuple):
    """One row of the list."""

    group: str
    """Where it lives: the menu path ("File", "View ▸ Zoom") or a group name."""
    command: str
    """The action's text without its mnemonic marker."""
    keys: str
    """The shortcut(s) as this platform writes them ("Ctrl+S")."""


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ``&`` (a doubled ``&&`` stays one ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def key_text(action: QAction) -> str:
    """An action's shortcuts in the platform's own words, comma-separated."""
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def _menu_rows(menu: QMenu, path: str, seen: set[int]) -> list[Shortcut]:
    rows = []
    for action in menu.actions():
        seen.add(id(action))
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows += _menu_rows(sub, path + PATH_SEPARATOR + plain_text(sub.title()), seen)
        elif action.shortcuts() and not action.isSeparator():
            rows.append(Shortcut(path, plain_text(action.text()), key_text(action)))
    return rows


def window_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every shortcut of ``window``: its menus' in menu order, then any other action's."""
    seen: set[int] = set()
    rows: list[Shortcut] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows += _menu_rows(menu, plain_text(menu.title()), seen)
    for action in window.findChildren(QAction):
        if id(action) not in seen and action.shortcuts() and action.text():
            seen.add(id(action))
            rows.append(Shortcut(OTHER_GROUP, plain_text(action.text()), key_text(action)))
    return rows


def timeline_shortcuts() -> list[Shortcut]:
    """The keys the timeline handles itself, from the table its handler reads."""
    rows = []
    for entry in TIMELINE_KEYS:
        keys = " / ".join(
            QKeySequence(entry.modifier.value | key.value).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            for key in entry.keys
        )
        rows.append(Shortcut(TIMELINE_GROUP, entry.does, keys))
    return rows


class ShortcutsDialog(QDialog):
    """A two-level list: groups (menus) and their commands with their keys."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard Shortcuts – Season Planner")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.rows = [*window_shortcuts(window), *timeline_shortcuts()]
        groups: dict[str, QTreeWidgetItem] = {}
        self._items: list[QTreeWidgetItem] = []
        for row in self.rows:
            group = groups.get(row.group)
            if group is None:
                group = groups[row.group] = QTreeWidgetItem(self.tree, [row.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._items.append(QTreeWidgetItem(group, [row.command, row.keys]))
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(600, 600)

    def listed(self) -> list[tuple[str, str]]:
        """(command, keys) of every row shown, in order."""
        return [(item.text(0), item.text(1)) for item in self._items]
