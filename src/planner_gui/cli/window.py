"""Starting the window: which season to open, the QApplication, and screenshots.

``planner-gui [FILE]`` opens FILE, else the last file opened, else the bundled demo
season as an untitled copy (so Save asks where and the package is never written).
``--screenshot OUT.png`` renders the window offscreen at 1400×900 and exits; OUT must
be a PNG path (never the season file itself, a folder or a pipe), checked first.

A bad FILE on the command line: with ``--screenshot`` (or without a display) the
command fails with one line on stderr and exit status 2. In the window, the same
line goes to stderr, the window opens on the fallback season and a dialog explains
what was wrong with the file, so a coach who double-clicked it sees why.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import importlib.util
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from planner_gui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    Parser,
    UsageError,
    check_output_file,
)
from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.demo import demo_path, load_demo
from planner_gui.model.package_files import RESOURCES
from planner_gui.model.season import Season
from planner_gui.model.storage import SeasonFileError, load_season

ORGANIZATION = "Season Planner"
APPLICATION = "Season Planner"
DESKTOP_ID = "org.seasonplanner.SeasonPlanner"
"""The desktop entry's name: lets Wayland and task bars match the window to its icon."""
APP_ICON = RESOURCES / f"{DESKTOP_ID}.svg"
SCREENSHOT_SIZE = (1400, 900)

if TYPE_CHECKING:  # Qt is imported on first use, after the display check
    from PySide6.QtWidgets import QApplication

    from planner_gui.document.autosave import Autosave
    from planner_gui.views.main_window import MainWindow


HEADLESS_ALTERNATIVES = (
    "use 'planner-gui FILE --screenshot OUT.png', 'planner-gui plan FILE' or "
    "'planner-gui export FILE'"
)


def missing_x11_library() -> str | None:
    """The first system library that Qt's X11 plugin lacks here, or None.

    Qt 6 needs a dozen xcb libraries that minimal Linux installs leave out; without
    them it aborts with a screenful of text. Loading the plugin tells which is absent.
    """
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            try:
                ctypes.CDLL(str(plugin))
            except OSError as error:
                return str(error).split(":", 1)[0].strip() or "an xcb library"
            return None
    return None  # a Qt without the bundled plugin: let Qt decide


def debian_package(library: str) -> str:
    """The usual Debian package of a library: "libxcb-icccm.so.4" → "libxcb-icccm4"."""
    base, _, version = library.partition(".so.")
    if not version:
        return base
    return f"{base}-{version}" if base[-1:].isdigit() else f"{base}{version}"


def display_problem() -> str | None:
    """Why no window can be shown here (one line), or None when a display exists.

    Qt aborts the process with several lines of its own when it cannot open a
    window; these checks say the same in one line, with what to do instead.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if sys.platform in ("win32", "darwin"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "no display available (DISPLAY and WAYLAND_DISPLAY are unset); without one, "
            + HEADLESS_ALTERNATIVES
        )
    library = missing_x11_library() if sys.platform.startswith("linux") else None
    if library:
        return (
            f"Qt cannot open a window on this X11 display because the system library "
            f"{library} is missing (on Debian or Ubuntu: 'sudo apt install "
            f"{debian_package(library)}'); meanwhile " + HEADLESS_ALTERNATIVES
        )
    return None


def application() -> QApplication:
    """The QApplication (created on first use), with the app's settings names."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "planner-gui"])
    # Tests set their own organisation first, so their settings stay apart.
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    assert isinstance(app, QApplication)
    # QIcon only looks up the SVG icon engine here (~1 ms); the file is read and drawn
    # when the window manager first asks for a size.
    app.setWindowIcon(QIcon(str(APP_ICON)))
    app.setDesktopFileName(DESKTOP_ID)
    return app


def _is_demo(path: Path) -> bool:
    try:
        return path.resolve() == demo_path().resolve()
    except OSError:
        return False


def _load(path: Path) -> tuple[Season, Path | None]:
    """The season at ``path``; the bundled demo opens untitled (never written)."""
    season = load_season(path)
    return season, None if _is_demo(path) else path


def initial_season(path: Path | None, *, remember: bool = True) -> tuple[Season, Path | None]:
    """FILE, else the last file opened (when ``remember``), else the demo, untitled.

    Raises ``SeasonFileError`` for a FILE that cannot be used; a last file that no
    longer loads is skipped.
    """
    if path is not None:
        return _load(path)
    if remember:
        from planner_gui.views.recent_files import recent_files

        for last in recent_files()[:1]:
            try:
                return _load(last)
            except SeasonFileError:
                pass
    return load_demo(), None


