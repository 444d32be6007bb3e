"""The week details name every flag a week can carry, the individual plans' too."""

from __future__ import annotations

import pytest

from planner_gui.model.engine import Flag
from planner_gui.views.plan_model import PlanColumn
from planner_gui.views.week_details import detail_rows
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")


def test_a_week_away_with_dropped_sessions_shows_both_flags(qtbot, window):
    window.selection.select_athlete("zoe")  # away 6–16 Mar: week 10 has no free day
    week = window.document.plans["zoe"].weeks[9]
    assert set(week.flags) == {Flag.AWAY, Flag.SESSION_DROPPED}

    click(qtbot, window.plan.table, window.plan.model.index(9, PlanColumn.DATES))

    text = window.plan.details.plain_text()
    assert "Time away: no strength work on the days away." in text
    assert "Sessions dropped: not every session found a free lifting day." in text


@pytest.mark.parametrize("flag", list(Flag))
def test_every_flag_has_words(window, flag):
    week = window.document.plans["zoe"].weeks[9]._replace(flags=(flag,))
    flags = dict(detail_rows(week, window.document.plans["zoe"].methodology))["Flags"]
    assert flags and flags != flag.value
