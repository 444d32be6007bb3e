"""Which days an athlete cannot lift on, and which days they are away (§5.2, §5.3).

Days are handled as ordinals (``date.toordinal()``): the engine asks about every day
of every week on each mouse move of a drag, and integers are the cheapest key.
"""

from __future__ import annotations

from planner_gui.model.season import Athlete, Priority, Weekday


def away_spans(athlete: Athlete) -> list[tuple[int, int]]:
    """The athlete's away periods as merged ``(first, last)`` ordinal spans, in order.

    Overlapping or touching periods merge, so each day counts once.
    """
    spans = sorted((p.start.toordinal(), p.end.toordinal()) for p in athlete.away)
    merged: list[tuple[int, int]] = []
    for first, last in spans:
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def days_in(spans: list[tuple[int, int]], lo: int, hi: int) -> int:
    """How many days of ``spans`` lie in ``lo`` … ``hi`` (ordinals, both included)."""
    return sum(max(0, min(last, hi) - max(first, lo) + 1) for first, last in spans)


def away_days(spans: list[tuple[int, int]], lo: int, hi: int) -> set[int]:
    """The away days between ``lo`` and ``hi`` (ordinals, both included)."""
    days: set[int] = set()
    for first, last in spans:
        days.update(range(max(first, lo), min(last, hi) + 1))
    return days


def race_blocked_days(athlete: Athlete, week_start: Weekday) -> set[int]:
    """Days no strength session goes on because of a race (§5.2, rule 2).

    The day before, the day of and the day after every A or B race; for an A race also
    every later day of its week, since recovery starts after the race.
    """
    blocked: set[int] = set()
    for race in athlete.races:
        if race.priority is Priority.C:
            continue
        day = race.date.toordinal()
        blocked.update((day - 1, day, day + 1))
        if race.priority is Priority.A:
            # Ordinal 1 is a Monday: the week starting on week_start holds `day` at this offset.
            offset = (day - 1 - week_start.number) % 7
            blocked.update(range(day + 1, day + 7 - offset))
    return blocked
