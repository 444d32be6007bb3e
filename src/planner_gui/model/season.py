"""The season document schema (pydantic v2).

A season is immutable: every edit builds a new ``Season`` (see ``model.edits``), which
makes undo snapshots cheap and lets the plan cache compare athletes by identity.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    ValidationError,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = 2
"""The newest season file version this app reads and the one it writes."""

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
MAX_NAME = 200
MAX_NOTES = 20_000
MAX_WEEKS = 260
MAX_ATHLETES = 500
MAX_RACES = 300
"""Bounds that stop absurd files: most weeks in a season, athletes, races per athlete."""
MAX_SESSIONS = 7
MAX_EXERCISES = 20
MAX_EXERCISE_NAME = 80
MAX_AWAY_DAYS = 366
MAX_WEEK_NOTE = 2000
MAX_AWAY_PERIODS = 200
MAX_WEEK_NOTES = 2000
"""Bounds of the individual plans (planning-rules.md §5)."""


class Priority(StrEnum):
    """How much a race matters: only A races create training blocks."""

    A = "A"
    B = "B"
    C = "C"


class Distance(StrEnum):
    """Race distance categories."""

    FIVE_K = "5k"
    TEN_K = "10k"
    HALF_MARATHON = "half_marathon"
    MARATHON = "marathon"
    ULTRA = "ultra"
    OTHER = "other"

    @property
    def label(self) -> str:
        """A short human label ("Half marathon")."""
        return _DISTANCE_LABELS[self]


_DISTANCE_LABELS = {
    Distance.FIVE_K: "5 km",
    Distance.TEN_K: "10 km",
    Distance.HALF_MARATHON: "Half marathon",
    Distance.MARATHON: "Marathon",
    Distance.ULTRA: "Ultra",
    Distance.OTHER: "Other",
}


class Weekday(StrEnum):
    """The first day of a planning week."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def number(self) -> int:
        """0 for Monday … 6 for Sunday, as ``date.weekday()``."""
        return _WEEKDAY_NUMBERS[self]


# A dict, not list(Weekday).index(): week arithmetic asks for this on every race.
_WEEKDAY_NUMBERS = {day: number for number, day in enumerate(Weekday)}

DEFAULT_STRENGTH_DAYS = (Weekday.TUESDAY, Weekday.FRIDAY, Weekday.SUNDAY, Weekday.WEDNESDAY)
"""Lifting days in order of preference when the coach has not chosen (§5.2)."""


class AwayReason(StrEnum):
    """Why an athlete is away."""

    HOLIDAY = "holiday"
    ILLNESS = "illness"
    INJURY = "injury"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason as a coach says it ("Holiday")."""
        return self.value.capitalize()


def new_id() -> str:
    """A fresh, short, unique id for an athlete or a race."""
    return uuid.uuid4().hex[:12]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(value: object) -> dt.date:
    """A calendar date written as YYYY-MM-DD, between 1900 and 2200.

    Stricter than pydantic's own date parsing, which would also take a Unix timestamp
    or a date with a time of day: in a season file those are mistakes, not dates.
    """
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date without a time of day")
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a real calendar date") from None
    else:
        raise ValueError(f"expected a date as YYYY-MM-DD, got {_json_type(value)}")
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValueError(
            f"{day.isoformat()} is out of range: dates must lie between "
            f"{MIN_DATE.year} and {MAX_DATE.year}"
        )
    return day


def _json_type(value: object) -> str:
    """How a JSON value's type reads in an error message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# C0 controls, DEL and C1 controls; names also refuse the Unicode line separators,
# notes keep the line break and the tab (a coach's notes are lines of text).
_NOT_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_NOTES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CHARACTER_NAMES = {"\n": "a line break", "\r": "a line break", "\t": "a tab"}


def _character(char: str) -> str:
    """A control character as the coach reads it: "a tab", "U+001B"."""
    return _CHARACTER_NAMES.get(char, f"U+{ord(char):04X}")


def _one_line(value: str) -> str:
    """A name: one line of printable text (control characters rewrite terminals)."""
    if found := _NOT_IN_NAMES.search(value):
        raise ValueError(
            f"a name cannot contain control characters, line breaks or tabs "
            f"(found {_character(found.group())})"
        )
    return value


def first_reason(error: ValidationError) -> str:
    """The first reason the schema gave, without pydantic's "Value error, " in front."""
    return str(error.errors(include_url=False)[0]["msg"]).removeprefix("Value error, ")


def name_characters_problem(text: str) -> str:
    """Why the characters of ``text`` cannot make a name, as a sentence ("" if they can).

    For editors that check as the coach types, before the document refuses it.
    """
    try:
        _one_line(text)
    except ValueError as error:
        reason = str(error)
        return f"{reason[:1].upper()}{reason[1:]}."
    return ""


