"""Edits touch only what they change: unchanged athletes are the same objects in the
new season, their plans are not computed again, and a bad edit is still refused
whole (every check a season file gets still holds)."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits
from planner_gui.model.demo import load_demo
from planner_gui.model.season import MAX_ATHLETES, Athlete, AthleteMethodology, Race, Season


@pytest.fixture
def document() -> SeasonDocument:
    return SeasonDocument(load_demo(), None)


def _unchanged(document: SeasonDocument, before: Season, plans: dict, but: set[str]) -> None:
    """Every athlete but ``but`` is the same object, with the very same plan."""
    for old in before.athletes:
        if old.id not in but:
            assert document.season.athlete(old.id) is old
            assert document.plans[old.id] is plans[old.id]


def test_a_race_move_shares_every_other_athlete_and_their_plans(document):
    before, plans = document.season, dict(document.plans)
    race = document.season.athlete("ana").races[1]
    document.move_race(race.id, race.date + dt.timedelta(days=3))
    _unchanged(document, before, plans, but={"ana"})
    assert document.plans["ana"] is not plans["ana"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.season is before


def test_a_move_to_another_athlete_replans_those_two_only(document):
    before, plans = document.season, dict(document.plans)
    race = document.season.athlete("ana").races[1]
    document.move_race(race.id, race.date, "kofi")
    _unchanged(document, before, plans, but={"ana", "kofi"})
    assert document.undo_stack.count() == 1


def test_adding_an_athlete_and_renaming_the_season_share_the_roster(document):
    before, plans = document.season, dict(document.plans)
    document.add_athlete(Athlete(id="mia", name="Mia"), 2)
    _unchanged(document, before, plans, but=set())
    assert [a.id for a in document.season.athletes][:3] == ["ana", "bjorn", "mia"]
    before, plans = document.season, dict(document.plans)
    document.update_settings(name="Harbour Runners 2027/28")
    _unchanged(document, before, plans, but=set())
    assert document.undo_stack.count() == 2


def _refused(document: SeasonDocument, edit, error: type[Exception] = ValidationError) -> None:
    before, steps = document.season, document.undo_stack.count()
    with pytest.raises(error):
        edit()
    assert document.season is before
    assert document.undo_stack.count() == steps


def test_bad_edits_are_still_refused_and_change_nothing(document):
    ana = document.season.athlete("ana")
    # An athlete whose id, or whose race's id, is already taken.
    _refused(document, lambda: document.add_athlete(Athlete(id="bjorn", name="Another")))
    taken = Race(id=ana.races[0].id, name="Copy", date=dt.date(2027, 5, 1))
    _refused(document, lambda: document.add_athlete(Athlete(name="Mia", races=(taken,))))
    twice = Race(id="twice", name="Twice", date=dt.date(2027, 5, 1))
    _refused(document, lambda: document.add_athlete(Athlete(name="Mia", races=(twice, twice))))
    _refused(document, lambda: document.add_athlete(Athlete(id="same", name="Mia", races=(
        Race(id="same", name="Same", date=dt.date(2027, 5, 1)),
    ))))
    # A race id or an athlete id taken by another athlete, changed in place.
    _refused(document, lambda: document.add_race("kofi", taken), ValueError)
    _refused(document, lambda: document.update_athlete("kofi", "Id", id="ana"))
    _refused(document, lambda: document.update_athlete("kofi", "Races", races=(taken,)))
    # A methodology without a block week; a name the file would refuse.
    empty = AthleteMethodology(base=0, strength=0, race_specific=0, taper=0)
    _refused(document, lambda: document.update_athlete("kofi", "Lengths", methodology=empty))
    _refused(document, lambda: document.rename_athlete("kofi", "x" * 1000))
    # Season settings that leave an athlete's own lengths without a block week.
    document.update_athlete("kofi", "Own base", methodology=AthleteMethodology(base=0))
    lengths = document.season.methodology.model_copy(
        update={"strength": 0, "race_specific": 0, "taper": 0}
    )
    _refused(document, lambda: document.update_settings(methodology=lengths))


def test_a_full_roster_refuses_one_more_athlete(document):
    extra = tuple(
        Athlete(id=f"extra-{n}", name=f"Extra {n}")
        for n in range(MAX_ATHLETES - len(document.season.athletes))
    )
    full = document.season.model_copy(update={"athletes": document.season.athletes + extra})
    assert document.edit("Fill the roster", full)
    assert len(document.season.athletes) == MAX_ATHLETES
    _refused(document, lambda: document.add_athlete(Athlete(name="One too many")))
    with pytest.raises(ValidationError, match="the most a season holds"):
        edits.add_athlete(document.season, Athlete(name="One too many"))


def test_a_whole_new_season_still_goes_in_as_one_step(document):
    # The race import (and any other caller) hands the document a whole season.
    season = edits.update_settings(document.season, name="Imported")
    assert document.edit("Import races", season)
    assert document.season is season and document.undo_stack.undoText() == "Import races"
    assert not document.edit("Nothing", season)  # equal: no step
