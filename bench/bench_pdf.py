"""Benchmark: the full PDF export of a 30-athlete season against a bare ReportLab baseline.

The baseline is what ReportLab costs anyway: for each athlete, a document holding
one unstyled 53-row table (header plus the 52 weeks, the same eleven columns as
plain strings, built-in Helvetica). The export adds the overview, season strips,
race lists, the styled and wrapped week tables, the day-by-day calendars (three or
four more landscape pages per athlete), the exercise pages, phase guides, two-pass
footers and embedded TrueType fonts. Goal: export ≤ 2 × baseline.

Runs alternate (baseline, export, baseline, …) so drift on a shared machine hits
both alike; min and max show how noisy the machine was.
Usage: ``python bench/bench_pdf.py [--repeats N]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table

from planner_gui.export import pdf
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.model.demo import demo_squad
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Season
from planner_gui.model.weeks import SeasonCalendar

ATHLETES = 30
HEADER = ["Wk", "Dates", "Phase", "Block week", "Races", "Sessions", "Sets × reps", "Rest",
          "Effort", "Strength focus", "Running focus"]


def bare_rows(plan: AthletePlan) -> list[list[str]]:
    rows = [HEADER]
    for w in plan.weeks:
        s = w.strength
        rows.append([
            str(w.index), f"{w.start} – {w.end}", w.phase.label, str(w.block_week or "—"),
            ", ".join(r.name for r in w.races) or "—", s.sessions_text, s.sets_reps or "—",
            s.rest or "—", s.effort or "—", s.focus, w.running,
        ])
    return rows


def baseline(season: Season, folder: Path) -> None:
    """One bare table document per athlete (plans computed in the run, as for the export)."""
    calendar = SeasonCalendar.of(season)
    for n, athlete in enumerate(season.athletes):
        plan = plan_athlete(athlete, calendar, season.methodology)
        doc = SimpleDocTemplate(str(folder / f"bare{n}.pdf"), pagesize=landscape(A4))
        doc.build([Table(bare_rows(plan), repeatRows=1)])


def export(season: Season, folder: Path) -> None:
    pdf.export(ExportRequest(season=season, target=folder / "squad.pdf", paper=Paper.A4))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    season = demo_squad(ATHLETES)
    times: dict[str, list[float]] = {"baseline": [], "export": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        baseline(season, folder)  # warm-up: imports, font registration, caches
        export(season, folder)
        for _ in range(args.repeats):
            for name, run in (("baseline", baseline), ("export", export)):
                start = time.perf_counter()
                run(season, folder)
                times[name].append(time.perf_counter() - start)
    base = statistics.median(times["baseline"])
    ours = statistics.median(times["export"])
    print(f"{ATHLETES} athletes, {args.repeats} alternating runs each")
    spread = {name: f"(min {min(t):.3f}, max {max(t):.3f})" for name, t in times.items()}
    print(f"baseline (bare 53-row table document per athlete): median {base:.3f} s "
          f"{spread['baseline']}")
    print(f"export (overview + full sheets, one file):           median {ours:.3f} s "
          f"{spread['export']}")
    print(f"ratio export / baseline: {ours / base:.2f} (goal ≤ 2.00)")


if __name__ == "__main__":
    main()
