"""The inline editor that opens over a race marker to rename it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from planner_gui.model.season import MAX_NAME
from planner_gui.views.invalid_input import mark_invalid
from planner_gui.views.timeline.lane_layout import LABEL_TOP, MARKER_Y, NAME_WIDTH


class RaceNameEditor(QLineEdit):
    """A line edit over the timeline: Enter (or clicking away) renames, Escape keeps the name.

    Signals:
        finished(str, str): race id and the typed text, when the edit is accepted.
        cancelled(): the coach pressed Escape.
    """

    finished = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("raceNameEditor")
        self.setAccessibleName("Race name")
        self.setAccessibleDescription("Type the race's name; Enter keeps it, Escape cancels.")
        self.setMaxLength(MAX_NAME)
        self.setPlaceholderText("Race name")
        self._race_id = ""
        self.hide()

    @property
    def race_id(self) -> str:
        """The race being renamed ("" when closed)."""
        return self._race_id

    def start(self, race_id: str, text: str) -> None:
        """Open with ``text`` selected, ready to type over."""
        self._race_id = race_id
        mark_invalid(self, False)
        self.setText(text)
        self.selectAll()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def place_over(self, marker: QRect, right: int) -> None:
        """Sit on the name under ``marker``, between the name column and ``right``."""
        width = max(160, min(280, self.fontMetrics().horizontalAdvance(self.text()) + 30))
        x = min(max(marker.center().x() - width // 2, NAME_WIDTH), right - width)
        lane_top = marker.center().y() - MARKER_Y
        self.setGeometry(x, round(lane_top + LABEL_TOP - 3), width, self.sizeHint().height())

    def finish(self) -> None:
        """Accept the text (a no-op when closed)."""
        race_id, self._race_id = self._race_id, ""
        if race_id:
            self.hide()
            self.finished.emit(race_id, self.text())

    def cancel(self) -> None:
        """Close without renaming."""
        if self._race_id:
            self._race_id = ""
            self.hide()
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # An empty name is refused in view (red), as in the races table; Escape
            # keeps the old name.
            if self.text().strip():
                self.finish()
            else:
                mark_invalid(self, True)
            event.accept()
        else:
            super().keyPressEvent(event)
            if self.property("invalid") and self.text().strip():
                mark_invalid(self, False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Clicking elsewhere accepts the name, as item views do.
        super().focusOutEvent(event)
        self.finish()
