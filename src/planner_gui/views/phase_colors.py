"""The colour of each training phase, defined once for every view.

The plan table, the legend and the timeline paint phases with these colours. Each
phase has a soft fill that reads well behind text (a light tint on a light palette, a
deep shade on a dark one) and a stronger accent for thin strips and borders. Free
weeks take their fill from the palette, so the off-season stays quiet in any theme.
The colours themselves live in ``planner_gui.model.phase_look``, shared with the PDF;
this module only turns them into ``QColor``s for a palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from planner_gui.model.phase_look import PHASE_LOOKS
from planner_gui.model.phases import Phase

MIN_TEXT_CONTRAST = 0.4
"""Lightness apart that text needs from the fill behind it to be read easily."""


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (default: the application's) is a dark theme."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def phase_color(phase: Phase, palette: QPalette | None = None) -> QColor:
    """The fill of a phase: readable behind the palette's normal text colour."""
    palette = palette or QApplication.palette()
    look = PHASE_LOOKS[phase]
    if look.quiet:
        # Free weeks blend with the background: a step from the base colour.
        base = palette.color(QPalette.ColorRole.Base)
        return base.darker(108) if not is_dark(palette) else base.lighter(140)
    return QColor(look.dark if is_dark(palette) else look.light)


def phase_accent(phase: Phase) -> QColor:
    """A strong colour of a phase for thin strips, borders and markers (any theme)."""
    return QColor(PHASE_LOOKS[phase].accent)


def phase_text_color(phase: Phase, palette: QPalette | None = None) -> QColor:
    """The text colour to draw on ``phase_color(phase)``.

    The palette's text colour, as long as it stands out from the fill; on a fill of
    the other lightness (a custom or high-contrast theme) black or white instead.
    """
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    fill = phase_color(phase, palette)
    if abs(text.lightnessF() - fill.lightnessF()) >= MIN_TEXT_CONTRAST:
        return text
    return QColor(Qt.GlobalColor.black if fill.lightnessF() >= 0.5 else Qt.GlobalColor.white)
