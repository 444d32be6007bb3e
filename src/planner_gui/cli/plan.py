"""``planner-gui plan``: a readable week table, or the plan as JSON (see the README)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence

from planner_gui.cli.common import (
    EXIT_OK,
    Parser,
    add_season_source,
    dump_json,
    load_source,
    select_athletes,
)
from planner_gui.cli.terminal_text import visible
from planner_gui.model.date_text import format_range
from planner_gui.model.engine import AthletePlan, WeekPlan, plan_athlete
from planner_gui.model.plan_json import season_plan_json
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import Athlete, Season
from planner_gui.model.weeks import SeasonCalendar

EMPTY = "—"
_COLUMNS = ("Wk", "Dates", "Phase", "Blk", "Races", "Sessions", "Days", "Sets × reps")


def session_days(week: WeekPlan) -> str:
    """The week's lifting days ("Tue Fri Sun"), with what could not be placed."""
    days = " ".join(f"{day:%a}" for day in week.sessions)
    if week.dropped_sessions:
        days = f"{days} ({week.dropped_sessions} dropped)".strip()
    return days or EMPTY


def _row(week: WeekPlan) -> tuple[str, ...]:
    races = ", ".join(visible(race_with_priority(r)) for r in week.races)
    phase = week.phase.label + (" · B race" if "b_race_week" in week.flags else "")
    return (
        str(week.index),
        format_range(week.start, week.end),
        phase,
        str(week.block_week) if week.block_week is not None else EMPTY,
        races or EMPTY,
        week.strength.sessions_text,
        session_days(week),
        week.strength.sets_reps or EMPTY,
    )


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters two, combining marks none."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def format_table(plan: AthletePlan) -> list[str]:
    """The plan as aligned text lines (padded by display width, so 東京マラソン lines up)."""
    rows = [_COLUMNS, *(_row(w) for w in plan.weeks)]
    cell_widths = [[display_width(cell) for cell in row] for row in rows]
    widths = [max(r[i] for r in cell_widths) for i in range(len(_COLUMNS))]
    lines = [
        "  ".join(
            cell + " " * (w - cw) for cell, cw, w in zip(row, row_widths, widths, strict=True)
        ).rstrip()
        for row, row_widths in zip(rows, cell_widths, strict=True)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return lines


def format_athlete(season: Season, athlete: Athlete, plan: AthletePlan) -> list[str]:
    """Heading, week table and warnings of one athlete."""
    calendar = SeasonCalendar.of(season)
    lines = [
        f"{visible(athlete.name)} — {visible(season.name)} "
        f"({format_range(calendar.start, calendar.end)}, {season.weeks} weeks)",
        "",
        *format_table(plan),
    ]
    if plan.warnings:
        lines += ["", "Warnings:"]
        lines += [f"  ! {visible(w.message)}" for w in plan.warnings]
    return lines


def print_plan(season: Season, athletes: Sequence[Athlete], *, as_json: bool) -> None:
    """Print the plans of ``athletes`` (a subset of the roster, in roster order)."""
    if as_json:
        dump_json(season_plan_json(season, athlete_ids={a.id for a in athletes}))
        return
    if not athletes:  # only a season without athletes: unknown names were refused before
        sys.stdout.write(f"{visible(season.name)} has no athletes yet.\n")
        return
    calendar = SeasonCalendar.of(season)
    out: list[str] = []
    for athlete in athletes:
        if out:
            out += ["", ""]
        out += format_athlete(season, athlete, plan_athlete(athlete, calendar, season.methodology))
    sys.stdout.write("\n".join(out) + "\n")


def register(verbs: argparse._SubParsersAction[Parser]) -> None:
    """Add the ``plan`` verb."""
    plan = verbs.add_parser("plan", help="print the week-by-week plan")
    add_season_source(plan)
    plan.add_argument("--athlete", action="append", metavar="NAME", help="only this athlete")
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the plans the arguments ask for."""
    season, path = load_source(args)
    athletes = select_athletes(season, args.athlete, path)
    print_plan(season, athletes, as_json=args.json)
    return EXIT_OK
