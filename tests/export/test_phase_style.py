"""Phases stay apart on a black-and-white printer."""

from __future__ import annotations

from planner_gui.export.phase_style import LOOKS
from planner_gui.model.phases import Phase


def test_every_phase_has_its_own_pattern_and_code() -> None:
    assert set(LOOKS) == set(Phase)
    assert len({look.hatch for look in LOOKS.values()}) == len(Phase)
    assert len({look.code for look in LOOKS.values()}) == len(Phase)
