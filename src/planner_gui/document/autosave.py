"""Autosave: the unsaved season goes to a recovery file a few seconds after each edit.

Within ``quiet_ms`` (5 s) of the last edit, and at least every ``max_wait_ms`` (60 s)
while edits go on without a pause, a modified document is written to this process's
recovery file (``planner_gui.model.recovery_files``). Whenever the document becomes
clean again (saved, a season opened or started after the coach discarded the
changes, undone back to the saved state) the file is removed; ``stop`` removes it on
a normal quit. What is written is the season, the file it belongs to and the time.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.recovery_files import RecoveryStore

QUIET_MS = 5_000
"""Write this long after the last edit."""
MAX_WAIT_MS = 60_000
"""…but never leave edits unwritten longer than this while they keep coming."""


class Autosave(QObject):
    """Keeps the recovery file of one document up to date.

    Signals:
        written(Path): the recovery file was written.
        failed(str): it could not be written (why, in words); the next edit retries.
    """

    written = Signal(Path)
    failed = Signal(str)

    def __init__(
        self,
        document: SeasonDocument,
        store: RecoveryStore,
        *,
        quiet_ms: int = QUIET_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent if parent is not None else document)
        self._document = document
        self.store = store
        self._stopped = False
        # Two timers: the quiet one restarts with every edit, the deadline one starts
        # with the first edit after a write and is never pushed back.
        self._quiet = self._timer(quiet_ms)
        self._deadline = self._timer(max_wait_ms)
        document.season_changed.connect(self._edited)
        document.path_changed.connect(self._edited)
        document.modified_changed.connect(self._modified_changed)

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.write_now)
        return timer

    def _edited(self, *_args: object) -> None:
        if self._stopped or not self._document.modified:
            return
        self._quiet.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def _modified_changed(self, modified: bool) -> None:
        if modified:
            self._edited()
        else:
            self._quiet.stop()
            self._deadline.stop()
            self.store.remove()

    @property
    def pending(self) -> bool:
        """Whether edits wait to be written."""
        return self._quiet.isActive() or self._deadline.isActive()

    def write_now(self) -> None:
        """Write the recovery file now if the document has unsaved changes."""
        self._quiet.stop()
        self._deadline.stop()
        if self._stopped or not self._document.modified:
            return
        try:
            file = self.store.write(self._document.season, self._document.path)
        except OSError as error:
            reason = error.strerror or str(error)
            print(f"planner-gui: autosave failed: {reason}", file=sys.stderr)
            self.failed.emit(f"Autosave failed ({reason}); save your changes to keep them.")
            return
        self.written.emit(file)

    def stop(self) -> None:
        """A normal quit: no more writes, and the recovery file goes."""
        self._stopped = True
        self._quiet.stop()
        self._deadline.stop()
        self.store.close()
