"""The one table of phase looks: every phase told apart without colour, one legend order."""

from __future__ import annotations

from planner_gui.model.phase_look import LEGEND_ORDER, PHASE_LOOKS
from planner_gui.model.phases import BLOCK_PHASES, Phase


def test_every_phase_has_its_own_hatch_and_code():
    assert set(PHASE_LOOKS) == set(Phase)
    assert len({look.hatch for look in PHASE_LOOKS.values()}) == len(Phase)
    assert len({look.code for look in PHASE_LOOKS.values()}) == len(Phase)


def test_only_free_weeks_blend_with_the_background():
    assert [phase for phase, look in PHASE_LOOKS.items() if look.quiet] == [Phase.FREE]


def test_legends_read_a_block_in_order_and_end_with_free_weeks():
    assert LEGEND_ORDER[: len(BLOCK_PHASES)] == BLOCK_PHASES
    assert LEGEND_ORDER[-2:] == (Phase.RECOVERY, Phase.FREE)
    assert sorted(LEGEND_ORDER) == sorted(Phase)
