"""A date typed whole into a line of text, with a calendar to pick from.

Spin-box date editors (``QDateEdit``) roll an impossible day over into the next
month and jump between sections as digits are typed, so what lands in the season
is not always what the coach typed. This field keeps the text as typed and reads it
whole with ``parse_date``; what cannot be read is the caller's to refuse.

``to_qdate`` and ``from_qdate`` are the one conversion between Python dates and
``QDate`` for the views (editors and item models pass dates as ``QDate``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from planner_gui.model.date_text import ACCEPTED_FORMS, EXAMPLE, format_day, parse_date
from planner_gui.model.season import MAX_DATE, MIN_DATE


def to_qdate(day: dt.date) -> QDate:
    """``day`` as a ``QDate``."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """A valid ``QDate`` as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


class DateField(QLineEdit):
    """A line edit for one date: typed in any form ``parse_date`` reads, or picked.

    The calendar opens from the button at the right end, or with Alt+Down or F4 as
    in a date editor; picking a day there writes it into the field and emits
    ``date_picked``. The popup is a child of the field, so an item view does not
    take the focus moving into it for the end of the edit.

    Signals:
        date_picked(): a day was chosen in the calendar (the text now names it).
    """

    date_picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(EXAMPLE)
        self.setToolTip(f"Type a date: {ACCEPTED_FORMS}. Alt+Down opens a calendar.")
        self.original_date: dt.date | None = None
        """The date the field was opened on (the calendar starts there too)."""
        self.calendar_action = QAction(_calendar_icon(self.palette().text().color()), "", self)
        self.calendar_action.setToolTip("Pick the date from a calendar (Alt+Down)")
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        # ISO week numbers are not the season's weeks: leave them out.
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        self.calendar.setGridVisible(True)
        self.calendar.setDateRange(to_qdate(MIN_DATE), to_qdate(MAX_DATE))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def set_date(self, day: dt.date) -> None:
        """Show ``day`` (as "Sun 27 Jun 2027", which reads back) and select it all."""
        self.original_date = day
        self.setText(format_day(day))
        self.selectAll()

    def date(self) -> dt.date:
        """The typed date; ValueError (saying why) when the text is not one real date."""
        return parse_date(self.text())

    def problem(self) -> str:
        """Why the text is not a date ("" when it is one)."""
        try:
            self.date()
        except ValueError as error:
            return str(error)
        return ""

    def show_calendar(self) -> None:
        """Open the calendar under the field, on the typed date (or the one shown first)."""
        try:
            day = self.date()
        except ValueError:
            day = self.original_date or dt.date.today()
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def _pick(self, day: QDate) -> None:
        self.calendar.hide()
        self.setText(format_day(from_qdate(day)))
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.date_picked.emit()


def _calendar_icon(color: QColor) -> QIcon:
    """A small calendar page drawn in the text colour (no icon theme is needed)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), color)
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRectF(4 + 3.2 * column, 8 + 3 * row, 1.8, 1.6), color)
    painter.end()
    return QIcon(pixmap)
