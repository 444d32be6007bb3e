"""File ▸ Export PDF…: the dialog driven with real clicks and keys, the export in its thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.export.paper import Paper
from planner_gui.model.demo import demo_squad, load_demo
from planner_gui.model.season import Athlete, Race, Season
from planner_gui.views import dialogs, export_job, export_prompts
from planner_gui.views.export_dialog import ExportDialog
from planner_gui.views.export_flow import export_pdf_from_window
from tests.export.pdf_reading import outline, read_pages

# The offscreen platform plugin warns when a shown window's size hints change (the
# dialogs here); that says nothing about the app.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Calls:
    """What the replaced modal functions were asked to do."""

    def __init__(self) -> None:
        self.opened: list[Path] = []
        self.errors: list[str] = []
        self.warnings: list[str] = []


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    record = Calls()
    monkeypatch.setattr(export_prompts, "open_path",
                        lambda path: record.opened.append(path) or True)
    monkeypatch.setattr(dialogs, "show_error",
                        lambda _parent, _title, text: record.errors.append(text))
    monkeypatch.setattr(export_prompts, "show_warning",
                        lambda _parent, _title, text: record.warnings.append(text))
    return record


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _document(season: Season) -> tuple[SeasonDocument, Selection]:
    document = SeasonDocument(season)
    return document, Selection(document)


def _click_item(qtbot: Any, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _dialog_driver(qtbot: Any, steps: Any) -> Any:
    """A ``run_dialog`` replacement that shows the real dialog and plays ``steps``."""

    def run(dialog: ExportDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        return dialog.result() == ExportDialog.DialogCode.Accepted

    return run


def _wait(qtbot: Any, job: export_job.ExportJob | None) -> export_job.ExportJob:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    return job


def test_two_chosen_athletes_on_letter_end_up_in_the_pdf(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document, selection = _document(load_demo())
    target = tmp_path / "two.pdf"

    def steps(dialog: ExportDialog) -> None:
        qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
        assert not dialog.export_button.isEnabled()  # nobody to print yet
        for row in (1, 4):  # Björn and Dmitry: pick each, tick it with the space bar
            _click_item(qtbot, dialog.athletes, row)
            qtbot.keyClick(dialog.athletes, Qt.Key.Key_Space)
        assert dialog.count_label.text() == "2 of 7 chosen"
        dialog.paper.setFocus()
        index = [dialog.paper.itemData(i) for i in range(dialog.paper.count())].index(Paper.LETTER)
        while dialog.paper.currentIndex() != index:
            qtbot.keyClick(dialog.paper, Qt.Key.Key_Down if dialog.paper.currentIndex() < index
                           else Qt.Key.Key_Up)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_pdf_path", lambda _parent, _suggested: target)
    job = _wait(qtbot, export_pdf_from_window(parent, document, selection))

    assert calls.errors == [] and calls.warnings == []
    assert [title for title, _, _ in outline(target)] == [
        "Coach overview", "Björn Ødegård", "Дмитрий Иванов",
    ]
    assert {(round(p.width), round(p.height)) for p in read_pages(target)} == {
        (612, 792), (792, 612),
    }
    assert calls.opened == [target]  # "open the result when done" is on by default
    assert job.result is not None and job.result.athletes == ("Björn Ødegård", "Дмитрий Иванов")


def test_cancel_in_the_progress_dialog_stops_and_writes_nothing(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document, selection = _document(demo_squad(40))
    target = tmp_path / "squad.pdf"
    monkeypatch.setattr(export_job, "PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    monkeypatch.setattr(export_prompts, "ask_pdf_path", lambda _parent, _suggested: target)
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    job = export_pdf_from_window(parent, document, selection)
    assert job is not None and not job.done  # the export runs in the background
    qtbot.waitUntil(lambda: job.progress.isVisible() and job.progress.value() >= 1,
                    timeout=30_000)
    assert ticks > 0  # the GUI thread kept handling events meanwhile
    cancel = job.progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    _wait(qtbot, job)
    timer.stop()

    assert job.was_cancelled and job.result is None
    assert list(tmp_path.iterdir()) == []  # no PDF, no temp file
    assert calls.opened == [] and calls.errors == []
    assert not job.progress.isVisible()


def test_one_file_per_athlete_into_a_folder(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document, selection = _document(load_demo())
    selection.select_athlete("kofi")

    def steps(dialog: ExportDialog) -> None:
        assert dialog.athletes.currentItem().text() == "Kofi Mensah"
        qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.athletes, Qt.Key.Key_Space)  # ticks the current athlete
        qtbot.mouseClick(dialog.per_athlete, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.open_when_done, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_folder", lambda _parent, _suggested: tmp_path)
    _wait(qtbot, export_pdf_from_window(parent, document, selection))
    assert [p.name for p in tmp_path.iterdir()] == ["Kofi Mensah.pdf"]
    assert calls.opened == [] and calls.errors == []


def test_the_coachs_notes_left_off_with_one_click_and_remembered(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demo = load_demo()
    ana = demo.athletes[0]
    document, selection = _document(demo)
    selection.select_athlete("ana")
    target = tmp_path / "ana.pdf"

    def steps(dialog: ExportDialog) -> None:
        assert dialog.include_notes.isChecked()  # notes print unless the coach says no
        qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog.athletes, Qt.Key.Key_Space)  # ticks Ana, the current one
        qtbot.mouseClick(dialog.include_notes, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(qtbot, steps))
    monkeypatch.setattr(export_prompts, "ask_pdf_path", lambda _parent, _suggested: target)
    _wait(qtbot, export_pdf_from_window(parent, document, selection))
    assert calls.errors == []
    text = " ".join(p.flat for p in read_pages(target))
    assert "Day by day — Ana Martínez" in text  # the sheet is all there…
    for note in (ana.notes, *(n.text for n in ana.week_notes)):
        assert note not in text  # …without the coach's notes
    assert "Goal: sub 3:30." in text  # race notes always print

    def tick_again(dialog: ExportDialog) -> None:
        assert not dialog.include_notes.isChecked()  # remembered from the last export
        qtbot.mouseClick(dialog.include_notes, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(qtbot, tick_again))
    _wait(qtbot, export_pdf_from_window(parent, document, selection))
    text = " ".join(p.flat for p in read_pages(target))
    assert all(n.text in text for n in ana.week_notes) and ana.notes in text


def test_names_the_font_lacks_are_shown_after_export(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demo = load_demo()
    chinese = Athlete(id="wang", name="王芳", races=(
        Race(id="sh", name="Shanghai 10k", date=dt.date(2027, 5, 2), distance="10k"),
    ))
    document, selection = _document(demo.model_copy(update={"athletes": (chinese,)}))
    target = tmp_path / "wang.pdf"
    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    monkeypatch.setattr(export_prompts, "ask_pdf_path", lambda _parent, _suggested: target)
    _wait(qtbot, export_pdf_from_window(parent, document, selection))
    assert target.exists()
    assert len(calls.warnings) == 1 and "王芳" in calls.warnings[0]
    assert "Shanghai 10k" not in calls.warnings[0]


def test_unwritable_target_shows_an_error(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document, selection = _document(load_demo())
    target = tmp_path / "gone" / "plans.pdf"
    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    monkeypatch.setattr(export_prompts, "ask_pdf_path", lambda _parent, _suggested: target)
    job = _wait(qtbot, export_pdf_from_window(parent, document, selection))
    assert job.result is None
    assert len(calls.errors) == 1 and "gone" in calls.errors[0]
    assert calls.opened == [] and not target.parent.exists()


def test_cancelling_the_dialog_or_the_file_chooser_exports_nothing(
    qtbot: Any, parent: QWidget, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    document, selection = _document(load_demo())
    asked: list[Path] = []
    monkeypatch.setattr(export_prompts, "ask_pdf_path",
                        lambda _parent, suggested: asked.append(suggested))
    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(
        qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape)))
    assert export_pdf_from_window(parent, document, selection) is None
    assert asked == []
    monkeypatch.setattr(export_prompts, "run_dialog", _dialog_driver(
        qtbot, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)))
    assert export_pdf_from_window(parent, document, selection) is None  # chooser cancelled
    assert [p.name for p in asked] == ["Harbour Runners 2027.pdf"]


def test_all_and_none_buttons(qtbot: Any) -> None:
    dialog = ExportDialog(load_demo())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.count_label.text() == "7 of 7 chosen" and dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.select_none, Qt.MouseButton.LeftButton)
    assert dialog.options().athlete_ids == () and not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert dialog.options().athlete_ids == tuple(a.id for a in load_demo().athletes)


def test_file_menu_export_action_opens_the_dialog(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner_gui.views.main_window import MainWindow

    window = MainWindow(SeasonDocument(load_demo()), remember=False)
    qtbot.addWidget(window)
    shown: list[ExportDialog] = []
    monkeypatch.setattr(export_prompts, "run_dialog", lambda d: shown.append(d) or False)
    action = window.action_export_pdf
    assert action in window.file_menu.actions()
    assert action.text().replace("&", "") == "Export PDF…"
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and shown[0].athletes.count() == 7


def test_every_alt_key_in_the_dialog_is_unique_and_alt_f_picks_a_pdf_per_athlete(
    qtbot: Any,
) -> None:
    # Two controls sharing a letter make Alt+letter only move the focus between them.
    dialog = ExportDialog(load_demo())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton)]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), texts
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.per_athlete.isChecked)  # a mnemonic clicks after a short flash
    assert dialog.options().split
