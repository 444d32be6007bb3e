"""Own phase lengths in the athlete panel: off shows the season's lengths, on makes
them the athlete's; a block of no weeks is refused in red; clicks on one spin box
are one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from planner_gui.model.phases import Phase
from planner_gui.model.season import Methodology

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

KEYS = ("base", "strength", "race_specific", "taper", "recovery")


@pytest.fixture
def lengths(window):
    """The phases page's lengths editor."""
    window.athlete_panel.page(1)
    return window.athlete_panel.lengths


def _shown(lengths):
    return tuple(lengths.lengths[key].value() for key in KEYS)


def _type(qtbot, spin, text):
    """Select the spin box's number and type another, then Return (applies it)."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _click_box(qtbot, box):
    """Click a checkbox on its box (its empty right end does not toggle it)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _first_base_week(window, athlete_id):
    return next(w.index for w in window.document.plans[athlete_id].weeks if w.block_week == 1)


def test_following_the_season_shows_its_lengths_and_locks_them(window, lengths):
    window.selection.select_athlete("ana")
    assert not lengths.own.isChecked()
    assert _shown(lengths) == (4, 4, 4, 4, 2)
    assert not any(spin.isEnabled() for spin in lengths.lengths.values())

    window.document.update_settings(methodology=Methodology(base=5))
    assert lengths.lengths["base"].value() == 5  # still the season's, as it changes


def test_own_lengths_then_arrow_clicks_are_two_undo_steps(qtbot, window, lengths):
    window.selection.select_athlete("ana")
    assert _first_base_week(window, "ana") == 10
    _click_box(qtbot, lengths.own)

    stack = window.document.undo_stack
    own = window.document.season.athlete("ana").methodology
    assert (own.base, own.strength, own.race_specific, own.taper, own.recovery) == (4, 4, 4, 4, 2)
    assert stack.undoText() == "Give Ana Martínez their own phase lengths"
    assert all(spin.isEnabled() for spin in lengths.lengths.values())
    assert _first_base_week(window, "ana") == 10  # the copy changes nothing yet

    base = lengths.lengths["base"]
    base.setFocus()
    qtbot.keyClick(base, Qt.Key.Key_Up)
    qtbot.keyClick(base, Qt.Key.Key_Up)

    assert window.document.season.athlete("ana").methodology.base == 6
    assert window.document.plans["ana"].methodology.base == 6
    assert _first_base_week(window, "ana") == 8  # the block starts two weeks sooner
    assert stack.count() == 2
    assert stack.undoText() == f"{Phase.BASE.label} of Ana Martínez: 6 weeks"
    assert lengths.block_total.text() == "A block takes 18 weeks, race week included."

    stack.undo()
    assert base.value() == 4 and lengths.own.isChecked()
    stack.undo()
    assert window.document.season.athlete("ana").methodology is None
    assert not lengths.own.isChecked() and not base.isEnabled()


def test_all_four_block_phases_at_zero_is_refused_in_red(qtbot, window, lengths):
    window.selection.select_athlete("eleni")  # own: base 6, taper 3, recovery 3
    assert lengths.own.isChecked()
    assert _shown(lengths) == (6, 4, 4, 3, 3)
    for key in ("base", "strength", "race_specific"):
        _type(qtbot, lengths.lengths[key], "0")
    count = window.document.undo_stack.count()
    before = window.document.plans["eleni"]

    _type(qtbot, lengths.lengths["taper"], "0")

    assert window.document.season.athlete("eleni").methodology.taper == 3
    assert window.document.undo_stack.count() == count
    assert window.document.plans["eleni"] is before
    assert lengths.problem.isVisible()
    assert "at least one week together" in lengths.problem.text()
    assert all(lengths.lengths[p].property("invalid") for p in KEYS[:4])
    assert lengths.lengths["taper"].value() == 0  # the refused value stays to be fixed

    _type(qtbot, lengths.lengths["taper"], "2")  # a week back: accepted, red gone
    own = window.document.season.athlete("eleni").methodology
    assert (own.base, own.strength, own.race_specific, own.taper) == (0, 0, 0, 2)
    assert not lengths.problem.isVisible()
    assert not any(spin.property("invalid") for spin in lengths.lengths.values())


def test_an_undo_while_refused_shows_the_stored_lengths(qtbot, window, lengths):
    window.selection.select_athlete("eleni")
    for key in ("base", "strength", "race_specific", "taper"):
        _type(qtbot, lengths.lengths[key], "0")
    assert lengths.problem.isVisible()

    window.document.undo_stack.undo()  # race-specific back to 4

    assert _shown(lengths) == (0, 0, 4, 3, 3)
    assert not lengths.problem.isVisible()
    assert not lengths.lengths["taper"].property("invalid")


def test_turning_own_lengths_off_follows_the_season_again(qtbot, window, lengths):
    window.selection.select_athlete("eleni")
    assert window.document.plans["eleni"].methodology.base == 6

    _click_box(qtbot, lengths.own)

    assert window.document.season.athlete("eleni").methodology is None
    assert window.document.plans["eleni"].methodology.base == 4
    assert window.document.undo_stack.undoText() == (
        "Ελένη Παπαδοπούλου follows the season's phase lengths"
    )
    assert _shown(lengths) == (4, 4, 4, 4, 2)
