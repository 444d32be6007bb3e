"""The season document schema (pydantic v2).

A season is immutable: every edit builds a new ``Season`` (see ``model.edits``), which
makes undo snapshots cheap and lets the plan cache compare athletes by identity.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 1
"""The newest season file version this app reads and the one it writes."""

MIN_DATE = dt.date(1900, 1, 1)
MAX_DATE = dt.date(2200, 12, 31)
MAX_NAME = 200
MAX_NOTES = 20_000


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
        return list(Weekday).index(self)


def new_id() -> str:
    """A fresh, short, unique id for an athlete or a race."""
    return uuid.uuid4().hex[:12]


Name = Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
Notes = Annotated[str, Field(max_length=MAX_NOTES)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]


def _check_date(value: dt.date) -> dt.date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(f"date must be between {MIN_DATE.year} and {MAX_DATE.year}")
    return value


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Methodology(_Frozen):
    """Phase lengths in weeks; the defaults are the article's 4-4-4-4 cycle plus 2 weeks off."""

    base: int = Field(default=4, ge=0, le=8)
    strength: int = Field(default=4, ge=0, le=8)
    race_specific: int = Field(default=4, ge=0, le=8)
    taper: int = Field(default=4, ge=0, le=8)
    recovery: int = Field(default=2, ge=2, le=6)

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
    date: dt.date
    priority: Priority = Priority.A
    distance: Distance = Distance.OTHER
    notes: Notes = ""

    _date_in_range = field_validator("date")(_check_date)


class Athlete(_Frozen):
    """A person the coach plans for."""

    id: Id = Field(default_factory=new_id)
    name: Name
    notes: Notes = ""
    races: tuple[Race, ...] = Field(default=(), max_length=300)


class Season(_Frozen):
    """The planning document: roster, races, calendar window and methodology."""

    schema_version: int = SCHEMA_VERSION
    name: Name
    start: dt.date
    weeks: int = Field(default=52, ge=1, le=260)
    week_start: Weekday = Weekday.MONDAY
    methodology: Methodology = Methodology()
    athletes: tuple[Athlete, ...] = Field(default=(), max_length=500)

    _start_in_range = field_validator("start")(_check_date)

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
                f"schema_version {version} is newer than this app understands "
                f"(up to {SCHEMA_VERSION}); please update Season Planner"
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


# Each entry upgrades a file of version N (the key) to version N + 1.
_MIGRATIONS: dict[int, Any] = {}
