"""``planner-gui next-season``: start next season's file from this one.

What moves, what stays and what is left behind is written in ``model.next_season``.
Bad input ends with exit status 2 and one line naming the file; nothing is written then.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner_gui.cli.common import EXIT_OK, UsageError, writing
from planner_gui.model.storage import SeasonFileError

if TYPE_CHECKING:
    from planner_gui.model.season import Priority

_NONE = "none"


def parse_priorities(text: str) -> frozenset[Priority]:
    """``--with-races``: "A,B", "a b", "all" or "none" (an empty value is none too)."""
    from planner_gui.model.season import Priority

    words = text.replace(",", " ").split()
    if [w.casefold() for w in words] in ([], [_NONE]):
        return frozenset()
    if [w.casefold() for w in words] == ["all"]:
        return frozenset(Priority)
    chosen = set()
    for word in words:
        try:
            chosen.add(Priority(word.upper()))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{word!r} is not a race priority; use A, B and C (such as A,B), all or none"
            ) from None
    return frozenset(chosen)


def register(verbs: argparse._SubParsersAction[Any]) -> None:
    """Add the ``next-season`` verb."""
    command = verbs.add_parser(
        "next-season",
        help="start next season's file from this one",
        description="Write next season's file: the same athletes with their settings "
        "(methodology, lifting days, notes), the first day one season later (the "
        "season's length in whole weeks, so weeks start on the same weekday) and the "
        "year in the name moved on (Club 2027 becomes Club 2028). This season's races "
        "of the chosen priorities move by the same number of weeks, keeping their "
        "weekday; races already dated in the new season stay as they are. Time away "
        "and week notes are left behind.",
    )
    command.add_argument("file", type=Path, help="this season's *.season.json file")
    command.add_argument(
        "-o", "--output", type=Path, required=True, metavar="NEW", help="the new season file"
    )
    command.add_argument(
        "--with-races",
        type=parse_priorities,
        default=None,
        metavar="A,B,C",
        help="priorities of the races to carry over (default: A, the main races, which "
        "most athletes run again each year; 'all' for every race, 'none' for none)",
    )
    command.add_argument(
        "--name", help="the new season's name (default: this one's, with the year moved on)"
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="replace NEW when it exists (the old file is kept as NEW.bak)",
    )
    command.set_defaults(run=run)


def _check_target(out: Path, source: Path, force: bool) -> None:
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name such as club-2028.season.json")
    if out.exists() and out.samefile(source):
        raise UsageError(f"{out}: is this season's file; give the new season another name")
    if out.exists() and not out.is_file():
        raise UsageError(f"{out}: is not a regular file; give another file name")
    if out.exists() and not force:
        raise UsageError(f"{out}: already exists; give another name, or add --force to replace it")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{out}: cannot write the season: the folder {folder} does not exist")


def run(args: argparse.Namespace) -> int:
    """Run ``planner-gui next-season`` (the parsed arguments come from ``cli.main``)."""
    from planner_gui.model.date_text import format_range
    from planner_gui.model.next_season import DEFAULT_CARRIED, next_season
    from planner_gui.model.season import MAX_NAME
    from planner_gui.model.storage import load_season, save_season
    from planner_gui.model.weeks import SeasonCalendar

    source: Path = args.file
    season = load_season(source)
    out: Path = args.output
    _check_target(out, source, args.force)
    name = None if args.name is None else " ".join(args.name.split())
    if name is not None and not 1 <= len(name) <= MAX_NAME:
        raise UsageError(f"--name: give a name of 1 to {MAX_NAME} characters")
    carry = DEFAULT_CARRIED if args.with_races is None else args.with_races
    try:
        new = next_season(season, carry, name=name)
    except ValueError as error:
        raise SeasonFileError(source, str(error), "start") from None
    with writing(out, "the season"):
        save_season(new, out)
    calendar = SeasonCalendar.of(new)
    races = sum(len(a.races) for a in new.athletes)
    athletes = len(new.athletes)
    print(
        f"Wrote {out}: {new.name}, {format_range(calendar.start, calendar.end)}, "
        f"{athletes} athlete{'s' if athletes != 1 else ''}, {races} race{'s' if races != 1 else ''}"
    )
    return EXIT_OK
