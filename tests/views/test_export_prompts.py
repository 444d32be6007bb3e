"""The export's small prompts: default paper from the locale, the .pdf suffix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog

from planner_gui.export.paper import Paper
from planner_gui.views import export_prompts
from planner_gui.views.export_dialog import locale_paper


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
