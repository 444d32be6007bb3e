"""Benchmark of one edit in the whole window: a race moved by a day.

Generated 52-week seasons (``bench_engine.make_roster``) of 30 and of 500 athletes
with 20 races each, each shown in the real ``MainWindow`` (offscreen, 1400×900) with
one athlete selected, as a coach works. Each sample is one ``SeasonDocument.move_race``
of a race of an athlete in the middle of the roster (the undo step, the plan, every
view's update) plus the events it posted and a synchronous repaint of the window.
Prints the medians against the goal from issue 12: median <= 16 ms (one 60 Hz frame)
on both rosters, and the 500-athlete median within 1.5× the 30-athlete median, so an
edit costs the same whatever the roster's size. Both the wall clock and the process's
CPU time are measured; the goals are judged on CPU time, which other programs on a
busy (shared) machine do not inflate, and the wall-clock medians are printed beside.

Run: ``QT_QPA_PLATFORM=offscreen python bench/bench_edit.py [--moves N]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication

from bench_engine import SEASON_START, make_roster
from planner_gui.document.season_document import SeasonDocument
from planner_gui.views.main_window import MainWindow

MEDIAN_GOAL_MS = 16.0
GROWTH_GOAL = 1.5
ROSTERS = (30, 500)
RACES = 20
SIZE = (1400, 900)


def measure(app: QApplication, athletes: int, moves: int) -> tuple[list[float], list[float]]:
    """Milliseconds per race move (edit + views + repaint) on a roster of ``athletes``,
    CPU time and wall clock."""
    document = SeasonDocument(make_roster(athletes=athletes, races=RACES))
    window = MainWindow(document, remember=False, today=lambda: SEASON_START)
    window.resize(*SIZE)
    window.show()
    athlete = document.season.athletes[athletes // 2]
    window.selection.select_athlete(athlete.id)
    race = athlete.races[len(athlete.races) // 2]
    app.processEvents()
    cpu, wall = [], []
    for i in range(moves + 10):  # the first ten warm caches up
        day = race.date + dt.timedelta(days=1 if i % 2 == 0 else 0)
        begin, begin_cpu = time.perf_counter(), time.process_time()
        document.move_race(race.id, day)
        app.processEvents()  # the views' updates, layouts and their repaints
        cpu.append((time.process_time() - begin_cpu) * 1000)
        wall.append((time.perf_counter() - begin) * 1000)
    assert document.undo_stack.count() == moves + 10, "every move should be an undo step"
    document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    app.processEvents()
    return cpu[10:], wall[10:]


def main(argv: list[str] | None = None) -> int:
    """Measure both rosters and print the medians against the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=60, help="race moves per roster")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    medians, walls = {}, {}
    for athletes in ROSTERS:
        cpu, wall = measure(app, athletes, args.moves)
        medians[athletes] = statistics.median(cpu)
        walls[athletes] = statistics.median(wall)
    print(
        f"one race move in the main window {SIZE[0]}x{SIZE[1]}, {RACES} races per athlete, "
        f"{args.moves} moves (Python {sys.version.split()[0]})"
    )
    ok = True
    for athletes, median in medians.items():
        verdict = "ok" if median <= MEDIAN_GOAL_MS else "MISSED"
        ok = ok and median <= MEDIAN_GOAL_MS
        print(
            f"  {athletes:>4} athletes  median {median:6.2f} ms CPU "
            f"({walls[athletes]:6.2f} ms wall)"
            f"  goal <= {MEDIAN_GOAL_MS} ms ({median / MEDIAN_GOAL_MS:.0%} of goal)  {verdict}"
        )
    small, large = medians[ROSTERS[0]], medians[ROSTERS[-1]]
    growth = large / small
    verdict = "ok" if growth <= GROWTH_GOAL else "MISSED"
    ok = ok and growth <= GROWTH_GOAL
    print(
        f"  {ROSTERS[-1]} / {ROSTERS[0]} athletes  x{growth:.2f}  "
        f"goal <= x{GROWTH_GOAL}  {verdict}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
