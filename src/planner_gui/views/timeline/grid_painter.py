"""Painting of the timeline's furniture: the week/month header, the grid, the name
column and the today line. Lanes themselves are painted by ``LanePainter``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen

from planner_gui.model.season import Athlete
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.timeline.lane_layout import HEADER_HEIGHT, MONTH_ROW, NAME_WIDTH, LaneLayout
from planner_gui.views.timeline.lane_painter import paint_warning_glyph
from planner_gui.views.timeline.name_marks import NameMarks
from planner_gui.views.timeline.timeline_colors import TimelineColors

TODAY_LABEL = "Today"
NAME_GLYPH = 12.0
"""Size of the warning sign by a name (a warning about the whole lane)."""
MIN_WEEK_LABEL_SPACING = 24.0
"""Week numbers closer than this are thinned out (every 2nd, 4th … week)."""


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months that begin within ``first`` … ``last`` (plus ``first``'s month)."""
    day = first.replace(day=1)
    out = []
    while day <= last:
        out.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def week_step(week_width: float) -> int:
    """Show every n-th week number so labels keep ``MIN_WEEK_LABEL_SPACING`` apart."""
    step = 1
    while step * week_width < MIN_WEEK_LABEL_SPACING:
        step *= 2
    return step


class GridPainter:
    """Paints the header, the grid lines, the lane names and the today line."""

    def __init__(self, colors: TimelineColors, font: QFont):
        self.colors = colors
        self.font = QFont(font)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small_metrics = QFontMetricsF(self.small)
        self.metrics = QFontMetricsF(self.font)

    def grid(
        self, p: QPainter, scale: TimeScale, calendar: SeasonCalendar, top: float, bottom: float
    ) -> None:
        """Vertical week lines (quiet) and month lines (a little stronger)."""
        weeks = [QLineF(x, top, x, bottom) for x in self._week_xs(scale, calendar)]
        p.setPen(QPen(self.colors.grid, 1.0))
        p.drawLines(weeks)
        months = [
            QLineF(scale.x_of(m), top, scale.x_of(m), bottom)
            for m in month_starts(calendar.start, calendar.end)
            if m > calendar.start
        ]
        p.setPen(QPen(self.colors.month_grid, 1.0, Qt.PenStyle.DotLine))
        p.drawLines(months)

    def _week_xs(self, scale: TimeScale, calendar: SeasonCalendar) -> list[float]:
        return [scale.x_of(calendar.week_start_date(i)) for i in range(1, calendar.weeks + 2)]

    def header(self, p: QPainter, scale: TimeScale, calendar: SeasonCalendar, width: float) -> None:
        """Month names on the first row, season week numbers on the second."""
        colors = self.colors
        p.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), colors.header)
        p.setPen(QPen(colors.separator, 1.0))
        p.drawLine(QPointF(NAME_WIDTH, HEADER_HEIGHT - 0.5), QPointF(width, HEADER_HEIGHT - 0.5))
        p.setPen(colors.header_text)
        p.setFont(self.font)
        starts = month_starts(calendar.start, calendar.end)
        end_x = scale.x_of(calendar.end) + scale.day_width
        for i, month in enumerate(starts):
            x0 = max(scale.x_of(month), scale.x_of(calendar.start))
            x1 = min(scale.x_of(starts[i + 1]) if i + 1 < len(starts) else end_x, end_x)
            if x1 < NAME_WIDTH or x0 > width:
                continue
            # Keep the name of a month that is scrolled half out of view readable.
            left = max(x0, NAME_WIDTH) + 4
            label = f"{month:%B %Y}" if month.month == 1 or i == 0 else f"{month:%B}"
            for text in (label, f"{month:%b}", f"{month:%b}"[:1]):
                if self.metrics.horizontalAdvance(text) <= x1 - left - 2:
                    p.drawText(
                        QRectF(left, 0, x1 - left, MONTH_ROW), Qt.AlignmentFlag.AlignVCenter, text
                    )
                    break
            if month > calendar.start:
                p.setPen(QPen(colors.month_grid, 1.0))
                p.drawLine(QPointF(x0, 3), QPointF(x0, HEADER_HEIGHT))
                p.setPen(colors.header_text)
        week_w = scale.day_width * 7
        step = week_step(week_w)
        p.setFont(self.small)
        p.setPen(colors.muted_text)
        for index in range(1, calendar.weeks + 1, step):
            x = scale.x_of(calendar.week_start_date(index))
            if x + week_w < NAME_WIDTH or x > width:
                continue
            # Centred in its week when it fits, else starting at the week's left edge.
            rect = QRectF(x, MONTH_ROW, week_w * step, HEADER_HEIGHT - MONTH_ROW)
            text = str(index)
            if week_w >= self.small_metrics.horizontalAdvance(text) + 4:
                p.drawText(
                    QRectF(x, MONTH_ROW, week_w, HEADER_HEIGHT - MONTH_ROW),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
            else:
                p.drawText(
                    rect.adjusted(2, 0, 0, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
        ticks = [
            QLineF(x, HEADER_HEIGHT - 5, x, HEADER_HEIGHT) for x in self._week_xs(scale, calendar)
        ]
        p.setPen(QPen(colors.month_grid, 1.0))
        p.drawLines(ticks)

    def names(
        self,
        p: QPainter,
        layout: LaneLayout,
        athletes: tuple[Athlete, ...],
        lanes: range,
        selected: str,
        marks: dict[str, NameMarks],
        height: float,
    ) -> None:
        """The fixed lane-name column (selected athlete highlighted), notes under the names."""
        colors = self.colors
        p.fillRect(QRectF(0, HEADER_HEIGHT, NAME_WIDTH, height - HEADER_HEIGHT), colors.header)
        for index in lanes:
            athlete = athletes[index]
            top = layout.lane_top(index)
            rect = QRectF(0, top, NAME_WIDTH, layout.lane_height)
            chosen = athlete.id == selected
            if chosen:
                p.fillRect(rect, colors.selected_name)
            p.setPen(colors.selected_name_text if chosen else colors.header_text)
            p.setFont(self.bold if chosen else self.font)
            mark = marks.get(athlete.id, NameMarks((), False))
            text_rect = rect.adjusted(10, 6, -6, -layout.lane_height / 2)
            if mark.warned:
                glyph = QRectF(
                    text_rect.right() - NAME_GLYPH, text_rect.center().y() - NAME_GLYPH / 2,
                    NAME_GLYPH, NAME_GLYPH,
                )  # fmt: skip
                p.save()
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                paint_warning_glyph(p, glyph, colors)
                p.restore()
                text_rect.setRight(glyph.left() - 3)
            metrics = QFontMetricsF(p.font())
            name = metrics.elidedText(athlete.name, Qt.TextElideMode.ElideRight, text_rect.width())
            p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            if mark.notes:
                p.setFont(self.small)
                p.setPen(colors.selected_name_text if chosen else colors.muted_text)
                sub = rect.adjusted(10, layout.lane_height / 2, -6, -2)
                line = self.small_metrics.height()
                for i, note in enumerate(mark.notes):
                    if i and sub.top() + (i + 1) * line > sub.bottom():
                        break  # no room for another line: the tooltip has them all
                    elide = Qt.TextElideMode.ElideRight
                    text = self.small_metrics.elidedText(note, elide, sub.width())
                    line_rect = QRectF(sub.left(), sub.top() + i * line, sub.width(), line)
                    p.drawText(line_rect, Qt.AlignmentFlag.AlignLeft, text)
        p.setPen(QPen(colors.separator, 1.0))
        p.drawLine(QPointF(NAME_WIDTH - 0.5, 0), QPointF(NAME_WIDTH - 0.5, height))

    def today_x(self, scale: TimeScale, today: dt.date) -> float:
        """Where the today line runs: through the middle of today."""
        return scale.x_of(today) + scale.day_width / 2

    def today_label_rect(self, x: float, right: float) -> QRectF:
        """The "Today" label's box in the header for a today line at ``x``.

        ``right`` is the viewport's right edge; see ``today_label_rect``.
        """
        width = self.small_metrics.horizontalAdvance(TODAY_LABEL) + 6
        return today_label_rect(x, width, NAME_WIDTH, right)

    def today(self, p: QPainter, scale: TimeScale, today: dt.date, height: float) -> None:
        """A line through header and lanes at the middle of today, labelled in the header."""
        x = self.today_x(scale, today)
        if x < NAME_WIDTH:
            return
        p.setPen(QPen(self.colors.today, 2.0))
        p.drawLine(QPointF(x, MONTH_ROW), QPointF(x, height))
        p.setFont(self.small)
        # The painter's window is the viewport: the label must fit inside it.
        box = self.today_label_rect(x, p.window().right() + 1)
        p.fillRect(box, self.colors.today)
        p.setPen(self.colors.background)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, TODAY_LABEL)


def today_label_rect(x: float, width: float, left: float, right: float) -> QRectF:
    """A ``width`` wide label box in the week row for a today line at ``x``.

    Centred on the line where it fits between ``left`` (the names column, which
    covers what lies under it) and ``right``; otherwise it hangs from the line
    towards the open side, like a flag, so "Today" is never cut to "oday" when today
    is the season's first day (or the view is scrolled so the line meets an edge).
    """
    box_left = x - width / 2
    if box_left < left:
        box_left = x
    elif box_left + width > right:
        box_left = x - width
    return QRectF(box_left, MONTH_ROW + 1, width, HEADER_HEIGHT - MONTH_ROW - 3)
