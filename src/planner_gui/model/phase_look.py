"""How each training phase looks, on screen and on paper.

One table serves the window (``views/phase_colors.py`` and the timeline's
``timeline_colors.py``) and the PDF sheets (``export/phase_style.py``), so a coach
sees the same tint, hatch, code and legend order in both places. Those modules only
turn this table into Qt colours and brushes or ReportLab colours and paths. Plain
Python: neither Qt nor ReportLab is imported here.

Colours alone vanish on a black-and-white printer and for some colour-vision
deficiencies, so every phase also has its own hatch and a short code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner_gui.model.phases import BLOCK_PHASES, Phase


class Hatch(StrEnum):
    """A fill pattern that tells phases apart without colour."""

    NONE = "none"
    DOTS = "dots"
    RISING = "rising"  # ////
    LEVEL = "level"  # ====
    CROSS = "cross"  # XXXX
    FALLING = "falling"  # \\\\


@dataclass(frozen=True, slots=True)
class PhaseLook:
    """The appearance of one phase (colours as ``#rrggbb``)."""

    light: str
    """Fill behind text on a light background (and on paper)."""
    dark: str
    """Fill behind text on a dark background."""
    accent: str
    """Strong colour for borders, thin strips and hatch lines."""
    hatch: Hatch
    code: str
    """One or two letters for bands too narrow for the phase's short label."""
    quiet: bool = False
    """Blends with the background: on screen its fill follows the theme's base colour,
    and its bands get no border and no name (free weeks: time away from blocks)."""


# Hues chosen to stay apart for the common colour-vision deficiencies: green, blue,
# orange, red-purple and teal also differ in lightness.
PHASE_LOOKS: dict[Phase, PhaseLook] = {
    Phase.FREE: PhaseLook("#ececec", "#3a3a3a", "#9e9e9e", Hatch.NONE, "F", quiet=True),
    Phase.BASE: PhaseLook("#d4ecc8", "#2e5527", "#4f9a3c", Hatch.DOTS, "B"),
    Phase.STRENGTH: PhaseLook("#c9dbf3", "#27466d", "#3f72b8", Hatch.RISING, "S"),
    Phase.RACE_SPECIFIC: PhaseLook("#fbe0b5", "#6b4818", "#d98a1c", Hatch.LEVEL, "RS"),
    Phase.TAPER: PhaseLook("#f3c9d4", "#6a2a3c", "#c2456a", Hatch.CROSS, "T"),
    Phase.RECOVERY: PhaseLook("#c8ebe6", "#1f5550", "#2f9c8f", Hatch.FALLING, "R"),
}

LEGEND_ORDER: tuple[Phase, ...] = (*BLOCK_PHASES, Phase.RECOVERY, Phase.FREE)
"""Phases in the order a coach reads a block, in every legend: base first, free weeks last."""
