"""``planner-gui import-races``: add a club's race list (a CSV file) to a season.

A file with bad rows is refused as a whole (exit status 2, one line per bad row with
its spreadsheet row number, at most ``SHOWN_BAD_ROWS`` of them, then a count), and
nothing is written, unless ``--skip-bad`` leaves those rows out. Races already in the
season are skipped. Dates like 03/04/2027 are read day first unless the file settles
it (a date like 06/27/2027) or ``--month-first`` says otherwise; when that was a
guess a note on stderr says so.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner_gui.cli.common import EXIT_OK, EXIT_USAGE, PROG, UsageError, add_season_source
from planner_gui.model.storage import SeasonFileError

if TYPE_CHECKING:
    from planner_gui.model.race_import import ImportPlan, PlannedRow
    from planner_gui.model.season import Season

SHOWN_BAD_ROWS = 20
"""Bad rows listed one per line; the rest are counted."""


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    """Add the ``import-races`` verb."""
    verb = verbs.add_parser(
        "import-races",
        help="add races from a spreadsheet (CSV) to a season",
        description="Add the races of a spreadsheet saved as CSV (comma, semicolon or tab; "
        "UTF-8 or Windows-1252) to a season. The first row names the columns: athlete, "
        "name and date, and optionally priority (A, B or C; C when empty), distance and "
        "notes. Unknown athletes are added to the roster; races already there are skipped.",
    )
    add_season_source(verb)
    verb.add_argument(
        "--from", dest="races", type=Path, required=True, metavar="RACES.csv",
        help="the race list",
    )  # fmt: skip
    target = verb.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", type=Path, metavar="OUT", help="write the new season to OUT"
    )
    target.add_argument(
        "--in-place", action="store_true",
        help="update FILE itself (the previous version is kept as FILE.bak)",
    )  # fmt: skip
    order = verb.add_mutually_exclusive_group()
    order.add_argument(
        "--month-first", dest="month_first", action="store_true", default=None,
        help="read dates like 03/04/2027 month first (March 4); the default is day first",
    )  # fmt: skip
    order.add_argument(
        "--day-first", dest="month_first", action="store_false",
        help="read dates like 03/04/2027 day first (3 April) without a note",
    )  # fmt: skip
    verb.add_argument(
        "--skip-bad", action="store_true",
        help="import the good rows and leave out the bad ones (listed on stderr)",
    )  # fmt: skip
    verb.set_defaults(run=run_import_races)


def _read_plan(args: argparse.Namespace) -> tuple[ImportPlan, Season, Path]:
    from planner_gui.cli.common import load_source
    from planner_gui.model.race_import import plan_import
    from planner_gui.model.race_table import RaceTableError, read_race_file

    season, path = load_source(args)
    if args.in_place and args.demo:
        raise UsageError("--in-place needs a season file; give -o OUT with --demo")
    races: Path = args.races
    try:
        table = read_race_file(races)
    except RaceTableError as error:
        raise SeasonFileError(races, str(error)) from None
    return plan_import(season, table, month_first=args.month_first), season, path


def _bad_lines(races: Path, bad: tuple[PlannedRow, ...]) -> list[str]:
    lines = [f"{races}: row {p.row.number}: {p.reason}" for p in bad[:SHOWN_BAD_ROWS]]
    if len(bad) > SHOWN_BAD_ROWS:
        more = len(bad) - SHOWN_BAD_ROWS
        lines.append(f"… and {more} more bad row{'s' if more != 1 else ''}")
    return lines


def run_import_races(args: argparse.Namespace) -> int:
    """Run ``planner-gui import-races`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.model.date_text import format_date, parse_date
    from planner_gui.model.race_import import Outcome
    from planner_gui.model.storage import save_season

    plan, season, path = _read_plan(args)
    races: Path = args.races
    bad = plan.with_outcome(Outcome.BAD)
    if bad and not args.skip_bad:
        for line in _bad_lines(races, bad):
            print(f"{PROG}: error: {line}", file=sys.stderr)
        count = f"{len(bad)} bad row{'s' if len(bad) != 1 else ''}"
        print(
            f"{PROG}: error: {races}: {count}; nothing was written "
            "(fix them, or give --skip-bad to import the other rows)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    for line in _bad_lines(races, bad):
        print(f"{PROG}: warning: left out {line}", file=sys.stderr)
    if plan.ambiguous:
        example = plan.ambiguous[0]
        day = format_date(parse_date(example, month_first=False))
        print(
            f"{PROG}: note: {races}: dates like {example} can be read two ways; read them "
            f"day first ({example} is {day}); give --month-first if they are month first",
            file=sys.stderr,
        )
    new = plan.apply(season)
    out: Path = path if args.in_place else args.output
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name such as club.season.json")
    if not (args.in_place and new == season):
        try:
            save_season(new, out)
        except OSError as error:
            reason = error.strerror or error
            raise UsageError(f"{out}: cannot write the season ({reason})") from None
    added = len(plan.with_outcome(Outcome.ADD))
    created, skipped = len(plan.new_athletes), len(plan.with_outcome(Outcome.SKIP))
    print(
        f"Added {added} race{'s' if added != 1 else ''}, created {created} "
        f"athlete{'s' if created != 1 else ''}, skipped {skipped} already present"
        + (f", left out {len(bad)} bad row{'s' if len(bad) != 1 else ''}" if bad else "")
        + f" → {out}"
    )
    return EXIT_OK
