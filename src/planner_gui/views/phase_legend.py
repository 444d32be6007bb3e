"""The phase legend: a swatch and a name for each phase, explained in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from planner_gui.model.phases import PHASE_SUMMARIES, Phase
from planner_gui.views.phase_colors import phase_accent, phase_color


class PhaseSwatch(QWidget):
    """A small square in a phase's colour."""

    def __init__(self, phase: Phase, parent: QWidget | None = None):
        super().__init__(parent)
        self.phase = phase
        side = self.fontMetrics().height()
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), phase_color(self.phase, self.palette()))
        painter.setPen(QPen(QColor(phase_accent(self.phase)), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()


class PhaseLegend(QWidget):
    """One swatch and name per phase, in the order a block runs."""

    ORDER = (
        Phase.BASE,
        Phase.STRENGTH,
        Phase.RACE_SPECIFIC,
        Phase.TAPER,
        Phase.RECOVERY,
        Phase.FREE,
    )

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for phase in self.ORDER:
            swatch = PhaseSwatch(phase)
            label = QLabel(phase.label)
            for widget in (swatch, label):
                widget.setToolTip(f"{phase.label}: {PHASE_SUMMARIES[phase]}")
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(10)
        layout.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        # Swatches follow a light/dark palette switch.
        if event.type() == QEvent.Type.PaletteChange:
            for child in self.findChildren(PhaseSwatch):
                child.update()
        super().changeEvent(event)
