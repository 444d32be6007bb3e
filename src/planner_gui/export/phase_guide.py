"""The one-page phase guide: what each phase is for and what it prescribes."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.legend import LEGEND_PHASES, Swatch
from planner_gui.export.stamp import Stamp
from planner_gui.export.styles import EMPTY, INK, ruled_table, styles, wrap_lines
from planner_gui.model.engine import AthletePlan
from planner_gui.model.phases import PHASE_SUMMARIES, RUNNING_FOCUS, Phase, strength_for
from planner_gui.model.season import Distance

SIZE = 8.0
LEADING = 10.0
PAD = 4.0
_LABEL_W = 58.0
_FRACTIONS = (0.16, 0.25, 0.40, 0.19)

# Plain pre-wrapped strings rather than Paragraphs: the guide repeats for every
# athlete, and wrapped strings are computed once (``wrap_lines`` caches them).
_TEXT_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), SIZE),
    ("LEADING", (0, 0), (-1, -1), LEADING),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _race_specific_focus(distances: Sequence[Distance]) -> str:
    """The race-specific focus, once per distinct text among the athlete's main races."""
    variants: dict[str, list[str]] = {}
    options: list[Distance | None] = [*distances] or [None]
    for distance in options:
        focus = strength_for(Phase.RACE_SPECIFIC, distance).focus
        variants.setdefault(focus, []).append(distance.label.lower() if distance else "")
    if len(variants) == 1:
        return next(iter(variants))
    return "\n".join(f"For the {' / '.join(labels)}: {focus}" for focus, labels in variants.items())


def _strength_table(phase: Phase, distances: Sequence[Distance], width: float) -> Table:
    s = strength_for(phase, distances[0] if len(distances) == 1 else None)
    focus = _race_specific_focus(distances) if phase is Phase.RACE_SPECIFIC else s.focus
    value_w = width - _LABEL_W
    rows = [
        [label, wrap_lines(value or EMPTY, value_w - 2, SIZE)]
        for label, value in (
            ("Sessions", f"{s.sessions_text} a week"),
            ("Sets × reps", s.sets_reps),
            ("Rest", s.rest),
            ("Effort", s.effort),
            ("Focus", focus),
        )
    ]
    return Table(rows, colWidths=[_LABEL_W, value_w], hAlign="LEFT", style=TableStyle([
        *_TEXT_STYLE,
        ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))


def _name_cell(phase: Phase, width: float) -> Table:
    return Table(
        [[Swatch(phase)], [wrap_lines(phase.label, width - 2, SIZE, True)]],
        hAlign="LEFT",
        style=TableStyle([
            *_TEXT_STYLE,
            ("FONTNAME", (0, 1), (0, 1), FONT_BOLD),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]),
    )


def phase_guide(plan: AthletePlan, athlete_name: str, width: float) -> list[Flowable]:
    """Heading, introduction and the guide table, sized for a portrait frame."""
    st = styles()
    distances: list[Distance] = []
    for block in plan.blocks:
        if block.race.distance not in distances:
            distances.append(block.race.distance)
    intro = (
        f"What each phase asks of {escape(athlete_name)}'s strength work and running. "
        "The week-by-week table gives the same prescription for every week; a field "
        f"left as {EMPTY} is not prescribed. Effort is given as RPE, the rate of "
        "perceived exertion from 1 (very easy) to 10 (maximal)."
    )
    key = "phase-guide|" + ",".join(d.value for d in distances)
    return [
        Paragraph(f"Phase guide — {escape(athlete_name)}", st["h2"]),
        Paragraph(intro, st["small"]),
        Stamp(key, lambda: guide_table(distances, width)),
    ]


def guide_table(distances: Sequence[Distance], width: float) -> Table:
    """Every phase with its purpose, strength prescription and running focus."""
    widths = [width * f for f in _FRACTIONS]
    inner = [w - 2 * PAD for w in widths]
    rows: list[list[object]] = [["Phase", "What it is for", "Strength work", "Running"]]
    for phase in LEGEND_PHASES:
        rows.append([
            _name_cell(phase, inner[0]),
            wrap_lines(PHASE_SUMMARIES[phase], inner[1], SIZE),
            _strength_table(phase, distances, inner[2]),
            wrap_lines(RUNNING_FOCUS[phase], inner[3], SIZE),
        ])
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
        *_TEXT_STYLE,
        *ruled_table(bottom_padding=4, pad=PAD),
    ]))