def _prose(value: str) -> str:
    """Notes: lines of text; Windows line ends become plain ones."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if found := _NOT_IN_NOTES.search(value):
        raise ValueError(
            f"notes can hold line breaks and tabs but no other control characters "
            f"(found {_character(found.group())})"
        )
    return value


OneLine = AfterValidator(_one_line)
"""Every name (season, athlete, race, exercise): refuses control characters."""
Prose = AfterValidator(_prose)
"""Every note: keeps line breaks and tabs, refuses other control characters."""

Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME), OneLine]
Notes = Annotated[str, Field(max_length=MAX_NOTES), Prose]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Date = Annotated[dt.date, BeforeValidator(_parse_date)]
# Strict: "52", 52.0 and true are typing mistakes in a file, not week counts.
PhaseWeeks = Annotated[int, Field(strict=True, ge=0, le=8)]


RecoveryWeeks = Annotated[int, Field(strict=True, ge=2, le=6)]
SessionCount = Annotated[int, Field(strict=True, ge=0, le=MAX_SESSIONS)]
ExerciseName = Annotated[str, Field(min_length=1, max_length=MAX_EXERCISE_NAME), OneLine]
Exercises = Annotated[tuple[ExerciseName, ...], Field(max_length=MAX_EXERCISES)]

PHASE_KEYS = ("free", "base", "strength", "race_specific", "taper", "recovery")
"""The phase ids that ``sessions`` and ``exercises`` are keyed by."""
BLOCK_KEYS = ("base", "strength", "race_specific", "taper")
LENGTH_KEYS = (*BLOCK_KEYS, "recovery")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class _Partial(_Frozen):
    """A model whose unset (None) fields are left out of the file."""

    @model_serializer(mode="wrap")
    def _drop_unset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return {key: value for key, value in data.items() if value is not None}


class PhaseSessions(_Partial):
    """Strength sessions a week per phase; an unset phase takes the next level's value."""

    free: SessionCount | None = None
    base: SessionCount | None = None
    strength: SessionCount | None = None
    race_specific: SessionCount | None = None
    taper: SessionCount | None = None
    recovery: SessionCount | None = None


class PhaseExercises(_Partial):
    """Exercise names per phase; an unset phase takes the next level's list."""

    free: Exercises | None = None
    base: Exercises | None = None
    strength: Exercises | None = None
    race_specific: Exercises | None = None
    taper: Exercises | None = None
    recovery: Exercises | None = None


