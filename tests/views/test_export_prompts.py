"""The export's small prompts: default paper from the locale, the .pdf suffix, the
replace question and opening the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from planner_gui.export.paper import Paper
from planner_gui.views import export_prompts
from planner_gui.views.export_dialog import locale_paper
from tests.views.conftest import REAL


@pytest.fixture(autouse=True)
def real_prompts(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests exercise the prompts themselves, each with Qt's dialog replaced."""
    for (module, name), function in REAL.items():
        if module is export_prompts:
            monkeypatch.setattr(module, name, function)


@pytest.mark.parametrize(
    ("language", "territory", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, Paper.LETTER),
        (QLocale.Language.French, QLocale.Country.Canada, Paper.LETTER),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, Paper.A4),
        (QLocale.Language.German, QLocale.Country.Germany, Paper.A4),
    ],
)
def test_the_default_paper_follows_the_system_locale(language, territory, paper):
    before = QLocale()
    QLocale.setDefault(QLocale(language, territory))
    try:
        assert locale_paper() is paper
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("plans", "plans.pdf"), ("plans.PDF", "plans.PDF"), ("squad.v2", "squad.v2.pdf")],
)
def test_a_typed_name_without_pdf_gets_the_suffix(monkeypatch, tmp_path, typed, saved):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_: (str(tmp_path / typed), "PDF files (*.pdf)")
    )
    assert export_prompts.ask_pdf_path(None, tmp_path / "x.pdf") == tmp_path / saved


def test_cancelling_the_save_dialog_exports_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_: ("", ""))
    assert export_prompts.ask_pdf_path(None, Path(tmp_path / "x.pdf")) is None


def test_a_typed_name_that_becomes_an_existing_pdf_asks_before_replacing(monkeypatch, tmp_path):
    # The chooser asked about "plans"; "plans.pdf" is what would be replaced.
    (tmp_path / "plans.pdf").write_bytes(b"last week")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_: (str(tmp_path / "plans"), "PDF files (*.pdf)")
    )
    asked = []
    answer = False
    monkeypatch.setattr(
        export_prompts, "confirm_replace",
        lambda _parent, folder, names, _files: asked.append((folder, names)) or answer,
    )
    assert export_prompts.ask_pdf_path(None, tmp_path / "x.pdf") is None
    answer = True
    assert export_prompts.ask_pdf_path(None, tmp_path / "x.pdf") == tmp_path / "plans.pdf"
    assert asked == [(tmp_path, ["plans.pdf"])] * 2
    assert (tmp_path / "plans.pdf").read_bytes() == b"last week"


def _answer_box(qtbot, button_text, seen):
    """Click ``button_text`` in the message box once it is up; keep its texts."""

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_replace_question_lists_the_files_once(qtbot, tmp_path):
    names = [f"Athlete {n}.pdf" for n in range(1, 11)]
    seen = []
    _answer_box(qtbot, "Cancel", seen)
    assert export_prompts.confirm_replace(None, tmp_path / "sheets", names) is False
    _answer_box(qtbot, "Replace", seen)
    assert export_prompts.confirm_replace(None, tmp_path / "sheets", names[:1]) is True
    many, one = seen
    assert many.startswith("“sheets” already has 10 of these PDFs. Replace them?")
    assert "• Athlete 8.pdf" in many and "Athlete 9" not in many and "… and 2 more" in many
    assert str(tmp_path / "sheets") in many
    assert one.startswith("“sheets” already has a file named Athlete 1.pdf. Replace it?")


def test_open_path_says_whether_the_desktop_could_open_it(monkeypatch, tmp_path):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    assert export_prompts.open_path(tmp_path / "plans.pdf") is False
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    assert export_prompts.open_path(tmp_path / "plans.pdf") is True
