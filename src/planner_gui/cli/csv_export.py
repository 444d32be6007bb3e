"""``planner-gui csv``: the week-by-week plan as a spreadsheet (CSV) file.

Bad input ends with exit status 2 and one line naming the file, as for ``export``;
nothing is written then.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner_gui.cli.common import (
    EXIT_OK,
    add_athlete_choice,
    add_season_source,
    athletes_to,
    check_output_file,
    load_source,
    writing,
)


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    """Add the ``csv`` verb."""
    command = verbs.add_parser(
        "csv",
        help="write the plan as a spreadsheet (CSV)",
        description="Write the plan as a CSV file for a spreadsheet program: one row per "
        "athlete and week with the dates, phase, races, session dates, time away, the "
        "strength prescription and the week's notes. UTF-8 (with a byte order mark, so "
        "accents show), ISO dates.",
    )
    add_season_source(command)
    command.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.csv", help="the file to write"
    )
    add_athlete_choice(command)
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``planner-gui csv`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.export.spreadsheet import write_spreadsheet

    season, path = load_source(args)
    athletes = athletes_to(season, args.athlete, path, "list")
    out: Path = args.output
    check_output_file(out, path, what="the spreadsheet", example="plan.csv")
    with writing(out, "the spreadsheet"):
        write_spreadsheet(season, out, athlete_ids={a.id for a in athletes})
    count = len(athletes)
    rows = count * season.weeks
    print(f"Wrote {out}: {count} athlete{'s' if count != 1 else ''}, {rows} rows")
    return EXIT_OK
