"""Help ▸ Planning Guide: the planning rules with the window's own colours and shapes.

The text comes from ``planner_gui.model.planning_guide`` (the rules document plus
sections generated from the look tables). Its swatches are painted here with the
timeline legend's painters and the window's palette, so a phase in the guide is the
very band the coach sees on the timeline. Non-modal: the coach can keep it open
beside the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextCursor, QTextDocument, QTextLength, QTextTable
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model import planning_guide
from planner_gui.model.phase_look import PHASE_LOOKS
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.views.timeline.timeline_colors import TimelineColors
from planner_gui.views.timeline.timeline_legend import AWAY_LABEL, ENTRIES, Painter

BAND_SWATCH = QSize(44, 18)
MARKER_SWATCH = QSize(22, 22)
CUT_SHORT_LABEL = "Block cut short"
"""The legend's entry for a compressed block."""
HEADING_LEVELS = (1, 2, 3)
"""Headings listed under Contents: the guide's parts and the rules' sections."""


def swatch_painters() -> dict[str, tuple[Painter, bool]]:
    """The guide's image names and the legend painter (and band or not) for each."""
    by_label = {label: (paint, band) for label, paint, band in ENTRIES}
    images = {
        planning_guide.phase_swatch_name(phase): by_label[phase.label] for phase in PHASE_LOOKS
    }
    images.update(
        {
            planning_guide.race_swatch_name(priority): by_label[look.label]
            for priority, look in RACE_LOOKS.items()
        }
    )
    images[planning_guide.CUT_SHORT_SWATCH] = by_label[CUT_SHORT_LABEL]
    images[planning_guide.AWAY_SWATCH] = by_label[AWAY_LABEL]
    return images


def paint_swatch(paint: Painter, band: bool, colors: TimelineColors, ratio: float) -> QImage:
    """One swatch as an image, sharp on a screen with ``ratio`` device pixels per pixel."""
    size = BAND_SWATCH if band else MARKER_SWATCH
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(colors.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = 1.5
    paint(painter, QRectF(inset, inset, size.width() - 2 * inset, size.height() - 2 * inset),
          colors)  # fmt: skip
    painter.end()
    return image


class PlanningGuideDialog(QDialog):
    """The planning guide: contents on the left, the text on the right, a find field above."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Planning Guide – Season Planner")
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText("Find in the guide (Enter: next)")
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setAccessibleName("Find in the guide")
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(self._find_from_top)
        self.not_found = QLabel()
        self.contents = QListWidget()
        self.contents.setAccessibleName("Contents")
        # Long headings end in "…" (their tooltip has them whole) rather than scroll sideways.
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.itemClicked.connect(self._go_to)
        self.contents.itemActivated.connect(self._go_to)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName("Planning guide")
        self._load()
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 760])
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.not_found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(find_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 780)

    def _load(self) -> None:
        document = self.text.document()
        colors = TimelineColors.from_palette(self.palette())
        ratio = self.devicePixelRatioF()
        self.text.setMarkdown(planning_guide.guide_markdown())
        # After the text: setting it clears the document's resources.
        for name, (paint, band) in swatch_painters().items():
            image = paint_swatch(paint, band, colors, ratio)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        for frame in document.rootFrame().childFrames():
            if isinstance(frame, QTextTable):
                # WORKAROUND: Markdown tables sized to their content came out one pixel
                # wider than the page, for a useless sideways scroll bar; 99.5 % fits.
                table_format = frame.format()
                table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 99.5))
                frame.setFormat(table_format)
        document.markContentsDirty(0, document.characterCount())
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level in HEADING_LEVELS:
                item = QListWidgetItem("    " * (level - 1) + block.text())
                item.setToolTip(block.text())
                item.setData(Qt.ItemDataRole.UserRole, block.position())
                self.contents.addItem(item)
            block = block.next()

    def headings(self) -> list[str]:
        """The headings listed under Contents, as shown."""
        return [self.contents.item(row).text().strip() for row in range(self.contents.count())]

    def _go_to(self, item: QListWidgetItem) -> None:
        """Show the chosen heading at the top of the text."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(int(item.data(Qt.ItemDataRole.UserRole)))
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.maximum())  # from the bottom, the heading ends up at the top
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _find_from_top(self, _text: str) -> None:
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.find_next()

    def find_next(self) -> bool:
        """Select the next place the find field's text occurs (wrapping round once)."""
        words = self.find_field.text()
        if not words:
            self.not_found.clear()
            return False
        found = self.text.find(words)
        if not found:
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.text.find(words)
        self.not_found.setText("" if found else "Not found")
        return found