class Methodology(_Frozen):
    """The season's phase lengths in weeks (the article's 4-4-4-4 cycle plus 2 weeks
    off by default), and its sessions and exercises per phase where the coach set them.
    """

    base: PhaseWeeks = 4
    strength: PhaseWeeks = 4
    race_specific: PhaseWeeks = 4
    taper: PhaseWeeks = 4
    recovery: RecoveryWeeks = 2
    sessions: PhaseSessions = PhaseSessions()
    exercises: PhaseExercises = PhaseExercises()

    @model_validator(mode="after")
    def _block_not_empty(self) -> Methodology:
        if self.block_length < 1:
            raise ValueError("the four block phases together need at least one week")
        return self

    @property
    def block_length(self) -> int:
        """Weeks in a full block, race week included (16 by default)."""
        return self.base + self.strength + self.race_specific + self.taper

    @model_serializer(mode="wrap")
    def _drop_empty(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A season that sets no sessions or exercises writes the version-1 shape.
        data: dict[str, Any] = handler(self)
        return {key: value for key, value in data.items() if value != {}}


class AthleteMethodology(_Partial):
    """An athlete's own methodology: only what differs from the season (§5.1)."""

    base: PhaseWeeks | None = None
    strength: PhaseWeeks | None = None
    race_specific: PhaseWeeks | None = None
    taper: PhaseWeeks | None = None
    recovery: RecoveryWeeks | None = None
    sessions: PhaseSessions = PhaseSessions()
    exercises: PhaseExercises = PhaseExercises()

    @model_serializer(mode="wrap")
    def _drop_unset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        return {key: value for key, value in data.items() if value not in (None, {})}

    @property
    def is_empty(self) -> bool:
        """Whether the athlete simply follows the season."""
        return self == AthleteMethodology()

    def over(self, season: Methodology) -> Methodology:
        """The effective methodology: this athlete's values over the season's (§5.1).

        Raises ``ValueError`` when the result breaks a rule (no block week left).
        """
        lengths = {
            key: value if (value := getattr(self, key)) is not None else getattr(season, key)
            for key in LENGTH_KEYS
        }
        sessions = {
            key: value if (value := getattr(self.sessions, key)) is not None
            else getattr(season.sessions, key)
            for key in PHASE_KEYS
        }
        exercises = {
            key: value if (value := getattr(self.exercises, key)) is not None
            else getattr(season.exercises, key)
            for key in PHASE_KEYS
        }
        return Methodology(
            **lengths,
            sessions=PhaseSessions(**sessions),
            exercises=PhaseExercises(**exercises),
        )


class AwayPeriod(_Frozen):
    """Days an athlete cannot lift: a holiday, an illness, an injury (§5.3)."""

    start: Date
    end: Date
    reason: AwayReason = AwayReason.OTHER
    note: Notes = ""

    @model_validator(mode="after")
    def _ordered_and_bounded(self) -> AwayPeriod:
        if self.end < self.start:
            raise ValueError("end: the last day comes before the first day")
        if self.days > MAX_AWAY_DAYS:
            raise ValueError(
                f"end: an away period lasts at most {MAX_AWAY_DAYS} days "
                f"(this one has {self.days})"
            )
        return self

    @property
    def days(self) -> int:
        """Days away, both ends counted."""
        return (self.end - self.start).days + 1


class WeekNote(_Frozen):
    """The coach's own words for the week that holds ``date`` (§5.4)."""

    date: Date
    text: Annotated[str, Field(min_length=1, max_length=MAX_WEEK_NOTE), Prose]


class Race(_Frozen):
    """One race on an athlete's calendar."""

    id: Id = Field(default_factory=new_id)
    name: Name
    date: Date
    priority: Priority = Priority.A
    distance: Distance = Distance.OTHER
    notes: Notes = ""


def _distinct_days(value: object) -> object:
    if isinstance(value, list | tuple) and len(set(map(str, value))) != len(value):
        raise ValueError("a weekday is listed twice")
    return value


StrengthDays = Annotated[
    tuple[Weekday, ...], BeforeValidator(_distinct_days), Field(min_length=1, max_length=7)
]


class Athlete(_Frozen):
    """A person the coach plans for, with their own week where the coach set one."""

    id: Id = Field(default_factory=new_id)
    name: Name
    notes: Notes = ""
    races: tuple[Race, ...] = Field(default=(), max_length=MAX_RACES)
    methodology: AthleteMethodology | None = None
    strength_days: StrengthDays = DEFAULT_STRENGTH_DAYS
    away: tuple[AwayPeriod, ...] = Field(default=(), max_length=MAX_AWAY_PERIODS)
    week_notes: tuple[WeekNote, ...] = Field(default=(), max_length=MAX_WEEK_NOTES)

    @model_serializer(mode="wrap")
    def _drop_unset(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # An athlete without individual settings writes the version-1 shape.
        data: dict[str, Any] = handler(self)
        if self.methodology is None or self.methodology.is_empty:
            data.pop("methodology", None)
        for key in ("away", "week_notes"):
            if not data.get(key):
                data.pop(key, None)
        return data

    def effective_methodology(self, season: Methodology) -> Methodology:
        """The methodology this athlete is planned with (§5.1)."""
        if self.methodology is None:
            return season
        return self.methodology.over(season)


class Season(_Frozen):
    """The planning document: roster, races, calendar window and methodology."""

    # No upper bound here: _migrate refuses newer versions with a clearer message.
    schema_version: int = Field(default=SCHEMA_VERSION, strict=True, ge=1)
    name: Name
    start: Date
    weeks: int = Field(default=52, strict=True, ge=1, le=MAX_WEEKS)
    week_start: Weekday = Weekday.MONDAY
    methodology: Methodology = Methodology()
    athletes: tuple[Athlete, ...] = Field(default=(), max_length=MAX_ATHLETES)

    @model_validator(mode="before")
    @classmethod
    def _migrate(cls, data: Any) -> Any:
        """Upgrade older files step by step; refuse files from a newer app."""
        if not isinstance(data, dict):
            return data
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            return data  # the field validator reports the bad value
        if version > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version: version {version} is newer than this app understands "
                f"(it reads up to {SCHEMA_VERSION}); please update Season Planner"
            )
        data = dict(data)
        while version < SCHEMA_VERSION:
            data = _MIGRATIONS[version](data)
            version += 1
        data["schema_version"] = SCHEMA_VERSION
        return data

    @model_validator(mode="after")
    def _athletes_plannable(self) -> Season:
        for index, athlete in enumerate(self.athletes):
            if athlete.methodology is None:
                continue
            try:
                athlete.methodology.over(self.methodology)
            except ValueError:
                raise ValueError(
                    f"athletes[{index}].methodology: with the season's lengths, the four "
                    "block phases together need at least one week"
                ) from None
        return self

    @model_validator(mode="after")
    def _ids_unique(self) -> Season:
        seen: set[str] = set()
        for a_index, athlete in enumerate(self.athletes):
            if athlete.id in seen:
                raise ValueError(f"athletes[{a_index}].id {athlete.id!r} is used twice")
            seen.add(athlete.id)
            for r_index, race in enumerate(athlete.races):
                if race.id in seen:
                    raise ValueError(
                        f"athletes[{a_index}].races[{r_index}].id {race.id!r} is used twice"
                    )
                seen.add(race.id)
        return self

    def athlete(self, athlete_id: str) -> Athlete:
        """The athlete with this id (KeyError if none)."""
        for athlete in self.athletes:
            if athlete.id == athlete_id:
                return athlete
        raise KeyError(athlete_id)


def _from_version_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 only adds optional fields (a version-1 file that has them keeps them)."""
    return data


# Each entry upgrades the raw data of a version-N file (the key) to version N + 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_version_1}
