"""File ▸ Export PDF…: choose athletes and paper, then write the sheets off the GUI thread.

The PDF itself comes from ``planner_gui.export`` (the same code as the ``export``
command). Laying out a big roster takes seconds, so it runs in a ``QThread`` behind a
cancellable progress dialog and the window keeps painting. Every modal step (the
dialog, the file chooser, message boxes, opening the file) goes through a small
module-level function that tests replace.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.export.file_names import safe_stem
from planner_gui.export.fonts import register_fonts
from planner_gui.export.paper import LETTER_TERRITORIES, Paper, default_paper
from planner_gui.export.pdf import ExportCancelled, ExportResult, export_pdf, export_split
from planner_gui.model.engine import AthletePlan
from planner_gui.model.season import Season
from planner_gui.views.document import SeasonDocument
from planner_gui.views.selection import Selection

PROGRESS_DELAY_MS = 400
"""Exports quicker than this never flash a progress dialog."""

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the coach chose in the dialog."""

    athlete_ids: tuple[str, ...]
    paper: Paper
    split: bool
    """One PDF per athlete (in a folder) instead of one file."""
    open_when_done: bool


def locale_paper() -> Paper:
    """The paper of the system locale (Qt knows it on every platform, not only POSIX)."""
    code = QLocale.territoryToCode(QLocale().territory())
    if code in LETTER_TERRITORIES:
        return Paper.LETTER
    return Paper.A4 if len(code) == 2 else default_paper()


