"""The season document: the one object that owns the open season.

It holds the immutable ``Season``, the file path, the undo stack and the plans the
engine computed for it. Every change is an undo command that swaps one ``Season``
snapshot for another (edits are built by ``planner_gui.model.edits``); views listen
to ``season_changed`` and never modify the season themselves.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner_gui.document.plan_cache import PlanCache
from planner_gui.document.season_edit_command import SeasonEditCommand
from planner_gui.document.settings_label import settings_label, settings_merge_key
from planner_gui.model import edits
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.disk_version import DiskVersion, is_read_only
from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Athlete, Race, Season
from planner_gui.model.storage import save_season
from planner_gui.model.weeks import SeasonCalendar


class SeasonDocument(QObject):
    """The open season, its file, its undo history and its computed plans.

    Signals:
        season_changed(old, new): the season was replaced by an edit, undo or redo
            (both ``Season`` objects; item models diff them).
        season_reset(): a different season was loaded (New, Open); views rebuild.
        path_changed(): the file path changed (Save As, Open).
        modified_changed(bool): whether there are unsaved changes.
        disk_version_changed(): the document loaded or saved its file (see
            ``disk_version``).
    """

    season_changed = Signal(object, object)
    season_reset = Signal()
    path_changed = Signal()
    modified_changed = Signal(bool)
    disk_version_changed = Signal()

    def __init__(self, season: Season, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._season = season
        self._path = path
        self._disk: DiskVersion | None = None
        self._written: DiskVersion | None = None
        self._read_only = False
        self._remember_disk(path, DiskVersion.of(path) if path is not None else None)
        self._cache = PlanCache()
        self._plans = self._cache.plans(season)
        self.undo_stack = QUndoStack(self)
        # A bound method (not a lambda) so the connection dies with the document: the
        # stack emits cleanChanged while it is destroyed, after the document's wrapper.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # Merging continues only the step this document pushed last: an undo or redo
        # in between starts a new run (see ``edit``).
        self._merge_run = 0
        self._pushing = False
        self.undo_stack.indexChanged.connect(self._index_changed)

    def _index_changed(self, _index: int) -> None:
        if not self._pushing:
            self._merge_run += 1

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    # -- state ---------------------------------------------------------------------

    @property
    def season(self) -> Season:
        """The current season (immutable; replace it through an edit)."""
        return self._season

    @property
    def plans(self) -> dict[str, AthletePlan]:
        """The current plans by athlete id, in roster order."""
        return self._plans

    @property
    def calendar(self) -> SeasonCalendar:
        """The season's weeks."""
        return SeasonCalendar.of(self._season)

    @property
    def path(self) -> Path | None:
        """The file the season was loaded from or saved to (None when untitled)."""
        return self._path

    @property
    def disk_version(self) -> DiskVersion | None:
        """The version of the file this document loaded or last saved (None: untitled)."""
        return self._disk

    @property
    def read_only(self) -> bool:
        """Whether the file was read-only when opened: Save then asks for another name."""
        return self._read_only

    @property
    def modified(self) -> bool:
        """Whether there are unsaved changes."""
        return not self.undo_stack.isClean()

    # -- loading and saving ----------------------------------------------------------

    def reset(self, season: Season, path: Path | None, disk: DiskVersion | None = None) -> None:
        """Replace the whole document (New, Open): clears the undo history.

        ``disk`` is the version of ``path`` taken before reading it (see
        ``FileActions.load``); without it the file is looked at now.
        """
        if disk is None and path is not None:
            disk = DiskVersion.of(path)
        self._remember_disk(path, disk if path is not None else None)
        self._season = season
        self._plans = self._cache.plans(season)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.season_reset.emit()
        self.set_path(path)
        self.modified_changed.emit(False)
        self.disk_version_changed.emit()

    def set_path(self, path: Path | None) -> None:
        """Set the file path."""
        if path != self._path:
            self._path = path
            self.path_changed.emit()

    def save(self, path: Path | None = None) -> None:
        """Save atomically to ``path`` (default: the current path) and mark clean."""
        target = path or self._path
        if target is None:
            raise ValueError("an untitled season needs a path to be saved")
        # The .bak keeps the coach's version from before this session's first save
        # over the file: a file still as this session wrote it is not backed up again.
        mine = self._written if target == self._path else None
        ours = mine is not None and mine.same_content(DiskVersion.of(target, mine))
        written = save_season(self._season, target, backup=not ours)
        self._remember_disk(target, written)
        self._written = written
        self.set_path(target)
        self.undo_stack.setClean()
        self.disk_version_changed.emit()

    def _remember_disk(self, path: Path | None, disk: DiskVersion | None) -> None:
        """Remember the version of ``path`` on disk (loaded, or written by ``save``)."""
        self._disk = disk
        self._written = None  # set by ``save`` only
        self._read_only = path is not None and is_read_only(path)

    # -- edits -----------------------------------------------------------------------

    def edit(self, label: str, season: Season, merge_key: str | None = None) -> bool:
        """Push an undoable change to ``season``; returns False when nothing changed.

        Consecutive edits with the same ``merge_key`` become one undo step; an undo or
        redo in between ends the run, so a step the coach undid back to is not extended.
        """
        if season == self._season:
            return False
        key = f"{merge_key}#{self._merge_run}" if merge_key else None
        self._pushing = True
        try:
            self.undo_stack.push(SeasonEditCommand(self._apply, label, self._season, season, key))
        finally:
            self._pushing = False
        return True

    def _apply(self, season: Season) -> None:
        old = self._season
        self._season = season
        self._plans = self._cache.plans(season)
        self.season_changed.emit(old, season)

    def move_race(
        self,
        race_id: str,
        day: dt.date,
        athlete_id: str | None = None,
        *,
        copy: bool = False,
        merge_key: str | None = None,
    ) -> str:
        """Move (or copy) a race to a date and/or athlete as one undo step.

        Moves with the same ``merge_key`` in a row join one step (keyboard nudges);
        returns the id of the moved race (a new id for a copy).
        """
        loc = edits.find_race(self._season, race_id)
        season, new_id = edits.move_race(self._season, race_id, day, athlete_id, copy=copy)
        verb = "Copy" if copy else "Move"
        where = format_date(day)
        if athlete_id is not None and athlete_id != loc.athlete.id:
            where = f"{self._season.athlete(athlete_id).name}, {where}"
        self.edit(f"{verb} {loc.race.name} to {where}", season, merge_key)
        return new_id

    def add_race(self, athlete_id: str, race: Race, index: int | None = None) -> None:
        """Add a race to an athlete."""
        self.edit(f"Add {race.name}", edits.add_race(self._season, athlete_id, race, index))

    def remove_race(self, race_id: str) -> None:
        """Delete a race."""
        name = edits.find_race(self._season, race_id).race.name
        self.edit(f"Delete {name}", edits.remove_race(self._season, race_id))

    def update_race(self, race_id: str, **changes: Any) -> None:
        """Change fields of a race (raises pydantic's ValidationError on bad values)."""
        loc = edits.find_race(self._season, race_id)
        season = edits.update_race(self._season, race_id, **changes)
        field = next(iter(changes)) if len(changes) == 1 else "details"
        self.edit(f"Change {field.replace('_', ' ')} of {loc.race.name}", season)

    # -- athletes --------------------------------------------------------------------

    def add_athlete(self, athlete: Athlete, index: int | None = None) -> None:
        """Add an athlete to the roster (at the end unless ``index`` is given)."""
        self.edit(f"Add {athlete.name}", edits.add_athlete(self._season, athlete, index))

    def remove_athlete(self, athlete_id: str) -> None:
        """Delete an athlete and their races."""
        name = self._season.athlete(athlete_id).name
        self.edit(f"Delete {name}", edits.remove_athlete(self._season, athlete_id))

    def rename_athlete(self, athlete_id: str, name: str) -> None:
        """Rename an athlete (raises pydantic's ValidationError on an empty name)."""
        old = self._season.athlete(athlete_id).name
        season = edits.update_athlete(self._season, athlete_id, name=name)
        self.edit(f"Rename {old} to {season.athlete(athlete_id).name}", season)

    def set_athlete_notes(self, athlete_id: str, notes: str) -> None:
        """Replace an athlete's notes."""
        name = self._season.athlete(athlete_id).name
        self.edit(
            f"Edit notes of {name}", edits.update_athlete(self._season, athlete_id, notes=notes)
        )

    def update_athlete(
        self, athlete_id: str, label: str, *, merge_key: str | None = None, **changes: Any
    ) -> None:
        """Change an athlete's individual settings as one undo step called ``label``.

        ``changes`` are ``Athlete`` fields (strength_days, methodology, away,
        week_notes); raises pydantic's ValidationError or ``ValueError`` on values the
        file would refuse, leaving the season as it was.
        """
        season = edits.update_athlete(self._season, athlete_id, **changes)
        self.edit(label, season, merge_key)

    def set_week_note(
        self,
        athlete_id: str,
        week: tuple[dt.date, dt.date],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        """Replace the athlete's note for the week from ``week[0]`` to ``week[1]``.

        Edits with the same ``merge_key`` in a row join one undo step (one typing
        session in the note field, committed at each pause).
        """
        athlete = self._season.athlete(athlete_id)
        verb = "Edit" if text.strip() else "Remove"
        label = f"{verb} the note of {athlete.name} for {format_range(*week)}"
        self.edit(label, edits.set_week_note(self._season, athlete_id, week, text), merge_key)

    def move_athlete(self, athlete_id: str, new_index: int) -> None:
        """Move an athlete to another place in the roster."""
        old_index = edits.athlete_index(self._season, athlete_id)
        name = self._season.athletes[old_index].name
        direction = "up" if new_index < old_index else "down"
        self.edit(
            f"Move {name} {direction}", edits.move_athlete(self._season, athlete_id, new_index)
        )

    # -- settings --------------------------------------------------------------------

    def update_settings(self, **changes: Any) -> None:
        """Change season-wide settings as one undo step, with a label that says what.

        Keys are ``Season`` fields (name, start, weeks, week_start, methodology);
        raises pydantic's ValidationError on values outside the allowed ranges.
        """
        season = edits.update_settings(self._season, **changes)
        # Repeated changes of one setting (spin box arrows, typing "1", "6") merge.
        self.edit(
            settings_label(self._season, season),
            season,
            merge_key=settings_merge_key(self._season, season),
        )
