"""Where phase names go on the bands: inside their run, clear of race markers and lines.

A race marker or line drawn over a phase name hides it (the coach overview once
put a B race's triangle on "Race-spec."), so names step aside as they do on the
timeline, and fall back to the phase's code, or to nothing, when no gap is wide
enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.fonts import FONT
from planner_gui.export.phase_style import LOOKS
from planner_gui.model.phases import Phase

BACKING = 3.0
"""The white backing behind a name is this much wider than the text."""


@dataclass(frozen=True, slots=True)
class BandLabel:
    """A phase name placed on a band: its text and the x range of its backing."""

    text: str
    left: float
    right: float

    @property
    def centre(self) -> float:
        """Where the text is centred."""
        return (self.left + self.right) / 2


def free_spot(
    left: float, right: float, width: float, obstacles: Sequence[tuple[float, float]]
) -> float | None:
    """Start of a ``width`` wide gap in ``left`` … ``right`` that misses every obstacle.

    Of all such starts the one nearest to centring the label is taken, so a name
    stays in the middle of its run whenever nothing is in the way.
    """
    gaps: list[tuple[float, float]] = []
    start = left
    for lo, hi in sorted(obstacles):
        if hi <= start:
            continue
        if lo >= right:
            break
        gaps.append((start, lo))
        start = hi
    gaps.append((start, right))
    ideal = (left + right - width) / 2
    best: float | None = None
    for lo, hi in gaps:
        if hi - lo < width:
            continue
        spot = min(max(ideal, lo), hi - width)
        if best is None or abs(spot - ideal) < abs(best - ideal):
            best = spot
    return best


def band_labels(
    runs: Sequence[tuple[Phase, float, float]],
    size: float,
    obstacles: Sequence[tuple[float, float]] = (),
) -> list[BandLabel]:
    """Names for runs given as (phase, left x, right x), at font ``size``.

    Each run gets its short label, else its code, wherever it misses the
    ``obstacles`` (x ranges of markers and race lines); runs with no such room stay
    unnamed.
    """
    placed = []
    for phase, left, right in runs:
        for text in (phase.short_label, LOOKS[phase].code):
            width = stringWidth(text, FONT, size) + BACKING
            start = free_spot(left, right, width, obstacles)
            if start is not None:
                placed.append(BandLabel(text, start, start + width))
                break
    return placed
