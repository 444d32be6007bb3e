"""The race palette: A, B and C chips that the coach drags onto a lane to add a race."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QDrag, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority
from planner_gui.views.race_mime import new_race_mime
from planner_gui.views.timeline.lane_painter import paint_race_marker
from planner_gui.views.timeline.timeline_colors import TimelineColors


class RaceChip(QWidget):
    """One draggable chip: the priority's marker and its name."""

    def __init__(self, priority: Priority, parent: QWidget | None = None):
        super().__init__(parent)
        self.priority = priority
        self.setObjectName(f"raceChip{priority.value}")
        look = RACE_LOOKS[priority]
        text = look.label
        self._text = text
        self.setAccessibleName(f"New {text}")
        self.setAccessibleDescription(
            f"Drag onto an athlete's lane to add {look.kind}: it {look.effect}."
        )
        self.setToolTip(f"Drag onto a lane to add {look.kind}: it {look.effect}")
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._press: QPoint | None = None

    def sizeHint(self) -> QSize:
        return QSize(
            28 + self.fontMetrics().horizontalAdvance(self._text) + 12,
            self.fontMetrics().height() + 10,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = TimelineColors.from_palette(self.palette())
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(colors.separator)
        p.setBrush(self.palette().color(self.palette().ColorRole.Button))
        p.drawRoundedRect(rect, 5, 5)
        paint_race_marker(p, self.priority, QPointF(15, rect.center().y()), colors)
        p.setPen(self.palette().color(self.palette().ColorRole.ButtonText))
        p.drawText(rect.adjusted(28, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self._text)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        if (
            event.position().toPoint() - self._press
        ).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        RacePalette.exec_drag(self, new_race_mime(self.priority), self.grab())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None


class RacePalette(QWidget):
    """A small row of race chips (A, B, C) to drag onto the timeline."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("racePalette")
        self.setAccessibleName("Race palette")
        self.setAccessibleDescription(
            "Drag a chip onto an athlete's lane to add a race on that date."
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        label = QLabel("Drag to add:")
        layout.addWidget(label)
        self.chips = {priority: RaceChip(priority, self) for priority in Priority}
        for chip in self.chips.values():
            layout.addWidget(chip)

    @staticmethod
    def exec_drag(source: QWidget, mime: QMimeData, pixmap: QPixmap) -> Qt.DropAction:
        """Run the drag (tests replace this: ``QDrag.exec`` cannot run offscreen)."""
        drag = QDrag(source)
        drag.setMimeData(mime)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(15, pixmap.height() // 2))
        return drag.exec(Qt.DropAction.CopyAction)
