"""The events of an athlete's calendar file, worked out from the plan.

Plain Python, no iCalendar library: ``ics`` turns these events into RFC 5545 text.
Each event is all-day; ``end`` is the day *after* its last day, as iCalendar counts
all-day events. Every event's ``key`` says what the event is (the race, the athlete
and the day of a session, the athlete, main race and phase of a phase run…) and
never depends on anything else, so a calendar that imports the file again updates
its events instead of doubling them, and a change to one race leaves the events of
everything else exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

from planner_gui.model.date_text import format_date, format_day, format_range
from planner_gui.model.engine import AthletePlan, Flag, WeekPlan
from planner_gui.model.exercises import sessions_for
from planner_gui.model.phases import (
    PHASE_SUMMARIES,
    RUNNING_FOCUS,
    Phase,
    StrengthPrescription,
    strength_for,
)
from planner_gui.model.race_look import priority_legend, priority_summary, race_with_priority
from planner_gui.model.season import Athlete, Distance, Priority, Race
from planner_gui.model.weeks import SeasonCalendar

_DAY = dt.timedelta(days=1)
_NOTE_TITLE = 60
"""Characters of a week note shown in its event's title; the whole note is in the text."""


class EventKind(IntEnum):
    """What an event is; the value orders events that start on the same day."""

    PHASE = 0
    AWAY = 1
    NOTE = 2
    RACE = 3
    SESSION = 4

    @property
    def category(self) -> str:
        """The event's CATEGORIES word, for calendars that filter by it."""
        return _CATEGORIES[self]


