"""Vertical geometry of the timeline: which athlete's lane sits at which y.

The horizontal twin is ``planner_gui.model.time_scale.TimeScale`` (date ↔ x). Lanes
have one fixed height; inside a lane the phase band runs along the top, race markers
sit on the band's middle and race names go underneath.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

HEADER_HEIGHT = 40
"""Month row plus week-number row, fixed at the top of the viewport."""
MONTH_ROW = 20
NAME_WIDTH = 150
"""Lane-name column, fixed at the left of the viewport."""
CONTENT_PAD = 10
"""Space between the name column and the first day of the season."""

LANE_HEIGHT = 50
BAND_TOP = 6
BAND_HEIGHT = 22
MARKER_Y = BAND_TOP + BAND_HEIGHT / 2
LABEL_TOP = BAND_TOP + BAND_HEIGHT + 3
LABEL_HEIGHT = LANE_HEIGHT - LABEL_TOP - 3


def in_lanes(x: float, y: float) -> bool:
    """Whether viewport (x, y) is on the lanes (not on the header or the name column)."""
    return x >= NAME_WIDTH and y >= HEADER_HEIGHT


@dataclass(frozen=True, slots=True)
class LaneLayout:
    """Maps athletes to lanes and lanes to y, in viewport coordinates."""

    athlete_ids: tuple[str, ...]
    top: float
    """y of the first lane's top edge (the header height minus the vertical scroll)."""
    lane_height: int = LANE_HEIGHT

    @property
    def total_height(self) -> int:
        """Height of all lanes together."""
        return len(self.athlete_ids) * self.lane_height

    def index_of(self, athlete_id: str) -> int:
        """Lane index of an athlete (ValueError if absent)."""
        return self.athlete_ids.index(athlete_id)

    def lane_top(self, index: int) -> float:
        """y of the top edge of lane ``index``."""
        return self.top + index * self.lane_height

    def index_at(self, y: float) -> int | None:
        """The lane index at ``y``, or None above the first or below the last lane."""
        index = math.floor((y - self.top) / self.lane_height)
        return index if 0 <= index < len(self.athlete_ids) else None

    def nearest_index(self, y: float) -> int | None:
        """The lane at ``y``, clamped to the first and last lane (None without lanes)."""
        if not self.athlete_ids:
            return None
        index = math.floor((y - self.top) / self.lane_height)
        return max(0, min(index, len(self.athlete_ids) - 1))

    def visible_range(self, y0: float, y1: float) -> range:
        """Indices of lanes that intersect ``y0`` … ``y1``."""
        first = max(0, math.floor((y0 - self.top) / self.lane_height))
        last = min(len(self.athlete_ids), math.ceil((y1 - self.top) / self.lane_height))
        return range(first, max(first, last))
