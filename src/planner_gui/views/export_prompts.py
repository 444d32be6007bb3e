"""The modal steps of File ▸ Export PDF…, Export Calendar… and Export Spreadsheet…
(its dialog), each a small function that tests replace.

Showing the options dialog, the file and folder choosers, the message boxes and
opening the result all block on the coach (or hand off to the desktop), so none of
them may run under pytest. The export modules call them through this module
(``export_prompts.ask_folder(...)``, never ``from ... import ask_folder``) so that a
test's ``monkeypatch.setattr(export_prompts, ...)`` takes effect everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from planner_gui.views import dialogs

if TYPE_CHECKING:
    from planner_gui.model.season import Season
    from planner_gui.views.calendar_dialog import CalendarDialog
    from planner_gui.views.export_dialog import ExportDialog
    from planner_gui.views.spreadsheet_dialog import SpreadsheetDialog

_Dialog = TypeVar("_Dialog", "ExportDialog", "CalendarDialog", "SpreadsheetDialog")
_Options = TypeVar("_Options")

MAX_LISTED = 8
"""File names listed in the replace question; more are counted."""


def run_dialog(dialog: ExportDialog | CalendarDialog | SpreadsheetDialog) -> bool:
    """Show the dialog modally; True when the coach pressed Export."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def chosen_options(dialog: _Dialog, read: Callable[[_Dialog], _Options]) -> _Options | None:
    """Show an export's dialog (``run_dialog``); what ``read`` takes from it when the
    coach pressed Export, None when cancelled. The dialog is deleted afterwards."""
    try:
        return read(dialog) if run_dialog(dialog) else None
    finally:
        dialog.deleteLater()


def chosen_for_export(
    parent: QWidget | None,
    season: Season,
    what: str,
    dialog: Callable[[], _Dialog],
    read: Callable[[_Dialog], _Options],
) -> _Options | None:
    """The start of every File ▸ Export…: with nobody on the roster, say so (``what``:
    "plan sheets", "a calendar") and stop; else the coach's choice in the export's
    dialog (``chosen_options``), None when cancelled."""
    if not season.athletes:
        dialogs.show_error(parent, "Nothing to export", f"Add an athlete before exporting {what}.")
        return None
    return chosen_options(dialog(), read)


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save one PDF (None when cancelled)."""
    return _ask_file(parent, suggested, "Export PDF", "PDF files (*.pdf)", ".pdf", "PDFs")


def ask_calendar_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save one calendar file (None when cancelled)."""
    return _ask_file(
        parent, suggested, "Export Calendar", "Calendar files (*.ics)", ".ics", "calendar files"
    )


def ask_csv_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to write the spreadsheet (None when cancelled); ``.csv`` is added to a
    name typed without a suffix, and a suffix the coach typed (``.txt``) is kept."""
    return _ask_file(
        parent, suggested, "Export Spreadsheet", "Spreadsheet files (*.csv)", ".csv",
        "spreadsheets", keep_typed_suffix=True,
    )


def _ask_file(
    parent: QWidget | None,
    suggested: Path,
    title: str,
    kind: str,
    suffix: str,
    files: str,
    *,
    keep_typed_suffix: bool = False,
) -> Path | None:
    """The save chooser; ``suffix`` is added to a name without it (``files`` names what
    is replaced, in the plural, when that name is already taken)."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), f"{kind};;All files (*)")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == suffix or (keep_typed_suffix and path.suffix):
        return path  # the chooser itself asked before choosing an existing file
    path = path.with_name(path.name + suffix)
    # The chooser only asked about the name as typed; ask about the real one.
    if path.exists() and not confirm_replace(parent, path.parent, [path.name], files):
        return None
    return path


def ask_folder(
    parent: QWidget | None, suggested: Path, title: str = "Export one PDF per athlete"
) -> Path | None:
    """Ask for the folder that receives one file per athlete (None when cancelled)."""
    name = QFileDialog.getExistingDirectory(parent, title, str(suggested))
    return Path(name) if name else None


def confirm_replace(
    parent: QWidget | None, folder: Path, names: Sequence[str], files: str = "PDFs"
) -> bool:
    """Ask once whether to replace the files ``names`` already in ``folder``.

    ``files`` names what they are, in the plural ("PDFs", "calendar files").
    """
    where = f"“{folder.name or folder}”"
    if len(names) == 1:
        text = f"{where} already has a file named {names[0]}. Replace it?"
    else:
        text = f"{where} already has {len(names)} of these {files}. Replace them?"
    listed = [f"• {name}" for name in names[:MAX_LISTED]]
    if len(names) > MAX_LISTED:
        listed.append(f"… and {len(names) - MAX_LISTED} more")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Replace files?")
    box.setText(text)
    box.setInformativeText(
        ("\n".join(listed) + "\n\n" if len(names) > 1 else "") + f"Folder: {folder}"
    )
    replace = box.addButton("&Replace", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is replace


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the coach about names that may not print."""
    QMessageBox.warning(parent, title, text)


def open_path(path: Path) -> bool:
    """Open a PDF (or a folder) with the desktop's program for it.

    False when the desktop has none (no PDF viewer, no file manager, no xdg-open).
    """
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_or_explain(parent: QWidget | None, path: Path) -> bool:
    """Open a PDF or a folder with the desktop; when it cannot, tell the coach why."""
    if open_path(path):
        return True
    if path.is_dir():
        show_warning(
            parent, "Cannot show the folder",
            f"No file manager was found to show the folder {path}.\n\n"
            "The PDFs are saved there.",
        )
    else:
        show_warning(
            parent, "Cannot open the PDF",
            f"{path.name} was saved, but no program to open PDF files was found "
            f"on this computer.\n\nIt is in the folder {path.parent}.",
        )
    return False
