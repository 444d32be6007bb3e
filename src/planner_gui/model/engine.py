"""The phase engine: turns an athlete's races into a week-by-week plan.

Implements the numbered rules of docs/planning-rules.md §3. Blocks are computed on
the unbounded week axis (see ``model.weeks``); the season calendar only chooses which
weeks are returned. Pure Python and fast enough to run on every mouse move of a drag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from planner_gui.model.date_text import format_date
from planner_gui.model.phases import (
    BLOCK_PHASES,
    RUNNING_FOCUS,
    Phase,
    StrengthPrescription,
    strength_for,
)
from planner_gui.model.season import Athlete, Methodology, Priority, Race, Season
from planner_gui.model.weeks import SeasonCalendar, absolute_week


class WarningCode(StrEnum):
    """Machine-readable warning codes (stable: they appear in ``plan --json``)."""

    COMPRESSED_BLOCK = "compressed_block"
    RACE_IN_RECOVERY = "race_in_recovery"
    SAME_WEEK_MAIN_RACES = "same_week_main_races"
    NO_MAIN_RACE = "no_main_race"


class Flag(StrEnum):
    """Markers on a week."""

    RACE_WEEK = "race_week"
    """The week of a main race."""
    B_RACE_WEEK = "b_race_week"
    """A B race lightens strength work to one short session."""


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """Something the coach should know about an athlete's plan."""

    code: WarningCode
    message: str
    race_id: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A main race's block and recovery on the absolute week axis."""

    race: Race
    race_week: int
    first_week: int
    recovery_end: int
    """Last recovery week (inclusive); equals ``race_week`` when recovery was cut to nothing."""
    kept_weeks: int
    full_weeks: int

    @property
    def compressed(self) -> bool:
        """Whether weeks were cut from the front of the block."""
        return self.kept_weeks < self.full_weeks


class WeekPlan(NamedTuple):
    """One season week of one athlete's plan.

    A named tuple rather than a frozen dataclass: a frozen dataclass sets each field
    through ``object.__setattr__``, which made building a roster's weeks three times
    slower, and the plan is rebuilt on every mouse move of a drag.
    """

    index: int  # type: ignore[assignment]  # the season week; shadows tuple.index
    start: dt.date
    end: dt.date
    phase: Phase
    block_week: int | None
    main_race: Race | None
    races: tuple[Race, ...]
    flags: tuple[Flag, ...]
    strength: StrengthPrescription
    running: str


