"""The row diff: the steps it plans turn the old key list into the new one."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from planner_gui.views.row_sync import RowStep, plan_steps


def apply(old, new, steps):
    rows = list(old)
    for step in steps:
        if step.kind == "reset":
            return list(new)
        if step.kind == "remove":
            del rows[step.first : step.last + 1]
        elif step.kind == "insert":
            rows[step.first : step.first] = new[step.first : step.last + 1]
        else:
            rows.insert(step.last, rows.pop(step.first))
    return rows


def test_no_change_no_steps():
    assert plan_steps("abc", "abc") == []


def test_removal_and_insertion_are_precise():
    assert plan_steps("abcd", "abd") == [RowStep("remove", 2, 2)]
    assert plan_steps("abd", "abcd") == [RowStep("insert", 2, 2)]
    assert plan_steps("abcdef", "aef") == [RowStep("remove", 1, 3)]


def test_one_row_moving_is_a_move_not_a_reset():
    assert plan_steps("abcd", "acdb") == [RowStep("move", 1, 3)]
    assert plan_steps("abcd", "dabc") == [RowStep("move", 3, 0)]


def test_one_race_moving_among_every_race_of_a_big_roster_is_found_at_once():
    # Every race of a big roster listed by date; one race moves 9000 rows, each way.
    # The move used to be searched row by row with a copy of the list each (quadratic:
    # over a second per edit when a late row moved up).
    old = list(range(10_000))
    down = [*old[:500], *old[501:9501], 500, *old[9501:]]
    up = [*old[:500], 9500, *old[500:9500], *old[9501:]]
    for new, move in ((down, RowStep("move", 500, 9500)), (up, RowStep("move", 9500, 500))):
        begin = time.perf_counter()
        steps = plan_steps(old, new)
        assert time.perf_counter() - begin < 0.3
        assert steps == [move]
        assert apply(old, new, steps) == new


def test_a_reshuffle_falls_back_to_reset():
    assert plan_steps("abcd", "badc") == [RowStep("reset")]


@given(st.lists(st.integers(0, 12), unique=True), st.lists(st.integers(0, 12), unique=True))
def test_steps_always_reach_the_new_list(old, new):
    steps = plan_steps(old, new)
    assert apply(old, new, steps) == new
    assert sum(s.kind == "move" for s in steps) <= 1
