"""Where an export's chooser starts, and which of its files already exist.

Shared by File ▸ Export PDF…, Export Calendar… and Export Spreadsheet…; loads neither
ReportLab nor the iCalendar library.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Protocol

from planner_gui.document.season_document import SeasonDocument
from planner_gui.export.file_names import safe_stem
from planner_gui.views.start_folder import start_folder


class WritesFiles(Protocol):
    """An export request that knows the files it writes."""

    def paths(self) -> Sequence[Path]: ...


def suggested_target(
    document: SeasonDocument, athlete_ids: Collection[str], suffix: str, *, split: bool = False
) -> Path:
    """Where the chooser starts: the season file's folder, and a name for one file
    (none with ``split``, one file per athlete in a folder).

    One athlete's file is named after the athlete, several after the season.
    """
    folder = start_folder(document.path)
    if split:
        return folder
    season = document.season
    names = [a.name for a in season.athletes if a.id in athlete_ids]
    return folder / f"{safe_stem(names[0] if len(names) == 1 else season.name)}{suffix}"


def files_to_replace(request: WritesFiles) -> list[str]:
    """The names of the files a request writes that already exist."""
    # lexists: a dangling link at a name is written through too.
    return [path.name for path in request.paths() if os.path.lexists(path)]
