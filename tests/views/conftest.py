"""Fixtures for the window tests: isolated settings, guarded dialogs, the demo window.

Settings go to a folder of the test run's own under an organisation of their own, so
no test reads or writes a coach's real settings, nor another test run's. Every modal
dialog function is replaced by one that fails the test; a test that expects a dialog
replaces it again with its answer.
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths
from pytestqt.qtbot import QtBot

from planner_gui.model.demo import demo_path
from planner_gui.views import (
    about_dialog,
    dialogs,
    export_prompts,
    next_season_dialog,
    race_import_dialog,
    recovery_dialog,
)

TEST_ORGANIZATION = "Season Planner Tests"
TODAY = dt.date(2027, 5, 3)
"""A fixed 'today' inside the demo season (season week 18)."""


@pytest.fixture(autouse=True, scope="session")
def settings_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This test run's own settings folder (the app's QSettings are native, user scope).

    Qt's test location is one folder (~/.qttest) for every process: two test runs at
    once shared one settings file, and one run's clear() wiped what a test of the other
    had just remembered. setPath sends every format and scope here instead.
    """
    folder = tmp_path_factory.mktemp("settings")
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folder / "user"))
        QSettings.setPath(form, QSettings.Scope.SystemScope, str(folder / "system"))
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(qapp: Any, settings_folder: Path) -> Iterator[QSettings]:
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName(TEST_ORGANIZATION)
    QCoreApplication.setApplicationName("planner-gui-tests")
    settings = QSettings()
    settings.clear()
    yield settings
    QSettings().clear()


GUARDED = {
    dialogs: ("ask_unsaved", "confirm", "show_error", "open_path", "save_path",
              "ask_new_season", "ask_disk_conflict"),
    export_prompts: ("run_dialog", "ask_pdf_path", "ask_calendar_path", "ask_csv_path",
                     "ask_folder", "confirm_replace", "show_warning", "open_path"),
    race_import_dialog: ("ask_races_path",),
    next_season_dialog: ("ask_next_season",),
    recovery_dialog: ("ask_recovery",),
    about_dialog: ("open_link",),
}
"""Every function that opens a modal dialog (or hands a file to the desktop)."""

REAL = {
    (module, name): getattr(module, name) for module, names in GUARDED.items() for name in names
}
"""The real functions, for the tests of the prompts themselves."""


@pytest.fixture(autouse=True)
def no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, names in GUARDED.items():
        for name in names:
            def fail(*args: Any, _name: str = name, **kwargs: Any) -> Any:
                raise AssertionError(f"unexpected dialog {_name}: {args[1:]}")

            monkeypatch.setattr(module, name, fail)


@pytest.fixture
def season_file(tmp_path: Path) -> Path:
    """A copy of the demo season in a temporary folder."""
    path = tmp_path / "harbour.season.json"
    shutil.copy(demo_path(), path)
    return path


@pytest.fixture
def window(qtbot: QtBot, season_file: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The main window on a copy of the demo season, shown and active."""
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.model.storage import load_season
    from planner_gui.views.main_window import MainWindow

    document = SeasonDocument(load_season(season_file), season_file)
    main = MainWindow(document, today=lambda: TODAY)

    def discard_on_close(_widget: Any) -> None:
        # Close at teardown without asking about unsaved changes (open editors commit
        # on the way out, so marking the document clean beforehand is not enough).
        monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.Answer.DISCARD)

    qtbot.addWidget(main, before_close_func=discard_on_close)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


@pytest.fixture(autouse=True, scope="session")
def collect_between_tests_only() -> Iterator[None]:
    """Run Python's cycle collector between tests, never while Qt is painting.

    WORKAROUND: windows, documents and their undo stacks form reference cycles that
    pass through Qt's ownership. The collector frees them whenever it happens to run;
    when that was inside a paint event, Qt went on painting a widget it had just
    deleted and the process crashed (QWidgetPrivate::shouldPaintOnScreen). Collecting
    at a test's end, once its windows are closed and their deletions processed, keeps
    the frees where nothing is being painted.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test(qapp: Any) -> Iterator[None]:
    yield
    qapp.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
