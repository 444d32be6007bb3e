"""After an export: where the PDF or calendars went, with Open and Show in Folder buttons.

``ExportNotice`` sits in the main window's status bar. When an export it watches
succeeds, it says the full path in a status message and keeps the file name with
an Open (PDFs only) and a Show in Folder button until dismissed or the next export
starts. Opening goes through the desktop (``export_prompts.open_path``); when the desktop
has no program for it, ``open_or_explain`` says so, naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from planner_gui.views.export_prompts import open_or_explain

if TYPE_CHECKING:  # the export job (and what it exports) loads on the first export
    from planner_gui.views.export_job import BackgroundExport


class ExportNotice(QWidget):
    """The last export's file with Open / Show in Folder buttons (hidden until one).

    Signals:
        message(str): a sentence for the status bar, with the full path.
    """

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_notice")
        self.target: Path | None = None
        self.label = QLabel()
        # No mnemonics: Alt+F and Alt+O belong to the window's menus and panels.
        self.open_button = QToolButton()
        self.open_button.setText("Open")
        self.open_button.setToolTip("Open the PDF with the computer's PDF viewer")
        self.folder_button = QToolButton()
        self.folder_button.setText("Show in Folder")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip("Dismiss")
        self.close_button.setAccessibleName("Dismiss")
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(4)
        for widget in (self.label, self.open_button, self.folder_button, self.close_button):
            layout.addWidget(widget)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def watch(self, job: BackgroundExport) -> None:
        """Hide the last export's notice and show this one's when it succeeds."""
        self.hide()

        def finished(result: object) -> None:
            if result is not None:
                task = job.task
                self.show_result(task.message(result), task.notice(result), task.target,
                                 split=task.split, openable=task.openable)
            elif job.was_cancelled:  # a failure said so itself, in a message box
                self.message.emit(job.cancelled_message())

        job.finished.connect(finished)

    def show_result(
        self, message: str, notice: str, target: Path, *, split: bool, openable: bool
    ) -> None:
        """Say where the export went (``message``; ``notice`` stays) and offer to open it."""
        self.target = target
        self.message.emit(message)
        self.label.setText(notice)
        self.label.setToolTip(str(target))
        self.open_button.setVisible(openable)
        self.folder_button.setToolTip(f"Show {target if split else target.parent}")
        self.show()

    def open_file(self) -> bool:
        """Open the exported PDF."""
        return self.target is not None and open_or_explain(self.window(), self.target)

    def show_folder(self) -> bool:
        """Show the folder that holds the export (the folder itself for one PDF each)."""
        if self.target is None:
            return False
        folder = self.target if self.target.is_dir() else self.target.parent
        return open_or_explain(self.window(), folder)
