"""Progress and cancelling, shared by every export that runs in the window's background.

Plain Python (no ReportLab, no iCalendar): the PDF and calendar exports report
``(done, total)`` steps through a ``Progress`` callback and poll a ``Cancel`` one
between steps; a cancelled export raises ``ExportCancelled``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in all)."""
Cancel = Callable[[], bool]
"""Polled between steps: True stops the export."""


class ExportCancelled(Exception):
    """The user cancelled; no partial file was left behind.

    Attributes:
        written: files completed before the cancel (one file per athlete only).
    """

    def __init__(self, written: Sequence[Path] = ()) -> None:
        super().__init__("export cancelled")
        self.written = tuple(written)
