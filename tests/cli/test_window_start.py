"""The window starts without what its first picture does not need (bench/bench_startup.py).

Runs ``planner-gui --screenshot`` in a child process (each test process has long
loaded everything) and looks at what the start loaded: modules used only by later
commands, and Qt classes that only a dialog or PySide's type search would create.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = """
import json, sys
import PySide6.QtWidgets as widgets
lazy = "QWizard" not in vars(widgets)  # PySide6 makes a class on first use, by default
from planner_gui.cli import main
status = main(["--screenshot", sys.argv[1]])
print(json.dumps({
    "status": status,
    "lazy": lazy,
    "modules": sorted(m for m in sys.modules if m.startswith(("planner_gui", "reportlab",
                                                              "importlib.resources"))),
    "qt": sorted(name for name in vars(widgets) if name.startswith("Q")),
}))
"""

LATER = {
    "planner_gui.views.export_flow": "File > Export PDF",
    "planner_gui.views.settings_dialog": "Edit > Season Settings",
    "planner_gui.views.new_season_dialog": "File > New Season",
    "planner_gui.export.file_names": "Save As (the suggested name)",
    "planner_gui.views.start_folder": "Open and Save As (the folder they start in)",
    "importlib.resources.readers": "nothing: the demo season is a file beside the code",
    "reportlab": "the first export",
}


def _start(tmp_path: Path) -> dict[str, object]:
    out = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out)], capture_output=True, text=True,
        env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_window_starts_without_what_later_commands_need(tmp_path: Path) -> None:
    report = _start(tmp_path)
    assert report["status"] == 0
    modules = report["modules"]
    assert isinstance(modules, list)
    assert "planner_gui.views.main_window" in modules  # the start did run
    assert {name: LATER[name] for name in LATER if name in modules} == {}


def test_pyside_never_searches_every_widget_class_during_the_start(tmp_path: Path) -> None:
    # The first viewport() that Qt made costs a search that creates the Python class of
    # every QWidget subclass; QWizard is one the app never uses, so it marks the search.
    report = _start(tmp_path)
    if not report["lazy"]:
        pytest.skip("this PySide6 makes every class at import (PYSIDE6_OPTION_LAZY)")
    qt = report["qt"]
    assert isinstance(qt, list)
    assert "QMainWindow" in qt
    assert "QWizard" not in qt
