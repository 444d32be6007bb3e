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

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
"""The newest season file version this app reads and the one it writes."""

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
MAX_NAME = 200
MAX_NOTES = 20_000
MAX_WEEKS = 260
MAX_ATHLETES = 500
MAX_RACES = 300
"""Bounds that stop absurd files: most weeks in a season, athletes, races per athlete."""


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


Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
Notes = Annotated[str, Field(max_length=MAX_NOTES)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Date = Annotated[dt.date, BeforeValidator(_parse_date)]
# Strict: "52", 52.0 and true are typing mistakes in a file, not week counts.
PhaseWeeks = Annotated[int, Field(strict=True, ge=0, le=8)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Methodology(_Frozen):
    """Phase lengths in weeks; the defaults are the article's 4-4-4-4 cycle plus 2 weeks off."""

    base: PhaseWeeks = 4
    strength: PhaseWeeks = 4
    race_specific: PhaseWeeks = 4
    taper: PhaseWeeks = 4
    recovery: int = Field(default=2, strict=True, ge=2, le=6)

    @model_validator(mode="after")
    def _block_not_empty(self) -> Methodology:
        if self.block_length < 1:
            raise ValueError("the four block phases together need at least one week")
        return self

    @property
    def block_length(self) -> int:
        """Weeks in a full block, race week included (16 by default)."""
        return self.base + self.strength + self.race_specific + self.taper


class Race(_Frozen):
    """One race on an athlete's calendar."""

    id: Id = Field(default_factory=new_id)
    name: Name
    date: Date
    priority: Priority = Priority.A
    distance: Distance = Distance.OTHER
    notes: Notes = ""


class Athlete(_Frozen):
    """A person the coach plans for."""

    id: Id = Field(default_factory=new_id)
    name: Name
    notes: Notes = ""
    races: tuple[Race, ...] = Field(default=(), max_length=MAX_RACES)


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


# Each entry upgrades the raw data of a version-N file (the key) to version N + 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
