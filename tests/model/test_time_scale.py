"""Dates to x and back: the mapping the timeline and the PDF season strip share."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.model.season import Weekday
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from tests.model.builders import season

ORIGIN = dt.date(2027, 1, 4)
DAY = dt.timedelta(days=1)


def test_the_origin_sits_at_left_and_each_day_is_one_day_width_further() -> None:
    scale = TimeScale(ORIGIN, 4.0, 160.0)
    assert scale.x_of(ORIGIN) == 160.0
    assert scale.x_of(ORIGIN + DAY) == 164.0
    assert scale.x_of(ORIGIN + 7 * DAY) == 188.0
    assert scale.x_of(ORIGIN - DAY) == 156.0  # days before the origin lie left of it


def test_a_day_owns_its_left_edge_and_the_next_day_owns_its_right_edge() -> None:
    scale = TimeScale(ORIGIN, 4.0, 160.0)
    day = ORIGIN + 10 * DAY
    left, right = scale.span(day, day)
    assert (left, right) == (200.0, 204.0)
    assert scale.date_at(left) == day
    assert scale.date_at(right - 0.01) == day
    assert scale.date_at(right) == day + DAY
    assert scale.date_at(left - 0.01) == day - DAY


@pytest.mark.parametrize("day_width", [0.5, 1.0, 3.0, 1234 / 364, 48.0])
@pytest.mark.parametrize("left", [170.0, 0.0, -2345.5])
def test_every_day_of_a_season_comes_back_from_its_middle(day_width: float, left: float) -> None:
    scale = TimeScale(ORIGIN, day_width, left)
    for offset in range(-30, 400):
        day = ORIGIN + offset * DAY
        assert scale.date_at(scale.x_of(day) + day_width / 2) == day


@given(
    offset=st.integers(min_value=-3000, max_value=3000),
    day_width=st.floats(min_value=0.5, max_value=48.0),
    left=st.floats(min_value=-50_000.0, max_value=50_000.0),
    inside=st.floats(min_value=0.01, max_value=0.99),
)
def test_any_point_inside_a_day_maps_back_to_that_day(
    offset: int, day_width: float, left: float, inside: float
) -> None:
    scale = TimeScale(ORIGIN, day_width, left)
    day = ORIGIN + offset * DAY
    assert scale.date_at(scale.x_of(day) + inside * day_width) == day


def test_span_and_width_cover_whole_days() -> None:
    scale = TimeScale(ORIGIN, 3.0, 10.0)
    first, last = ORIGIN + 7 * DAY, ORIGIN + 13 * DAY
    assert scale.span(first, last) == (31.0, 52.0)
    assert scale.width_of(7) == 21.0
    assert scale.width_of(0) == 0.0


@pytest.mark.parametrize("anchor_x", [150.0, 613.5, 1390.0])
@pytest.mark.parametrize("factor", [1.25, 0.8, 4.0])
def test_zooming_keeps_the_date_under_the_anchor_where_it_was(
    anchor_x: float, factor: float
) -> None:
    scale = TimeScale(ORIGIN, 3.0, 160.0 - 250.0)  # scrolled 250 px to the right
    zoomed = scale.zoomed(factor, anchor_x)
    assert zoomed.origin == scale.origin
    assert zoomed.day_width == pytest.approx(3.0 * factor)
    assert zoomed.date_at(anchor_x) == scale.date_at(anchor_x)
    for offset in (0, 45, 200, 363):
        day = ORIGIN + offset * DAY
        # Every date moves away from (or towards) the anchor by the zoom factor.
        assert zoomed.x_of(day) - anchor_x == pytest.approx(factor * (scale.x_of(day) - anchor_x))


def test_zooming_in_and_back_out_returns_to_the_same_mapping() -> None:
    scale = TimeScale(ORIGIN, 2.5, 170.0)
    back = scale.zoomed(1.25, 700.0).zoomed(1 / 1.25, 700.0)
    assert back.day_width == pytest.approx(scale.day_width)
    assert back.left == pytest.approx(scale.left)


@pytest.mark.parametrize("week_start", [Weekday.MONDAY, Weekday.SUNDAY, Weekday.SATURDAY])
def test_a_fitted_season_fills_the_strip_from_its_first_to_its_last_day(
    week_start: Weekday,
) -> None:
    calendar = SeasonCalendar.of(season(start=ORIGIN, weeks=52, week_start=week_start))
    scale = TimeScale.fit(calendar.start, calendar.end, 160.0, 1380.0)
    assert scale.origin == calendar.start
    assert scale.x_of(calendar.start) == 160.0
    assert scale.span(calendar.start, calendar.end)[1] == pytest.approx(1380.0)
    assert scale.day_width == pytest.approx(1220.0 / (52 * 7))
    # Week k starts (k - 1) weeks right of the strip's left edge.
    for week in (1, 2, 26, 52):
        expected = 160.0 + (week - 1) * 7 * scale.day_width
        assert scale.x_of(calendar.week_start_date(week)) == pytest.approx(expected)
    # Just inside the edges lie the season's first and last days; beyond them, the days around.
    assert scale.date_at(160.01) == calendar.start
    assert scale.date_at(159.99) == calendar.start - DAY
    assert scale.date_at(1379.99) == calendar.end
    assert scale.date_at(1380.01) == calendar.end + DAY


def test_a_one_day_range_fills_the_strip_and_a_backwards_one_never_divides_by_zero() -> None:
    one = TimeScale.fit(ORIGIN, ORIGIN, 0.0, 100.0)
    assert one.day_width == 100.0
    backwards = TimeScale.fit(ORIGIN, ORIGIN - 5 * DAY, 0.0, 100.0)
    assert backwards.day_width == 100.0


def test_equal_scales_are_equal_and_hash_alike_so_cached_layers_can_key_on_them() -> None:
    a = TimeScale(ORIGIN, 3.0, 160.0)
    assert a == TimeScale(ORIGIN, 3.0, 160.0)
    assert hash(a) == hash(TimeScale(ORIGIN, 3.0, 160.0))
    assert a != a.zoomed(1.25, 500.0)
    assert a != TimeScale(ORIGIN, 3.0, 159.0)  # scrolled by one pixel
