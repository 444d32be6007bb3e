"""Row heights of the plan table: one line for a week whose texts fit, two otherwise.

Measuring rows the Qt way (``resizeRowsToContents``) asks every cell of every week
for its size through ``data()``. The plan's texts are known in Python, so this
measures each shown cell's text against its column instead, and keeps ``data()`` for
painting the cells on screen. A text is measured once (most repeat from week to week:
"—", "Free weeks", "2+"); a change of the columns' widths only compares numbers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from planner_gui.views.plan_model import PlanColumn, PlanWeeksModel

ROW_PADDING = 8
"""Space above and below a row's text."""


class PlanRowHeights:
    """Keeps each plan row one or two lines tall, following the plan and the columns.

    Columns are sized so every text fits on two lines (the tests check it); a week
    gets the second line only when one of its shown texts wraps.
    """

    def __init__(self, table: QTableView, model: PlanWeeksModel):
        self._table = table
        self._model = model
        metrics = table.fontMetrics()
        self.one_line = metrics.height() + ROW_PADDING
        self.two_lines = 2 * metrics.lineSpacing() + ROW_PADDING
        self._widths: dict[tuple[str, bool], int] = {}
        self._font_key = ""
        self._held = False
        self._busy = False
        self._again = False
        table.verticalHeader().setDefaultSectionSize(self.one_line)
        for signal in (model.dataChanged, model.modelReset, model.rowsInserted,
                       model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        table.horizontalHeader().sectionResized.connect(self.update)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Several column changes in a row (hiding three columns), then one update."""
        self._held = True
        try:
            yield
        finally:
            self._held = False
        self.update()

    def update(self) -> None:
        """Give every row the height its texts need in the columns as they are now."""
        if self._held:
            return
        if self._busy:
            # Reading a column's width lays out the header first, which reports the
            # resize back here: the running update reads the widths again instead.
            self._again = True
            return
        self._busy = True
        try:
            room = self._room()
            while self._again:
                room = self._room()
            self._apply(room)
        finally:
            self._busy = False

    def _room(self) -> dict[PlanColumn, int]:
        """The width a text has in each shown column."""
        self._again = False
        table = self._table
        grid = 1 if table.showGrid() else 0
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        return {
            column: table.columnWidth(column) - grid - 2 * margin
            for column in PlanColumn
            if not table.isColumnHidden(column)
        }

    def _apply(self, room: dict[PlanColumn, int]) -> None:
        table, model = self._table, self._model
        font = table.font()
        if font.key() != self._font_key:
            self._font_key = font.key()
            self._widths.clear()
        bold_font = QFont(font)
        bold_font.setBold(True)
        metrics = (table.fontMetrics(), QFontMetrics(bold_font))
        widths = self._widths
        current = model.current_row()
        for row in range(model.rowCount()):
            bold = row == current  # this week is bold
            wraps = False
            for column, width in room.items():
                text = model.text(row, column)
                advance = widths.get((text, bold))
                if advance is None:
                    advance = widths[(text, bold)] = metrics[bold].horizontalAdvance(text)
                if advance > width:
                    wraps = True
                    break
            height = self.two_lines if wraps else self.one_line
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)
