"""The one-page phase guide: what each phase is for and what it prescribes."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.legend import LEGEND_PHASES, Swatch
from planner_gui.export.styles import EMPTY, HEADER_FILL, INK, RULE, styles
from planner_gui.model.engine import AthletePlan
from planner_gui.model.phases import PHASE_SUMMARIES, RUNNING_FOCUS, Phase, strength_for
from planner_gui.model.season import Distance


def _race_specific_focus(distances: Sequence[Distance]) -> str:
    """The race-specific focus, once per distinct text among the athlete's main races."""
    variants: dict[str, list[str]] = {}
    options: list[Distance | None] = [*distances] or [None]
    for distance in options:
        focus = strength_for(Phase.RACE_SPECIFIC, distance).focus
        variants.setdefault(focus, []).append(distance.label.lower() if distance else "")
    if len(variants) == 1:
        return escape(next(iter(variants)))
    return "<br/>".join(
        f"<b>{escape(' / '.join(labels))}:</b> {escape(focus)}"
        for focus, labels in variants.items()
    )


def _strength_text(phase: Phase, distances: Sequence[Distance]) -> str:
    s = strength_for(phase, distances[0] if len(distances) == 1 else None)
    parts = [
        f"<b>Sessions a week:</b> {escape(s.sessions_text)}",
        f"<b>Sets × reps:</b> {escape(s.sets_reps or EMPTY)}",
        f"<b>Rest:</b> {escape(s.rest or EMPTY)}",
        f"<b>Effort:</b> {escape(s.effort or EMPTY)}",
    ]
    focus = _race_specific_focus(distances) if phase is Phase.RACE_SPECIFIC else escape(s.focus)
    return "<br/>".join(parts) + f"<br/><b>Focus:</b> {focus}"


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
    header = [Paragraph(f"<b>{t}</b>", st["cell"]) for t in
              ("Phase", "What it is for", "Strength work", "Running")]
    rows: list[list[object]] = [header]
    for phase in LEGEND_PHASES:
        name = Table([[Swatch(phase)], [Paragraph(f"<b>{escape(phase.label)}</b>", st["cell"])]],
                     style=[("FONTNAME", (0, 0), (-1, -1), FONT),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)],
                     hAlign="LEFT")
        rows.append([
            name,
            Paragraph(escape(PHASE_SUMMARIES[phase]), st["cell"]),
            Paragraph(_strength_text(phase, distances), st["cell"]),
            Paragraph(escape(RUNNING_FOCUS[phase]), st["cell"]),
        ])
    widths = [width * f for f in (0.17, 0.25, 0.38, 0.20)]
    table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [
        Paragraph(f"Phase guide — {escape(athlete_name)}", st["h2"]),
        Paragraph(intro, st["small"]),
        KeepTogether([table]),
    ]
