"""File ▸ Export Spreadsheet…: the athletes' dialog, the chooser, the file it writes,
and what it refuses."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMenu
from pytestqt.qtbot import QtBot

from planner_gui.export.spreadsheet import HEADER
from planner_gui.views import dialogs, export_prompts
from planner_gui.views.spreadsheet_dialog import SpreadsheetDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _choose_export_spreadsheet(qtbot: QtBot, window: Any) -> None:
    """Alt+F opens the File menu; D, the underlined letter, chooses Export Spreadsheet…."""
    letters = [a.text().split("&")[1][0].lower() for a in window.file_menu.actions()
               if "&" in a.text()]
    assert letters.count("d") == 1
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.file_menu
    qtbot.keyClick(menu, Qt.Key.Key_D)


def _driver(qtbot: QtBot, steps: Any) -> Any:
    """A ``run_dialog`` replacement that shows the real dialog and plays ``steps``."""

    def run(dialog: SpreadsheetDialog) -> bool:
        assert isinstance(dialog, SpreadsheetDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        return dialog.result() == SpreadsheetDialog.DialogCode.Accepted

    return run


def _export_all(qtbot: QtBot) -> Any:
    """The dialog answered with a click on Export, as it opens (everyone ticked)."""
    return _driver(qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton))


def _click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _rows(out: Path) -> list[list[str]]:
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_file_menu_writes_every_athletes_plan(
    qtbot: QtBot, window: Any, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[Path] = []
    out = season_file.parent / "plan.csv"
    monkeypatch.setattr(
        export_prompts, "ask_csv_path", lambda _p, s: suggested.append(s) or out
    )
    monkeypatch.setattr(export_prompts, "run_dialog", _export_all(qtbot))
    before = window.document.season
    _choose_export_spreadsheet(qtbot, window)
    qtbot.waitUntil(out.exists)

    # The chooser starts beside the season file, named after the season.
    assert suggested == [season_file.parent / "Harbour Runners 2027.csv"]
    assert out.read_bytes().startswith(b"\xef\xbb\xbfAthlete,Week,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    assert len(rows) == 1 + 7 * 52
    assert rows[1][:5] == ["Ana Martínez", "1", "2027-01-04", "2027-01-10", "Free weeks"]
    assert window.statusBar().currentMessage() == "Exported the plan to plan.csv."
    assert window.document.season is before and not window.document.modified


def test_it_follows_the_edits_on_screen(
    qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_prompts, "run_dialog", _export_all(qtbot))
    window.document.rename_athlete(window.document.season.athletes[0].id, "Ana, the captain")
    out = tmp_path / "plan.csv"
    monkeypatch.setattr(export_prompts, "ask_csv_path", lambda *_: out)
    assert window.export_spreadsheet() == out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][0] == "Ana, the captain"  # unsaved edits included: what the coach sees


def test_cancel_writes_nothing(
    qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_prompts, "run_dialog", _export_all(qtbot))
    monkeypatch.setattr(export_prompts, "ask_csv_path", lambda *_: None)
    assert window.export_spreadsheet() is None
    assert list(tmp_path.glob("*.csv")) == []

    # Cancel in the dialog: the chooser never opens (it is guarded), nothing remembered.
    def cancel(dialog: SpreadsheetDialog) -> None:
        qtbot.mouseClick(dialog.choice.select_none, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, cancel))
    monkeypatch.setattr(export_prompts, "ask_csv_path", lambda *_: pytest.fail("asked"))
    assert window.export_spreadsheet() is None
    assert list(tmp_path.glob("*.csv")) == []
    seen: list[str] = []
    monkeypatch.setattr(export_prompts, "run_dialog", _driver(
        qtbot, lambda d: seen.append(d.choice.count_label.text())))
    window.export_spreadsheet()
    assert seen == ["7 of 7 chosen"]


def test_the_season_file_itself_is_refused(
    qtbot: QtBot, window: Any, season_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_prompts, "run_dialog", _export_all(qtbot))
    before = season_file.read_bytes()
    errors: list[str] = []
    monkeypatch.setattr(export_prompts, "ask_csv_path", lambda *_: season_file)
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    assert window.export_spreadsheet() is None
    assert errors == [
        "harbour.season.json is the season file itself: give the spreadsheet another name."
    ]
    assert season_file.read_bytes() == before


def test_a_failed_write_says_so_and_keeps_the_old_file(
    qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_prompts, "run_dialog", _export_all(qtbot))
    out = tmp_path / "plan.csv"
    out.write_text("last week's", encoding="utf-8")

    def refuse(_path: Path, _content: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("planner_gui.export.spreadsheet.write_atomically", refuse)
    monkeypatch.setattr(export_prompts, "ask_csv_path", lambda *_: out)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: errors.append(title))
    assert window.export_spreadsheet() is None
    assert errors == ["Cannot export spreadsheet"]
    assert out.read_text(encoding="utf-8") == "last week's"


def test_a_season_without_athletes_has_nothing_to_export(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.document.reset(window.document.season.model_copy(update={"athletes": ()}), None)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, *words: errors.extend(words))
    assert window.export_spreadsheet() is None  # the chooser is guarded: it must not open
    assert errors == ["Nothing to export", "Add an athlete before exporting a spreadsheet."]


def test_two_chosen_athletes_and_the_choice_is_remembered(
    qtbot: QtBot, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    season = window.document.season
    window.selection.select_athlete("kofi")
    suggested: list[Path] = []
    out = tmp_path / "two.csv"
    monkeypatch.setattr(export_prompts, "ask_csv_path",
                        lambda _p, s: suggested.append(s) or out)

    def steps(dialog: SpreadsheetDialog) -> None:
        athletes = dialog.choice.athletes
        assert dialog.windowTitle() == "Export Spreadsheet"
        assert athletes.currentItem().text() == "Kofi Mensah"
        qtbot.mouseClick(dialog.choice.select_none, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()  # nobody to export yet
        qtbot.keyClick(athletes, Qt.Key.Key_Space)  # ticks Kofi, the current athlete
        assert dialog.choice.count_label.text() == "1 of 7 chosen"
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, steps))
    _choose_export_spreadsheet(qtbot, window)
    qtbot.waitUntil(out.exists)
    # One athlete: the chooser offers the athlete's name, beside the season file.
    assert suggested == [window.document.path.parent / "Kofi Mensah.csv"]
    rows = _rows(out)
    assert {row[0] for row in rows[1:]} == {"Kofi Mensah"} and len(rows) == 1 + 52

    # The next export starts with the same athletes ticked; add Zoë (row 2) with a click.
    def again(dialog: SpreadsheetDialog) -> None:
        assert dialog.choice.chosen_ids() == ("kofi",)
        _click_item(qtbot, dialog.choice.athletes, 2)
        qtbot.keyClick(dialog.choice.athletes, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    monkeypatch.setattr(export_prompts, "run_dialog", _driver(qtbot, again))
    assert window.export_spreadsheet() == out
    assert suggested[-1] == window.document.path.parent / "Harbour Runners 2027.csv"
    names = [row[0] for row in _rows(out)[1:]]
    assert names == ["Zoë Kowalczyk"] * 52 + ["Kofi Mensah"] * 52  # roster order
    assert window.statusBar().currentMessage() == "Exported the plan to two.csv."
    assert {a.name for a in season.athletes} >= set(names)


def test_the_chooser_adds_csv_to_a_bare_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.views.conftest import REAL

    real = REAL[(export_prompts, "ask_csv_path")]
    answers = iter([("/tmp/plan", ""), ("/tmp/plan.txt", ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: next(answers))
    assert real(None, Path("x.csv")) == Path("/tmp/plan.csv")
    assert real(None, Path("x.csv")) == Path("/tmp/plan.txt")
    assert real(None, Path("x.csv")) is None


def test_the_chooser_asks_before_replacing_the_file_a_bare_name_becomes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.views.conftest import REAL

    (tmp_path / "plan.csv").write_text("last week's")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: (str(tmp_path / "plan"), ""))
    asked: list[tuple[list[str], str]] = []

    def answer(_parent: object, _folder: Path, names: list[str], files: str) -> bool:
        asked.append((list(names), files))
        return False

    monkeypatch.setattr(export_prompts, "confirm_replace", answer)
    assert REAL[(export_prompts, "ask_csv_path")](None, tmp_path / "x.csv") is None
    assert asked == [(["plan.csv"], "spreadsheets")]
