"""The main window: roster, warnings, timeline area, races and plan, with the menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.date_text import format_range
from planner_gui.views.athlete_panel import AthletePanel
from planner_gui.views.disk_change_bar import DiskChangeBar
from planner_gui.views.export_notice import ExportNotice
from planner_gui.views.file_actions import FileActions
from planner_gui.views.help_actions import HelpActions
from planner_gui.views.plan_panel import PlanPanel
from planner_gui.views.races_panel import RacesPanel
from planner_gui.views.roster_panel import RosterPanel
from planner_gui.views.timeline import TimelinePane
from planner_gui.views.warnings_panel import WarningsPanel
from planner_gui.views.week_in_view import week_in_view

if TYPE_CHECKING:  # the dialog loads when first shown, not at startup
    from pathlib import Path

    from planner_gui.views.export_job import BackgroundExport, ExportJob
    from planner_gui.views.race_import_dialog import RaceImportDialog
    from planner_gui.views.settings_dialog import SettingsDialog

APP_TITLE = "Season Planner"
StandardKey = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    """The Season Planner window.

    Attributes other parts build on:
        document: the ``SeasonDocument``; ``document.season`` is the current ``Season``.
        selection: the shared ``Selection``.
        timeline: the ``TimelinePane`` (palette, legend and the timeline view).
        file_menu, edit_menu, view_menu, help_menu: the menus; ``export_anchor`` is
            the separator in the File menu before which export actions go.
    """

    def __init__(
        self,
        document: SeasonDocument,
        *,
        remember: bool = True,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__()
        self.document = document
        self.selection = Selection(document, self)
        self.remembers = remember
        self._settings_dialog: SettingsDialog | None = None

        self.roster = RosterPanel(document, self.selection)
        self.athlete_panel = AthletePanel(document, self.selection, today=today)
        self.warnings = WarningsPanel(document, self.selection)
        self.races = RacesPanel(document, self.selection)
        self.plan = PlanPanel(document, self.selection, today=today, remember=remember)
        self.timeline = TimelinePane(document, self.selection, today=today)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        # Not "left_splitter" any more: a state saved with two panes would collapse the
        # third (the warnings) when restored.
        self.left_splitter.setObjectName("left_panes")
        self.left_splitter.addWidget(self.roster)
        self.left_splitter.addWidget(self.athlete_panel)
        self.left_splitter.addWidget(self.warnings)
        self.left_splitter.setSizes([340, 270, 210])
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("right_splitter")
        for widget in (self.timeline, self.races, self.plan):
            self.right_splitter.addWidget(widget)
        # At 1400×900: six timeline lanes, four race rows, eleven plan weeks. The
        # timeline holds the only phase legend, so it never collapses away.
        self.right_splitter.setSizes([394, 152, 299])
        self.right_splitter.setCollapsible(0, False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([290, 1110])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.addWidget(self.main_splitter)
        self.setCentralWidget(central)

        self.files = FileActions(self, today)
        self.disk_bar = DiskChangeBar(document, self.files.reload)
        layout.insertWidget(0, self.disk_bar)  # above the panes
        self._build_menus()
        self.races.set_week_source(partial(week_in_view, self.plan, self.timeline.view))
        self.view_menu.addActions(self.timeline.view_menu_actions())
        # One "Go to Today" for the whole window: the timeline scrolls to today's date
        # and the plan table to this week.
        self.action_go_to_today = self.timeline.view.view_actions.go_to_today
        self.action_go_to_today.triggered.connect(self.plan.go_to_current_week)
        for panel in (self.roster, self.races, self.timeline.view):
            panel.message.connect(self.show_message)
        self.export_notice = ExportNotice()
        self.export_notice.message.connect(self.show_message)
        self.statusBar().addPermanentWidget(self.export_notice)
        self.season_label = QLabel()
        self.statusBar().addPermanentWidget(self.season_label)
        document.path_changed.connect(self._update_title)
        document.modified_changed.connect(self._update_title)
        document.season_changed.connect(self._update_season_label)
        document.season_reset.connect(self._update_season_label)
        self._update_title()
        self._update_season_label()
        self.resize(1400, 900)
        if remember:
            self.restore_layout()

    # -- menus ---------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        key: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        files = self.files
        self.file_menu = self.menuBar().addMenu("&File")
        self.action_new = self._action("&New Season", files.new_season, StandardKey.New)
        self.action_next_season = self._action(
            "New Season From &This One…", files.new_season_from_this, None,
            "Start next season with the same athletes and settings, one season later",
        )
        self.action_open = self._action("&Open…", files.open_file, StandardKey.Open)
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(files.fill_recent_menu)
        self.action_save = self._action("&Save", files.save, StandardKey.Save)
        self.action_save_as = self._action("Save &As…", files.save_as, StandardKey.SaveAs)
        self.action_quit = self._action("&Quit", self.close, StandardKey.Quit)
        self.file_menu.addAction(self.action_new)
        self.file_menu.addAction(self.action_next_season)
        self.file_menu.addAction(self.action_open)
        self.file_menu.addMenu(self.recent_menu)
        self.action_import_races = self._action(
            "&Import Races…", self.import_races, None,
            "Add races from a spreadsheet saved as CSV, after a preview of every row",
        )
        self.file_menu.addAction(self.action_import_races)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_save)
        self.file_menu.addAction(self.action_save_as)
        self.export_anchor = self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.action_export_pdf = self._action(
            "Export &PDF…", self.export_pdf, StandardKey.Print,
            "Write print-ready plan sheets for the chosen athletes as PDF",
        )
        self.file_menu.insertSeparator(self.export_anchor)
        self.file_menu.insertAction(self.export_anchor, self.action_export_pdf)
        self.action_export_calendar = self._action(
            "Export &Calendar…", self.export_calendar, None,
            "Write the chosen athletes' plans as calendar files (.ics) for their phones",
        )
        self.file_menu.insertAction(self.export_anchor, self.action_export_calendar)
        self.action_export_spreadsheet = self._action(
            "Export Sprea&dsheet…", self.export_spreadsheet, None,
            "Write the chosen athletes' plans as a spreadsheet (CSV), one row per week",
        )
        self.file_menu.insertAction(self.export_anchor, self.action_export_spreadsheet)

        self.edit_menu = self.menuBar().addMenu("&Edit")
        # A disabled Add Athlete or Add Race says why on hover (a full roster or race list).
        self.edit_menu.setToolTipsVisible(True)
        stack = self.document.undo_stack
        self.action_undo = stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcut(QKeySequence(StandardKey.Undo))
        self.action_redo = stack.createRedoAction(self, "&Redo")
        self.action_redo.setShortcut(QKeySequence(StandardKey.Redo))
        self.action_add_athlete = self._action(
            "Add &Athlete", self.roster.add_athlete, "Ctrl+Shift+N", "Add an athlete to the roster"
        )
        self.action_add_race = self._action(
            "Add Ra&ce", self.races.add_race, "Ctrl+Shift+R", "Add a race to the selected athlete"
        )
        self.roster.bind_add_action(self.action_add_athlete)  # off at the schema's limits
        self.races.bind_add_action(self.action_add_race)
        self.action_delete = self._action("&Delete", self.delete_selected, StandardKey.Delete)
        self.action_delete.setStatusTip("Delete the selected race, or the athlete in the roster")
        self.action_settings = self._action(
            "Season &Settings…", self.show_settings, StandardKey.Preferences
        )
        for item in (
            self.action_undo, self.action_redo, None, self.action_add_athlete,
            self.action_add_race, self.action_delete, None, self.action_settings,
        ):
            if item is None:
                self.edit_menu.addSeparator()
            else:
                self.edit_menu.addAction(item)

        self.view_menu: QMenu = self.menuBar().addMenu("&View")
        self.action_all_races = QAction("Races of &All Athletes", self)
        self.action_all_races.setCheckable(True)
        self.action_all_races.toggled.connect(self.races.show_all.setChecked)
        self.races.show_all.toggled.connect(self.action_all_races.setChecked)
        self.view_menu.addAction(self.action_all_races)
        self.view_menu.addSeparator()

        self.help_menu = self.menuBar().addMenu("&Help")
        self.help = HelpActions(self)
        self.help_menu.addActions(self.help.actions())

    # -- commands ------------------------------------------------------------------

    def export_pdf(self) -> ExportJob | None:
        """File ▸ Export PDF…: plan sheets for the chosen athletes, written in the background.

        Returns the running export (None when the coach cancelled).
        """
        from planner_gui.views import export_flow  # ReportLab loads on first export

        job = export_flow.export_pdf_from_window(self, self.document, self.selection)
        if job is not None:
            self.export_notice.watch(job)
        return job

    def export_calendar(self) -> BackgroundExport | None:
        """File ▸ Export Calendar…: the plans as .ics files, written in the background.

        Returns the running export (None when the coach cancelled).
        """
        from planner_gui.views import calendar_flow  # the iCalendar library loads on first use

        job = calendar_flow.export_calendar_from_window(self, self.document, self.selection)
        if job is not None:
            self.export_notice.watch(job)
        return job

    def export_spreadsheet(self) -> Path | None:
        """File ▸ Export Spreadsheet…: the chosen athletes' plans as one CSV file (or None)."""
        from planner_gui.views import spreadsheet_export  # loads on first use

        path = spreadsheet_export.export_spreadsheet(
            self, self.document, self.selection.athlete_id
        )
        if path is not None:
            self.show_message(f"Exported the plan to {path.name}.")
        return path

    def import_races(self) -> RaceImportDialog | None:
        """File ▸ Import Races…: pick a CSV race list and open its preview (None when
        cancelled or unreadable); Import adds the good rows as one undo step."""
        from planner_gui.views import race_import_dialog  # loads on first import

        return race_import_dialog.import_races(self, self.document, self.show_message)

    def delete_selected(self) -> None:
        """Delete the athlete when the roster has focus, else the selected race."""
        if self.roster.list.hasFocus():
            self.roster.delete_athlete()
        else:
            self.races.delete_race()

    def show_settings(self) -> SettingsDialog:
        """Show the (non-modal) season settings dialog and return it."""
        if self._settings_dialog is None:
            from planner_gui.views.settings_dialog import SettingsDialog

            self._settings_dialog = SettingsDialog(self.document, self)
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        self._settings_dialog.activateWindow()
        return self._settings_dialog

    def show_message(self, text: str) -> None:
        """Show a note in the status bar for a while."""
        self.statusBar().showMessage(text, 8000)

    # -- title, status and layout ------------------------------------------------------

    def _update_title(self) -> None:
        path = self.document.path
        name = path.name if path is not None else "Untitled"
        if self.document.read_only:
            name += " (read-only)"
        self.setWindowTitle(f"{name}[*] — {APP_TITLE}")
        self.setWindowModified(self.document.modified)

    def _update_season_label(self) -> None:
        season = self.document.season
        calendar = self.document.calendar
        weeks, athletes = season.weeks, len(season.athletes)
        self.season_label.setText(
            f"{season.name} · {format_range(calendar.start, calendar.end)} "
            f"· {weeks} week{'s' if weeks != 1 else ''} "
            f"· {athletes} athlete{'s' if athletes != 1 else ''}"
        )

    def _splitters(self) -> tuple[QSplitter, ...]:
        return (self.main_splitter, self.left_splitter, self.right_splitter, self.plan.splitter)

    def restore_layout(self) -> None:
        """Restore the window geometry and splitter positions of the last session."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        for splitter in self._splitters():
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray | bytes):
                splitter.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        """Remember the window geometry and splitter positions."""
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self._splitters():
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save("closing"):
            event.ignore()
            return
        if self.remembers:
            self.save_layout()
        if self._settings_dialog is not None:
            self._settings_dialog.close()
        event.accept()
