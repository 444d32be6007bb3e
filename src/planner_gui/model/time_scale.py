"""Mapping between dates and a horizontal coordinate.

Shared by the Qt timeline and the PDF season strip, so both place weeks and races
identically. Pure Python: x is a float in whatever unit the caller draws in.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps dates to x and back: ``x = left + (date - origin).days * day_width``."""

    origin: dt.date
    day_width: float
    left: float = 0.0

    def x_of(self, day: dt.date) -> float:
        """Left edge of ``day``."""
        return self.left + (day.toordinal() - self.origin.toordinal()) * self.day_width

    def date_at(self, x: float) -> dt.date:
        """The day under ``x`` (one-day resolution)."""
        days = math.floor((x - self.left) / self.day_width)
        return dt.date.fromordinal(self.origin.toordinal() + days)

    def span(self, first: dt.date, last: dt.date) -> tuple[float, float]:
        """Left edge of ``first`` and right edge of ``last`` (inclusive days)."""
        return self.x_of(first), self.x_of(last) + self.day_width

    def width_of(self, days: int) -> float:
        """Width of a number of days."""
        return days * self.day_width

    def zoomed(self, factor: float, anchor_x: float) -> TimeScale:
        """The scale zoomed by ``factor`` keeping the date under ``anchor_x`` in place."""
        width = self.day_width * factor
        days_at_anchor = (anchor_x - self.left) / self.day_width
        return TimeScale(self.origin, width, anchor_x - days_at_anchor * width)

    @classmethod
    def fit(cls, first: dt.date, last: dt.date, left: float, right: float) -> TimeScale:
        """A scale that shows ``first`` … ``last`` (inclusive) between ``left`` and ``right``."""
        days = last.toordinal() - first.toordinal() + 1
        return cls(first, (right - left) / max(days, 1), left)
