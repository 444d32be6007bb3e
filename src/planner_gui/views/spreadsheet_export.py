"""File ▸ Export Spreadsheet…: the plan of every athlete as one CSV file.

One chooser, then the file is written at once (a roster's spreadsheet takes
milliseconds: no background job). The rows are ``export.spreadsheet``'s, the same as
``planner-gui csv`` writes. The chooser is a function of this module that tests
replace (``monkeypatch.setattr(spreadsheet_export, "ask_csv_path", ...)``); the
export looks it up here at call time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.export.file_names import safe_stem
from planner_gui.export.spreadsheet import write_spreadsheet
from planner_gui.views import dialogs
from planner_gui.views.start_folder import start_folder

CSV_FILTER = "Spreadsheet files (*.csv);;All files (*)"


def ask_csv_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to write the spreadsheet; adds ``.csv`` when no suffix was typed."""
    name, _ = QFileDialog.getSaveFileName(parent, "Export spreadsheet", str(suggested), CSV_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_name(path.name + ".csv")


def suggested_path(document: SeasonDocument) -> Path:
    """The season file's folder (else the documents folder) and the season's name."""
    return start_folder(document.path) / f"{safe_stem(document.season.name)}.csv"


def export_spreadsheet(parent: QWidget | None, document: SeasonDocument) -> Path | None:
    """Ask for a file and write every athlete's plan into it; the file, or None.

    Refuses (with a message) a season without athletes and the season file itself,
    and says so when the file cannot be written; nothing is written then.
    """
    season = document.season
    if not season.athletes:
        dialogs.show_error(
            parent, "Nothing to export", "The season has no athletes yet: add one first."
        )
        return None
    path = ask_csv_path(parent, suggested_path(document))
    if path is None:
        return None
    if document.path is not None and path.exists() and path.samefile(document.path):
        dialogs.show_error(
            parent,
            "Cannot export spreadsheet",
            f"{path.name} is the season file itself: give the spreadsheet another name.",
        )
        return None
    try:
        write_spreadsheet(season, path, plans=tuple(document.plans.values()))
    except OSError as error:
        dialogs.show_error(
            parent,
            "Cannot export spreadsheet",
            f"The spreadsheet could not be written to {path}: {error.strerror or error}. "
            "Nothing was changed on disk.",
        )
        return None
    return path
