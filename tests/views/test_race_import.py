"""File ▸ Import Races…: the preview a coach sees, and Import as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from planner_gui.model.demo import load_demo
from planner_gui.views import dialogs, race_import_dialog
from planner_gui.views.race_import_dialog import BAD_BACKGROUND, BAD_TEXT, RaceImportDialog

CLUB_LIST = (
    "Athlete;Name;Date;Priority;Distance;Notes\r\n"
    "Kofi Mensah;Zürich-Marathon;27.06.2027;A;Marathon;Startnummer abholen\r\n"
    "René Müller;Stadtlauf Köln;12.09.2027;;10 km;\r\n"
    "Kofi Mensah;Harbour parkrun;08.05.2027;;;\r\n"
    "René Müller;Genève Half;31.02.2027;B;Half marathon;\r\n"
    "Kofi Mensah;Köln 15;10.10.2027;B;15 km;\r\n"
)
# The offscreen platform cannot pass a dialog window's size hints on (harmless).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")

SLASHED = "athlete,name,date\nAna Martínez,Spring 10k,03/04/2027\nNew Runner,Relay,05/06/2027\n"


def open_preview(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, content: bytes
) -> RaceImportDialog:
    path = tmp_path / "races.csv"
    path.write_bytes(content)
    asked: list[str] = []

    def pick(_parent: Any, directory: str) -> Path:
        asked.append(directory)
        return path

    monkeypatch.setattr(race_import_dialog, "ask_races_path", pick)
    assert window.action_import_races in window.file_menu.actions()
    window.action_import_races.trigger()
    dialog = window.findChild(RaceImportDialog)
    assert dialog is not None and asked == [str(tmp_path)]  # starts in the season's folder
    qtbot.waitExposed(dialog)
    return dialog


def cells(dialog: RaceImportDialog, row: int) -> list[str]:
    table = dialog.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def click(qtbot: QtBot, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def race_names(window: Any, athlete: str) -> list[str]:
    return [r.name for a in window.document.season.athletes if a.name == athlete for r in a.races]


def test_the_preview_shows_every_row_and_import_is_one_undo_step(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_preview(window, tmp_path, monkeypatch, qtbot, CLUB_LIST.encode("cp1252"))
    assert not dialog.order_box.isVisible()  # dotted dates are always day first
    assert [cells(dialog, r) for r in range(dialog.table.rowCount())] == [
        ["2", "Kofi Mensah", "Zürich-Marathon", "Sun 27 Jun 2027", "A", "Marathon", "Added"],
        ["3", "René Müller (new)", "Stadtlauf Köln", "Sun 12 Sep 2027", "C", "10 km",
         "Added for a new athlete"],
        ["4", "Kofi Mensah", "Harbour parkrun", "Sat 8 May 2027", "C", "Other",
         "Skipped: already in the season"],
        ["5", "René Müller (new)", "Genève Half", "31.02.2027", "B", "Half marathon",
         "Not imported: the date “31.02.2027”: February 2027 has no day 31."],
        ["6", "Kofi Mensah", "Köln 15", "Sun 10 Oct 2027", "B", "",
         "Not imported: the distance “15 km” is not one of 5k, 10k, half marathon, "
         "marathon, ultra or other"],
    ]  # fmt: skip
    bad = dialog.table.item(3, 2)
    assert (bad.background().color(), bad.foreground().color()) == (BAD_BACKGROUND, BAD_TEXT)
    grey = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert dialog.table.item(2, 1).foreground().color() == grey
    assert dialog.table.item(0, 1).foreground().style() == Qt.BrushStyle.NoBrush  # plain text
    assert "René Müller" in dialog.summary.text() and "2 bad rows" in dialog.summary.text()
    assert dialog.import_button.text() == "Import 2 Races"

    before = window.document.season
    steps = window.document.undo_stack.count()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.document.undo_stack.count() == steps + 1
    assert race_names(window, "Kofi Mensah")[-1] == "Zürich-Marathon"
    assert race_names(window, "René Müller") == ["Stadtlauf Köln"]
    assert window.roster.list.model().rowCount() == len(before.athletes) + 1
    assert "Imported from races.csv: 2 races" in window.statusBar().currentMessage()

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.season == before  # one Undo takes all of it back


def test_dates_that_read_two_ways_ask_and_the_answer_changes_the_preview(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    dialog = open_preview(window, tmp_path, monkeypatch, qtbot, SLASHED.encode())
    assert dialog.order_box.isVisible()
    assert dialog.day_first_button.isChecked()
    assert "3 April 2027" in dialog.day_first_button.text()
    assert cells(dialog, 0)[3] == "Sat 3 Apr 2027"
    click(qtbot, dialog.month_first_button)
    assert cells(dialog, 0)[3] == "Thu 4 Mar 2027"
    assert cells(dialog, 1)[3] == "Thu 6 May 2027"
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r.date.isoformat() for r in window.document.season.athletes[0].races][-1] == (
        "2027-03-04"
    )
    assert race_names(window, "New Runner") == ["Relay"]


def test_cancel_changes_nothing_and_nothing_to_add_offers_no_import(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    content = b"athlete,name,date\nKofi Mensah,Harbour parkrun,2027-05-08\n"
    dialog = open_preview(window, tmp_path, monkeypatch, qtbot, content)
    assert not dialog.import_button.isEnabled()
    steps = window.document.undo_stack.count()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.document.undo_stack.count() == steps
    assert window.document.season == load_demo()


def test_a_file_that_is_no_race_list_says_why_and_opens_no_preview(
    window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"who,what\nAna,Run\n")
    monkeypatch.setattr(race_import_dialog, "ask_races_path", lambda *_: path)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    assert window.import_races() is None
    assert len(shown) == 1 and shown[0].startswith("notes.csv: the first row must name")
    assert window.findChild(RaceImportDialog) is None
