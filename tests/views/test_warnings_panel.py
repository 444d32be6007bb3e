"""The warnings panel follows edits row by row: another athlete's edit leaves the
row the coach chose, and where the list was scrolled to, as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from planner_gui.model import edits
from planner_gui.views.warnings_panel import ATHLETE_ROLE, RACE_ROLE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _rows(window):
    warnings = window.warnings.list
    return [warnings.item(row) for row in range(warnings.count())]


def test_editing_one_athlete_leaves_the_other_rows_and_the_chosen_one_alone(qtbot, window):
    warnings = window.warnings.list
    warnings.setFixedHeight(70)  # a short list, so it scrolls
    qtbot.waitUntil(lambda: warnings.verticalScrollBar().maximum() > 0)
    chosen = next(item for item in _rows(window) if item.data(RACE_ROLE) == "zoe-city-10k")
    warnings.scrollToItem(chosen)
    rect = warnings.visualItemRect(chosen)
    qtbot.mouseClick(warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert warnings.currentItem() is chosen
    assert window.selection.race_id == "zoe-city-10k"
    scrolled = warnings.verticalScrollBar().value()
    before = _rows(window)

    # Kofi is renamed: only his row is new, with his new name.
    window.document.rename_athlete("kofi", "Kofi A. Mensah")
    after = _rows(window)
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        if old.data(ATHLETE_ROLE) == "kofi":
            assert new is not old and new.text().startswith("Kofi A. Mensah: ")
        else:
            assert new is old
    assert warnings.currentItem() is chosen
    assert warnings.verticalScrollBar().value() == scrolled

    # Bjørn's race moves far from the next one: his warning goes, Zoë's row stays chosen.
    lakes = edits.find_race(window.document.season, "bjorn-lakes-marathon").race
    window.document.move_race(lakes.id, lakes.date + dt.timedelta(days=70))
    assert all(item.data(ATHLETE_ROLE) != "bjorn" for item in _rows(window))
    assert warnings.currentItem() is chosen and chosen.isSelected()
    assert window.warnings.title.text() == f"<b>Warnings</b> ({warnings.count()})"


def test_undo_brings_a_warning_back_in_its_place(window):
    warnings = window.warnings.list
    texts = [item.text() for item in _rows(window)]
    lakes = edits.find_race(window.document.season, "bjorn-lakes-marathon").race
    window.document.move_race(lakes.id, lakes.date + dt.timedelta(days=70))
    assert len(_rows(window)) == len(texts) - 1
    window.document.undo_stack.undo()
    assert [item.text() for item in _rows(window)] == texts
    assert warnings.count() == len(texts)
