"""File ▸ Export Spreadsheet…: the chosen athletes' plans as one CSV file.

The athletes' dialog (``SpreadsheetDialog``, shown through ``export_prompts.run_dialog``
like the other exports' dialogs), the chooser (``export_prompts.ask_csv_path``), then
the file is written at once (a roster's spreadsheet takes milliseconds: no background
job). The rows are ``export.spreadsheet``'s, the same as ``planner-gui csv`` writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.export.spreadsheet import write_spreadsheet
from planner_gui.views import dialogs, export_prompts
from planner_gui.views.export_target import suggested_target
from planner_gui.views.spreadsheet_dialog import SpreadsheetDialog


def export_spreadsheet(
    parent: QWidget | None, document: SeasonDocument, current_athlete_id: str = ""
) -> Path | None:
    """Ask whose plans and where, and write them into one file; the file, or None.

    Refuses (with a message) a season without athletes and the season file itself,
    and says so when the file cannot be written; nothing is written then.
    """
    season = document.season
    chosen = export_prompts.chosen_for_export(
        parent,
        season,
        "a spreadsheet",
        lambda: SpreadsheetDialog(season, current_athlete_id=current_athlete_id, parent=parent),
        SpreadsheetDialog.chosen_ids,
    )
    if chosen is None:
        return None
    # Beside the season file, named after the season (or the one athlete chosen).
    path = export_prompts.ask_csv_path(parent, suggested_target(document, chosen, ".csv"))
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
        write_spreadsheet(season, path, athlete_ids=set(chosen),
                          plans=tuple(document.plans.values()))
    except OSError as error:
        dialogs.show_error(
            parent,
            "Cannot export spreadsheet",
            f"The spreadsheet could not be written to {path}: {error.strerror or error}. "
            "Nothing was changed on disk.",
        )
        return None
    return path
