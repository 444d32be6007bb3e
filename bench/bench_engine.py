"""Benchmark of the phase engine.

Plans a generated club roster (50 athletes, 10 races each, a realistic mix of A, B
and C races over a 52-week season, each athlete with their own lifting days, an away
period and a few week notes, so every week's sessions are dated) and one athlete
alone, the work a live drag on the timeline repeats on every mouse move. Prints the
medians of many runs and the targets: whole roster <= 5 ms, one athlete <= 0.2 ms.

Run: ``python bench/bench_engine.py [--repeat N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable

from planner_gui.model.engine import plan_athlete, plan_season
from planner_gui.model.season import (
    Athlete,
    AwayPeriod,
    Distance,
    Priority,
    Race,
    Season,
    Weekday,
    WeekNote,
)
from planner_gui.model.weeks import SeasonCalendar

ROSTER_TARGET_MS = 5.0
ATHLETE_TARGET_MS = 0.2
SEASON_START = dt.date(2027, 1, 4)

# Two or three main races a year, a few tune-ups, the rest low-key: a club's calendar.
_PRIORITIES = [Priority.A] * 2 + [Priority.B] * 3 + [Priority.C] * 5
_A_DISTANCES = [Distance.TEN_K, Distance.HALF_MARATHON, Distance.MARATHON, Distance.ULTRA]


_LIFTING_DAYS = [
    (Weekday.TUESDAY, Weekday.FRIDAY, Weekday.SUNDAY, Weekday.WEDNESDAY),
    (Weekday.MONDAY, Weekday.THURSDAY),
    (Weekday.TUESDAY, Weekday.THURSDAY, Weekday.SATURDAY),
]


def make_athlete(rng: random.Random, number: int, races: int = 10, away: int = 1) -> Athlete:
    """An athlete with ``races`` races spread over the season (some just outside it),
    ``away`` periods of one to two weeks, lifting days and three week notes."""
    priorities = list(_PRIORITIES[:races]) + [Priority.C] * max(0, races - len(_PRIORITIES))
    rng.shuffle(priorities)
    calendar = []
    for index, priority in enumerate(priorities):
        day = SEASON_START + dt.timedelta(days=rng.randrange(-30, 52 * 7 + 30))
        distance = (
            rng.choice(_A_DISTANCES) if priority is Priority.A else rng.choice(list(Distance))
        )
        calendar.append(
            Race(
                id=f"r{number}-{index}",
                name=f"Race {index + 1}",
                date=day,
                priority=priority,
                distance=distance,
            )
        )
    periods = []
    for _ in range(away):
        first = SEASON_START + dt.timedelta(days=rng.randrange(0, 52 * 7))
        last = first + dt.timedelta(days=rng.randrange(4, 14))
        periods.append(AwayPeriod(start=first, end=last))
    notes = tuple(
        WeekNote(date=SEASON_START + dt.timedelta(days=rng.randrange(0, 52 * 7)), text="Key")
        for _ in range(3)
    )
    return Athlete(
        id=f"a{number}",
        name=f"Athlete {number}",
        races=tuple(calendar),
        strength_days=_LIFTING_DAYS[number % len(_LIFTING_DAYS)],
        away=tuple(periods),
        week_notes=notes,
    )


def make_roster(
    athletes: int = 50, races: int = 10, seed: int = 2027, away: int = 1
) -> Season:
    """A 52-week season with a generated roster."""
    rng = random.Random(seed)
    roster = tuple(make_athlete(rng, n, races, away) for n in range(athletes))
    return Season(name="Bench", start=SEASON_START, weeks=52, athletes=roster)


def median_ms(work: Callable[[], object], repeat: int, inner: int) -> float:
    """Median over ``repeat`` samples of the mean time of ``inner`` calls, in ms."""
    work()  # warm caches (prescriptions are memoised)
    samples = []
    for _ in range(repeat):
        begin = time.perf_counter()
        for _ in range(inner):
            work()
        samples.append((time.perf_counter() - begin) / inner * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    """Run both measurements and print them against the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="samples per measurement")
    args = parser.parse_args(argv)

    season = make_roster()
    calendar = SeasonCalendar.of(season)
    athlete = season.athletes[0]
    roster = median_ms(lambda: plan_season(season), args.repeat, 5)
    single = median_ms(
        lambda: plan_athlete(athlete, calendar, season.methodology), args.repeat, 100
    )
    rows = [
        ("whole roster (50 athletes x 10 races, 52 weeks)", roster, ROSTER_TARGET_MS),
        ("one athlete (live drag)", single, ATHLETE_TARGET_MS),
    ]
    print(f"phase engine, median of {args.repeat} samples (Python {sys.version.split()[0]})")
    for label, value, target in rows:
        verdict = "ok" if value <= target else "MISSED"
        print(f"  {label:<50} {value:8.3f} ms  target <= {target} ms  "
              f"({value / target:.0%} of target)  {verdict}")
    return 0 if all(value <= target for _, value, target in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