def create_main_window(path: Path | str | None = None, *, remember: bool = True) -> MainWindow:
    """Build the main window on a season without starting the event loop.

    Creates the QApplication if needed. ``remember=False`` ignores and leaves alone
    the stored window layout and recent files (used for screenshots).
    """
    application()
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.views.main_window import MainWindow

    season, file_path = initial_season(Path(path) if path else None, remember=remember)
    window = MainWindow(SeasonDocument(season, file_path), remember=remember)
    if remember and file_path is not None:
        from planner_gui.views.recent_files import add_recent_file

        add_recent_file(file_path)
    return window


def check_screenshot_target(out: Path, source: Path | None) -> None:
    """Refuse a screenshot target that is not a PNG path, before anything is drawn.

    Like ``export``'s output: never the season file itself (also through a link),
    a folder, a pipe or a device; and the name must end in ``.png``, so a slip of
    the arguments (``--screenshot a.season.json``) cannot replace a season.
    """
    check_output_file(out, source or demo_path(), what="the screenshot", example="window.png")
    if out.suffix.lower() != ".png":
        raise UsageError(
            f"{out}: a screenshot is a PNG picture; give a file name ending in .png "
            "such as window.png"
        )


def screenshot(path: Path | None, out: Path) -> int:
    """Render the window at 1400×900 offscreen into the PNG ``out``."""
    check_screenshot_target(out, path)
    # The flag works anywhere: never try to reach a display for it.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _quiet_offscreen_notes()
    app = application()
    window = create_main_window(path, remember=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    image = window.grab()
    from PySide6.QtCore import QBuffer, QIODevice

    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(png, "PNG"):
        raise SeasonFileError(out, "cannot write the screenshot there")
    try:  # like every file the app writes (a link stays a link, permissions are kept)
        write_atomically(out, bytes(png.data().data()))
    except OSError as error:
        raise SeasonFileError(
            out, f"cannot write the screenshot there ({error.strerror or error})"
        ) from None
    window.close()
    return EXIT_OK


def _quiet_offscreen_notes() -> None:
    """Drop the offscreen plugin's notes about window features it lacks."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        # WORKAROUND: the offscreen plugin warns "This plugin does not support
        # propagateSizeHints()" for every shown window; it says nothing about the app.
        if message.startswith("This plugin does not support"):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = Parser(prog=PROG, description="Open the season planner window.")
    parser.add_argument("file", nargs="?", type=Path, help="a *.season.json file")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT.png",
        help="render the window at 1400×900 offscreen into a PNG and exit",
    )
    return parser.parse_args(argv)


def _settle_gc() -> None:
    """Turn the garbage collector back on once the window is up.

    ``planner_gui.cli.main`` paused it for the start. What the start created lives as long as the
    process: one collection clears its few cyclic leftovers, then ``gc.freeze()`` takes
    the rest out of every later collection (shorter pauses while editing, quicker exit).
    """
    gc.collect()
    gc.freeze()
    gc.enable()


def run(argv: list[str]) -> int:
    """``planner-gui [FILE] [--screenshot OUT.png]``: the window, or its picture."""
    args = _parse(argv)
    if args.screenshot is not None:
        status = screenshot(args.file, args.screenshot)
        # The process ends now: as _settle_gc() would, keep the exit's collections off
        # the start's objects (~30 ms); collecting first would free nothing that matters.
        gc.freeze()
        return status
    problem = display_problem()
    if problem is not None:
        print(f"planner-gui: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from PySide6.QtCore import QTimer

    app = application()
    error: SeasonFileError | None = None
    try:
        window = create_main_window(args.file)
    except SeasonFileError as failure:
        print(f"planner-gui: error: {failure}", file=sys.stderr)
        error = failure
        window = create_main_window(None)
    window.show()
    QTimer.singleShot(0, _settle_gc)
    if error is not None:
        from planner_gui.views import dialogs

        dialogs.show_error(window, "Cannot open season", f"{error}")
    # Once the window is up: the start itself pays nothing for autosave.
    started: list[Autosave] = []
    QTimer.singleShot(0, lambda: started.append(start_recovery(window)))
    try:
        return app.exec()
    finally:
        for autosave in started:
            autosave.stop()  # a normal quit: nothing left to recover


def start_recovery(window: MainWindow) -> Autosave:
    """Autosave the window's season, and offer what a crashed window left.

    The offer (and the look-up of the recovery folder) comes at the next turn of the
    event loop, once the window shows.
    """
    from PySide6.QtCore import QTimer

    from planner_gui.views import recovery_flow

    autosave = recovery_flow.start_autosave(window)
    QTimer.singleShot(0, lambda: recovery_flow.offer_recovery(window, autosave))
    return autosave
