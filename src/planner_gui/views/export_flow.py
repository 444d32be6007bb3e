"""File ▸ Export PDF…: the dialog, the file or folder chooser, then the export job.

The steps that wait on the coach go through ``export_prompts`` (tests replace them);
the export itself runs in an ``ExportJob`` off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from planner_gui.export.file_names import safe_stem
from planner_gui.views import export_prompts
from planner_gui.views.document import SeasonDocument
from planner_gui.views.export_dialog import ExportDialog
from planner_gui.views.export_job import ExportJob
from planner_gui.views.selection import Selection


def _suggested(document: SeasonDocument, split: bool) -> Path:
    folder = document.path.parent if document.path is not None else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return folder if split else folder / f"{safe_stem(document.season.name)}.pdf"


def export_pdf_from_window(
    parent: QWidget | None, document: SeasonDocument, selection: Selection
) -> ExportJob | None:
    """Run File ▸ Export PDF…: the dialog, the target, then the export in the background.

    Returns the running job (None when the coach cancelled a dialog).
    """
    season = document.season
    if not season.athletes:
        export_prompts.show_error(
            parent, "Nothing to export", "Add an athlete before exporting plan sheets."
        )
        return None
    dialog = ExportDialog(season, current_athlete_id=selection.athlete_id, parent=parent)
    try:
        if not export_prompts.run_dialog(dialog):
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()
    suggested = _suggested(document, options.split)
    target = (
        export_prompts.ask_folder(parent, suggested) if options.split
        else export_prompts.ask_pdf_path(parent, suggested)
    )
    if target is None:
        return None
    job = ExportJob(parent, season, dict(document.plans), options, target)
    job.start()
    return job
