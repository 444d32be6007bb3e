"""The phase engine: turns an athlete's races into a week-by-week plan.

Implements the numbered rules of docs/planning-rules.md §3. Blocks are computed on
the unbounded week axis (see ``model.weeks``); the season calendar only chooses which
weeks are returned. Pure Python and fast enough to run on every mouse move of a drag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from planner_gui.model.date_text import format_date
from planner_gui.model.day_rules import away_days, away_spans, days_in, race_blocked_days
from planner_gui.model.exercises import exercises_for, sessions_for
from planner_gui.model.phases import (
    BLOCK_PHASES,
    RUNNING_FOCUS,
    Phase,
    StrengthPrescription,
    strength_for,
)
from planner_gui.model.season import (
    Athlete,
    AthleteMethodology,
    Distance,
    Methodology,
    Priority,
    Race,
    Season,
    Weekday,
)
from planner_gui.model.weeks import SeasonCalendar, absolute_week


class WarningCode(StrEnum):
    """Machine-readable warning codes (stable: they appear in ``plan --json``)."""

    COMPRESSED_BLOCK = "compressed_block"
    RACE_IN_RECOVERY = "race_in_recovery"
    SAME_WEEK_MAIN_RACES = "same_week_main_races"
    NO_MAIN_RACE = "no_main_race"
    SESSIONS_DROPPED = "sessions_dropped"
    AWAY_IN_BLOCK = "away_in_block"


class Flag(StrEnum):
    """Markers on a week."""

    RACE_WEEK = "race_week"
    """The week of a main race."""
    B_RACE_WEEK = "b_race_week"
    """A B race lightens strength work to one short session."""
    AWAY = "away"
    """The athlete is away on at least one day of the week."""
    SESSION_DROPPED = "session_dropped"
    """Fewer sessions than the phase asks for found a free lifting day."""


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
    sessions: tuple[dt.date, ...]
    """The dated strength sessions, in date order (planning-rules.md §5.2)."""
    dropped_sessions: int
    away_days: int
    notes: tuple[str, ...]
    exercises: tuple[str, ...]
    """The phase's exercise list, carried by every session of the week."""


