"""Where Save As, Open and Export PDF start: the season file's folder, else Documents.

A chooser handed a folder that does not exist opens in the working directory, so
these tests run from a working directory of their own and check that no chooser is
ever pointed there or at a missing folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner_gui.views import dialogs, export_prompts, recent_files
from planner_gui.views.export_dialog import ExportDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder without Documents, and a working directory somewhere else."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    elsewhere = tmp_path / "working directory"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return folder


class Asked:
    """The folders and names the choosers were handed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[Path] = []

        def record(_parent: Any, where: str | Path) -> None:
            self.paths.append(Path(where))

        monkeypatch.setattr(dialogs, "save_path", record)
        monkeypatch.setattr(dialogs, "open_path", record)
        monkeypatch.setattr(export_prompts, "ask_pdf_path", record)
        monkeypatch.setattr(export_prompts, "ask_folder", record)

    def last(self) -> Path:
        return self.paths[-1]


def _export(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, *, split: bool) -> None:
    """Ctrl+P, then Export in the real dialog (one file, or one per athlete)."""

    def run(dialog: ExportDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        button = dialog.per_athlete if split else dialog.one_file
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        return dialog.result() == ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(export_prompts, "run_dialog", run)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def _all_choosers(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What Save As, Open, Export PDF (one file) and Export PDF (folder) were handed."""
    asked = Asked(monkeypatch)
    window.action_save_as.trigger()
    window.action_open.trigger()
    _export(qtbot, window, monkeypatch, split=False)
    _export(qtbot, window, monkeypatch, split=True)
    return asked.paths


def test_choosers_start_in_the_season_files_folder(
    qtbot: Any, window: Any, home: Path, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = season_file.parent
    assert _all_choosers(qtbot, window, monkeypatch) == [
        season_file,  # Save As offers the file itself
        folder,
        folder / "Harbour Runners 2027.pdf",
        folder,
    ]


def test_an_untitled_season_starts_in_documents_never_the_working_directory(
    qtbot: Any, window: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.reset(window.document.season, None)
    documents = home / "Documents"
    documents.mkdir()
    assert _all_choosers(qtbot, window, monkeypatch) == [
        documents / "Harbour Runners 2027.season.json",
        documents,
        documents / "Harbour Runners 2027.pdf",
        documents,
    ]


def test_without_a_documents_folder_the_choosers_start_at_home(
    qtbot: Any, window: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.reset(window.document.season, None)
    assert [path if path.suffix == "" else path.parent
            for path in _all_choosers(qtbot, window, monkeypatch)] == [home] * 4


def test_a_season_whose_folder_is_gone_starts_in_documents(
    qtbot: Any, window: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "Documents").mkdir()
    gone = tmp_path / "usb stick" / "harbour.season.json"
    window.document.reset(window.document.season, gone)
    paths = _all_choosers(qtbot, window, monkeypatch)
    assert paths[0] == home / "Documents" / "harbour.season.json"
    assert paths[1] == paths[3] == home / "Documents"


def test_an_untitled_season_saves_and_opens_where_the_last_season_was(
    qtbot: Any, window: Any, home: Path, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recent_files.add_recent_file(season_file)
    window.document.reset(window.document.season, None)
    asked = Asked(monkeypatch)
    window.action_save_as.trigger()
    window.action_open.trigger()
    folder = season_file.resolve().parent
    assert asked.paths == [folder / "Harbour Runners 2027.season.json", folder]
