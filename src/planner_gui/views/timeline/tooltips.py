"""Tooltip texts for what the mouse rests on: races, phase bands, days away and warnings."""

from __future__ import annotations

import datetime as dt

from planner_gui.model.date_text import format_day, format_range
from planner_gui.model.engine import PlanWarning, WeekPlan
from planner_gui.model.phases import Phase
from planner_gui.model.race_look import priority_summary
from planner_gui.model.season import AwayPeriod, AwayReason, Methodology, Race
from planner_gui.views.timeline.lane_items import BandItem


def time_to_go(today: dt.date, day: dt.date) -> str:
    """How far ``day`` is from ``today``, as a coach would say it."""
    days = (day - today).days
    if days == 0:
        return "today"
    ahead = days > 0
    days = abs(days)
    if days < 14:
        amount = f"{days} day{'s' if days != 1 else ''}"
    else:
        weeks, rest = divmod(days, 7)
        amount = f"{weeks} weeks" + (f" {rest} day{'s' if rest != 1 else ''}" if rest else "")
    return f"in {amount}" if ahead else f"{amount} ago"


def _shortened(text: str, limit: int = 120) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis (a tooltip is no document)."""
    return text if len(text) < limit else text[: limit - 3] + "…"


def away_text(period: AwayPeriod) -> str:
    """One away period as a coach reads it: "Holiday, 6 – 16 Mar 2027: Family trip"."""
    reason = "Away" if period.reason is AwayReason.OTHER else period.reason.label
    text = f"{reason}, {format_range(period.start, period.end)}"
    return f"{text}: {_shortened(period.note)}" if period.note else text


def race_tooltip(race: Race, today: dt.date) -> str:
    """Name, date, priority, distance and the time to go."""
    lines = [
        race.name,
        f"{format_day(race.date)} · {time_to_go(today, race.date)}",
        priority_summary(race.priority),
        f"Distance: {race.distance.label}",
    ]
    if race.notes:
        lines.append(_shortened(race.notes))
    return "\n".join(lines)


def band_tooltip(band: BandItem, week: WeekPlan, methodology: Methodology) -> str:
    """Phase, block week and dates of the week under the mouse and of its whole band."""
    first, last = band.weeks[0], band.weeks[-1]
    count = len(band.weeks)
    lines = [band.phase.label]
    length = methodology.block_length
    race = week.main_race
    if week.block_week is not None and race is not None:
        if band.phase is Phase.RECOVERY:
            lines.append(
                f"Recovery week {week.block_week - length} of {methodology.recovery} "
                f"after {race.name}"
            )
        else:
            lines.append(f"Block week {week.block_week} of {length} towards {race.name}")
    lines.append(f"Season week {week.index}: {format_range(week.start, week.end)}")
    span = format_range(first.start, last.end)
    weeks = f"{count} week{'s' if count != 1 else ''}"
    lines.append(f"This {band.phase.short_label.lower()} run: {span} ({weeks})")
    if band.phase is Phase.FREE:
        lines.append("No block or recovery: time away from structured training.")
    return "\n".join(lines)


def warning_tooltip(warnings: tuple[PlanWarning, ...], compressed: bool) -> str:
    """The engine's warning messages (or a plain note for a block cut short)."""
    if warnings:
        return "\n".join(w.message for w in warnings)
    return "This block is shorter than a full block." if compressed else ""
