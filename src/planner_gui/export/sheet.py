"""One athlete's plan sheet: summary, week-by-week table, day-by-day calendar, exercises,
phase guide."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from planner_gui.export.calendar_grid import CalendarGrid
from planner_gui.export.exercise_page import exercise_page
from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.keep_with_start import KeepWithStart
from planner_gui.export.legend import stamped_legend
from planner_gui.export.page_furniture import OutlineEntry, SectionStart
from planner_gui.export.phase_guide import phase_guide
from planner_gui.export.season_strip import SeasonStrip
from planner_gui.export.styles import EMPTY, HEADER_FILL, INK, RULE, styles, wrap_lines
from planner_gui.export.summary_details import away_list, own_settings, settings_table
from planner_gui.export.week_table import week_table
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.engine import AthletePlan, Flag
from planner_gui.model.race_look import priority_choice, race_glyph
from planner_gui.model.season import Athlete, Priority, Race, Season
from planner_gui.model.weeks import SeasonCalendar

PORTRAIT, LANDSCAPE = "portrait", "landscape"
"""Page template ids shared with the document template in ``pdf.py``."""

_NOTES_MAX = 400  # a table row cannot break across pages: long notes are cut short
CALENDAR_KEY = (
    "☐ A strength session, tinted by its phase, with its sets × reps and effort (the "
    "exercise page lists what to do): tick it when done. Races: ◆ A (main), ▲ B, ● C. "
    "Hatched grey: time away. “Recovery: rest”: no strength work after a main race."
)


@dataclass(frozen=True, slots=True)
class Frames:
    """Usable frame widths of the two orientations, in points."""

    portrait: float
    landscape: float


def _header(season: Season, athlete: Athlete, calendar: SeasonCalendar, printed: dt.date
            ) -> list[Flowable]:
    st = styles()
    details = (
        f"{escape(season.name)} · {format_range(calendar.start, calendar.end)}"
        f" · {season.weeks} weeks · printed on {format_date(printed)}"
    )
    return [Paragraph(escape(athlete.name), st["title"]), Paragraph(details, st["subtitle"])]


def _race_week(race: Race, calendar: SeasonCalendar) -> str:
    index = calendar.index_of(race.date)
    if index < 1:
        return "before the season"
    if index > calendar.weeks:
        return "after the season"
    return f"week {index}"


def _priority_text(race: Race, plan: AthletePlan, calendar: SeasonCalendar) -> str:
    """The priority as the races table names it, and for a B race what it does to its week.

    A B race lightens its week's strength work only where the engine says so
    (``Flag.B_RACE_WEEK``): in a taper or recovery week it changes nothing.
    """
    text = priority_choice(race.priority)
    index = calendar.index_of(race.date)
    if race.priority is not Priority.B or not 1 <= index <= len(plan.weeks):
        return text
    week = plan.weeks[index - 1]
    if Flag.B_RACE_WEEK in week.flags:
        return f"{text}\nlighter week"
    return f"{text}\nno change ({week.phase.label.lower()})"


def race_list(
    athlete: Athlete, plan: AthletePlan, calendar: SeasonCalendar, width: float
) -> Flowable:
    """Date, name, distance, priority and season week of every race, by date."""
    st = styles()
    races = sorted(athlete.races, key=lambda r: r.date)
    if not races:
        return Paragraph("No races yet.", st["body"])
    has_notes = any(r.notes for r in races)
    header: list[object] = ["Date", "Race", "Distance", "Priority", "Season week"]
    fixed = [66.0, 0.0, 70.0, 92.0, 70.0]  # priority: its glyph and "B · tune-up"
    if has_notes:
        header.append("Notes")
    free = width - sum(fixed)
    widths = fixed[:]
    widths[1] = free * (0.45 if has_notes else 1.0)
    if has_notes:
        widths.append(free * 0.55)
    rows: list[list[object]] = [header]
    for race in races:
        row: list[object] = [
            format_date(race.date),
            wrap_lines(race.name, widths[1] - 12, 8, race.priority is Priority.A),
            race.distance.label,
            wrap_lines(f"{race_glyph(race.priority)} {_priority_text(race, plan, calendar)}",
                       widths[3] - 12, 8, race.priority is Priority.A),
            _race_week(race, calendar),
        ]
        if has_notes:
            notes = race.notes if len(race.notes) <= _NOTES_MAX else race.notes[:_NOTES_MAX] + "…"
            row.append(wrap_lines(notes or EMPTY, widths[-1] - 12, 8))
        rows.append(row)
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    for index, race in enumerate(races, start=1):
        if race.priority is Priority.A:
            commands.append(("FONTNAME", (0, index), (-1, index), FONT_BOLD))
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _warnings(plan: AthletePlan) -> list[Flowable]:
    st = styles()
    if not plan.warnings:
        return [Paragraph("None: every main race gets its full block and recovery.", st["body"])]
    return [Paragraph(escape(w.message), st["warning"], bulletText="!") for w in plan.warnings]


def _summary(
    season: Season,
    athlete: Athlete,
    plan: AthletePlan,
    frames: Frames,
    printed: dt.date,
    notes: bool,
) -> list[Flowable]:
    """The summary page: strip, races, the athlete's own settings, time away, warnings."""
    st = styles()
    calendar = SeasonCalendar.of(season)
    warnings = _warnings(plan)
    away = [(p.start, p.end) for p in athlete.away]
    story: list[Flowable] = [
        *_header(season, athlete, calendar, printed),
        Spacer(0, 6),
        KeepWithStart(Paragraph("Season at a glance", st["h2"]),
                      SeasonStrip(plan.weeks, away=away)),
        Spacer(0, 6),
        stamped_legend(away=bool(away)),
        KeepWithStart(Paragraph("Races", st["h2"]),
                      race_list(athlete, plan, calendar, frames.portrait)),
        KeepWithStart(Paragraph("Plan details", st["h2"]),
                      settings_table(own_settings(athlete, season.methodology), frames.portrait)),
    ]
    if away:
        story.append(KeepWithStart(Paragraph("Time away", st["h2"]),
                                   away_list(athlete, frames.portrait)))
    story += [KeepWithStart(Paragraph("Warnings", st["h2"]), warnings[0]), *warnings[1:]]
    if notes and athlete.notes:
        text = Paragraph(escape(athlete.notes).replace("\n", "<br/>"), st["body"])
        story.append(KeepWithStart(Paragraph("Notes", st["h2"]), text))
    return story


