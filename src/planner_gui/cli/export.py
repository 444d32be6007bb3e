"""``planner-gui export``: print-ready PDF plan sheets from the command line.

Bad input ends with exit status 2 and one line naming the file (as for ``plan``);
names the bundled font cannot draw give a warning line on stderr but still exit 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner_gui.cli.common import (
    EXIT_OK,
    PROG,
    add_athlete_choice,
    add_file_or_folder,
    add_season_source,
    athletes_to,
    check_request_target,
    load_source,
    writing,
)

if TYPE_CHECKING:
    from planner_gui.export.export_request import ExportResult

PAPERS = ("a4", "letter")


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    """Add the ``export`` verb (ReportLab loads only when the verb runs)."""
    export = verbs.add_parser(
        "export",
        help="write the plan sheets as PDF",
        description="Write printable plan sheets: one PDF with a coach overview and a "
        "sheet per athlete (-o), or one PDF per athlete in a folder (--split).",
    )
    add_season_source(export)
    add_file_or_folder(export, "PDF", ".pdf")
    add_athlete_choice(export)
    export.add_argument(
        "--paper",
        choices=PAPERS,
        type=str.lower,
        help="paper size (default from the locale: Letter in the US, "
        "Canada, Mexico, the Philippines…, A4 elsewhere)",
    )
    export.add_argument(
        "--no-notes",
        dest="notes",
        action="store_false",
        help="leave the coach's notes off the athletes' sheets: the athlete's own notes "
        "(summary page) and the week notes (day-by-day calendar); race and time-away "
        "notes still print, and the coach overview is unchanged",
    )
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Run ``planner-gui export`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.export.export_request import ExportRequest
    from planner_gui.export.paper import Paper
    from planner_gui.export.pdf import export

    season, path = load_source(args)
    athletes = athletes_to(season, args.athlete, path, "print")
    split = args.output is None
    where: Path = args.split if split else args.output
    request = ExportRequest(
        season=season,
        target=where,
        athlete_ids=tuple(a.id for a in athletes),
        paper=Paper(args.paper) if args.paper else None,  # None: the locale's
        split=split,
        notes=args.notes,
    )
    check_request_target(request, path, what="the PDF", example="plans.pdf")
    with writing(where, "the PDF"):
        result = export(request)
    _report(result, args)
    return EXIT_OK


def _report(result: ExportResult, args: argparse.Namespace) -> None:
    """One line per file on stdout; the font warning on stderr."""
    count = len(result.athletes)
    athletes = f"{count} athlete{'s' if count != 1 else ''}"
    if args.output is not None:
        print(f"Wrote {result.paths[0]}: {athletes}, {result.pages} pages")
    else:
        print(f"Wrote {len(result.paths)} PDF files to {args.split} ({result.pages} pages)")
        for path in result.paths:
            print(f"  {path.name}")
    if result.unprintable:
        names = ", ".join(result.unprintable)
        print(
            f"{PROG}: warning: the PDF font has no letters for some characters; these "
            f"names may print as boxes: {names}",
            file=sys.stderr,
        )
