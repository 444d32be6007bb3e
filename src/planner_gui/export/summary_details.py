"""The summary page's individual parts: lifting days, own phase lengths, time away."""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.styles import EMPTY, HEADER_FILL, INK, RULE, wrap_lines
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.exercises import sessions_for
from planner_gui.model.phases import Phase
from planner_gui.model.season import (
    LENGTH_KEYS,
    PHASE_KEYS,
    Athlete,
    AwayPeriod,
    Methodology,
    Weekday,
)

SIZE = 8.0
NOTES_MAX = 400
"""A table row cannot break across pages: longer notes are cut short."""
_LABEL_W = 118.0

_TEXT_STYLE: list[tuple[object, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, SIZE, 10),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _weeks(count: int) -> str:
    return f"{count} week{'' if count == 1 else 's'}"


def _day_list(days: tuple[Weekday, ...]) -> str:
    names = [day.value.capitalize() for day in days]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def own_settings(athlete: Athlete, season: Methodology) -> list[tuple[str, str]]:
    """What the athlete's plan does differently from the squad's, as (label, text) rows.

    The lifting days always show (an athlete needs them to follow the calendar); phase
    lengths and sessions a week only where the athlete has their own.
    """
    rows = [("Lifting days", f"{_day_list(athlete.strength_days)}"
             + (" (in this order of preference)" if len(athlete.strength_days) > 1 else ""))]
    own = athlete.methodology
    if own is None:
        return rows
    lengths = [
        f"{Phase(key).label} {_weeks(value)} (squad: {getattr(season, key)})"
        for key in LENGTH_KEYS if (value := getattr(own, key)) is not None
    ]
    if lengths:
        rows.append(("Own phase lengths", "; ".join(lengths)))
    sessions = [
        f"{Phase(key).label} {value} (squad: {sessions_for(season, Phase(key))})"
        for key in PHASE_KEYS if (value := getattr(own.sessions, key)) is not None
    ]
    if sessions:
        rows.append(("Own sessions a week", "; ".join(sessions)))
    return rows


def settings_table(rows: list[tuple[str, str]], width: float) -> Table:
    """Label and text rows, labels in bold."""
    value_w = width - _LABEL_W
    cells = [[label, wrap_lines(text, value_w - 4, SIZE)] for label, text in rows]
    return Table(cells, colWidths=[_LABEL_W, value_w], hAlign="LEFT", style=TableStyle([
        *_TEXT_STYLE,
        ("FONTNAME", (0, 0), (0, -1), FONT_BOLD),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))


def _dates(period: AwayPeriod) -> str:
    if period.start == period.end:
        return format_date(period.start)
    return format_range(period.start, period.end)


def away_list(athlete: Athlete, width: float) -> Flowable:
    """Every away period by date: dates, days, reason and the coach's note."""
    periods = sorted(athlete.away, key=lambda p: (p.start, p.end))
    widths = [118.0, 38.0, 62.0]
    widths.append(width - sum(widths))
    rows: list[list[object]] = [["Dates", "Days", "Reason", "Note"]]
    for period in periods:
        note = period.note if len(period.note) <= NOTES_MAX else period.note[:NOTES_MAX] + "…"
        rows.append([
            wrap_lines(_dates(period), widths[0] - 12, SIZE),
            str((period.end - period.start).days + 1),
            period.reason.label,
            wrap_lines(note or EMPTY, widths[3] - 12, SIZE),
        ])
    return Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
        *_TEXT_STYLE,
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
    ]))
