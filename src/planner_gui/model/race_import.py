"""Planning a race list's import into a season, row by row, before anything changes.

``plan_import`` says for every row of a ``RaceTable`` where it goes (which athlete,
new or on the roster, on which day), or why it is skipped (the race is already there)
or cannot be imported (a bad date, outside the season, over a limit of the season
file). ``ImportPlan.apply`` then builds the new season with the good rows: the window
previews the plan and applies it as one undo step, the CLI prints the bad rows.

Rows are matched to athletes and races ignoring case and repeated spaces ("kofi
MENSAH" is Kofi Mensah); a race is the same race when athlete, name and date agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from pydantic import ValidationError

from planner_gui.model.date_text import format_date, parse_date
from planner_gui.model.race_table import RaceRow, RaceTable, name_key
from planner_gui.model.season import (
    MAX_ATHLETES,
    MAX_NAME,
    MAX_NOTES,
    MAX_RACES,
    Athlete,
    Race,
    Season,
    first_reason,
    name_characters_problem,
)
from planner_gui.model.weeks import SeasonCalendar


class Outcome(StrEnum):
    """What the import does with a row."""

    ADD = "add"
    SKIP = "skip"
    BAD = "bad"


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """One row of the race list and what the import does with it.

    ``athlete`` is the name the race goes to (the roster's spelling for an athlete
    already there); ``reason`` says why a row is skipped or bad ("" when added).
    """

    row: RaceRow
    outcome: Outcome
    athlete: str
    new_athlete: bool = False
    race: Race | None = None
    day: dt.date | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Every row's fate, and how dates with slashes were read."""

    rows: tuple[PlannedRow, ...]
    month_first: bool
    """How dates like 03/04/2027 were read (False: 3 April)."""
    ambiguous: tuple[str, ...]
    """Dates that read two ways with nothing in the file to settle them: the coach's
    choice (or day first) decided them."""

    def with_outcome(self, outcome: Outcome) -> tuple[PlannedRow, ...]:
        """The rows with this outcome, in file order."""
        return tuple(p for p in self.rows if p.outcome is outcome)

    @property
    def new_athletes(self) -> tuple[str, ...]:
        """Names of the athletes the import creates, in file order."""
        names: dict[str, str] = {}
        for planned in self.with_outcome(Outcome.ADD):
            if planned.new_athlete:
                names.setdefault(name_key(planned.athlete), planned.athlete)
        return tuple(names.values())

    def summary(self) -> str:
        """"12 races, 2 new athletes, 1 already there, 1 bad row left out" (for a status line)."""
        added, skipped = len(self.with_outcome(Outcome.ADD)), len(self.with_outcome(Outcome.SKIP))
        parts = [f"{added} race{'s' if added != 1 else ''}"]
        if created := len(self.new_athletes):
            parts.append(f"{created} new athlete{'s' if created != 1 else ''}")
        if skipped:
            parts.append(f"{skipped} already there")
        if bad := len(self.with_outcome(Outcome.BAD)):
            parts.append(f"{bad} bad row{'s' if bad != 1 else ''} left out")
        return ", ".join(parts)

    def apply(self, season: Season) -> Season:
        """The season with every added row's race (new athletes at the end of the
        roster, races after each athlete's own)."""
        gained: dict[str, list[Race]] = {}
        spelled: dict[str, str] = {}
        for planned in self.with_outcome(Outcome.ADD):
            assert planned.race is not None
            key = name_key(planned.athlete)
            gained.setdefault(key, []).append(planned.race)
            spelled.setdefault(key, planned.athlete)
        athletes = []
        for athlete in season.athletes:
            races = gained.pop(name_key(athlete.name), None)
            if races:
                athlete = athlete.model_copy(update={"races": (*athlete.races, *races)})
            athletes.append(athlete)
        athletes.extend(
            Athlete(name=spelled[key], races=tuple(races)) for key, races in gained.items()
        )
        return season.model_copy(update={"athletes": tuple(athletes)})


