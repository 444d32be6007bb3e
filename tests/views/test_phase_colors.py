"""Phase colours: text on every phase fill stays readable in light, dark and odd themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from planner_gui.model.phases import Phase
from planner_gui.views.phase_colors import MIN_TEXT_CONTRAST, phase_color, phase_text_color


def _palette(window: str, base: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    return palette


def test_text_on_every_phase_stands_out_in_light_dark_and_mismatched_themes(qapp):
    themes = {
        "light": _palette("#efefef", "#ffffff", "#000000"),
        "dark": _palette("#2b2b2b", "#1e1e1e", "#f0f0f0"),
        # A light window with light text (a badly mixed custom theme): the palette's
        # text would vanish on the light phase tints.
        "mixed": _palette("#efefef", "#ffffff", "#dddddd"),
    }
    for name, palette in themes.items():
        for phase in Phase:
            fill = phase_color(phase, palette).lightnessF()
            ink = phase_text_color(phase, palette).lightnessF()
            assert abs(fill - ink) >= MIN_TEXT_CONTRAST, (name, phase)


def test_the_palettes_own_text_colour_is_kept_where_it_reads(qapp):
    light = _palette("#efefef", "#ffffff", "#202020")
    assert phase_text_color(Phase.BASE, light).name() == "#202020"
