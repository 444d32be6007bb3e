"""Frozen start against source start: process start to a rendered window, both ways.

``DIST/planner-gui DEMO --screenshot OUT.png`` (the PyInstaller build) and the
installed ``planner-gui`` of this venv doing the same, alternating so machine noise
hits both alike. Prints the medians and their ratio. No target: the number tells
whether the frozen app starts as fast as the source one a developer runs.

    packaging/build.sh && python bench/bench_frozen_start.py dist/planner-gui [--repeats 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from planner_gui.model.demo import demo_path


def _time(command: list[str], home: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home, "XDG_CONFIG_HOME": home}
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", type=Path, help="the frozen app's folder (dist/planner-gui)")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    frozen = args.dist / "planner-gui"
    source = shutil.which("planner-gui")
    if source is None or not frozen.exists():
        print("need dist/planner-gui/planner-gui and planner-gui on PATH", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        out = str(Path(scratch) / "shot.png")
        runs: dict[str, list[float]] = {"frozen": [], "source": []}
        commands = {
            "frozen": [str(frozen), str(demo_path()), "--screenshot", out],
            "source": [source, str(demo_path()), "--screenshot", out],
        }
        for command in commands.values():  # one warm-up each: the page cache
            _time(command, scratch)
        for _ in range(args.repeats):
            for name, command in commands.items():
                runs[name].append(_time(command, scratch))
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, median in medians.items():
        print(f"{name:>6} start to window: median {median * 1000:7.0f} ms")
    print(f"frozen / source: {medians['frozen'] / medians['source']:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