def athlete_sheet(
    season: Season,
    athlete: Athlete,
    plan: AthletePlan,
    *,
    key: int,
    frames: Frames,
    printed: dt.date,
    notes: bool = True,
    reached: Callable[[], None] | None = None,
) -> list[Flowable]:
    """The flowables of one athlete's sheet, starting on a fresh portrait page.

    The caller puts a page break before it. After the summary the sheet turns to
    landscape for the week table (eleven columns need the width) and then the
    day-by-day calendar, the same weeks laid out on their days: the table is the
    coach's overview of each week's work, the calendar the plan the athlete follows
    and ticks off. Back in portrait come the exercises and the phase guide. Without
    ``notes`` the athlete's notes and the week notes are left out.
    """
    st = styles()
    name = escape(athlete.name)
    return [
        SectionStart(key, athlete.name, athlete.name, reached),
        *_summary(season, athlete, plan, frames, printed, notes),
        NextPageTemplate(LANDSCAPE),
        PageBreak(),
        OutlineEntry(f"section{key}.weeks", "Week by week"),
        Paragraph(f"Week by week — {name}", st["h2"]),
        week_table(plan.weeks, frames.landscape),
        PageBreak(),
        OutlineEntry(f"section{key}.days", "Day by day"),
        Paragraph(f"Day by day — {name}", st["h2"]),
        Paragraph(CALENDAR_KEY, st["small"]),
        Spacer(0, 4),
        CalendarGrid(plan.weeks, athlete, notes=notes),
        NextPageTemplate(PORTRAIT),
        PageBreak(),
        OutlineEntry(f"section{key}.exercises", "Exercises"),
        *exercise_page(plan.weeks, athlete.name, frames.portrait),
        PageBreak(),
        OutlineEntry(f"section{key}.guide", "Phase guide"),
        *phase_guide(plan, athlete.name, frames.portrait),
    ]
