"""Benchmark: peak memory of the largest export the file format allows.

The season has the most athletes and the most weeks the schema allows (the demo's
athletes repeated, ``demo_squad``): one PDF of about 6000 pages. It is exported by
``planner-gui export`` in a child process, so the peak resident size measured is
the export's alone (``RUSAGE_CHILDREN``). Goal: peak below 500 MB.

    python bench/bench_export_memory.py [--athletes N] [--weeks N]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from planner_gui.model.demo import demo_squad
from planner_gui.model.season import MAX_ATHLETES, MAX_WEEKS
from planner_gui.model.storage import save_season

GOAL_MB = 500


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--athletes", type=int, default=MAX_ATHLETES)
    parser.add_argument("--weeks", type=int, default=MAX_WEEKS)
    args = parser.parse_args()
    season = demo_squad(args.athletes).model_copy(update={"weeks": args.weeks})
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "big.season.json", Path(tmp) / "big.pdf"
        save_season(season, source)
        command = [sys.executable, "-m", "planner_gui", "export", str(source),
                   "-o", str(target), "--paper", "a4"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        elapsed = time.perf_counter() - start
        size = target.stat().st_size
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if sys.platform == "darwin":
        peak_kb //= 1024
    peak_mb = peak_kb / 1024
    print(f"{args.athletes} athletes × {args.weeks} weeks: {elapsed:.1f} s, "
          f"PDF {size / 1e6:.1f} MB")
    print(f"peak resident size of the export: {peak_mb:.0f} MB (goal < {GOAL_MB} MB)")


if __name__ == "__main__":
    main()
