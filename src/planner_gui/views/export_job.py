"""An export in flight: the worker thread, its progress dialog and cancelling.

Laying out a big roster's PDF or writing a squad's calendars takes seconds, so the
export runs in a ``QThread`` behind a cancellable progress dialog and the window keeps
painting. ``BackgroundExport`` runs any ``ExportTask`` (what to run, what to call it,
where it writes); ``ExportJob`` is File ▸ Export PDF…'s, with
``planner_gui.export.pdf.export`` and an ``ExportRequest`` as for the ``export``
command, and ``calendar_flow`` makes the calendars' task.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner_gui.export.export_progress import Cancel, ExportCancelled, Progress
from planner_gui.views import dialogs, export_prompts
from planner_gui.views.export_prompts import open_or_explain

if TYPE_CHECKING:  # ReportLab loads with the first PDF export, not with a calendar's
    from planner_gui.export.export_request import ExportRequest, ExportResult

PROGRESS_DELAY_MS = 400
"""Exports quicker than this never flash a progress dialog."""


@dataclass(frozen=True, kw_only=True)
class ExportTask:
    """One export for ``BackgroundExport``: the work and the words around it."""

    run: Callable[[Progress, Cancel], Any]
    """Writes the files in the worker thread; returns the result (ExportCancelled
    when cancelled, OSError when a file cannot be written)."""
    steps: int
    """Progress steps, for the dialog's bar until the work reports its own total."""
    target: Path
    """The file, or the folder of one file per athlete."""
    split: bool
    title: str
    """The progress dialog's title ("Export PDF")."""
    working: str
    """What the progress dialog says meanwhile."""
    failed_title: str
    failed: str
    """The error dialog's first sentence; the reason follows."""
    message: Callable[[Any], str]
    """The status bar's sentence for a result."""
    notice: Callable[[Any], str]
    """The short words the status bar keeps beside Open / Show in Folder."""
    openable: bool = False
    """Offer Open for the file (a PDF: yes; a calendar file would be imported)."""
    files: str = "files"
    """What the files are, in the plural ("PDFs"), for the words after a cancel."""


class _Worker(QObject):
    """Runs the task in the worker thread; talks back only through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal(object)

    def __init__(self, task: ExportTask, stop: threading.Event):
        super().__init__()
        self._task, self._stop = task, stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._task.run(self.progressed.emit, self._stop.is_set)
        except ExportCancelled as cancelled:
            self.cancelled.emit(cancelled.written)
        except OSError as error:
            # The place the coach chose, not the hidden temporary file the write went through.
            where = self._task.target
            if error.filename and not Path(error.filename).name.startswith("."):
                where = error.filename
            self.failed.emit(f"{where}: {error.strerror or error}")
        except Exception as error:  # shown in a message box rather than lost in a thread
            self.failed.emit(" ".join(str(error).split()) or type(error).__name__)
        else:
            self.succeeded.emit(result)


class BackgroundExport(QObject):
    """One export in flight: the worker thread and its progress dialog.

    Signals:
        finished(object): the task's result, or None when cancelled or failed.
    """

    finished = Signal(object)

    def __init__(self, parent: QWidget | None, task: ExportTask):
        super().__init__(parent)
        self.parent_widget = parent
        self.task = task
        self.result: Any = None
        self.error = ""
        self.was_cancelled = False
        self.written_before_cancel: tuple[Path, ...] = ()
        """With one file per athlete, the whole files finished before a cancel."""
        self.done = False
        self._stop = threading.Event()
        self.progress = QProgressDialog(task.working, "Cancel", 0, task.steps, parent)
        self.progress.setWindowTitle(task.title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        self._thread = QThread(self)
        self._worker = _Worker(task, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_success)
        self._worker.failed.connect(self._on_failure)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        """Start the export in its thread; the job keeps itself alive until it finishes."""
        _RUNNING.add(self)
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

    def _on_success(self, result: Any) -> None:
        self.result = result
        self._finish()

    def _on_failure(self, message: str) -> None:
        self.error = message
        self._finish()
        text = f"{self.task.failed}\n\n{message}"
        dialogs.show_error(self.parent_widget, self.task.failed_title, text)

    def _on_cancelled(self, written: tuple[Path, ...]) -> None:
        self.was_cancelled = True
        self.written_before_cancel = written
        self._finish()

    def cancelled_message(self) -> str:
        """The status bar's sentence after a cancel: what, if anything, was written."""
        written = len(self.written_before_cancel)
        if not written:
            return "Export cancelled: nothing was written."
        if written == 1:
            one = self.task.files.removesuffix("s")
            return f"Export cancelled: the one {one} finished before it is in {self.task.target}."
        return (f"Export cancelled: the {written} {self.task.files} finished before it "
                f"are in {self.task.target}.")

    def _finish(self) -> None:
        # Closing a progress dialog emits canceled: the export is over, ignore it.
        self.progress.canceled.disconnect(self.cancel)
        self._thread.quit()
        self._thread.wait()
        self.progress.close()
        self.done = True
        _RUNNING.discard(self)
        self.finished.emit(self.result)


class ExportJob(BackgroundExport):
    """File ▸ Export PDF…'s export: plan sheets, then the unprintable-names warning and
    opening the PDF when asked."""

    def __init__(self, parent: QWidget | None, request: ExportRequest, *,
                 open_when_done: bool = False):
        from planner_gui.export.fonts import register_fonts
        from planner_gui.export.pdf import export

        task = ExportTask(
            run=lambda progress, cancel: export(request, progress=progress, cancel=cancel),
            # Two steps per athlete; a request the export refuses fails in the worker.
            steps=2 * len(request.athlete_ids or request.season.athletes),
            target=request.target, split=request.split,
            title="Export PDF", working="Laying out the plan sheets…",
            failed_title="Export failed", failed="The PDF could not be written.",
            message=lambda result: describe(result, request.target, request.split) + ".",
            notice=lambda result: short_label(result, request.target, request.split),
            openable=not request.split,  # seven PDFs at once would help nobody
            files="PDFs",
        )
        register_fonts()  # once, here: ReportLab's font registry is process-wide
        super().__init__(parent, task)
        self.open_when_done = open_when_done

    def _on_success(self, result: ExportResult) -> None:
        super()._on_success(result)
        if result.unprintable:
            export_prompts.show_warning(
                self.parent_widget, "Some names may not print",
                "The PDF was written, but its font has no letters for some characters, "
                "so these names may print as empty boxes:\n\n" + "\n".join(result.unprintable),
            )
        if self.open_when_done:
            open_or_explain(self.parent_widget, self.task.target)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def describe(result: ExportResult, target: Path, split: bool) -> str:
    """One sentence saying what was written where (for the status bar)."""
    if split:
        return f"Exported {_plural(len(result.paths), 'PDF')}, one per athlete, to {target}"
    athletes = _plural(len(result.athletes), "athlete")
    return f"Exported {athletes} ({_plural(result.pages, 'page')}) to {target}"


def short_label(result: ExportResult, target: Path, split: bool) -> str:
    """The few words the notice keeps beside its buttons."""
    what = _plural(len(result.paths), "PDF") + f" to {target.name}/" if split else target.name
    return f"Exported {what}"


_RUNNING: set[BackgroundExport] = set()
"""Jobs in flight, kept alive here until they finish."""
