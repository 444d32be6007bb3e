"""The bar above the panes that says the season's file changed on disk.

It never interrupts (no dialog): the coach finishes what they are doing, then
chooses Reload (take the file as it is now, dropping their unsaved edits after a
question) or Keep mine (go on editing; the next Save asks what to do with the other
version, see ``FileActions.save``). A deleted or moved file is said so: Save writes
it again.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from planner_gui.document.disk_watcher import DiskState, DiskWatcher
from planner_gui.document.season_document import SeasonDocument


class DiskChangeBar(QFrame):
    """"NAME changed on disk — Reload / Keep mine" (hidden while the file is as loaded)."""

    def __init__(
        self,
        document: SeasonDocument,
        reload: Callable[[], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("disk_change_bar")
        self.setStyleSheet(
            "#disk_change_bar { background: #fff4ce; border: 1px solid #d9b84a;"
            " border-radius: 4px; }"
        )
        self._document = document
        self._reload = reload
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reload_button = QPushButton("Reload")
        self.reload_button.setToolTip(
            "Open the file as it is on disk now (your unsaved changes are lost)"
        )
        self.keep_button = QPushButton("Keep mine")
        self.keep_button.setToolTip(
            "Go on with your version; saving will ask what to do with the one on disk"
        )
        self.ok_button = QPushButton("OK")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        for button in (self.reload_button, self.keep_button, self.ok_button):
            layout.addWidget(button)
        self.reload_button.clicked.connect(self._reload_clicked)
        self.keep_button.clicked.connect(self.hide)
        self.ok_button.clicked.connect(self.hide)
        self.hide()
        self.watcher = DiskWatcher(document, self)
        self.watcher.state_changed.connect(self._show_state)

    def _name(self) -> str:
        path = self._document.path
        return html.escape(path.name if path is not None else "The season's file")

    def _show_state(self, state: DiskState) -> None:
        if state is DiskState.SAME:
            self.hide()
            return
        changed = state is DiskState.CHANGED
        if changed:
            self.label.setText(f"<b>{self._name()}</b> changed on disk — reload it, or keep "
                               "your version?")
        else:
            self.label.setText(
                f"<b>{self._name()}</b> was deleted or moved — Save will write it again."
            )
        self.reload_button.setVisible(changed)
        self.keep_button.setVisible(changed)
        self.ok_button.setVisible(not changed)
        self.show()

    def _reload_clicked(self) -> None:
        self._reload()
