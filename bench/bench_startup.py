"""Startup benchmark: process start to a rendered main window, against a bare QMainWindow.

Both sides run as fresh processes that render offscreen at 1400×900 and save a PNG:
``planner-gui DEMO --screenshot OUT.png`` and a tiny script that does the same grab
and save with an empty ``QMainWindow``. Runs alternate within one measurement so
machine noise hits both alike. Goal: the app's median ≤ 2.0× the bare window's. (The
bare window loads no pydantic, makes the Python classes of no other widget and paints
nothing: pydantic and the Qt classes the planner's widgets need come to about 1.7×
before the planner runs a line of its own.)

    python bench/bench_startup.py [--repeats 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import planner_gui
from planner_gui.model.demo import demo_path

GOAL = 2.0

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""


def _time(command: list[str]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def _compile_bytecode() -> None:
    """Write .pyc files for the app and its libraries, as an installation does.

    With PYTHONDONTWRITEBYTECODE set (as in some containers) every run would compile
    the app's modules from source, a cost no installed app pays.
    """
    import compileall

    import pydantic

    for package in (planner_gui, pydantic):
        compileall.compile_dir(Path(package.__file__).parent, quiet=2)


def main() -> int:
    """Run the benchmark and print medians and the ratio."""
    _compile_bytecode()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9, help="runs of each (≥ 7)")
    args = parser.parse_args()
    repeats = max(7, args.repeats)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "shot.png"
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE)
        app_cmd = [sys.executable, "-m", "planner_gui", str(demo_path()), "--screenshot", str(out)]
        bare_cmd = [sys.executable, str(bare_script), str(out)]
        _time(app_cmd), _time(bare_cmd)  # warm the file cache for both
        app_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(repeats):
            app_times.append(_time(app_cmd))
            bare_times.append(_time(bare_cmd))
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    ratio = app_median / bare_median
    print(f"bare QMainWindow  median {bare_median * 1000:7.1f} ms  ({repeats} runs)")
    print(f"planner-gui demo  median {app_median * 1000:7.1f} ms  ({repeats} runs)")
    verdict = "meets" if ratio <= GOAL else "misses"
    print(f"ratio {ratio:.2f}× ({verdict} the goal of ≤ {GOAL}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