class ExportDialog(QDialog):
    """Choose the athletes, the paper, one file or one per athlete, and whether to open it."""

    def __init__(
        self, season: Season, *, current_athlete_id: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.athletes = QListWidget()
        self.athletes.setObjectName("athletes")
        for athlete in season.athletes:
            item = QListWidgetItem(athlete.name)
            item.setData(_ID_ROLE, athlete.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.athletes.addItem(item)
            if athlete.id == current_athlete_id:
                self.athletes.setCurrentItem(item)
        self.select_all = QPushButton("&All")
        self.select_none = QPushButton("&None")
        self.count_label = QLabel()
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(paper.label, paper)
        self.paper.setCurrentIndex(list(Paper).index(locale_paper()))
        self.one_file = QRadioButton("&One PDF with a coach overview")
        self.per_athlete = QRadioButton("One PDF &per athlete, in a folder")
        self.one_file.setChecked(True)
        self.open_when_done = QCheckBox("Open the &result when done")
        self.open_when_done.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText("&Export…")

        picks = QHBoxLayout()
        picks.addWidget(self.select_all)
        picks.addWidget(self.select_none)
        picks.addStretch(1)
        picks.addWidget(self.count_label)
        form = QFormLayout()
        form.addRow("&Paper:", self.paper)
        output = QVBoxLayout()
        output.addWidget(self.one_file)
        output.addWidget(self.per_athlete)
        form.addRow("Output:", output)
        layout = QVBoxLayout(self)
        heading = QLabel("&Athletes to print:")
        heading.setBuddy(self.athletes)
        layout.addWidget(heading)
        layout.addWidget(self.athletes, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.buttons)

        self.select_all.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.athletes.itemChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.resize(380, 460)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.athletes.count()):
            self.athletes.item(row).setCheckState(state)

    def chosen_ids(self) -> tuple[str, ...]:
        """Ids of the checked athletes, in roster order."""
        items = (self.athletes.item(row) for row in range(self.athletes.count()))
        return tuple(
            str(item.data(_ID_ROLE)) for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _update(self) -> None:
        chosen, total = len(self.chosen_ids()), self.athletes.count()
        self.count_label.setText(f"{chosen} of {total} chosen")
        self.export_button.setEnabled(chosen > 0)

    def options(self) -> ExportOptions:
        """The choices as they stand."""
        return ExportOptions(
            self.chosen_ids(),
            Paper(self.paper.currentData()),
            self.per_athlete.isChecked(),
            self.open_when_done.isChecked(),
        )


# -- the modal steps, replaceable in tests ---------------------------------------------


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


# -- running the export ---------------------------------------------------------------


class _Worker(QObject):
    """Runs the export in the worker thread; talks back only through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, season: Season, plans: Mapping[str, AthletePlan],
                 options: ExportOptions, target: Path, stop: threading.Event):
        super().__init__()
        self._season, self._plans, self._options = season, plans, options
        self._target, self._stop = target, stop

    @Slot()
    def run(self) -> None:
        export = export_split if self._options.split else export_pdf
        try:
            result = export(
                self._season, self._target, self._options.athlete_ids, self._options.paper,
                progress=self.progressed.emit, cancelled=self._stop.is_set, plans=self._plans,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except OSError as error:
            where = error.filename or self._target
            self.failed.emit(f"{where}: {error.strerror or error}")
        except Exception as error:  # shown in a message box rather than lost in a thread
            self.failed.emit(" ".join(str(error).split()) or type(error).__name__)
        else:
            self.succeeded.emit(result)


class ExportJob(QObject):
    """One export in flight: the worker thread and its progress dialog.

    Signals:
        finished(object): the ``ExportResult``, or None when cancelled or failed.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, season: Season,
                 plans: Mapping[str, AthletePlan], options: ExportOptions, target: Path):
        super().__init__(parent)
        self.parent_widget = parent
        self.options, self.target = options, target
        self.result: ExportResult | None = None
        self.error = ""
        self.was_cancelled = False
        self.done = False
        self._stop = threading.Event()
        total = 2 * len(options.athlete_ids)
        self.progress = QProgressDialog("Laying out the plan sheets…", "Cancel", 0, total, parent)
        self.progress.setWindowTitle("Export PDF")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        register_fonts()  # once, here: ReportLab's font registry is process-wide
        self._thread = QThread(self)
        self._worker = _Worker(season, plans, options, target, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        """Start the export in its thread."""
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the worker to stop at the next athlete; no partial file is left."""
        self._stop.set()
        self.progress.setLabelText("Cancelling…")

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the thread has ended (for tests and shutdown)."""
        return bool(self._thread.wait(msecs))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_success(self, result: ExportResult) -> None:
        self.result = result
        self._finish()
        if result.unprintable:
            show_warning(
                self.parent_widget, "Some names may not print",
                "The PDF was written, but its font has no letters for some characters, "
                "so these names may print as empty boxes:\n\n" + "\n".join(result.unprintable),
            )
        if self.options.open_when_done:
            open_path(self.target)

    def _on_failure(self, message: str) -> None:
        self.error = message
        self._finish()
        text = f"The PDF could not be written.\n\n{message}"
        show_error(self.parent_widget, "Export failed", text)

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()

    def _finish(self) -> None:
        # Closing a progress dialog emits canceled: the export is over, ignore it.
        self.progress.canceled.disconnect(self.cancel)
        self._thread.quit()
        self._thread.wait()
        self.progress.close()
        self.done = True
        _RUNNING.discard(self)
        self.finished.emit(self.result)


_RUNNING: set[ExportJob] = set()
"""Jobs in flight, kept alive here until they finish."""


def _suggested(document: SeasonDocument, split: bool) -> Path:
    folder = document.path.parent if document.path is not None else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    return folder if split else folder / f"{safe_stem(document.season.name)}.pdf"


def export_pdf_from_window(
    parent: QWidget | None, document: SeasonDocument, selection: Selection
) -> ExportJob | None:
    """Run File ▸ Export PDF…: the dialog, the target, then the export in the background.

    Returns the running job (None when the coach cancelled a dialog).
    """
    season = document.season
    if not season.athletes:
        show_error(parent, "Nothing to export", "Add an athlete before exporting plan sheets.")
        return None
    dialog = ExportDialog(season, current_athlete_id=selection.athlete_id, parent=parent)
    try:
        if not run_dialog(dialog):
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()
    suggested = _suggested(document, options.split)
    target = ask_folder(parent, suggested) if options.split else ask_pdf_path(parent, suggested)
    if target is None:
        return None
    job = ExportJob(parent, season, dict(document.plans), options, target)
    _RUNNING.add(job)
    job.start()
    return job
