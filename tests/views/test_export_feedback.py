"""File ▸ Export PDF… in the window: where the PDF went, opening it, replacing files,
the remembered choices and the suggested name.

The export dialog is the real one, driven with clicks and keys; the file choosers,
message boxes and the desktop's "open" are replaced by recorders.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QListWidget

from planner_gui.export.paper import Paper
from planner_gui.views import dialogs, export_job, export_prompts
from planner_gui.views.export_dialog import OPEN_KEY, PAPER_KEY, SPLIT_KEY, ExportDialog
from tests.export.pdf_reading import outline

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")

Steps = Callable[[ExportDialog], None]


class Prompts:
    """Stands in for every modal step of the export; records what it was asked."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.open_works = True
        self.warnings: list[tuple[str, str]] = []
        self.replace_asked: list[tuple[Path, list[str]]] = []
        self.replace = False
        self.suggested: list[Path] = []
        self.target: Path | None = None

    def open_path(self, path: Path) -> bool:
        self.opened.append(path)
        return self.open_works

    def show_warning(self, _parent: Any, title: str, text: str) -> None:
        self.warnings.append((title, text))

    def confirm_replace(self, _parent: Any, folder: Path, names: Any) -> bool:
        self.replace_asked.append((folder, list(names)))
        return self.replace

    def ask(self, _parent: Any, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.target


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    record = Prompts()

    def fail(*args: Any, **_kwargs: Any) -> Any:
        raise AssertionError(f"unexpected export prompt: {args[1:]}")

    for name in ("run_dialog", "ask_pdf_path", "ask_folder"):
        monkeypatch.setattr(export_prompts, name, fail)
    monkeypatch.setattr(dialogs, "show_error", fail)
    monkeypatch.setattr(export_prompts, "open_path", record.open_path)
    monkeypatch.setattr(export_prompts, "show_warning", record.show_warning)
    monkeypatch.setattr(export_prompts, "confirm_replace", record.confirm_replace)
    monkeypatch.setattr(export_prompts, "ask_pdf_path", record.ask)
    monkeypatch.setattr(export_prompts, "ask_folder", record.ask)
    return record


def _click_item(qtbot: Any, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tick_only(qtbot: Any, dialog: ExportDialog, *names: str) -> None:
    """None, then tick each named athlete: click its row, press Space."""
    qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
    rows = [dialog.athletes.item(r).text() for r in range(dialog.athletes.count())]
    for name in names:
        _click_item(qtbot, dialog.athletes, rows.index(name))
        qtbot.keyClick(dialog.athletes, Qt.Key.Key_Space)


def _choose_paper(qtbot: Any, combo: QComboBox, paper: Paper) -> None:
    combo.setFocus()
    index = [combo.itemData(i) for i in range(combo.count())].index(paper)
    while combo.currentIndex() != index:
        down = combo.currentIndex() < index
        qtbot.keyClick(combo, Qt.Key.Key_Down if down else Qt.Key.Key_Up)


def _export(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, steps: Steps) -> list[
    ExportDialog
]:
    """Press Ctrl+P, play ``steps`` on the real dialog, wait for the export to end."""
    shown: list[ExportDialog] = []

    def run(dialog: ExportDialog) -> bool:
        dialog.show()  # a child of the window, deleted by the flow afterwards
        qtbot.waitExposed(dialog)
        shown.append(dialog)
        steps(dialog)
        return dialog.result() == ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(export_prompts, "run_dialog", run)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    qtbot.waitUntil(lambda: not export_job._RUNNING, timeout=60_000)
    return shown


def _press_export(qtbot: Any, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


# -- where it went ------------------------------------------------------------------


def test_after_an_export_the_window_says_where_the_pdf_went_and_opens_it(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "squad.pdf"
    target.parent.mkdir()
    prompts.target = target

    def steps(dialog: ExportDialog) -> None:
        _tick_only(qtbot, dialog, "Ana Martínez", "Kofi Mensah")
        qtbot.mouseClick(dialog.open_when_done, Qt.MouseButton.LeftButton)  # off
        _press_export(qtbot, dialog)

    _export(qtbot, window, monkeypatch, steps)

    assert [t for t, _, _ in outline(target)] == ["Coach overview", "Ana Martínez", "Kofi Mensah"]
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported 2 athletes (") and str(target) in message
    notice = window.export_notice
    assert notice.isVisible() and notice.label.text() == "Exported squad.pdf"
    assert prompts.opened == []  # "open when done" was off
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(notice.folder_button, Qt.MouseButton.LeftButton)
    assert prompts.opened == [target, target.parent]
    assert prompts.warnings == []
    qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()


def test_when_no_pdf_viewer_opens_the_file_the_window_says_so_naming_it(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "plans.pdf"
    prompts.target = target
    prompts.open_works = False  # what QDesktopServices.openUrl says without a viewer
    _export(qtbot, window, monkeypatch, lambda d: _press_export(qtbot, d))

    assert target.is_file()
    assert prompts.opened == [target]  # "open when done" is on by default
    [(title, text)] = prompts.warnings
    assert title == "Cannot open the PDF"
    assert "plans.pdf" in text and str(tmp_path) in text
    assert str(target) in window.statusBar().currentMessage()  # the path is still said

    qtbot.mouseClick(window.export_notice.folder_button, Qt.MouseButton.LeftButton)
    assert prompts.warnings[-1][0] == "Cannot show the folder"
    assert str(tmp_path) in prompts.warnings[-1][1]


def test_one_pdf_per_athlete_says_the_folder_and_opens_it(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    prompts.target = folder

    def steps(dialog: ExportDialog) -> None:
        _tick_only(qtbot, dialog, "Kofi Mensah", "Björn Ødegård")
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        _press_export(qtbot, dialog)

    _export(qtbot, window, monkeypatch, steps)
    assert sorted(p.name for p in folder.iterdir()) == ["Björn Ødegård.pdf", "Kofi Mensah.pdf"]
    assert window.statusBar().currentMessage() == (
        f"Exported 2 PDFs, one per athlete, to {folder}."
    )
    assert window.export_notice.label.text() == "Exported 2 PDFs to sheets/"
    assert prompts.opened == [folder]
    assert not window.export_notice.open_button.isVisible()  # the folder, not 2 viewers
    qtbot.mouseClick(window.export_notice.folder_button, Qt.MouseButton.LeftButton)
    assert prompts.opened == [folder, folder]


# -- replacing files ----------------------------------------------------------------


def _old_files(folder: Path, *names: str) -> dict[str, tuple[bytes, int]]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"last week's sheet")
        os.utime(folder / name, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return {name: ((folder / name).read_bytes(), (folder / name).stat().st_mtime_ns)
            for name in names}


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def _all_per_athlete(qtbot: Any) -> Steps:
    def steps(dialog: ExportDialog) -> None:
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_when_done, Qt.MouseButton.LeftButton)  # off
        _press_export(qtbot, dialog)

    return steps


def test_no_to_the_replace_question_leaves_the_folder_untouched(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    before = _old_files(folder, "Kofi Mensah.pdf", "Ana Martínez.pdf", "notes.txt")
    prompts.target, prompts.replace = folder, False
    _export(qtbot, window, monkeypatch, _all_per_athlete(qtbot))

    # Asked once, about the two sheets that would be replaced (not the notes).
    assert prompts.replace_asked == [(folder, ["Ana Martínez.pdf", "Kofi Mensah.pdf"])]
    assert _state(folder) == before  # nothing written, nothing added
    assert not window.export_notice.isVisible()


def test_replace_writes_every_sheet(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    before = _old_files(folder, "Kofi Mensah.pdf", "Ana Martínez.pdf")
    prompts.target, prompts.replace = folder, True
    _export(qtbot, window, monkeypatch, _all_per_athlete(qtbot))

    assert len(prompts.replace_asked) == 1
    after = _state(folder)
    assert len(after) == 7
    for name, old in before.items():
        assert after[name] != old and after[name][0].startswith(b"%PDF")
    assert [t for t, _, _ in outline(folder / "Kofi Mensah.pdf")] == ["Kofi Mensah"]


def test_a_folder_without_those_names_is_not_asked_about(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "sheets"
    _old_files(folder, "Kofi Mensah (old).pdf")
    prompts.target = folder
    _export(qtbot, window, monkeypatch, _all_per_athlete(qtbot))
    assert prompts.replace_asked == []
    assert len(list(folder.iterdir())) == 8


# -- remembered choices and the suggested name ----------------------------------------


def test_the_dialog_remembers_paper_output_and_open_between_exports(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    first_dialog = ExportDialog(window.document.season)
    qtbot.addWidget(first_dialog)
    default = Paper(first_dialog.paper.currentData())
    other = Paper.LETTER if default is Paper.A4 else Paper.A4
    prompts.target = None  # the folder chooser is cancelled: nothing is written

    def choose(dialog: ExportDialog) -> None:
        assert dialog.one_file.isChecked() and dialog.open_when_done.isChecked()
        _choose_paper(qtbot, dialog.paper, other)
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_when_done, Qt.MouseButton.LeftButton)
        _press_export(qtbot, dialog)

    _export(qtbot, window, monkeypatch, choose)

    def check_then_cancel(dialog: ExportDialog) -> None:
        assert Paper(dialog.paper.currentData()) is other
        assert dialog.per_athlete.isChecked() and not dialog.one_file.isChecked()
        assert not dialog.open_when_done.isChecked()
        qtbot.mouseClick(dialog.one_file, Qt.MouseButton.LeftButton)  # then Cancel
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _export(qtbot, window, monkeypatch, check_then_cancel)

    def check_again(dialog: ExportDialog) -> None:
        assert dialog.per_athlete.isChecked()  # a cancelled dialog changed nothing
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    _export(qtbot, window, monkeypatch, check_again)


def test_remembered_choices_stored_as_text_read_back_right(qtbot: Any, window: Any) -> None:
    # INI files and some platforms hand every value back as a string.
    settings = QSettings()
    settings.setValue(PAPER_KEY, "tabloid")  # from another version: fall back
    settings.setValue(SPLIT_KEY, "false")
    settings.setValue(OPEN_KEY, "false")
    dialog = ExportDialog(window.document.season)
    qtbot.addWidget(dialog)
    assert dialog.one_file.isChecked() and not dialog.open_when_done.isChecked()
    assert dialog.paper.currentIndex() >= 0
    settings.setValue(PAPER_KEY, "letter")
    settings.setValue(SPLIT_KEY, "true")
    dialog = ExportDialog(window.document.season)
    qtbot.addWidget(dialog)
    assert Paper(dialog.paper.currentData()) is Paper.LETTER and dialog.per_athlete.isChecked()


def test_one_ticked_athlete_suggests_a_safe_file_name_after_them(
    qtbot: Any, window: Any, prompts: Prompts, monkeypatch: pytest.MonkeyPatch,
    season_file: Path,
) -> None:
    athletes = window.document.season.athletes
    renamed = athletes[0].model_copy(update={"name": 'Ana "Fast" Martínez/Ruiz'})
    window.document.reset(
        window.document.season.model_copy(update={"athletes": (renamed, *athletes[1:])}),
        season_file,
    )
    _export(qtbot, window, monkeypatch, lambda d: (
        _tick_only(qtbot, d, 'Ana "Fast" Martínez/Ruiz'), _press_export(qtbot, d)))
    _export(qtbot, window, monkeypatch, lambda d: (
        _tick_only(qtbot, d, "Kofi Mensah", "Zoë Kowalczyk"), _press_export(qtbot, d)))
    assert prompts.suggested == [
        season_file.parent / "Ana _Fast_ Martínez_Ruiz.pdf",
        season_file.parent / "Harbour Runners 2027.pdf",  # several: the season's name
    ]
