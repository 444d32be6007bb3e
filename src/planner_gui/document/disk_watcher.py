"""Noticing, while the window is open, that the season's file changed on disk.

Another program (a second window, a sync client, a colleague on a shared folder) may
rewrite or delete the file the coach is editing. ``DiskWatcher`` watches the file and
its folder and compares what is on disk with the version the document loaded or
saved (``SeasonDocument.disk_version``); the window shows a bar when they differ.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.disk_version import DiskVersion

_SETTLE_MS = 150
"""Wait this long after the last event before looking: a writer may not be done."""


class DiskState(Enum):
    """How the file on disk compares with the document's version of it."""

    SAME = "same"
    CHANGED = "changed"
    DELETED = "deleted"


class DiskWatcher(QObject):
    """Watches the document's file and says when it changes on disk.

    The folder is watched as well as the file: saving atomically (ours or another
    program's) replaces the file by another one, which ends a watch on the file
    itself, and a deleted file can come back. The file's watch is set again after
    every event, and the app's own saves never count as changes (the document
    remembers what it wrote).

    Signals:
        state_changed(DiskState): the file on disk now differs from the document's
            version (CHANGED, DELETED), differs again in another way, or is back
            to it (SAME).
    """

    state_changed = Signal(object)

    def __init__(self, document: SeasonDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._schedule)
        self._watcher.directoryChanged.connect(self._schedule)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SETTLE_MS)
        self._timer.timeout.connect(self.check)
        self._state = DiskState.SAME
        self._seen: DiskVersion | None = document.disk_version
        document.path_changed.connect(self._rearm)
        document.disk_version_changed.connect(self._rearm)
        self._rearm()

    @property
    def state(self) -> DiskState:
        """The state found by the last look at the file."""
        return self._state

    def _target(self) -> Path | None:
        path = self._document.path
        return Path(os.path.realpath(path)) if path is not None else None

    def _rearm(self) -> None:
        """Watch the document's (new) file and folder, and look at it now."""
        watched = self._watcher.files() + self._watcher.directories()
        if watched:
            self._watcher.removePaths(watched)
        target = self._target()
        if target is not None and target.parent.is_dir():
            self._watcher.addPath(str(target.parent))
        self.check()

    def _schedule(self, _path: str) -> None:
        self._timer.start()

    def check(self) -> DiskState:
        """Compare the file on disk with the document's version; returns the state."""
        target = self._target()
        known = self._document.disk_version
        if target is None:
            now, state = None, DiskState.SAME
        else:
            if target.exists() and str(target) not in self._watcher.files():
                self._watcher.addPath(str(target))  # a replaced file is a new file
            now = DiskVersion.of(target, known)
            if known is not None and known.same_content(now):
                state = DiskState.SAME
            elif now is None:
                state = DiskState.DELETED if known is not None else DiskState.SAME
            else:
                state = DiskState.CHANGED
        seen_before = self._seen
        self._seen = now
        if state is not self._state or (
            state is DiskState.CHANGED and not (now is not None and now.same_content(seen_before))
        ):
            self._state = state
            self.state_changed.emit(state)
        return state