@dataclass(frozen=True, slots=True)
class AthletePlan:
    """An athlete's plan over the season's weeks."""

    athlete_id: str
    weeks: tuple[WeekPlan, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[PlanWarning, ...]
    methodology: Methodology
    """The athlete's effective methodology (planning-rules.md §5.1)."""


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


_B_RACE_LIGHTENS = frozenset({Phase.FREE, Phase.BASE, Phase.STRENGTH, Phase.RACE_SPECIFIC})
_NO_FLAGS: tuple[Flag, ...] = ()
_NO_RACES: tuple[Race, ...] = ()
_NO_NOTES: tuple[str, ...] = ()


@lru_cache(maxsize=256)  # one entry per athlete methodology and season methodology
def _effective(own: AthleteMethodology, season: Methodology) -> Methodology:
    return own.over(season)


def effective_methodology(athlete: Athlete, season: Methodology) -> Methodology:
    """The methodology an athlete is planned with: theirs over the season's (§5.1)."""
    return season if athlete.methodology is None else _effective(athlete.methodology, season)


@lru_cache(maxsize=32)  # one entry per season calendar a session has seen
def _week_days(calendar: SeasonCalendar) -> tuple[tuple[dt.date, ...], ...]:
    """The seven dates of every season week."""
    first = calendar.start.toordinal()
    return tuple(
        tuple(dt.date.fromordinal(first + 7 * slot + day) for day in range(7))
        for slot in range(calendar.weeks)
    )


@lru_cache(maxsize=64)  # one entry per calendar and set of lifting days
def _plain_sessions(
    calendar: SeasonCalendar, preference: tuple[int, ...]
) -> tuple[tuple[tuple[dt.date, ...], ...], ...]:
    """For N = 0…7 sessions, each season week's session dates when no day is blocked."""
    week_days = _week_days(calendar)
    by_count = []
    for count in range(8):
        offsets = sorted(preference[:count])
        by_count.append(tuple(tuple(days[o] for o in offsets) for days in week_days))
    return tuple(by_count)


@lru_cache(maxsize=64)  # one entry per calendar, lifting days and free-week prescription
def _plain_free_weeks(
    calendar: SeasonCalendar,
    preference: tuple[int, ...],
    strength: StrengthPrescription,
    exercises: tuple[str, ...],
) -> tuple[WeekPlan, ...]:
    """Every season week as a free week without races, notes or blocked days.

    Most weeks of most athletes are such weeks, and plans are immutable, so they share
    these objects instead of building the same week again.
    """
    wanted = strength.sessions
    plain = _plain_sessions(calendar, preference)[wanted]
    weeks = []
    for slot, days in enumerate(_week_days(calendar)):
        sessions = plain[slot]
        dropped = wanted - len(sessions)
        flags = (Flag.SESSION_DROPPED,) if dropped else _NO_FLAGS
        weeks.append(
            WeekPlan(
                slot + 1, days[0], days[6], Phase.FREE, None, None, _NO_RACES, flags,
                strength, RUNNING_FOCUS[Phase.FREE], sessions, dropped, 0, _NO_NOTES, exercises,
            )
        )
    return tuple(weeks)


@lru_cache(maxsize=64)  # one entry per methodology
def _sessions_by_phase(methodology: Methodology) -> dict[Phase, int]:
    return {phase: sessions_for(methodology, phase) for phase in Phase}


@lru_cache(maxsize=64)  # one entry per set of lifting days and week start
def _preference_offsets(strength_days: tuple[Weekday, ...], week_start: Weekday) -> tuple[int, ...]:
    """Each lifting day's position in the week (0 = the week's first day), by preference."""
    return tuple((day.number - week_start.number) % 7 for day in strength_days)


def plan_athlete(
    athlete: Athlete, calendar: SeasonCalendar, methodology: Methodology
) -> AthletePlan:
    """The week-by-week plan of one athlete over the season's weeks (rules 1–7, §5).

    ``methodology`` is the season's; the athlete's own values take precedence.
    """
    methodology = effective_methodology(athlete, methodology)
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

    # Days: what blocks a session, who is away, which notes belong to which week.
    first_day = calendar.start.toordinal()
    last_day = first_day + 7 * count - 1
    spans = away_spans(athlete)
    away = away_days(spans, first_day, last_day)
    blocked = race_blocked_days(athlete, calendar.week_start) | away
    busy_slots = {(day - first_day) // 7 for day in blocked if first_day <= day <= last_day}
    away_by_slot: dict[int, int] = {}
    for day in away:
        slot = (day - first_day) // 7
        away_by_slot[slot] = away_by_slot.get(slot, 0) + 1
    notes_by_slot: dict[int, list[str]] = {}
    for note in sorted(athlete.week_notes, key=lambda n: n.date):
        slot = (note.date.toordinal() - first_day) // 7
        if 0 <= slot < count:
            notes_by_slot.setdefault(slot, []).append(note.text)
    preference = _preference_offsets(athlete.strength_days, calendar.week_start)
    plain = _plain_sessions(calendar, preference)
    sessions_of = _sessions_by_phase(methodology)
    looks: dict[tuple[Phase, Distance], tuple[int, StrengthPrescription, tuple[str, ...]]] = {}

    # Most weeks are plain: prescriptions, session dates and exercise lists are shared,
    # and only weeks with a race or a blocked day need more work (this loop runs on
    # every mouse move of a drag).
    free_phase = Phase.FREE
    free_wanted = sessions_of[free_phase]
    free = _prescription(free_phase, None, free_wanted)
    free_exercises = exercises_for(methodology, free_phase)
    week_days = _week_days(calendar)
    weeks: list[WeekPlan] = []
    dropped_total = dropped_weeks = 0
    plain_free = _plain_free_weeks(calendar, preference, free, free_exercises)
    special = busy_slots | races_by_week.keys() | notes_by_slot.keys()
    for slot, days in enumerate(week_days):
        number = block_week[slot]
        week_owner = owner[slot]
        main_race: Race | None = None
        if week_owner is None or number is None:
            if slot not in special:
                shared = plain_free[slot]  # the same for every athlete with these days
                weeks.append(shared)
                if shared.dropped_sessions:
                    dropped_total += shared.dropped_sessions
                    dropped_weeks += 1
                continue
            phase, strength, exercises, wanted = free_phase, free, free_exercises, free_wanted
        else:
            phase, main_race = phase_of[number], week_owner.race
            key = (phase, main_race.distance)
            known = looks.get(key)
            if known is None:
                known = looks[key] = (
                    sessions_of[phase],
                    _prescription(phase, main_race.distance, sessions_of[phase]),
                    exercises_for(methodology, phase, main_race.distance),
                )
            wanted, strength, exercises = known
            if slot not in special:
                sessions = plain[wanted][slot]
                if len(sessions) == wanted:  # a plain block week: nothing blocked or noted
                    weeks.append(
                        WeekPlan(
                            slot + 1, days[0], days[6], phase, number, main_race, _NO_RACES,
                            _NO_FLAGS, strength, RUNNING_FOCUS[phase], sessions, 0, 0,
                            _NO_NOTES, exercises,
                        )
                    )
                    continue
        races = _NO_RACES
        marks: list[Flag] = []
        in_week = races_by_week.get(slot)
        if in_week is not None:
            races = tuple(in_week)
            if week_owner is not None and week_owner.race_week == first + slot:
                marks.append(Flag.RACE_WEEK)
            if phase in _B_RACE_LIGHTENS and any(r.priority is Priority.B for r in races):
                marks.append(Flag.B_RACE_WEEK)
                wanted = min(1, wanted)
                strength = _prescription(Phase.TAPER, None, wanted)
        away_count = 0
        if slot in busy_slots:
            start = first_day + 7 * slot
            taken: list[int] = []
            if wanted:
                for offset in preference:
                    if start + offset not in blocked:
                        taken.append(offset)
                        if len(taken) == wanted:
                            break
                taken.sort()
            sessions = tuple([days[o] for o in taken])
            away_count = away_by_slot.get(slot, 0)
            if away_count:
                marks.append(Flag.AWAY)
        else:
            sessions = plain[wanted][slot]
        dropped = wanted - len(sessions)
        if dropped:
            marks.append(Flag.SESSION_DROPPED)
            dropped_total += dropped
            dropped_weeks += 1
        notes = notes_by_slot.get(slot) if notes_by_slot else None
        weeks.append(
            WeekPlan(
                slot + 1, days[0], days[6], phase, number, main_race, races,
                tuple(marks) if marks else _NO_FLAGS, strength, RUNNING_FOCUS[phase],
                sessions, dropped, away_count, tuple(notes) if notes else _NO_NOTES, exercises,
            )
        )
    if dropped_total:
        warnings.append(_sessions_dropped(dropped_total, dropped_weeks))
    warnings.extend(_away_in_blocks(blocks, spans, calendar, methodology))
    return AthletePlan(athlete.id, tuple(weeks), tuple(blocks), tuple(warnings), methodology)


@lru_cache(maxsize=256)
def _prescription(phase: Phase, distance: Distance | None, sessions: int) -> StrengthPrescription:
    """The phase's prescription with the week's number of sessions.

    The free weeks' note ("3–4 if strength is the priority") only fits the default two.
    """
    base = strength_for(phase, distance)
    if base.sessions == sessions:
        return base
    return replace(base, sessions=sessions, sessions_note=None)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _sessions_dropped(sessions: int, weeks: int) -> PlanWarning:
    return PlanWarning(
        WarningCode.SESSIONS_DROPPED,
        f"{_plural(sessions, 'strength session')} in {_plural(weeks, 'week')} found no "
        "free lifting day (time away, races nearby, or too few lifting days).",
    )


def _away_in_blocks(
    blocks: list[Block],
    spans: list[tuple[int, int]],
    calendar: SeasonCalendar,
    methodology: Methodology,
) -> list[PlanWarning]:
    """One ``away_in_block`` warning per main race with 7 or more days away in its block."""
    if not spans:
        return []
    phase_of = _phase_by_block_week(methodology)
    length = methodology.block_length
    warnings = []
    offset = 1 + calendar.week_start.number  # ordinal of absolute week w's first day: 7w + this
    for block in blocks:
        lo = 7 * block.first_week + offset
        hi = 7 * block.race_week + offset + 6
        if all(last < lo or first > hi for first, last in spans):
            continue
        total = days_in(spans, lo, hi)
        if total < 7:
            continue
        phases: list[Phase] = []
        for week in range(block.first_week, block.race_week + 1):
            start = lo + 7 * (week - block.first_week)
            phase = phase_of[length - (block.race_week - week)]
            if days_in(spans, start, start + 6) and phase not in phases:
                phases.append(phase)
        where = _joined([p.label.lower() for p in phases])
        warnings.append(
            PlanWarning(
                WarningCode.AWAY_IN_BLOCK,
                f"{total} days away during the block for {block.race.name} "
                f"({format_date(block.race.date)}), in the {where} weeks: check the "
                "strength sessions of those weeks.",
                block.race.id,
            )
        )
    return warnings


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def plan_season(season: Season) -> tuple[AthletePlan, ...]:
    """Plans for every athlete, in roster order."""
    calendar = SeasonCalendar.of(season)
    return tuple(plan_athlete(a, calendar, season.methodology) for a in season.athletes)