_CATEGORIES = {
    EventKind.PHASE: "Training phase",
    EventKind.AWAY: "Time away",
    EventKind.NOTE: "Coach's note",
    EventKind.RACE: "Race",
    EventKind.SESSION: "Strength session",
}


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One all-day event of a calendar file."""

    kind: EventKind
    key: str
    """What the event is, e.g. ``session/ana/2027-01-05``: the UID without its domain."""
    start: dt.date
    end: dt.date
    """The day after the last day (exclusive, as iCalendar's DTEND of an all-day event)."""
    summary: str
    description: str

    @property
    def busy(self) -> bool:
        """Whether the event takes the athlete's whole day (a race, time away).

        An all-day event that is busy blocks the day in free/busy views; an hour in
        the gym, a phase or a note must not.
        """
        return self.kind in (EventKind.RACE, EventKind.AWAY)


def athlete_events(
    athlete: Athlete, plan: AthletePlan, calendar: SeasonCalendar, *, name_first: bool = False
) -> list[CalendarEvent]:
    """Every event of one athlete over the season's weeks, in a fixed order.

    ``name_first`` starts each title with the athlete's name ("Ana: Strength session
    …"), for a file that holds several athletes.
    """
    events = [
        *_phase_runs(athlete, plan),
        *_away_periods(athlete, calendar),
        *_week_notes(athlete, plan),
        *_races(plan),
        *_sessions(athlete, plan),
    ]
    if name_first:
        prefix = f"{' '.join(athlete.name.split())}: "
        events = [_titled(event, prefix) for event in events]
    events.sort(key=lambda e: (e.start, e.kind, e.key))
    return _unique_keys(events)


def _titled(event: CalendarEvent, prefix: str) -> CalendarEvent:
    return CalendarEvent(
        event.kind, event.key, event.start, event.end, prefix + event.summary, event.description
    )


def _unique_keys(events: list[CalendarEvent]) -> list[CalendarEvent]:
    """Number repeated keys ("…/2"), which only a hand-edited file can produce.

    Two away periods starting the same day for the same reason are the one case the
    file format allows; their order is the file's, so the numbering is stable too.
    """
    seen: dict[str, int] = {}
    result = []
    for event in events:
        count = seen[event.key] = seen.get(event.key, 0) + 1
        if count > 1:
            event = CalendarEvent(
                event.kind, f"{event.key}/{count}", event.start, event.end,
                event.summary, event.description,
            )
        result.append(event)
    return result


# -- strength sessions ---------------------------------------------------------------


def _sessions(athlete: Athlete, plan: AthletePlan) -> Iterator[CalendarEvent]:
    for week in plan.weeks:
        for number, day in enumerate(week.sessions, start=1):
            yield CalendarEvent(
                EventKind.SESSION,
                f"session/{athlete.id}/{day.isoformat()}",
                day,
                day + _DAY,
                _session_title(week),
                _session_text(week, number),
            )


def _session_title(week: WeekPlan) -> str:
    """"Strength session · Base (hypertrophy) · 3–4 × 10–12"."""
    parts = ["Strength session", week.phase.label]
    if week.strength.sets_reps:
        parts.append(week.strength.sets_reps)
    return " · ".join(parts)


def _session_text(week: WeekPlan, number: int) -> str:
    strength = week.strength
    count = len(week.sessions)
    lines = [f"Session {number} of {count} in week {week.index}, {_week_phase(week)}."]
    if Flag.B_RACE_WEEK in week.flags:
        tune_ups = [r for r in week.races if r.priority is Priority.B]
        lines += [
            f"Lighter this week: {race_with_priority(r)} is on {format_day(r.date)}."
            for r in tune_ups
        ]
    lines += ["", *_prescription_lines(strength), f"Focus: {strength.focus}"]
    if week.exercises:
        lines += ["", "Exercises:", *(f"• {name}" for name in week.exercises)]
    return "\n".join(lines)


def _prescription_lines(strength: StrengthPrescription) -> list[str]:
    """Sets × reps, rest and effort, one a line; what the prescription leaves open is left out."""
    return [
        f"{label}: {value}"
        for label, value in (
            ("Sets × reps", strength.sets_reps),
            ("Rest", strength.rest),
            ("Effort", strength.effort),
        )
        if value
    ]


def _week_phase(week: WeekPlan) -> str:
    """"Base (hypertrophy) phase towards City Marathon", "recovery after …", "a free week"."""
    race = week.main_race
    if race is None or week.phase is Phase.FREE:
        return "a free week"
    if week.phase is Phase.RECOVERY:
        return f"recovery after {race.name}"
    return f"{week.phase.label} phase towards {race.name}"


# -- races ---------------------------------------------------------------------------


def _races(plan: AthletePlan) -> Iterator[CalendarEvent]:
    for week in plan.weeks:
        for race in week.races:
            yield CalendarEvent(
                EventKind.RACE,
                f"race/{race.id}",
                race.date,
                race.date + _DAY,
                f"{race.name} · {priority_legend(race.priority)}",
                _race_text(race),
            )


def _race_text(race: Race) -> str:
    lines = [f"{format_day(race.date)}: {priority_summary(race.priority)}."]
    if race.distance is not Distance.OTHER:
        lines.append(f"Distance: {race.distance.label}")
    if race.notes.strip():
        lines += ["", race.notes.strip()]
    return "\n".join(lines)


# -- phase runs ----------------------------------------------------------------------


def _phase_runs(athlete: Athlete, plan: AthletePlan) -> Iterator[CalendarEvent]:
    """One event per run of consecutive weeks in one phase of one main race's block."""
    run: list[WeekPlan] = []
    for week in (*plan.weeks, None):
        if run and (week is None or not _same_run(run[-1], week)):
            yield _phase_event(athlete, plan, run)
            run = []
        if week is not None and week.main_race is not None and week.phase is not Phase.FREE:
            run.append(week)


def _same_run(last: WeekPlan, week: WeekPlan) -> bool:
    return (
        week.phase is last.phase
        and week.main_race is not None
        and last.main_race is not None
        and week.main_race.id == last.main_race.id
        and week.index == last.index + 1
    )


def _phase_event(athlete: Athlete, plan: AthletePlan, run: list[WeekPlan]) -> CalendarEvent:
    first, last = run[0], run[-1]
    race = first.main_race
    assert race is not None  # runs hold block and recovery weeks only
    phase = first.phase
    if phase is Phase.RECOVERY:
        key, title = f"recovery/{athlete.id}/{race.id}", f"Recovery after {race.name}"
    else:
        key = f"phase/{athlete.id}/{race.id}/{phase.value}"
        title = f"{phase.label} phase · {race.name}"
    weeks = f"week {first.index}" if first is last else f"weeks {first.index}–{last.index}"
    # The phase's own prescription: a lighter week for a tune-up race says so itself.
    strength = strength_for(phase, race.distance)
    lines = [
        f"Season {weeks} ({format_range(first.start, last.end)}), for "
        f"{race_with_priority(race)} on {format_date(race.date)}.",
        "",
        PHASE_SUMMARIES[phase],
        "",
        f"Strength sessions a week: {sessions_for(plan.methodology, phase)}",
        *_prescription_lines(strength),
        f"Running: {RUNNING_FOCUS[phase]}",
    ]
    return CalendarEvent(
        EventKind.PHASE, key, first.start, last.end + _DAY, title, "\n".join(lines)
    )


# -- time away and notes -------------------------------------------------------------


def _away_periods(athlete: Athlete, calendar: SeasonCalendar) -> Iterator[CalendarEvent]:
    """Every away period that touches the season's weeks, with all its days."""
    for period in athlete.away:
        if period.end < calendar.start or period.start > calendar.end:
            continue
        days = period.days
        lines = [
            f"{format_range(period.start, period.end)} ({days} day{'s' if days != 1 else ''}): "
            "no strength sessions on these days."
        ]
        if period.note.strip():
            lines += ["", period.note.strip()]
        yield CalendarEvent(
            EventKind.AWAY,
            f"away/{athlete.id}/{period.start.isoformat()}/{period.reason.value}",
            period.start,
            period.end + _DAY,
            f"Away · {period.reason.label}",
            "\n".join(lines),
        )


def _week_notes(athlete: Athlete, plan: AthletePlan) -> Iterator[CalendarEvent]:
    """The coach's notes of a week, over that week's days."""
    for week in plan.weeks:
        if not week.notes:
            continue
        text = "\n\n".join(note.strip() for note in week.notes)
        first_line = " ".join(text.split("\n", 1)[0].split())
        if len(first_line) > _NOTE_TITLE:
            first_line = first_line[: _NOTE_TITLE - 1].rstrip() + "…"
        yield CalendarEvent(
            EventKind.NOTE,
            f"note/{athlete.id}/{week.start.isoformat()}",
            week.start,
            week.end + _DAY,
            f"Coach's note · {first_line}",
            f"Week {week.index} ({format_range(week.start, week.end)}):\n\n{text}",
        )
