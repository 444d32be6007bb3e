"""Benchmark: writing one calendar file (.ics) for a squad of 30 and of 500 athletes.

Compares the export's ``calendar_bytes`` with icalendar's own ``Calendar.to_ical()``
of the same events (``build_calendar``, what the export did before: about 50 ms an
athlete, so 25 s for 500 athletes with the window frozen). Both give the same bytes;
the script checks that too. Two squads of each size: the demo's seven athletes
repeated (a club where athletes share races and so share session texts) and the same
with every race renamed per athlete (nothing shared: the worst case for the export's
reuse of lines already made). Goal: the export at least twice as fast as
``to_ical()`` on both, and 500 athletes under 3 s (the window writes in the
background anyway).

Runs alternate (reference, export, reference, …) so drift on a shared machine hits
both alike. Usage: ``python bench/bench_calendar.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable

from planner_gui.export.ics import build_calendar, calendar_bytes
from planner_gui.model.demo import demo_squad
from planner_gui.model.engine import AthletePlan, plan_season
from planner_gui.model.season import Season

STAMP = dt.datetime(2027, 1, 2, 9, 30, tzinfo=dt.UTC)


def _renamed(season: Season) -> Season:
    """Every race of every athlete with a name of its own (no text shared between athletes)."""
    athletes = tuple(
        a.model_copy(update={"races": tuple(
            r.model_copy(update={"name": f"{r.name} ({a.name})"}) for r in a.races
        )})
        for a in season.athletes
    )
    return season.model_copy(update={"athletes": athletes})


def _timed(run: Callable[[], bytes], times: list[float]) -> bytes:
    start = time.perf_counter()
    data = run()
    times.append(time.perf_counter() - start)
    return data


def bench(label: str, season: Season, repeats: int) -> None:
    plans: dict[str, AthletePlan] = {
        a.id: p for a, p in zip(season.athletes, plan_season(season), strict=True)
    }

    def reference() -> bytes:
        data: bytes = build_calendar(
            season, season.athletes, stamp=STAMP, plans=plans
        ).to_ical()
        return data

    def export() -> bytes:
        return calendar_bytes(season, season.athletes, stamp=STAMP, plans=plans)

    times: dict[str, list[float]] = {"to_ical": [], "export": []}
    for _ in range(repeats):
        old = _timed(reference, times["to_ical"])
        new = _timed(export, times["export"])
        assert old == new, "the export no longer writes icalendar's bytes"
    old_s, new_s = (statistics.median(times[k]) for k in ("to_ical", "export"))
    print(f"{label:<34} icalendar to_ical median {old_s:6.3f} s   export median "
          f"{new_s:6.3f} s   ×{old_s / new_s:.1f} faster   "
          f"({len(season.athletes)} athletes, {len(new) // 1024} KiB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for count in (30, 500):
        squad = demo_squad(count)
        bench(f"{count} athletes, demo repeated", squad, args.repeats)
        bench(f"{count} athletes, every race renamed", _renamed(squad), args.repeats)


if __name__ == "__main__":
    main()
