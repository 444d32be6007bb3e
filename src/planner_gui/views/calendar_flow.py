"""File ▸ Export Calendar…: the dialog, the file or folder chooser, then the files.

The steps that wait on the coach go through ``export_prompts`` (tests replace them),
as for Export PDF…. Calendar files are written right away, each atomically, under a
busy pointer rather than in a background job with a progress dialog: a squad's
files take a second or two.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.export.ics import SUFFIX, CalendarRequest, CalendarResult, write_calendars
from planner_gui.views import export_prompts
from planner_gui.views.calendar_dialog import CalendarDialog
from planner_gui.views.export_target import files_to_replace, suggested_target


def export_calendar_from_window(
    parent: QWidget | None,
    document: SeasonDocument,
    selection: Selection,
    *,
    now: dt.datetime | None = None,
) -> CalendarResult | None:
    """Run File ▸ Export Calendar…; the files written, or None when cancelled or failed.

    ``now`` is the export's time stamp (DTSTAMP); None: the current time.
    """
    season = document.season
    if not season.athletes:
        export_prompts.show_error(
            parent, "Nothing to export", "Add an athlete before exporting a calendar."
        )
        return None
    dialog = CalendarDialog(season, current_athlete_id=selection.athlete_id, parent=parent)
    try:
        if not export_prompts.run_dialog(dialog):
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()
    suggested = suggested_target(document, options, SUFFIX)
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
    # About 50 ms an athlete (icalendar's line folding is most of it): a squad of
    # thirty takes a second or two, so the pointer says the app is busy meanwhile.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return write_calendars(request)
    except OSError as error:
        reason = error.strerror or str(error)
    finally:
        QApplication.restoreOverrideCursor()  # before any message box
    # The place the coach chose, not the hidden temporary file the write went through.
    export_prompts.show_error(
        parent, "Calendar not saved", f"The calendar could not be written.\n\n{target}: {reason}"
    )
    return None


def done_message(result: CalendarResult) -> str:
    """The status bar's line once the files are written."""
    events = f"{result.events} event{'s' if result.events != 1 else ''}"
    if len(result.paths) == 1:
        return f"Calendar saved: {result.paths[0].name} ({events})"
    return f"{len(result.paths)} calendar files saved in {result.paths[0].parent} ({events})"
