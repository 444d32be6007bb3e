"""The phase engine: turns an athlete's races into a week-by-week plan.

Implements the numbered rules of DOMAIN.md. Blocks are computed on the unbounded
week axis (see ``model.weeks``); the season calendar only chooses which weeks are
returned. Pure Python and fast enough to run on every mouse move of a drag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

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


@dataclass(frozen=True, slots=True)
class WeekPlan:
    """One season week of one athlete's plan."""

    index: int
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


def format_date(day: dt.date) -> str:
    """A date as coaches write it: "27 Jun 2027"."""
    return f"{day.day} {day:%b %Y}"


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
                        f"{race.name} ({format_date(race.date)}): the block keeps "
                        f"{kept} of {length} weeks, because the recovery after "
                        f"{prev.race.name} runs until the week before.",
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


def _phase_by_block_week(methodology: Methodology) -> list[Phase]:
    """Index i (1-based) gives the phase of block week i; recovery weeks follow."""
    phases = [Phase.FREE]  # index 0 unused
    for phase in BLOCK_PHASES:
        phases.extend([phase] * getattr(methodology, phase.value))
    phases.extend([Phase.RECOVERY] * methodology.recovery)
    return phases


_B_RACE_LIGHTENS = frozenset({Phase.FREE, Phase.BASE, Phase.STRENGTH, Phase.RACE_SPECIFIC})


def plan_athlete(
    athlete: Athlete, calendar: SeasonCalendar, methodology: Methodology
) -> AthletePlan:
    """The week-by-week plan of one athlete over the season's weeks (rules 1–7)."""
    blocks, warnings = compute_blocks(athlete, calendar, methodology)
    if not blocks:
        warnings.append(
            PlanWarning(
                WarningCode.NO_MAIN_RACE,
                f"{athlete.name} has no main (A) race, so every week is a free week.",
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

    taper = strength_for(Phase.TAPER)
    start_ordinal = calendar.start.toordinal()
    weeks: list[WeekPlan] = []
    for slot in range(count):
        number = block_week[slot]
        block = owner[slot]
        phase = Phase.FREE if number is None else phase_of[number]
        distance = block.race.distance if block is not None else None
        strength = strength_for(phase, distance)
        races = tuple(races_by_week.get(slot, ()))
        flags: list[Flag] = []
        if block is not None and block.race_week == first + slot:
            flags.append(Flag.RACE_WEEK)
        if phase in _B_RACE_LIGHTENS and any(r.priority is Priority.B for r in races):
            flags.append(Flag.B_RACE_WEEK)
            strength = taper
        day = start_ordinal + 7 * slot
        weeks.append(
            WeekPlan(
                slot + 1,
                dt.date.fromordinal(day),
                dt.date.fromordinal(day + 6),
                phase,
                number,
                block.race if block is not None else None,
                races,
                tuple(flags),
                strength,
                RUNNING_FOCUS[phase],
            )
        )
    return AthletePlan(athlete.id, tuple(weeks), tuple(blocks), tuple(warnings))


def plan_season(season: Season) -> tuple[AthletePlan, ...]:
    """Plans for every athlete, in roster order."""
    calendar = SeasonCalendar.of(season)
    return tuple(plan_athlete(a, calendar, season.methodology) for a in season.athletes)
