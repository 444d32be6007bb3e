"""A week's strength days in words: which days, why sessions were dropped, time away.

The engine (planning-rules.md §5.2) says how many sessions of a week found no free
lifting day; the coach also wants to know why, so this works the reasons out from the
athlete's lifting days, away periods and races, by the same rules the engine used.
"""

from __future__ import annotations

import datetime as dt

from planner_gui.model.date_text import format_day, format_range, format_weekday
from planner_gui.model.day_rules import race_blocked_days
from planner_gui.model.engine import WeekPlan
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import Athlete, AwayPeriod, AwayReason, Race, Weekday

TOO_FEW_DAYS = "too few lifting days"
RACES_NEARBY = "races nearby"


def day_names(days: tuple[dt.date, ...]) -> str:
    """The weekdays of ``days``: "Tue Fri Sun"."""
    return " ".join(format_weekday(day) for day in days)


def session_dates(week: WeekPlan) -> str:
    """The week's sessions with their dates: "Tue 9 Mar, Fri 12 Mar, Sun 14 Mar"."""
    return ", ".join(format_day(day, year=False) for day in week.sessions)


def short_range(start: dt.date, end: dt.date) -> str:
    """Days without the year, one day as one date: "8 – 10 Mar", "9 Mar"."""
    if start == end:
        return format_day(start, year=False).split(" ", 1)[1]
    return format_range(start, end, year=False)


def lifting_dates(athlete: Athlete, week: WeekPlan) -> list[dt.date]:
    """The date of each of the athlete's lifting days in ``week``, in order of preference."""
    first = week.start.weekday()
    return [week.start + dt.timedelta(days=(d.number - first) % 7) for d in athlete.strength_days]


def _why(period: AwayPeriod) -> str:
    """"(holiday)", or nothing for the reason "other"."""
    return "" if period.reason is AwayReason.OTHER else f" ({period.reason.value})"


def _blocking_races(athlete: Athlete, day: dt.date, week_start: Weekday) -> list[Race]:
    """The A and B races whose blocked days (§5.2, rule 2) include ``day``."""
    ordinal = day.toordinal()
    return [
        race for race in athlete.races
        if ordinal in race_blocked_days(athlete.model_copy(update={"races": (race,)}), week_start)
    ]


def dropped_reasons(athlete: Athlete, week: WeekPlan) -> list[str]:
    """Why sessions of ``week`` found no day, each reason once, in a coach's words.

    "away 6 – 16 Mar (holiday)", "races nearby: Hill Trail Half (B), Sat 13 Mar",
    "too few lifting days (Mon, Thu)". Empty when nothing was dropped.
    """
    if not week.dropped_sessions:
        return []
    wanted = len(week.sessions) + week.dropped_sessions
    week_start = list(Weekday)[week.start.weekday()]
    away: dict[AwayPeriod, None] = {}
    races: dict[Race, None] = {}
    for day in lifting_dates(athlete, week):
        if day in week.sessions:
            continue
        periods = [p for p in athlete.away if p.start <= day <= p.end]
        away.update(dict.fromkeys(periods))
        if not periods:
            races.update(dict.fromkeys(_blocking_races(athlete, day, week_start)))
    reasons = [f"away {short_range(p.start, p.end)}{_why(p)}" for p in away]
    if races:
        named = ", ".join(
            f"{race_with_priority(r)}, {format_day(r.date, year=False)}" for r in races
        )
        reasons.append(f"{RACES_NEARBY}: {named}")
    if len(athlete.strength_days) < wanted:
        days = ", ".join(format_weekday(d) for d in sorted(lifting_dates(athlete, week)))
        reasons.append(f"{TOO_FEW_DAYS} ({days})")
    return reasons


def dropped_text(athlete: Athlete | None, week: WeekPlan) -> str:
    """"1 dropped: away 6 – 16 Mar (holiday)", or "" when every session found a day."""
    if not week.dropped_sessions:
        return ""
    text = f"{week.dropped_sessions} dropped"
    reasons = dropped_reasons(athlete, week) if athlete is not None else []
    return f"{text}: {'; '.join(reasons)}" if reasons else text


def away_text(athlete: Athlete | None, week: WeekPlan) -> str:
    """The week's days away and why: "7 days: holiday 6 – 16 Mar (Family trip)", or ""."""
    if not week.away_days:
        return ""
    count = f"{week.away_days} day{'' if week.away_days == 1 else 's'}"
    if athlete is None:
        return count
    periods = [p for p in athlete.away if p.start <= week.end and p.end >= week.start]
    parts = []
    for period in periods:
        reason = "away" if period.reason is AwayReason.OTHER else period.reason.value
        part = f"{reason} {short_range(period.start, period.end)}"
        if period.note:
            part += f" ({period.note})"
        parts.append(part)
    return f"{count}: {'; '.join(parts)}" if parts else count
