"""Colours and brushes of the timeline, derived from the widget's palette.

Phase fills come from ``planner_gui.views.phase_colors`` (shared with the plan table);
this module adds what only the timeline needs: the Qt brush of each phase's hatch
(``planner_gui.model.phase_look``, the same patterns as on paper), marker and
warning colours, the grey wash and stripes of days away, and the lane furniture.
Everything is computed once per palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QPen

from planner_gui.model.phase_look import PHASE_LOOKS, Hatch
from planner_gui.model.phases import Phase
from planner_gui.views.phase_colors import is_dark, phase_accent, phase_color, phase_text_color

_QT_HATCH: dict[Hatch, Qt.BrushStyle] = {
    Hatch.NONE: Qt.BrushStyle.NoBrush,
    Hatch.DOTS: Qt.BrushStyle.Dense6Pattern,
    Hatch.RISING: Qt.BrushStyle.BDiagPattern,
    Hatch.LEVEL: Qt.BrushStyle.HorPattern,
    Hatch.CROSS: Qt.BrushStyle.DiagCrossPattern,
    Hatch.FALLING: Qt.BrushStyle.FDiagPattern,
}

PHASE_HATCH: dict[Phase, Qt.BrushStyle] = {
    phase: _QT_HATCH[look.hatch] for phase, look in PHASE_LOOKS.items()
}
"""The hatch drawn over each phase's fill, the same pattern as on the printed sheets."""

AWAY_STRIPE_PERIOD = 6
"""Pixels between the stripes of days away: wider and bolder than any phase's hatch."""


@dataclass(frozen=True)
class TimelineColors:
    """Every colour the timeline paints with, for one palette."""

    key: int
    dark: bool
    background: QColor
    header: QColor
    header_text: QColor
    text: QColor
    muted_text: QColor
    grid: QColor
    month_grid: QColor
    separator: QColor
    selected_lane: QColor
    selected_name: QColor
    selected_name_text: QColor
    highlight: QColor
    marker: QColor
    marker_outline: QColor
    warning: QColor
    warning_text: QColor
    today: QColor
    label_background: QColor
    phase_fill: dict[Phase, QColor]
    phase_hatch: dict[Phase, QBrush]
    phase_text: dict[Phase, QColor]
    phase_border: dict[Phase, QColor]
    away_wash: QColor
    """Translucent grey laid over the phase bands on days away (the phase still shows)."""
    away_stripes: QBrush
    """Bold grey diagonal stripes over the wash, so days away read in grey print too."""
    away_edge: QColor
    """The first and last day away, marked by a line."""

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColors:
        """The timeline's colours for ``palette`` (light or dark)."""
        role = QPalette.ColorRole
        dark = is_dark(palette)
        base = palette.color(role.Base)
        window = palette.color(role.Window)
        text = palette.color(role.Text)
        highlight = palette.color(role.Highlight)
        muted = _mix(text, base, 0.55)
        fills = {phase: phase_color(phase, palette) for phase in Phase}
        hatches: dict[Phase, QBrush] = {}
        borders: dict[Phase, QColor] = {}
        for phase in Phase:
            accent = phase_accent(phase)
            line = QColor(accent.lighter(130) if dark else accent.darker(115))
            line.setAlpha(110 if dark else 95)
            hatches[phase] = QBrush(line, PHASE_HATCH[phase])
            quiet = PHASE_LOOKS[phase].quiet
            borders[phase] = _mix(text, base, 0.8) if quiet else accent
        selected = QColor(highlight)
        selected.setAlpha(60 if dark else 38)
        label_bg = QColor(palette.color(role.ToolTipBase))
        return cls(
            key=palette.cacheKey(),
            dark=dark,
            background=base,
            header=window,
            header_text=palette.color(role.WindowText),
            text=text,
            muted_text=muted,
            grid=_mix(text, base, 0.88),
            month_grid=_mix(text, base, 0.7),
            separator=_mix(text, base, 0.8),
            selected_lane=selected,
            selected_name=highlight,
            selected_name_text=palette.color(role.HighlightedText),
            highlight=highlight,
            marker=text,
            marker_outline=base,
            warning=QColor("#f0a020") if dark else QColor("#d98200"),
            warning_text=QColor("#1a1a1a"),
            today=QColor("#ff5a5a") if dark else QColor("#d0202a"),
            label_background=label_bg,
            phase_fill=fills,
            phase_hatch=hatches,
            phase_text={phase: phase_text_color(phase, palette) for phase in Phase},
            phase_border=borders,
            away_wash=_alpha(_mix(text, base, 0.45), 80 if dark else 70),
            away_stripes=_stripes(_alpha(_mix(text, base, 0.25), 150 if dark else 140)),
            away_edge=_mix(text, base, 0.35),
        )


def _alpha(color: QColor, alpha: int) -> QColor:
    """``color`` with the given opacity (0–255)."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _stripes(color: QColor) -> QBrush:
    """A brush of bold rising stripes, ``AWAY_STRIPE_PERIOD`` apart, in ``color``.

    Qt's own hatch patterns are one pixel thin (the phases use them); these are drawn
    on a small tile whose stripes continue across its edges, so the brush tiles without seams.
    """
    n = AWAY_STRIPE_PERIOD
    tile = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    p = QPainter(tile)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(color, 1.6))
    # The stripes x + y = 0, n and 2n: the same line pattern on every tile.
    p.drawLines([QLineF(-1, c + 1, c + 1, -1) for c in (0, n, 2 * n)])
    p.end()
    return QBrush(tile)


def _mix(a: QColor, b: QColor, amount_b: float) -> QColor:
    """``a`` blended towards ``b`` by ``amount_b`` (0 keeps a, 1 gives b)."""
    k = 1.0 - amount_b
    return QColor.fromRgbF(
        a.redF() * k + b.redF() * amount_b,
        a.greenF() * k + b.greenF() * amount_b,
        a.blueF() * k + b.blueF() * amount_b,
    )
