"""The modal steps of File ▸ Export PDF…, each a small function that tests replace.

Showing the options dialog, the file and folder choosers, the message boxes and
opening the result all block on the coach (or hand off to the desktop), so none of
them may run under pytest. The export modules call them through this module
(``export_prompts.show_error(...)``, never ``from ... import show_error``) so that a
test's ``monkeypatch.setattr(export_prompts, ...)`` takes effect everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from planner_gui.views.export_dialog import ExportDialog


def run_dialog(dialog: ExportDialog) -> bool:
    """Show the dialog modally; True when the coach pressed Export."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save one PDF (None when cancelled)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export PDF", str(suggested), "PDF files (*.pdf);;All files (*)"
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_folder(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask for the folder that receives one PDF per athlete (None when cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, "Export one PDF per athlete", str(suggested))
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the coach the export failed."""
    QMessageBox.critical(parent, title, text)


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the coach about names that may not print."""
    QMessageBox.warning(parent, title, text)


def open_path(path: Path) -> None:
    """Open a PDF (or a folder of them) with the desktop's viewer."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
