"""File ▸ Export Calendar…: the dialog, the file or folder chooser, then the files.

The steps that wait on the coach go through ``export_prompts`` (tests replace them),
as for Export PDF…, and the files are written the same way too: in a
``BackgroundExport`` off the window's thread, with a progress dialog that can cancel
(a squad of hundreds takes a second or two), each file atomically, and the status
bar's notice once done.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.export.ics import SUFFIX, CalendarRequest, CalendarResult, write_calendars
from planner_gui.views import export_prompts
from planner_gui.views.calendar_dialog import CalendarDialog
from planner_gui.views.export_job import BackgroundExport, ExportTask
from planner_gui.views.export_target import files_to_replace, suggested_target


def export_calendar_from_window(
    parent: QWidget | None,
    document: SeasonDocument,
    selection: Selection,
    *,
    now: dt.datetime | None = None,
) -> BackgroundExport | None:
    """Run File ▸ Export Calendar…: the dialog, the target, then the files in the background.

    ``now`` is the export's time stamp (DTSTAMP); None: the current time. Returns the
    running job (None when the coach cancelled a dialog or there is nobody to export).
    """
    season = document.season
    options = export_prompts.chosen_for_export(
        parent,
        season,
        "a calendar",
        lambda: CalendarDialog(season, current_athlete_id=selection.athlete_id, parent=parent),
        CalendarDialog.options,
    )
    if options is None:
        return None
    suggested = suggested_target(document, options.athlete_ids, SUFFIX, split=options.split)
    target = (
        export_prompts.ask_folder(parent, suggested, "Export one calendar file per athlete")
        if options.split
        else export_prompts.ask_calendar_path(parent, suggested)
    )
    if target is None:
        return None
    request = CalendarRequest(
        season=season, target=target, athlete_ids=options.athlete_ids, split=options.split,
        stamp=now or dt.datetime.now(dt.UTC), plans=dict(document.plans),
    )
    if options.split:
        existing = files_to_replace(request)
        if existing and not export_prompts.confirm_replace(
            parent, target, existing, "calendar files"
        ):
            return None
    job = BackgroundExport(parent, ExportTask(
        run=lambda progress, cancel: write_calendars(request, progress, cancel),
        steps=len(options.athlete_ids), target=target, split=options.split,
        title="Export Calendar", working="Writing the calendars…",
        failed_title="Calendar not saved", failed="The calendar could not be written.",
        message=done_message, notice=_notice, files="calendar files",
    ))
    job.start()
    return job


def done_message(result: CalendarResult) -> str:
    """The status bar's line once the files are written."""
    events = f"{result.events} event{'s' if result.events != 1 else ''}"
    if len(result.paths) == 1:
        return f"Calendar saved: {result.paths[0].name} ({events})"
    return f"{len(result.paths)} calendar files saved in {result.paths[0].parent} ({events})"


def _notice(result: CalendarResult) -> str:
    if len(result.paths) == 1:
        return f"Calendar saved: {result.paths[0].name}"
    return f"{len(result.paths)} calendar files saved in {result.paths[0].parent.name}/"
