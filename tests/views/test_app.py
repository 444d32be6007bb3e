"""Starting the app: which season opens, screenshots, and no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner_gui.cli import window as app
from planner_gui.cli.window import create_main_window
from planner_gui.model.demo import load_demo
from planner_gui.views import dialogs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _planner_gui(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *args],
        capture_output=True, text=True, timeout=60, env=env,
    )


def _close(qtbot, window, monkeypatch):
    qtbot.addWidget(window)
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.Answer.DISCARD)


def test_without_a_file_the_demo_opens_as_an_untitled_copy(qtbot, monkeypatch):
    window = create_main_window()
    _close(qtbot, window, monkeypatch)
    assert window.document.path is None
    assert window.document.season == load_demo()
    assert window.windowTitle().startswith("Untitled")
    assert not window.document.modified


def test_the_last_file_opened_comes_back(qtbot, monkeypatch, season_file):
    first = create_main_window(season_file)
    _close(qtbot, first, monkeypatch)
    again = create_main_window()
    _close(qtbot, again, monkeypatch)
    assert again.document.path == season_file


def test_a_missing_last_file_falls_back_to_the_demo(qtbot, monkeypatch, season_file):
    first = create_main_window(season_file)
    _close(qtbot, first, monkeypatch)
    season_file.unlink()
    again = create_main_window()
    _close(qtbot, again, monkeypatch)
    assert again.document.path is None and again.document.season == load_demo()


def test_screenshot_writes_a_1400_by_900_png(tmp_path):
    out = tmp_path / "shot.png"
    result = _planner_gui("--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    # Not blank: the plan table's phase colours are in it.
    colours = {image.pixel(x, y) for x in range(0, 1400, 20) for y in range(0, 900, 20)}
    assert len(colours) > 10


def test_a_bad_file_with_screenshot_is_one_line_and_exit_2(tmp_path):
    broken = tmp_path / "broken.season.json"
    broken.write_text('{"name": ""}')
    result = _planner_gui(str(broken), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "broken.season.json" in lines[0] and "name" in lines[0]
    assert not (tmp_path / "x.png").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="the display check is for X11/Wayland")
def test_without_a_display_it_says_so_and_names_the_alternatives():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = _planner_gui(env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in ("display", "--screenshot", "plan", "export"):
        assert word in lines[0]


@pytest.mark.skipif(sys.platform != "linux", reason="the display check is for X11/Wayland")
def test_an_x11_display_without_qt_libraries_names_the_missing_one(monkeypatch):
    # Without its xcb libraries Qt aborts with a screenful of its own.
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(app, "missing_x11_library", lambda: "libxcb-icccm.so.4")
    problem = app.display_problem()
    assert problem is not None and "\n" not in problem
    assert "libxcb-icccm.so.4" in problem and "apt install libxcb-icccm4" in problem
    assert "--screenshot" in problem
    monkeypatch.setattr(app, "missing_x11_library", lambda: None)
    assert app.display_problem() is None


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ],
)
def test_missing_libraries_map_to_debian_packages(library, package):
    assert app.debian_package(library) == package


def test_help_lists_every_verb_with_what_it_does():
    from planner_gui.cli import VERBS

    result = _planner_gui("--help")
    assert result.returncode == 0
    listed = {
        line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("    ")
    }
    for verb in VERBS:
        assert verb in listed and len(listed[verb].split()) > 1, result.stdout  # a description
        assert _planner_gui(verb, "--help").returncode == 0
    assert "--screenshot" in result.stdout


def test_the_demo_file_given_by_path_is_never_written(qtbot, monkeypatch):
    from planner_gui.model.demo import demo_path

    window = create_main_window(Path(demo_path()), remember=False)
    _close(qtbot, window, monkeypatch)
    assert window.document.path is None
