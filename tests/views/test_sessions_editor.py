"""Strength sessions a week per phase in the athlete panel: the number the plan
uses, the athlete's own once changed, and back to the season's with one click."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner_gui.model.season import PHASE_KEYS, Methodology, PhaseSessions

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PHASES = PHASE_KEYS  # the order the editor shows them in


@pytest.fixture
def sessions(window):
    """The phases page's sessions editor, showing Ana Martínez (Tue, Fri, Sun)."""
    window.selection.select_athlete("ana")
    window.athlete_panel.page(1)
    return window.athlete_panel.sessions


def _shown(sessions):
    return tuple(sessions.counts[key].value() for key in PHASES)


def _week(window, number):
    return window.document.plans["ana"].weeks[number - 1]


def test_the_spin_boxes_show_what_the_plan_uses(window, sessions):
    assert _shown(sessions) == (2, 3, 2, 2, 1, 1)  # the app's numbers
    assert not any(button.isVisible() for button in sessions.resets.values())
    window.document.update_settings(methodology=Methodology(sessions=PhaseSessions(base=1)))
    assert sessions.counts["base"].value() == 1  # the season's, as it changes
    assert not sessions.counts["base"].font().bold()


def test_arrow_presses_make_the_number_the_athletes_own_in_one_step(qtbot, window, sessions):
    assert len(_week(window, 10).sessions) == 3  # a base week
    spin = sessions.counts["base"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)

    stack = window.document.undo_stack
    own = window.document.season.athlete("ana").methodology
    assert own.sessions.base == 1 and own.base is None  # only this number is hers
    assert stack.count() == 1
    assert stack.undoText() == "Set base sessions of Ana Martínez to 1 a week"
    assert _week(window, 10).sessions == (dt.date(2027, 3, 9),)
    assert spin.font().bold()
    assert sessions.resets["base"].isVisible()
    assert not sessions.resets["taper"].isVisible()

    stack.undo()
    assert window.document.season.athlete("ana").methodology is None
    assert spin.value() == 3 and not spin.font().bold()


def test_use_the_seasons_gives_the_phase_back(qtbot, window, sessions):
    assert _week(window, 23).sessions == (dt.date(2027, 6, 8),)  # a taper week
    spin = sessions.counts["taper"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.document.season.athlete("ana").methodology.sessions.taper == 2
    assert _week(window, 23).sessions == (dt.date(2027, 6, 8), dt.date(2027, 6, 11))

    qtbot.mouseClick(sessions.resets["taper"], Qt.MouseButton.LeftButton)

    assert window.document.season.athlete("ana").methodology is None
    assert spin.value() == 1
    assert not sessions.resets["taper"].isVisible()
    assert window.document.undo_stack.undoText() == (
        "Give Ana Martínez the season's taper sessions (1 a week)"
    )
    assert window.document.undo_stack.count() == 2


def test_ctrl_z_in_the_spin_box_takes_the_change_back(qtbot, window, sessions):
    """Seen under X: the spin box's text field kept Ctrl+Z, and nothing was undone."""
    spin = sessions.counts["base"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.document.season.athlete("ana").methodology.sessions.base == 4

    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert window.document.season.athlete("ana").methodology is None
    assert spin.value() == 3
    redo = window.action_redo.shortcut()[0]  # the platform's Redo key (Ctrl+Y here)
    qtbot.keyClick(spin, redo.key(), redo.keyboardModifiers())
    assert window.document.season.athlete("ana").methodology.sessions.base == 4
