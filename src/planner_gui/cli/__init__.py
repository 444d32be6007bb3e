"""The ``planner-gui`` command: the window, and the headless verbs.

The verbs: ``plan`` (the plan as text or JSON), ``export`` (plan sheets as PDF),
``calendar`` (calendar files, .ics), ``csv`` (the plan as a spreadsheet),
``import-races`` (races from a spreadsheet into a season) and ``next-season`` (a new
season from this one). Without a verb, the window opens.

Exit status: 0 on success, 2 on a bad file or bad arguments (one line on stderr that
names the file and the field), 1 on anything unexpected (one line too; set
``PLANNER_GUI_DEBUG=1`` for the traceback).

One module a verb (``plan``, ``export``, ``calendar``, ``csv_export``,
``import_races``, ``next_season``), ``window`` for the window itself, and ``common``
for what they share.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from collections.abc import Sequence

from planner_gui import __version__
from planner_gui.cli.common import (
    EXIT_OK,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    PROG,
    Parser,
    UsageError,
)
from planner_gui.cli.terminal_text import visible

VERBS = ("plan", "export", "calendar", "csv", "next-season", "import-races")
"""The headless verbs, in the order ``--help`` lists them."""


class _VerbListFormatter(argparse.HelpFormatter):
    """Help text that keeps each verb's description on the verb's own line."""

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if isinstance(action, argparse._SubParsersAction):
            # WORKAROUND: argparse measures the verbs one indent step in but prints them
            # two steps in, so a verb of 11 letters or more (next-season, import-races)
            # had its description pushed onto the next line.
            indent = self._current_indent + self._indent_increment  # where they print
            for verb in action._get_subactions():
                width = indent + len(self._format_action_invocation(verb))
                self._action_max_length = max(self._action_max_length, width)


def _build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        formatter_class=_VerbListFormatter,
        description="Plan a running season: races on a year timeline, training phases "
        "counted back from each main race, strength work for every week, and printable "
        "plan sheets. With no verb, opens the window: 'planner-gui [FILE]' (the last "
        "file, else the demo season, when FILE is left out); 'planner-gui [FILE] "
        "--screenshot OUT.png' renders the window offscreen into a PNG.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=Parser)
    from planner_gui.cli import export, plan  # the verbs load only when a verb is asked for

    plan.register(verbs)
    export.register(verbs)
    from planner_gui.cli import calendar

    calendar.register(verbs)
    from planner_gui.cli import csv_export, next_season

    csv_export.register(verbs)
    next_season.register(verbs)
    from planner_gui.cli import import_races

    import_races.register(verbs)
    return parser


_TOP_OPTIONS = {"-h", "--help", "--version"}


def _wants_window(argv: list[str]) -> bool:
    """No verb and no top-level option: the window (or its ``--screenshot``)."""
    return not argv or (argv[0] not in VERBS and argv[0] not in _TOP_OPTIONS)


def _prepare_process(argv: list[str]) -> None:
    """Process-wide settings that must be made before pydantic and Qt load.

    * pydantic looks for plugins in the metadata of every installed distribution on
      each start; the app uses none, and a plugin some other package installed would
      hook into our validation. A default only: PYDANTIC_DISABLE_PLUGINS set to
      anything, even empty, wins.
    * For the window, the cyclic garbage collector waits until the window is up
      (``window.run`` turns it back on): the start creates some 70,000 objects that live
      as long as the process, and collector passes over them meanwhile free almost
      nothing (~12 ms of a start).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if _wants_window(argv):
        gc.disable()


def _run(argv: list[str]) -> int:
    if _wants_window(argv):
        from planner_gui.cli import window  # Qt loads only when the window is wanted

        return window.run(argv)
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
        # The line may quote the file (an unknown key, a file name): never raw escapes.
        print(f"{PROG}: error: {visible(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`): not an error
        return EXIT_OK
    except Exception as error:  # one line, never a traceback, unless asked for
        if os.environ.get("PLANNER_GUI_DEBUG"):
            traceback.print_exc()
        detail = visible(" ".join(str(error).split())) or type(error).__name__
        print(f"{PROG}: unexpected error: {detail}", file=sys.stderr)
        return EXIT_UNEXPECTED
    finally:
        gc.enable()  # normally done already, once the window was up
