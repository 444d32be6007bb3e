"""The ``planner-gui`` command: the window, and the headless verbs ``plan`` and ``export``.

Exit status: 0 on success, 2 on a bad file or bad arguments (one line on stderr that
names the file and the field), 1 on anything unexpected (one line too; set
``PLANNER_GUI_DEBUG=1`` for the traceback).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from planner_gui import __version__

if TYPE_CHECKING:  # the model (and pydantic) load after _prepare_process(), see main()
    from planner_gui.model.season import Athlete, Season

PROG = "planner-gui"
EXIT_OK, EXIT_UNEXPECTED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad command-line arguments; the message is one line."""


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def add_season_source(parser: argparse.ArgumentParser) -> None:
    """The FILE|--demo arguments shared by the headless verbs."""
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", type=Path, help="a *.season.json file")
    source.add_argument("--demo", action="store_true", help="use the bundled demo season")


def load_source(args: argparse.Namespace) -> tuple[Season, Path]:
    """Load the season named by FILE or --demo."""
    from planner_gui.model.demo import demo_path
    from planner_gui.model.storage import load_season

    path = demo_path() if args.demo else args.file
    return load_season(path), path


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


def _build_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        description="Plan a running season: races on a year timeline, training phases "
        "counted back from each main race, strength work for every week, and printable "
        "plan sheets. With no verb, opens the window: 'planner-gui [FILE]' (the last "
        "file, else the demo season, when FILE is left out); 'planner-gui [FILE] "
        "--screenshot OUT.png' renders the window offscreen into a PNG.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser)
    for register in _VERBS:
        register(verbs)
    return parser


def _register_plan(verbs: argparse._SubParsersAction[_Parser]) -> None:
    plan = verbs.add_parser("plan", help="print the week-by-week plan")
    add_season_source(plan)
    plan.add_argument("--athlete", action="append", metavar="NAME", help="only this athlete")
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.set_defaults(run=_run_plan)


def _run_plan(args: argparse.Namespace) -> int:
    from planner_gui.cli_plan import print_plan

    season, path = load_source(args)
    athletes = select_athletes(season, args.athlete, path)
    print_plan(season, athletes, as_json=args.json)
    return EXIT_OK


def _register_export(verbs: argparse._SubParsersAction[_Parser]) -> None:
    from planner_gui.cli_export import register_export  # imports this module: load late

    register_export(verbs)


Register = Callable[["argparse._SubParsersAction[_Parser]"], None]
_VERBS: list[Register] = [_register_plan, _register_export]


_TOP_OPTIONS = {"-h", "--help", "--version"}


def _wants_window(argv: list[str]) -> bool:
    """No verb and no top-level option: the window (or its ``--screenshot``)."""
    return not argv or (argv[0] not in {"plan", "export"} and argv[0] not in _TOP_OPTIONS)


def _prepare_process(argv: list[str]) -> None:
    """Process-wide settings that must be made before pydantic and Qt load.

    * pydantic looks for plugins in the metadata of every installed distribution on
      each start; the app uses none, and a plugin some other package installed would
      hook into our validation. A default only: PYDANTIC_DISABLE_PLUGINS set to
      anything, even empty, wins.
    * For the window, the cyclic garbage collector waits until the window is up
      (``app.run`` turns it back on): the start creates some 70,000 objects that live
      as long as the process, and collector passes over them meanwhile free almost
      nothing (~12 ms of a start).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if _wants_window(argv):
        gc.disable()


def _run(argv: list[str]) -> int:
    if _wants_window(argv):
        from planner_gui.app import run  # Qt loads only when the window is wanted

        return run(argv)
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.verb is None:
        parser.print_help()
        return EXIT_OK
    result: int = args.run(args)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``planner-gui`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _prepare_process(argv)
    from planner_gui.model.storage import SeasonFileError  # loads pydantic: after the above

    try:
        return _run(argv)
    except (SeasonFileError, UsageError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
        return EXIT_OK
    except Exception as error:  # one line, never a traceback, unless asked for
        if os.environ.get("PLANNER_GUI_DEBUG"):
            traceback.print_exc()
        detail = " ".join(str(error).split()) or type(error).__name__
        print(f"{PROG}: unexpected error: {detail}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        gc.enable()  # normally done already, once the window was up


def dump_json(data: object) -> None:
    """Print JSON to stdout (UTF-8, indented)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
