"""What every ``planner-gui`` verb shares: the parser, exit codes, errors, season loading.

Exit status: 0 on success, 2 on a bad file or bad arguments (one line on stderr that
names the file and the field), 1 on anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:  # the model (and pydantic) load only when a verb needs them
    from planner_gui.export.file_request import FileRequest
    from planner_gui.model.season import Athlete, Season

PROG = "planner-gui"
EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line arguments; the message is one line."""


class Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def add_season_source(parser: argparse.ArgumentParser) -> None:
    """The FILE|--demo arguments shared by the headless verbs."""
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="a *.season.json file")
    source.add_argument("--demo", action="store_true", help="use the bundled demo season")


def add_athlete_choice(parser: argparse.ArgumentParser) -> None:
    """``--athlete NAME``, repeatable, for the verbs that write some athletes' plans."""
    parser.add_argument(
        "--athlete", action="append", metavar="NAME", help="only this athlete (repeat for several)"
    )


def load_source(args: argparse.Namespace) -> tuple[Season, Path]:
    """Load the season named by FILE or --demo."""
    from planner_gui.model.demo import demo_path
    from planner_gui.model.storage import load_season

    path = demo_path() if args.demo else args.file
    return load_season(path), path


def check_output_file(out: Path, source: Path, *, what: str, example: str) -> None:
    """Refuse an output file the write must not replace, before anything is written.

    ``what`` names the file in the messages ("the PDF"), ``example`` is a file name
    to suggest ("plans.pdf").
    """
    if out.is_dir():
        raise UsageError(f"{out}: is a folder; give a file name such as {example}")
    if out.exists() and source.exists() and out.samefile(source):
        raise UsageError(f"{out}: is the season file itself; give {what} another name")
    if out.exists() and not out.is_file():
        # The atomic write would swap a device or pipe for the file, not write into it.
        raise UsageError(f"{out}: is not a regular file; give a file name such as {example}")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{out}: cannot write {what}: the folder {folder} does not exist")


def add_file_or_folder(command: argparse.ArgumentParser, kind: str, suffix: str) -> None:
    """``-o OUT`` (one file for every chosen athlete) or ``--split DIR`` (one file per
    athlete), for the exports that can write either; ``kind`` is "PDF"."""
    target = command.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", type=Path, metavar=f"OUT{suffix}",
        help=f"write one {kind} with every chosen athlete",
    )
    target.add_argument(
        "--split", type=Path, metavar="DIR",
        help=f"write one {kind} per athlete into DIR (created if missing)",
    )


def check_split_folder(folder: Path, files: Sequence[Path], source: Path) -> None:
    """Refuse a ``--split`` folder that is a file, or files that include the season file."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: --split needs a folder, and this is a file")
    for path in files:
        if path.exists() and source.exists() and path.samefile(source):
            raise UsageError(f"{path}: is the season file itself; choose another folder")
        if path.exists() and not path.is_file():
            raise UsageError(f"{path}: is not a regular file; choose another folder")


def check_request_target(request: FileRequest, source: Path, *, what: str, example: str) -> None:
    """Refuse the target of a file export before anything is written: its ``--split``
    folder and the files it would hold, or its one output file (``check_output_file``)."""
    if request.split:
        check_split_folder(request.target, request.paths(), source)
    else:
        check_output_file(request.target, source, what=what, example=example)


@contextmanager
def writing(where: Path, what: str) -> Iterator[None]:
    """Turn a failed write into one line naming ``where`` ("cannot write the PDF (…)").

    ``where`` is what the coach asked for, not the hidden temporary file the atomic
    write went through.
    """
    try:
        yield
    except OSError as error:
        raise UsageError(f"{where}: cannot write {what} ({error.strerror or error})") from None


def athletes_to(
    season: Season, names: Sequence[str] | None, path: Path, doing: str
) -> list[Athlete]:
    """``select_athletes``, refusing a season with nobody ("no athletes to ``doing``")."""
    from planner_gui.model.storage import SeasonFileError

    athletes = select_athletes(season, names, path)
    if not athletes:
        raise SeasonFileError(path, f"the season has no athletes to {doing}", "athletes")
    return athletes


_LISTED = 8  # athletes named in the error for an unknown --athlete


def select_athletes(season: Season, names: Sequence[str] | None, path: Path) -> list[Athlete]:
    """The athletes named on the command line (all when none), in roster order.

    An unknown name is refused with the closest roster name when one is close, and
    the first few names of the roster.
    """
    from planner_gui.model.storage import SeasonFileError

    if not names:
        return list(season.athletes)
    wanted = {n.casefold() for n in names}
    chosen = [a for a in season.athletes if a.name.casefold() in wanted]
    missing = wanted - {a.name.casefold() for a in chosen}
    if missing:
        import difflib  # only on this error path: the window's start never pays for it

        roster = [" ".join(a.name.split()) for a in season.athletes]  # one line, always
        by_folded = {name.casefold(): name for name in reversed(roster)}  # first one wins
        lost = []
        for name in sorted({n for n in names if n.casefold() in missing}, key=str.casefold):
            close = difflib.get_close_matches(name.casefold(), list(by_folded), n=1)
            lost.append(f"{name} (did you mean {by_folded[close[0]]}?)" if close else name)
        # A roster may hold 500 athletes: list a few, so the error stays readable.
        known = ", ".join(roster[:_LISTED]) or "none"
        if len(roster) > _LISTED:
            known += f", … and {len(roster) - _LISTED} more"
        message = f"no athlete named {', '.join(lost)}; athletes: {known}"
        raise SeasonFileError(path, message, "athletes")
    return chosen


def dump_json(data: object) -> None:
    """Print JSON to stdout (UTF-8, indented)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
