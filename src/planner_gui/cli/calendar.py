"""``planner-gui calendar``: the plans as calendar files (iCalendar, ``.ics``).

One file for the chosen athletes (``-o``) or one per athlete in a folder
(``--split``), for the athletes to import into their phone or desktop calendars.
Bad input ends with exit status 2 and one line naming the file, as for ``export``;
nothing is written then.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from planner_gui.cli.common import (
    EXIT_OK,
    add_athlete_choice,
    add_file_or_folder,
    add_season_source,
    athletes_to,
    check_request_target,
    load_source,
    writing,
)


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    """Add the ``calendar`` verb (the iCalendar library loads only when it runs)."""
    command = verbs.add_parser(
        "calendar",
        help="write the plans as calendar files (.ics)",
        description="Write the plans as iCalendar files that phone and desktop calendars "
        "import: every strength session, race, training phase, time away and week note "
        "as an all-day event. One file with the chosen athletes (-o; each event then "
        "starts with the athlete's name), or one file per athlete in a folder (--split). "
        "Importing a newer file updates the events instead of doubling them.",
    )
    add_season_source(command)
    add_file_or_folder(command, "calendar file", ".ics")
    add_athlete_choice(command)
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Run ``planner-gui calendar`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.export.ics import CalendarRequest, write_calendars

    season, path = load_source(args)
    athletes = athletes_to(season, args.athlete, path, "put in a calendar")
    split = args.output is None
    where: Path = args.split if split else args.output
    request = CalendarRequest(
        season=season,
        target=where,
        athlete_ids=tuple(a.id for a in athletes),
        split=split,
        stamp=dt.datetime.now(dt.UTC),
    )
    check_request_target(request, path, what="the calendar", example="plans.ics")
    with writing(where, "the calendar"):
        result = write_calendars(request)
    count = len(result.athletes)
    athletes_text = f"{count} athlete{'s' if count != 1 else ''}"
    if split:
        print(f"Wrote {len(result.paths)} calendar files to {where} ({result.events} events)")
        for written in result.paths:
            print(f"  {written.name}")
    else:
        print(f"Wrote {where}: {athletes_text}, {result.events} events")
    return EXIT_OK
