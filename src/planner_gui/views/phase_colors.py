"""The colour of each training phase, defined once for every view.

The plan table, the legend and the timeline paint phases with these colours. Each
phase has a soft fill that reads well behind text (a light tint on a light palette, a
deep shade on a dark one) and a stronger accent for thin strips and borders. Free
weeks take their fill from the palette, so the off-season stays quiet in any theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner_gui.model.phases import Phase

# (fill on a light palette, fill on a dark palette, accent): hues chosen to stay apart
# for the common colour-vision deficiencies (green/blue/orange/red-purple/teal differ
# in lightness as well as hue).
_COLOURS: dict[Phase, tuple[str, str, str]] = {
    Phase.FREE: ("#ececec", "#3a3a3a", "#9e9e9e"),
    Phase.BASE: ("#d4ecc8", "#2e5527", "#4f9a3c"),
    Phase.STRENGTH: ("#c9dbf3", "#27466d", "#3f72b8"),
    Phase.RACE_SPECIFIC: ("#fbe0b5", "#6b4818", "#d98a1c"),
    Phase.TAPER: ("#f3c9d4", "#6a2a3c", "#c2456a"),
    Phase.RECOVERY: ("#c8ebe6", "#1f5550", "#2f9c8f"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (default: the application's) is a dark theme."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def phase_color(phase: Phase, palette: QPalette | None = None) -> QColor:
    """The fill of a phase: readable behind the palette's normal text colour."""
    palette = palette or QApplication.palette()
    light, dark, _ = _COLOURS[phase]
    if phase is Phase.FREE:
        # Free weeks blend with the background: a step from the base colour.
        base = palette.color(QPalette.ColorRole.Base)
        return base.darker(108) if not is_dark(palette) else base.lighter(140)
    return QColor(dark if is_dark(palette) else light)


def phase_accent(phase: Phase) -> QColor:
    """A strong colour of a phase for thin strips, borders and markers (any theme)."""
    return QColor(_COLOURS[phase][2])


def phase_text_color(phase: Phase, palette: QPalette | None = None) -> QColor:
    """The text colour to draw on ``phase_color(phase)``."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Text)
