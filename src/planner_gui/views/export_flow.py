"""File ▸ Export PDF…: the dialog, the file or folder chooser, then the export job.

The steps that wait on the coach go through ``export_prompts`` (tests replace them);
the export itself runs in an ``ExportJob`` off the GUI thread. The choosers start in
the season file's folder, and one PDF per athlete asks once before replacing files
already in the chosen folder.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.export.export_request import ExportRequest
from planner_gui.views import export_prompts
from planner_gui.views.export_dialog import ExportDialog
from planner_gui.views.export_job import ExportJob
from planner_gui.views.export_target import files_to_replace, suggested_target


def export_pdf_from_window(
    parent: QWidget | None, document: SeasonDocument, selection: Selection
) -> ExportJob | None:
    """Run File ▸ Export PDF…: the dialog, the target, then the export in the background.

    Returns the running job (None when the coach cancelled a dialog).
    """
    season = document.season
    options = export_prompts.chosen_for_export(
        parent,
        season,
        "plan sheets",
        lambda: ExportDialog(season, current_athlete_id=selection.athlete_id, parent=parent),
        ExportDialog.options,
    )
    if options is None:
        return None
    suggested = suggested_target(document, options.athlete_ids, ".pdf", split=options.split)
    target = (
        export_prompts.ask_folder(parent, suggested) if options.split
        else export_prompts.ask_pdf_path(parent, suggested)
    )
    if target is None:
        return None
    request = ExportRequest(
        season=season, target=target, athlete_ids=options.athlete_ids, paper=options.paper,
        split=options.split, plans=dict(document.plans), notes=options.notes,
    )
    if options.split:
        existing = files_to_replace(request)
        if existing and not export_prompts.confirm_replace(parent, target, existing):
            return None
    job = ExportJob(parent, request, open_when_done=options.open_when_done)
    job.start()
    return job
