"""Athletes to lanes and lanes to y: where a press, a drop or a scroll finds an athlete."""

from __future__ import annotations

import pytest

from planner_gui.views.timeline.lane_layout import (
    HEADER_HEIGHT,
    LANE_HEIGHT,
    NAME_WIDTH,
    LaneLayout,
    in_lanes,
)

IDS = ("ana", "bjorn", "zoe", "kofi")


def test_lanes_stack_one_lane_height_apart_from_the_top() -> None:
    lanes = LaneLayout(IDS, HEADER_HEIGHT)
    assert [lanes.lane_top(i) for i in range(4)] == [40, 90, 140, 190]
    assert lanes.total_height == 4 * LANE_HEIGHT
    assert LaneLayout((), HEADER_HEIGHT).total_height == 0


def test_each_athlete_is_found_on_every_pixel_row_of_their_lane_and_only_there() -> None:
    lanes = LaneLayout(IDS, HEADER_HEIGHT - 35)  # scrolled down 35 px
    for athlete_id in IDS:
        index = lanes.index_of(athlete_id)
        top = lanes.lane_top(index)
        for dy in (0, 0.5, LANE_HEIGHT / 2, LANE_HEIGHT - 0.01):
            assert lanes.index_at(top + dy) == index
            assert lanes.athlete_ids[lanes.nearest_index(top + dy) or 0] == athlete_id
        assert lanes.index_at(top + LANE_HEIGHT) != index  # the bottom edge is the next lane's


def test_an_athlete_not_on_the_roster_has_no_lane() -> None:
    with pytest.raises(ValueError):
        LaneLayout(IDS, HEADER_HEIGHT).index_of("dmitry")


def test_above_the_first_and_below_the_last_lane_there_is_no_lane_unless_clamped() -> None:
    lanes = LaneLayout(IDS, HEADER_HEIGHT)
    bottom = lanes.lane_top(0) + lanes.total_height
    assert lanes.index_at(HEADER_HEIGHT - 0.01) is None
    assert lanes.index_at(HEADER_HEIGHT) == 0
    assert lanes.index_at(bottom - 0.01) == 3
    assert lanes.index_at(bottom) is None
    # A race dragged past the first or last lane stays on that lane.
    assert lanes.nearest_index(-500) == 0
    assert lanes.nearest_index(bottom + 500) == 3
    assert LaneLayout((), HEADER_HEIGHT).nearest_index(HEADER_HEIGHT) is None
    assert LaneLayout((), HEADER_HEIGHT).index_at(HEADER_HEIGHT) is None


def test_visible_range_holds_every_lane_a_strip_touches_even_partly() -> None:
    lanes = LaneLayout(IDS, HEADER_HEIGHT - 60)  # the first lane is scrolled away, the second cut
    assert lanes.lane_top(1) == 30
    assert lanes.visible_range(HEADER_HEIGHT, HEADER_HEIGHT + 60) == range(1, 3)
    assert lanes.visible_range(HEADER_HEIGHT, 1000) == range(1, 4)
    assert lanes.visible_range(HEADER_HEIGHT, lanes.lane_top(3)) == range(1, 3)
    assert lanes.visible_range(1000, 2000) == range(4, 4)  # below the last lane: none
    assert LaneLayout((), HEADER_HEIGHT).visible_range(0, 500) == range(0, 0)


@pytest.mark.parametrize(
    ("x", "y", "inside"),
    [
        (NAME_WIDTH, HEADER_HEIGHT, True),
        (NAME_WIDTH + 300, HEADER_HEIGHT + 100, True),
        (NAME_WIDTH - 0.5, HEADER_HEIGHT + 100, False),  # the name column
        (NAME_WIDTH + 300, HEADER_HEIGHT - 0.5, False),  # the week header
        (0, 0, False),
    ],
)
def test_in_lanes_excludes_the_name_column_and_the_header(x: float, y: float, inside: bool) -> None:
    assert in_lanes(x, y) is inside
