"""Row heights of the plan table: one line for a week whose texts fit, two otherwise.

Measuring rows the Qt way (``resizeRowsToContents``) asks every cell of every week
for its size through ``data()``. The plan's texts are known in Python, so this
measures each shown cell's text against its column once per change instead, and
keeps ``data()`` for painting the cells on screen.
"""

from __future__ import annotations

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
        table.verticalHeader().setDefaultSectionSize(self.one_line)
        for signal in (model.dataChanged, model.modelReset, model.rowsInserted,
                       model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        table.horizontalHeader().sectionResized.connect(self.update)

    def update(self) -> None:
        """Give every row the height its texts need in the columns as they are now."""
        table, model = self._table, self._model
        grid = 1 if table.showGrid() else 0
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        room = {
            column: table.columnWidth(column) - grid - 2 * margin
            for column in PlanColumn
            if not table.isColumnHidden(column)
        }
        plain = table.fontMetrics()
        bold_font = QFont(table.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        current = model.current_row()
        for row in range(model.rowCount()):
            metrics = bold if row == current else plain  # this week is bold
            wraps = any(
                metrics.horizontalAdvance(model.text(row, column)) > width
                for column, width in room.items()
            )
            height = self.two_lines if wraps else self.one_line
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)
