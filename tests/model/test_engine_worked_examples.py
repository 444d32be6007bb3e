"""The two worked examples of docs/planning-rules.md §3, week by week."""

from __future__ import annotations

import datetime as dt

from planner_gui.model.engine import Flag, WarningCode
from planner_gui.model.phases import Phase
from tests.model.builders import START, plan, race, spans, week, week_day

CITY_MARATHON = race(dt.date(2027, 6, 27), "A", "marathon", "City Marathon", "city")
# Eight weeks later: season week 33.
SECOND = race(dt.date(2027, 8, 22), "A", "marathon", "Harbour Marathon", "harbour")


def test_public_example_marathon_in_week_25() -> None:
    result = plan(CITY_MARATHON)
    assert spans(result) == [
        (1, 9, Phase.FREE, None, None),
        (10, 13, Phase.BASE, 1, 4),
        (14, 17, Phase.STRENGTH, 5, 8),
        (18, 21, Phase.RACE_SPECIFIC, 9, 12),
        (22, 25, Phase.TAPER, 13, 16),
        (26, 27, Phase.RECOVERY, 17, 18),
        (28, 52, Phase.FREE, None, None),
    ]
    first, ninth = week(result, 1), week(result, 9)
    assert (first.start, ninth.end) == (dt.date(2027, 1, 4), dt.date(2027, 3, 7))
    race_week = week(result, 25)
    assert race_week.start <= CITY_MARATHON.date <= race_week.end
    assert race_week.flags == (Flag.RACE_WEEK,)
    assert race_week.races == (CITY_MARATHON,)
    assert result.warnings == ()


def test_public_example_weeks_name_their_main_race() -> None:
    result = plan(CITY_MARATHON)
    named = [w.index for w in result.weeks if w.main_race == CITY_MARATHON]
    assert named == list(range(10, 28))
    assert all(w.main_race is None for w in result.weeks if w.phase is Phase.FREE)


def test_second_a_race_eight_weeks_later_is_compressed() -> None:
    assert week_day(33) == SECOND.date
    result = plan(CITY_MARATHON, SECOND)
    assert spans(result) == [
        (1, 9, Phase.FREE, None, None),
        (10, 13, Phase.BASE, 1, 4),
        (14, 17, Phase.STRENGTH, 5, 8),
        (18, 21, Phase.RACE_SPECIFIC, 9, 12),
        (22, 25, Phase.TAPER, 13, 16),
        (26, 27, Phase.RECOVERY, 17, 18),
        (28, 29, Phase.RACE_SPECIFIC, 11, 12),
        (30, 33, Phase.TAPER, 13, 16),
        (34, 35, Phase.RECOVERY, 17, 18),
        (36, 52, Phase.FREE, None, None),
    ]
    assert [w.index for w in result.weeks if w.main_race == SECOND] == list(range(28, 36))
    [warning] = result.warnings
    assert warning.code is WarningCode.COMPRESSED_BLOCK
    assert warning.race_id == "harbour"
    assert "Harbour Marathon" in warning.message
    assert "6 of its 16 weeks" in warning.message
    assert "City Marathon" in warning.message  # says whose recovery is in the way
    second_block = result.blocks[1]
    assert (second_block.kept_weeks, second_block.full_weeks) == (6, 16)
    assert second_block.compressed and not result.blocks[0].compressed


def test_week_dates_follow_the_season_start() -> None:
    result = plan(CITY_MARATHON)
    for w in result.weeks:
        assert w.start == START + dt.timedelta(weeks=w.index - 1)
        assert w.end == w.start + dt.timedelta(days=6)
