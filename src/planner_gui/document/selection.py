"""The selection shared by every view: the current athlete and the current race."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits


class Selection(QObject):
    """Which athlete and which race the coach is working on.

    The roster, the races table and the timeline all read and write this one object,
    so selecting a race anywhere selects it everywhere. Selecting a race also selects
    its athlete. Ids that disappear from the season (delete, undo) are dropped.

    Signals:
        athlete_changed(str): the current athlete id ("" for none).
        race_changed(str): the current race id ("" for none).
    """

    athlete_changed = Signal(str)
    race_changed = Signal(str)

    def __init__(self, document: SeasonDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._athlete_id = ""
        self._race_id = ""
        document.season_changed.connect(self._drop_stale)
        document.season_reset.connect(self._select_first)
        self._select_first()

    @property
    def athlete_id(self) -> str:
        """The current athlete id, or "" when the roster is empty."""
        return self._athlete_id

    @property
    def race_id(self) -> str:
        """The current race id, or "" for none."""
        return self._race_id

    def select_athlete(self, athlete_id: str) -> None:
        """Make an athlete current (clears the race if it belongs to someone else)."""
        if self._race_id:
            loc = self._locate(self._race_id)
            if loc is None or loc.athlete.id != athlete_id:
                self._set_race("")
        self._set_athlete(athlete_id)

    def select_race(self, race_id: str) -> None:
        """Make a race current ("" clears it), and its athlete with it."""
        if race_id:
            loc = self._locate(race_id)
            if loc is None:
                return
            self._set_athlete(loc.athlete.id)
        self._set_race(race_id)

    def _locate(self, race_id: str) -> edits.RaceLocation | None:
        try:
            return edits.find_race(self._document.season, race_id)
        except KeyError:
            return None

    def _set_athlete(self, athlete_id: str) -> None:
        if athlete_id != self._athlete_id:
            self._athlete_id = athlete_id
            self.athlete_changed.emit(athlete_id)

    def _set_race(self, race_id: str) -> None:
        if race_id != self._race_id:
            self._race_id = race_id
            self.race_changed.emit(race_id)

    def _select_first(self) -> None:
        self._set_race("")
        athletes = self._document.season.athletes
        self._set_athlete(athletes[0].id if athletes else "")

    def _drop_stale(self) -> None:
        season = self._document.season
        if self._race_id:
            loc = self._locate(self._race_id)
            if loc is None:
                self._set_race("")
            elif loc.athlete.id != self._athlete_id:
                self._set_athlete(loc.athlete.id)
        ids = [a.id for a in season.athletes]
        if self._athlete_id not in ids:
            self._set_athlete(ids[0] if ids else "")
