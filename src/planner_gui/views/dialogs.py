"""The window's modal questions and messages, each behind one small function.

The export's own prompts (file and folder choosers, the replace question, opening
the result) follow the same rule in ``export_prompts``, and say that an export failed
with ``show_error`` here, like a failed save; the dialogs of their own
(Season Settings, Export, New Season) are opened through functions here or there.

Modal dialogs block until a person answers, which would hang a test: tests replace
these functions (``monkeypatch.setattr(dialogs, "ask_unsaved", ...)``), so the code
that calls them must look them up through this module (``dialogs.ask_unsaved(...)``),
never import the functions by name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from planner_gui.model.season import Season

FILE_FILTER = "Season files (*.season.json);;JSON files (*.json);;All files (*)"


class Answer(Enum):
    """What to do with unsaved changes."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, name: str, action: str) -> Answer:
    """Ask whether to save the changes to ``name`` before ``action`` ("closing")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to {name} before {action}?")
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    clicked = box.exec()
    if clicked == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if clicked == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


class Conflict(Enum):
    """What to do when the file on disk changed since it was opened or saved."""

    OVERWRITE = "overwrite"
    SAVE_COPY = "save a copy"
    RELOAD = "reload"
    CANCEL = "cancel"


def ask_disk_conflict(parent: QWidget | None, name: str) -> Conflict:
    """Ask what to do with ``name``, changed on disk by someone else, before saving."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed on disk")
    box.setText(f"{name} was changed on disk since you opened it.")
    box.setInformativeText(
        "Another program or person saved it meanwhile. Overwrite their version with "
        "yours, save yours as a copy, or reload theirs (your changes are lost)."
    )
    buttons = [
        (box.addButton("Overwrite", QMessageBox.ButtonRole.DestructiveRole), Conflict.OVERWRITE),
        (box.addButton("Save as Copy…", QMessageBox.ButtonRole.AcceptRole), Conflict.SAVE_COPY),
        (box.addButton("Reload", QMessageBox.ButtonRole.ResetRole), Conflict.RELOAD),
    ]
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    clicked = box.clickedButton()
    return next((answer for button, answer in buttons if button is clicked), Conflict.CANCEL)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask a yes/no question whose yes button says ``action`` ("Delete")."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the coach something went wrong (a file that cannot be read, saved or exported)."""
    QMessageBox.warning(parent, title, text)


def open_path(parent: QWidget | None, directory: str) -> Path | None:
    """Ask for a season file to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, "Open season", directory, FILE_FILTER)
    return Path(name) if name else None


def save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the season; adds ``.season.json`` when no suffix was typed."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save season as", suggested, FILE_FILTER)
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_name(path.name + ".season.json")
    return path


def ask_new_season(parent: QWidget | None, proposal: Season) -> Season | None:
    """Ask for a new season's name, first day and length; None when cancelled."""
    from planner_gui.views.new_season_dialog import NewSeasonDialog  # first use only
    from planner_gui.views.season_dialog_parts import season_from

    return season_from(NewSeasonDialog(proposal, parent))
