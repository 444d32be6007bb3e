"""The timeline inside the real main window: found by name, dragged, undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import QWidget

from planner_gui.model import edits
from planner_gui.model.demo import demo_path
from tests.views.timeline.conftest import drag


@pytest.fixture
def window(qtbot, tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    from planner_gui.cli.window import create_main_window

    path = tmp_path / "club.season.json"
    shutil.copy(demo_path(), path)
    window = create_main_window(path, remember=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_drag_in_the_window_then_ctrl_z_undoes_it(qtbot, window):
    timeline = window.findChild(QWidget, "timeline")
    assert timeline is not None
    document = window.document
    start = timeline.race_rect("bjorn-lakes-marathon").center()
    assert timeline.viewport().rect().contains(start)
    step = round(14 * timeline.day_width)
    drag(qtbot, timeline, start, start + QPoint(step, 0), steps=7)
    moved = edits.find_race(document.season, "bjorn-lakes-marathon").race.date
    assert moved == dt.date(2027, 6, 27)
    assert document.modified
    assert window.selection.race_id == "bjorn-lakes-marathon"
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edits.find_race(document.season, "bjorn-lakes-marathon").race.date == dt.date(
        2027, 6, 13
    )
    assert not document.modified


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_view_menu_holds_the_timeline_actions(window):
    texts = [a.text().replace("&", "") for a in window.view_menu.actions()]
    for text in ("Zoom In", "Zoom Out", "Fit Season", "Go to Today"):
        assert text in texts
    assert window.timeline.view.isVisible()