def plan_import(season: Season, table: RaceTable, *, month_first: bool | None = None) -> ImportPlan:
    """Plan the import of ``table`` into ``season`` (which it does not change).

    ``month_first`` is the coach's answer for dates like 03/04/2027; without it a date
    in the file that reads one way only settles it, else they are read day first.
    """
    ambiguous = table.ambiguous_dates() if month_first is None else ()
    if month_first is None:
        month_first = bool(table.month_first_evidence())
    planner = _Planner(season, month_first)
    rows = tuple(planner.plan(row) for row in table.rows)
    return ImportPlan(rows, month_first, ambiguous)


class _Planner:
    """Walks the rows in file order, counting what earlier rows already took."""

    def __init__(self, season: Season, month_first: bool):
        self._month_first = month_first
        self._calendar = SeasonCalendar.of(season)
        self._roster: dict[str, Athlete] = {}
        for athlete in season.athletes:
            self._roster.setdefault(name_key(athlete.name), athlete)
        self._new: dict[str, str] = {}  # athletes this import creates: key → spelling
        self._room = MAX_ATHLETES - len(season.athletes)
        self._races = {key: len(a.races) for key, a in self._roster.items()}
        self._present: dict[tuple[str, str, dt.date], int | None] = {
            (key, name_key(race.name), race.date): None
            for key, athlete in self._roster.items()
            for race in athlete.races
        }

    def plan(self, row: RaceRow) -> PlannedRow:
        key = name_key(row.athlete)
        known = self._roster.get(key)
        athlete = known.name if known is not None else self._new.get(key, row.athlete)
        new = known is None

        def bad(reason: str, day: dt.date | None = None) -> PlannedRow:
            return PlannedRow(row, Outcome.BAD, athlete, new, day=day, reason=reason)

        try:
            day = parse_date(row.date_text, month_first=self._month_first)
        except ValueError as error:
            said = str(error)
            if not row.problem:
                text = row.date_text
                return bad(said if text in said else f"the date “{text}”: {said}")
            return bad(row.problem)
        # The day is kept for the preview, which shows it even on a bad row.
        if row.problem or row.priority is None or row.distance is None:
            return bad(row.problem or "the priority or distance cannot be read", day)
        if not self._calendar.contains(day):
            if day < self._calendar.start:
                where = f"before the season starts ({format_date(self._calendar.start)})"
            else:
                where = f"after the season ends ({format_date(self._calendar.end)})"
            return bad(f"{format_date(day)} is {where}", day)
        for value, what in ((row.athlete, "athlete's name"), (row.name, "race name")):
            if len(value) > MAX_NAME:
                return bad(f"the {what} is longer than {MAX_NAME} characters", day)
        if new and (problem := name_characters_problem(row.athlete)):
            # A race's name is checked by ``Race`` below; a new athlete's only in ``apply``.
            return bad(f"the athlete's name: {problem[:1].lower()}{problem[1:-1]}", day)
        if len(row.notes) > MAX_NOTES:
            return bad(f"the notes are longer than {MAX_NOTES} characters", day)
        same = (key, name_key(row.name), day)
        if same in self._present:
            earlier = self._present[same]
            why = "already in the season" if earlier is None else f"the same race as row {earlier}"
            return PlannedRow(row, Outcome.SKIP, athlete, new, day=day, reason=why)
        if new and key not in self._new and self._room <= 0:
            return bad(f"the season already has {MAX_ATHLETES} athletes, the most it holds", day)
        if self._races.get(key, 0) >= MAX_RACES:
            limit = f"more than {MAX_RACES} races, the most a season holds"
            return bad(f"{athlete} would have {limit}", day)
        try:
            race = Race(
                name=row.name, date=day, priority=row.priority,
                distance=row.distance, notes=row.notes,
            )  # fmt: skip
        except ValidationError as error:
            return bad(first_reason(error), day)
        if new and key not in self._new:
            self._new[key] = athlete
            self._room -= 1
        self._races[key] = self._races.get(key, 0) + 1
        self._present[same] = row.number
        return PlannedRow(row, Outcome.ADD, athlete, new, race, day)
