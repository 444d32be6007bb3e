"""One PDF export in flight: the worker thread, its progress dialog and cancelling.

Laying out a big roster takes seconds, so the export runs in a ``QThread`` behind a
cancellable progress dialog and the window keeps painting. The PDF itself comes from
``planner_gui.export.pdf.export`` with an ``ExportRequest``, as for the ``export``
command.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from planner_gui.export.export_request import ExportCancelled, ExportRequest, ExportResult
from planner_gui.export.fonts import register_fonts
from planner_gui.export.pdf import export
from planner_gui.views import export_prompts
from planner_gui.views.export_prompts import open_or_explain

PROGRESS_DELAY_MS = 400
"""Exports quicker than this never flash a progress dialog."""


class _Worker(QObject):
    """Runs the export in the worker thread; talks back only through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, request: ExportRequest, stop: threading.Event):
        super().__init__()
        self._request, self._stop = request, stop

    @Slot()
    def run(self) -> None:
        try:
            result = export(self._request, progress=self.progressed.emit, cancel=self._stop.is_set)
        except ExportCancelled:
            self.cancelled.emit()
        except OSError as error:
            where = error.filename or self._request.target
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

    def __init__(self, parent: QWidget | None, request: ExportRequest, *,
                 open_when_done: bool = False):
        super().__init__(parent)
        self.parent_widget = parent
        self.request, self.target = request, request.target
        self.open_when_done = open_when_done
        self.result: ExportResult | None = None
        self.error = ""
        self.was_cancelled = False
        self.done = False
        self._stop = threading.Event()
        # Two steps per athlete; a request the export refuses fails in the worker.
        total = 2 * len(request.athlete_ids or request.season.athletes)
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
        self._worker = _Worker(request, self._stop)
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

    def _on_success(self, result: ExportResult) -> None:
        self.result = result
        self._finish()
        if result.unprintable:
            export_prompts.show_warning(
                self.parent_widget, "Some names may not print",
                "The PDF was written, but its font has no letters for some characters, "
                "so these names may print as empty boxes:\n\n" + "\n".join(result.unprintable),
            )
        if self.open_when_done:
            open_or_explain(self.parent_widget, self.target)

    def _on_failure(self, message: str) -> None:
        self.error = message
        self._finish()
        text = f"The PDF could not be written.\n\n{message}"
        export_prompts.show_error(self.parent_widget, "Export failed", text)

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
