"""What an export is asked to print and where, and what it wrote.

``ExportRequest`` is the one way in to ``planner_gui.export.pdf.export``, for the
``export`` command and the window alike; ``ExportResult`` comes back.
``ExportCancelled`` (from ``export_progress``, shared with the calendar export) is
imported from here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from planner_gui.export.export_progress import ExportCancelled as ExportCancelled
from planner_gui.export.file_request import FileRequest
from planner_gui.export.paper import Paper


@dataclass(frozen=True, kw_only=True)
class ExportRequest(FileRequest):
    """The plan sheets to print: whose, on which paper, into which file or folder.

    Without ``split``, one PDF with a coach overview first (when there are several
    athletes); with it, one PDF per athlete in the ``target`` folder.
    """

    SUFFIX = ".pdf"
    DOING = "print"

    paper: Paper | None = None
    """None: the paper of the locale (``paper.default_paper``)."""
    printed: dt.date | None = None
    """The "printed on" day in the sheets' headers; None: today."""
    notes: bool = True
    """Print the coach's notes on the athletes' sheets: the athlete's notes (summary
    page) and the week notes (day-by-day calendar). Race and away notes always print,
    and the coach overview is the same either way."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    paths: tuple[Path, ...]
    athletes: tuple[str, ...]
    """Names of the athletes printed, in roster order."""
    pages: int
    """Pages over all files."""
    unprintable: tuple[str, ...]
    """Names with characters the bundled font lacks: they may print as boxes."""
