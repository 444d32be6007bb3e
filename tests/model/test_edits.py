"""Pure edits: each returns a new season and leaves the old one as it was."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from planner_gui.model.demo import load_demo
from planner_gui.model.edits import (
    add_athlete,
    add_race,
    athlete_index,
    find_race,
    move_athlete,
    move_race,
    remove_athlete,
    remove_race,
    update_athlete,
    update_race,
    update_settings,
)
from planner_gui.model.season import Athlete, Distance, Methodology, Priority, Race, Season


@pytest.fixture
def demo() -> Season:
    return load_demo()


def test_find_race_and_athlete_index(demo: Season) -> None:
    loc = find_race(demo, "bjorn-lakes-marathon")
    assert (loc.athlete.id, loc.athlete_index, loc.race_index) == ("bjorn", 1, 1)
    assert loc.race.name == "Lakes Marathon"
    assert athlete_index(demo, "eleni") == 3
    with pytest.raises(KeyError):
        find_race(demo, "nope")
    with pytest.raises(KeyError):
        athlete_index(demo, "nope")


def test_update_race_changes_one_race_and_shares_the_rest(demo: Season) -> None:
    edited = update_race(
        demo, "ana-city-marathon", priority=Priority.B, distance=Distance.HALF_MARATHON
    )
    race = find_race(edited, "ana-city-marathon").race
    assert (race.priority, race.distance) == (Priority.B, Distance.HALF_MARATHON)
    assert find_race(demo, "ana-city-marathon").race.priority is Priority.A  # old kept
    assert edited.athletes[1] is demo.athletes[1]  # other athletes shared
    assert edited.athletes[0].races[0] is demo.athletes[0].races[0]


def test_update_race_validates(demo: Season) -> None:
    with pytest.raises(ValidationError):
        update_race(demo, "ana-city-marathon", name="")
    with pytest.raises(ValidationError):
        update_race(demo, "ana-city-marathon", date=dt.date(1800, 1, 1))
    with pytest.raises(ValueError, match="already used"):
        update_race(demo, "ana-city-marathon", id="bjorn")


def test_add_race_at_the_end_or_at_an_index(demo: Season) -> None:
    new = Race(id="ana-new", name="New 10k", date=dt.date(2027, 9, 5), distance=Distance.TEN_K)
    at_end = add_race(demo, "ana", new)
    assert at_end.athletes[0].races[-1] == new
    first = add_race(demo, "ana", new, index=0)
    assert first.athletes[0].races[0] == new
    assert len(demo.athletes[0].races) == 4


def test_add_race_refuses_an_id_in_use_and_a_full_calendar(demo: Season) -> None:
    clash = Race(id="bjorn-lakes-marathon", name="Clash", date=dt.date(2027, 9, 5))
    with pytest.raises(ValueError, match="already used"):
        add_race(demo, "ana", clash)
    full = Athlete(
        id="full",
        name="Full",
        races=tuple(Race(name="R", date=dt.date(2027, 1, 4)) for _ in range(300)),
    )
    season = add_athlete(demo, full)
    with pytest.raises(ValueError, match="300 races"):
        add_race(season, "full", Race(name="One more", date=dt.date(2027, 5, 1)))


def test_remove_race(demo: Season) -> None:
    edited = remove_race(demo, "ana-parkrun")
    assert [r.id for r in edited.athletes[0].races] == [
        "ana-spring-half",
        "ana-city-marathon",
        "ana-autumn-marathon",
    ]


def test_move_race_on_its_own_calendar(demo: Season) -> None:
    day = dt.date(2027, 7, 4)
    edited, race_id = move_race(demo, "ana-city-marathon", day)
    assert race_id == "ana-city-marathon"
    loc = find_race(edited, race_id)
    assert (loc.athlete.id, loc.race_index, loc.race.date) == ("ana", 1, day)
    assert loc.race.name == "City Marathon"


def test_move_race_to_another_athlete(demo: Season) -> None:
    edited, race_id = move_race(demo, "ana-city-marathon", dt.date(2027, 7, 4), "kofi")
    assert race_id == "ana-city-marathon"
    assert find_race(edited, race_id).athlete.id == "kofi"
    assert "ana-city-marathon" not in [r.id for r in edited.athletes[0].races]
    assert len(edited.athletes[5].races) == 3


def test_copy_race_gets_a_new_id_and_keeps_the_original(demo: Season) -> None:
    edited, copy_id = move_race(demo, "ana-city-marathon", dt.date(2027, 9, 5), "zoe", copy=True)
    assert copy_id != "ana-city-marathon"
    assert find_race(edited, "ana-city-marathon").race.date == dt.date(2027, 6, 27)
    copied = find_race(edited, copy_id)
    assert (copied.athlete.id, copied.race.name, copied.race.date) == (
        "zoe",
        "City Marathon",
        dt.date(2027, 9, 5),
    )


def test_move_race_validates_the_day(demo: Season) -> None:
    with pytest.raises(ValidationError):
        move_race(demo, "ana-city-marathon", dt.date(2201, 1, 1))


def test_athlete_edits(demo: Season) -> None:
    new = Athlete(id="mia", name="Mia Søndergaard")
    added = add_athlete(demo, new, index=1)
    assert [a.id for a in added.athletes][:3] == ["ana", "mia", "bjorn"]
    with pytest.raises(ValidationError):
        add_athlete(demo, Athlete(id="ana", name="Another Ana"))
    assert [a.id for a in remove_athlete(demo, "bjorn").athletes][:2] == ["ana", "zoe"]
    renamed = update_athlete(demo, "kofi", name="Kofi A. Mensah", notes="Back running")
    assert (renamed.athletes[5].name, renamed.athletes[5].notes) == (
        "Kofi A. Mensah",
        "Back running",
    )
    with pytest.raises(ValidationError):
        update_athlete(demo, "kofi", name="x" * 201)
    assert [a.id for a in move_athlete(demo, "saoirse", 0).athletes][:2] == ["saoirse", "ana"]
    assert move_athlete(demo, "ana", 99).athletes[-1].id == "ana"
    assert move_athlete(demo, "ana", -5).athletes[0].id == "ana"


def test_update_settings_validates(demo: Season) -> None:
    edited = update_settings(
        demo, weeks=26, week_start="sunday", methodology=Methodology(taper=2)
    )
    assert (edited.weeks, edited.week_start.value, edited.methodology.taper) == (26, "sunday", 2)
    with pytest.raises(ValidationError):
        update_settings(demo, weeks=0)
    with pytest.raises(ValidationError):
        update_settings(demo, start=dt.date(1899, 1, 1))
