"""Editing an athlete's individual plan through the document: one undo step each."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits
from planner_gui.model.demo import load_demo
from planner_gui.model.season import AthleteMethodology, AwayPeriod, AwayReason, Weekday

WEEK_10 = (dt.date(2027, 3, 8), dt.date(2027, 3, 14))


@pytest.fixture
def document() -> SeasonDocument:
    return SeasonDocument(load_demo(), None)


def test_lifting_days_change_the_dated_sessions_and_undo_restores_them(document):
    ana = document.season.athletes[0].id
    before = document.plans[ana].weeks[9].sessions
    document.update_athlete(ana, "Lift on Tuesday and Thursday",
                            strength_days=(Weekday.TUESDAY, Weekday.THURSDAY))
    assert [d.strftime("%a") for d in document.plans[ana].weeks[9].sessions] == ["Tue", "Thu"]
    assert document.undo_stack.undoText() == "Lift on Tuesday and Thursday"
    document.undo_stack.undo()
    assert document.plans[ana].weeks[9].sessions == before


def test_a_three_week_recovery_for_one_athlete_leaves_the_others_alone(document):
    ana, bjorn = (a.id for a in document.season.athletes[:2])
    bjorn_before = document.plans[bjorn]
    document.update_athlete(ana, "Give Ana three recovery weeks",
                            methodology=AthleteMethodology(recovery=3))
    assert document.plans[ana].weeks[27].phase.value == "recovery"  # week 28
    assert document.plans[bjorn] is bjorn_before  # not even replanned


def test_an_impossible_methodology_is_refused_and_changes_nothing(document):
    ana = document.season.athletes[0].id
    season = document.season
    empty = AthleteMethodology(base=0, strength=0, race_specific=0, taper=0)
    with pytest.raises(ValueError, match="at least one week"):
        document.update_athlete(ana, "Empty block", methodology=empty)
    with pytest.raises(ValidationError):
        document.update_athlete(ana, "No days", strength_days=())
    assert document.season is season and not document.undo_stack.canUndo()


def test_away_periods_flag_weeks_and_undo(document):
    ana = document.season.athletes[0].id
    holiday = AwayPeriod(start=dt.date(2027, 3, 8), end=dt.date(2027, 3, 10),
                         reason=AwayReason.HOLIDAY)
    document.update_athlete(ana, "Add holiday", away=(holiday,))
    assert document.plans[ana].weeks[9].away_days == 3
    document.undo_stack.undo()
    assert document.plans[ana].weeks[9].away_days == 0


def test_a_week_note_is_set_replaced_and_removed_as_separate_steps(document):
    ana = document.season.athletes[0].id
    document.set_week_note(ana, WEEK_10, "3 × 1 mile at marathon pace")
    assert document.plans[ana].weeks[9].notes == ("3 × 1 mile at marathon pace",)
    assert "note" in document.undo_stack.undoText()
    document.set_week_note(ana, WEEK_10, "Hill repeats")
    assert edits.week_note(document.season.athlete(ana), WEEK_10) == "Hill repeats"
    document.set_week_note(ana, WEEK_10, "  ")
    assert document.plans[ana].weeks[9].notes == ()
    assert document.undo_stack.undoText().startswith("Remove")
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.plans[ana].weeks[9].notes == ("3 × 1 mile at marathon pace",)


def test_week_note_edits_with_one_merge_key_are_one_step(document):
    # The note field commits at each typing pause; one visit to the field is one step.
    ana = document.season.athletes[0].id
    steps = document.undo_stack.count()
    document.set_week_note(ana, WEEK_10, "Hill", merge_key="week-note:1")
    document.set_week_note(ana, WEEK_10, "Hill sprints", merge_key="week-note:1")
    assert document.undo_stack.count() == steps + 1
    document.set_week_note(ana, WEEK_10, "Hill sprints, 6 ×", merge_key="week-note:2")
    assert document.undo_stack.count() == steps + 2
    document.undo_stack.undo()
    assert edits.week_note(document.season.athlete(ana), WEEK_10) == "Hill sprints"
    document.undo_stack.undo()
    assert document.plans[ana].weeks[9].notes == ()
