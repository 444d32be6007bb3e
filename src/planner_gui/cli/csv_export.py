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
    UsageError,
    add_season_source,
    load_source,
    select_athletes,
)
from planner_gui.model.storage import SeasonFileError


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
    command.add_argument(
        "--athlete", action="append", metavar="NAME", help="only this athlete (repeat for several)"
    )
    command.set_defaults(run=run)


def _check_target(out: Path, source: Path) -> None:
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name such as plan.csv")
    if out.exists() and source.exists() and out.samefile(source):
        raise UsageError(f"{out}: is the season file itself; give the spreadsheet another name")
    if out.exists() and not out.is_file():
        # The atomic write would swap a device or pipe for the file, not write into it.
        raise UsageError(f"{out}: is not a regular file; give a file name such as plan.csv")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{out}: cannot write the spreadsheet: the folder {folder} does not exist")


def run(args: argparse.Namespace) -> int:
    """Run ``planner-gui csv`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.export.spreadsheet import write_spreadsheet

    season, path = load_source(args)
    athletes = select_athletes(season, args.athlete, path)
    if not athletes:
        raise SeasonFileError(path, "the season has no athletes to list", "athletes")
    out: Path = args.output
    _check_target(out, path)
    try:
        write_spreadsheet(season, out, athlete_ids={a.id for a in athletes})
    except OSError as error:
        # Name what the coach asked for, not the hidden temp file the write went through.
        raise UsageError(
            f"{out}: cannot write the spreadsheet ({error.strerror or error})"
        ) from None
    count = len(athletes)
    rows = count * season.weeks
    print(f"Wrote {out}: {count} athlete{'s' if count != 1 else ''}, {rows} rows")
    return EXIT_OK