@dataclass(frozen=True, slots=True)
class AthletePlan:
    """An athlete's plan over the season's weeks."""

    athlete_id: str
    weeks: tuple[WeekPlan, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[PlanWarning, ...]


def _main_race_weeks(
    athlete: Athlete, calendar: SeasonCalendar
) -> list[tuple[int, list[Race]]]:
    """Main races grouped by week, in date order (file order breaks ties)."""
    mains = sorted(
        (r for r in athlete.races if r.priority is Priority.A),
        key=lambda r: r.date,  # sorted() is stable: file order breaks ties
    )
    groups: list[tuple[int, list[Race]]] = []
    for race in mains:
        week = absolute_week(race.date, calendar.week_start)
        if groups and groups[-1][0] == week:
            groups[-1][1].append(race)
        else:
            groups.append((week, [race]))
    return groups


def compute_blocks(
    athlete: Athlete, calendar: SeasonCalendar, methodology: Methodology
) -> tuple[list[Block], list[PlanWarning]]:
    """Rules 1–4: blocks, recoveries, compression and races inside a recovery."""
    length = methodology.block_length
    recovery = methodology.recovery
    blocks: list[Block] = []
    warnings: list[PlanWarning] = []
    for week, races in _main_race_weeks(athlete, calendar):
        race = races[0]
        if len(races) > 1:
            names = ", ".join(r.name for r in races)
            warnings.append(
                PlanWarning(
                    WarningCode.SAME_WEEK_MAIN_RACES,
                    f"{names} are main races in the same week; they share one block, "
                    f"named after {race.name}.",
                    race.id,
                )
            )
        first = week - length + 1
        if blocks:
            prev = blocks[-1]
            if week <= prev.recovery_end:
                blocks[-1] = _cut_recovery(prev, week - 1)
                first = week
                warnings.append(
                    PlanWarning(
                        WarningCode.RACE_IN_RECOVERY,
                        f"{race.name} ({format_date(race.date)}) falls in the recovery "
                        f"after {prev.race.name}: that recovery ends early and the block "
                        f"is the race week alone.",
                        race.id,
                    )
                )
            elif first <= prev.recovery_end:
                first = prev.recovery_end + 1
                kept = week - first + 1
                warnings.append(
                    PlanWarning(
                        WarningCode.COMPRESSED_BLOCK,
                        f"{race.name} ({format_date(race.date)}): the block keeps only "
                        f"{kept} of its {length} weeks, because it cannot start before "
                        f"the recovery after {prev.race.name} is over.",
                        race.id,
                    )
                )
        blocks.append(Block(race, week, first, week + recovery, week - first + 1, length))
    return blocks, warnings


def _cut_recovery(block: Block, last_week: int) -> Block:
    return Block(
        block.race,
        block.race_week,
        block.first_week,
        max(last_week, block.race_week),
        block.kept_weeks,
        block.full_weeks,
    )


@lru_cache(maxsize=32)  # one entry per methodology a session has seen
def _phase_by_block_week(methodology: Methodology) -> tuple[Phase, ...]:
    """Index i (1-based) gives the phase of block week i; recovery weeks follow."""
    phases = [Phase.FREE]  # index 0 unused
    for phase in BLOCK_PHASES:
        phases.extend([phase] * getattr(methodology, phase.value))
    phases.extend([Phase.RECOVERY] * methodology.recovery)
    return tuple(phases)


@lru_cache(maxsize=32)  # one entry per season calendar a session has seen
def _week_dates(calendar: SeasonCalendar) -> tuple[tuple[dt.date, dt.date], ...]:
    """First and last day of every season week (shared by all athletes' plans)."""
    first = calendar.start.toordinal()
    return tuple(
        (dt.date.fromordinal(first + 7 * slot), dt.date.fromordinal(first + 7 * slot + 6))
        for slot in range(calendar.weeks)
    )


_B_RACE_LIGHTENS = frozenset({Phase.FREE, Phase.BASE, Phase.STRENGTH, Phase.RACE_SPECIFIC})
_NO_FLAGS: tuple[Flag, ...] = ()
_NO_RACES: tuple[Race, ...] = ()


def plan_athlete(
    athlete: Athlete, calendar: SeasonCalendar, methodology: Methodology
) -> AthletePlan:
    """The week-by-week plan of one athlete over the season's weeks (rules 1–7)."""
    blocks, warnings = compute_blocks(athlete, calendar, methodology)
    if not blocks:
        warnings.append(
            PlanWarning(
                WarningCode.NO_MAIN_RACE,
                # Every consumer shows the athlete's name beside it; do not repeat it here.
                "No main (A) race, so every week is a free week.",
            )
        )
    first, count = calendar.first_week, calendar.weeks
    length = methodology.block_length
    phase_of = _phase_by_block_week(methodology)

    # Per season week (0-based slot): block week number and its block, or None.
    block_week: list[int | None] = [None] * count
    owner: list[Block | None] = [None] * count
    for block in blocks:
        lo = max(block.first_week, first)
        hi = min(block.recovery_end, first + count - 1)
        for week in range(lo, hi + 1):
            block_week[week - first] = length - (block.race_week - week)
            owner[week - first] = block

    races_by_week: dict[int, list[Race]] = {}
    for race in sorted(athlete.races, key=lambda r: r.date):
        slot = absolute_week(race.date, calendar.week_start) - first
        if 0 <= slot < count:
            races_by_week.setdefault(slot, []).append(race)

    # Most weeks are plain: prescriptions are shared, and only weeks with a race
    # need flags or the B-race check (this loop runs on every mouse move of a drag).
    free = strength_for(Phase.FREE)
    taper = strength_for(Phase.TAPER)
    weeks: list[WeekPlan] = []
    for slot, (start, end) in enumerate(_week_dates(calendar)):
        number = block_week[slot]
        week_owner = owner[slot]
        main_race: Race | None = None
        if week_owner is None or number is None:
            phase, strength = Phase.FREE, free
        else:
            phase, main_race = phase_of[number], week_owner.race
            strength = strength_for(phase, main_race.distance)
        races = _NO_RACES
        flags = _NO_FLAGS
        in_week = races_by_week.get(slot)
        if in_week is not None:
            races = tuple(in_week)
            marks: list[Flag] = []
            if week_owner is not None and week_owner.race_week == first + slot:
                marks.append(Flag.RACE_WEEK)
            if phase in _B_RACE_LIGHTENS and any(r.priority is Priority.B for r in races):
                marks.append(Flag.B_RACE_WEEK)
                strength = taper
            flags = tuple(marks)
        weeks.append(
            WeekPlan(
                slot + 1, start, end, phase, number, main_race, races, flags, strength,
                RUNNING_FOCUS[phase],
            )
        )
    return AthletePlan(athlete.id, tuple(weeks), tuple(blocks), tuple(warnings))


def plan_season(season: Season) -> tuple[AthletePlan, ...]:
    """Plans for every athlete, in roster order."""
    calendar = SeasonCalendar.of(season)
    return tuple(plan_athlete(a, calendar, season.methodology) for a in season.athletes)
