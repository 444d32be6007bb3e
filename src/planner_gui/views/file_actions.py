"""File commands of the main window: New, Open, Open Recent, Save, Save As.

Nothing here loses work: New, Open and closing ask first when there are unsaved
changes, a file that fails to load leaves the open season untouched, and saving goes
through the model's atomic save. Save asks first when the file changed on disk since
it was opened or saved (someone else's work), and asks for another name when the
file is read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.disk_version import DiskVersion
from planner_gui.model.season import Season
from planner_gui.model.storage import SUFFIX, SeasonFileError, load_season
from planner_gui.model.weeks import first_day_of_week
from planner_gui.views import dialogs, recent_files
from planner_gui.views.invalid_input import refusal_text


class _EditsInProgress(Protocol):
    def commit_notes(self) -> None: ...


class FileWindow(Protocol):
    """What the File commands need of their window (the main window, or a test's)."""

    @property
    def document(self) -> SeasonDocument: ...
    @property
    def roster(self) -> _EditsInProgress: ...
    @property
    def plan(self) -> _EditsInProgress: ...
    @property
    def recent_menu(self) -> QMenu: ...
    @property
    def remembers(self) -> bool: ...
    def window(self) -> QWidget: ...
    def show_message(self, text: str) -> None: ...


def new_season(today: dt.date) -> Season:
    """The proposal for a new, empty season: 52 weeks from the next week's first day.

    Weeks start on the locale's first day of the week; when today is that day, the
    season starts today (the coach plans from this week, not from one long gone).
    """
    from planner_gui.views.new_season_dialog import default_name  # not needed at startup
    from planner_gui.views.settings_dialog import locale_week_start

    week_start = locale_week_start()
    start = first_day_of_week(today + dt.timedelta(days=6), week_start)
    return Season(name=default_name(start), start=start, week_start=week_start)


class FileActions:
    """The File menu's commands for one window."""

    def __init__(self, window: FileWindow, today: Callable[[], dt.date] = dt.date.today):
        self._window = window
        self._parent = window.window()
        self._document = window.document
        self._today = today

    # -- guarding unsaved work -------------------------------------------------------

    def _commit_notes(self) -> None:
        """Write the notes being typed (the athlete's, the week's) before they are lost."""
        self._window.roster.commit_notes()
        self._window.plan.commit_notes()

    def display_name(self) -> str:
        """The file name, or the season's name for an untitled season."""
        path = self._document.path
        return path.name if path is not None else f"“{self._document.season.name}”"

    def maybe_save(self, action: str) -> bool:
        """Ask about unsaved changes before ``action``; True when it may go ahead."""
        self._commit_notes()
        if not self._document.modified:
            return True
        answer = dialogs.ask_unsaved(self._parent, self.display_name(), action)
        if answer is dialogs.Answer.SAVE:
            return self.save()
        return answer is dialogs.Answer.DISCARD

    # -- commands ------------------------------------------------------------------

    def new_season(self) -> None:
        """Ask for a name, first day and length, then start an empty, untitled season."""
        if not self.maybe_save("starting a new season"):
            return
        season = dialogs.ask_new_season(self._parent, new_season(self._today()))
        if season is not None:
            self._document.reset(season, None)
            self._window.show_message("New season: add athletes, then their races.")

    def new_season_from_this(self) -> None:
        """Start next season from the open one: same roster and settings, moved on.

        The result opens untitled and modified, so closing it asks to save it; the
        season it came from is left as it is on disk.
        """
        from planner_gui.model.next_season import next_season  # not needed at startup
        from planner_gui.views import next_season_dialog

        if not self.maybe_save("starting next season"):
            return
        this = self._document.season
        try:
            next_season(this)
        except ValueError as error:
            dialogs.show_error(self._parent, "Cannot start next season", refusal_text(error))
            return
        season = next_season_dialog.ask_next_season(self._parent, this)
        if season is None:
            return
        self._document.reset(season, None)
        # Not saved anywhere yet: the title shows it, and closing asks where to keep it.
        self._document.undo_stack.resetClean()
        self._window.show_message(
            f"{season.name}: a new season from {this.name}. Save it to keep it."
        )

    def open_file(self) -> None:
        """Ask for a season file and open it."""
        if not self.maybe_save("opening another season"):
            return
        path = dialogs.open_path(self._parent, self._start_folder())
        if path is not None:
            self.load(path)

    def open_recent(self, path: Path) -> None:
        """Open a file from the Open Recent menu."""
        if self.maybe_save("opening another season"):
            self.load(path)

    def load(self, path: Path, *, verb: str = "Opened") -> bool:
        """Open ``path`` without asking; on failure explain and keep the open season."""
        # The version before reading: a change made while reading then shows as a
        # change on disk (asked about), never as the version the coach has.
        disk = DiskVersion.of(path)
        try:
            season = load_season(path)
        except SeasonFileError as error:
            dialogs.show_error(
                self._parent,
                "Cannot open season",
                f"{path.name} cannot be opened, and the open season was left as it was."
                f"\n\n{error}",
            )
            return False
        self._document.reset(season, path, disk)
        if self._window.remembers:
            recent_files.add_recent_file(path)
        self._window.show_message(f"{verb} {path.name}.")
        return True

    def reload(self) -> bool:
        """Open the file again as it is on disk now; asks first when that drops edits."""
        self._commit_notes()
        path = self._document.path
        if path is None:
            return False
        if self._document.modified and not dialogs.confirm(
            self._parent,
            "Reload from disk",
            f"Reload {path.name} as it is on disk now? Your unsaved changes will be lost.",
            "Reload",
        ):
            return False
        return self.load(path, verb="Reloaded")

    def save(self) -> bool:
        """Save to the current file (asks where for an untitled or read-only season)."""
        self._commit_notes()
        if self._document.path is None:
            return self.save_as()
        if self._document.read_only:
            self._window.show_message(
                f"{self._document.path.name} is read-only: save your changes under another name."
            )
            return self.save_as()
        return self._save_to(self._document.path)

    def save_as(self) -> bool:
        """Ask where to save, then save there."""
        from planner_gui.export.file_names import safe_stem  # not needed at startup

        self._commit_notes()
        current = self._document.path
        name = current.name if current else safe_stem(self._document.season.name) + SUFFIX
        if current is not None and self._document.read_only:  # not over the protected file
            stem = current.name.removesuffix(SUFFIX).removesuffix(".json")
            name = f"{stem} (copy){SUFFIX}"
        suggested = Path(self._start_folder()) / name
        path = dialogs.save_path(self._parent, str(suggested))
        return path is not None and self._save_to(path)

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether ``path`` (the document's file) holds another version than ours."""
        if path != self._document.path:
            return False
        known = self._document.disk_version
        now = DiskVersion.of(path, known)
        # A deleted file is written again without a question.
        return now is not None and not (known is not None and known.same_content(now))

    def _save_to(self, path: Path) -> bool:
        if self._changed_on_disk(path):
            answer = dialogs.ask_disk_conflict(self._parent, path.name)
            if answer is dialogs.Conflict.SAVE_COPY:
                return self.save_as()
            if answer is dialogs.Conflict.RELOAD:
                self.reload()
                return False
            if answer is not dialogs.Conflict.OVERWRITE:
                return False
        try:
            self._document.save(path)
        except OSError as error:
            dialogs.show_error(
                self._parent,
                "Cannot save season",
                f"The season could not be saved to {path}: {error.strerror or error}. "
                "The file on disk was left as it was.",
            )
            return False
        if self._window.remembers:
            recent_files.add_recent_file(path)
        self._window.show_message(f"Saved {path.name}.")
        return True

    def fill_recent_menu(self) -> None:
        """Rebuild Open Recent from the settings (missing files are dropped)."""
        menu = self._window.recent_menu
        menu.clear()
        paths = recent_files.recent_files()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {path.name}", menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
            menu.addAction(action)
        if not paths:
            empty = menu.addAction("No recent seasons")
            empty.setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction("Clear Menu", recent_files.clear_recent_files)

    def _start_folder(self) -> str:
        # An untitled season starts where the last season was opened: the coach's
        # seasons folder. Never a folder that is gone (the chooser would fall back
        # to the working directory).
        from planner_gui.views.start_folder import start_folder  # not needed at startup

        recent = recent_files.recent_files() if self._document.path is None else []
        return str(start_folder(self._document.path or (recent[0] if recent else None)))
