"""An athlete's time away: holidays, illness, injury (planning-rules.md §5.3).

A list of the periods, and under it the chosen one's first and last day, reason
and note. Dates are typed whole (``DateField``); a date that is no date, a last
day before the first, or a period longer than the schema allows is refused in red
and the period keeps its days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.date_text import format_range
from planner_gui.model.season import (
    MAX_AWAY_DAYS,
    MAX_AWAY_PERIODS,
    MAX_NOTES,
    Athlete,
    AwayPeriod,
    AwayReason,
    Season,
)
from planner_gui.model.weeks import SeasonCalendar, first_day_of_week
from planner_gui.views.athlete_editor import AthleteEditor
from planner_gui.views.date_field import DateField
from planner_gui.views.invalid_input import mark_invalid, refusal_text

_WORDS = {
    AwayReason.HOLIDAY: "holiday",
    AwayReason.ILLNESS: "illness",
    AwayReason.INJURY: "injury",
    AwayReason.OTHER: "time away",
}
"""What a period is called in running text ("Add holiday for Zoë …")."""


def period_words(period: AwayPeriod, name: str) -> str:
    """"holiday for Zoë Kowalczyk (6 – 16 Mar 2027)", for undo labels."""
    return f"{_WORDS[period.reason]} for {name} ({format_range(period.start, period.end)})"


def period_text(period: AwayPeriod) -> str:
    """How a period reads in the list: its days and reason, then its note."""
    text = f"{format_range(period.start, period.end)} · {period.reason.label}"
    return f"{text}\n{period.note}" if period.note else text


def days_text(period: AwayPeriod) -> str:
    """"11 days away"."""
    return f"{period.days} day{'s' if period.days != 1 else ''} away"


def default_period(season: Season, today: dt.date) -> AwayPeriod:
    """A new period: a holiday of seven days from next week's first day.

    Next week when it lies in the season, else the season's first week: a coach
    planning next year's season wants a date inside it.
    """
    start = first_day_of_week(today, season.week_start) + dt.timedelta(days=7)
    calendar = SeasonCalendar.of(season)
    if not calendar.contains(start):
        start = calendar.start
    return AwayPeriod(start=start, end=start + dt.timedelta(days=6), reason=AwayReason.HOLIDAY)


class AwayPeriodsEditor(AthleteEditor):
    """The athlete's away periods, with Add and Delete, and the chosen one's details.

    Attributes tests and the panel use:
        periods: the list, one row per period in file order.
        add_button, delete_button: add a holiday next week; delete the chosen period.
        first_day, last_day: the chosen period's dates (``DateField``).
        reason: its reason; note: its note.
    """

    def __init__(
        self,
        document: SeasonDocument,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(document, parent)
        self._today = today
        self._refused_period: AwayPeriod | None = None
        """The stored period while refused dates are in view."""
        self.periods = QListWidget()
        self.periods.setAccessibleName("Time away")
        self.periods.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.periods.setWordWrap(True)
        self.periods.setAlternatingRowColors(True)
        self.periods.currentRowChanged.connect(self._row_chosen)
        self.add_button = QPushButton("Add")
        self.add_button.setToolTip("Add a week's holiday from next week; then type its days")
        self.add_button.clicked.connect(self.add_period)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip("Delete the chosen time away")
        self.delete_button.clicked.connect(self.delete_period)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        # Two periods in view: the chosen one's dates must fit under the list in the
        # short pane below the roster.
        self.periods.setFixedHeight(
            5 * self.periods.fontMetrics().lineSpacing() + 2 * self.periods.frameWidth()
        )
        list_row = QHBoxLayout()
        list_row.addWidget(self.periods, 1)
        list_row.addLayout(buttons)

        self.first_day = DateField()
        self.first_day.setAccessibleName("First day away")
        self.last_day = DateField()
        self.last_day.setAccessibleName("Last day away")
        for field in (self.first_day, self.last_day):
            field.editingFinished.connect(lambda f=field: self._dates_done(f))
            field.date_picked.connect(lambda f=field: self._dates_done(f))
        self.reason = QComboBox()
        self.reason.setAccessibleName("Reason")
        for reason in AwayReason:
            self.reason.addItem(reason.label, reason.value)
        self.reason.activated.connect(self._reason_chosen)
        self.note = QLineEdit()
        self.note.setAccessibleName("Note on the time away")
        self.note.setPlaceholderText("e.g. running only, no gym")
        self.note.setMaxLength(MAX_NOTES)
        self.note.editingFinished.connect(self._note_done)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow("From:", self.first_day)
        form.addRow("To:", self.last_day)
        form.addRow("Reason:", self.reason)
        form.addRow("Note:", self.note)

        intro = QLabel("Days away block lifting days; races and phases stay put.")
        intro.setWordWrap(True)
        intro.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(list_row)
        layout.addWidget(self.details)
        layout.addWidget(self.problem)
        layout.addWidget(intro)

    # -- showing -------------------------------------------------------------------

    def load(self, season: Season, athlete: Athlete) -> None:
        row = self.periods.currentRow()
        self.periods.blockSignals(True)
        self.periods.clear()
        for period in athlete.away:
            self.periods.addItem(period_text(period))
            self.periods.item(self.periods.count() - 1).setToolTip(days_text(period))
        if athlete.away:
            self.periods.setCurrentRow(min(max(row, 0), len(athlete.away) - 1))
        self.periods.blockSignals(False)
        self.add_button.setEnabled(len(athlete.away) < MAX_AWAY_PERIODS)
        self._show_details()

    def _period(self) -> AwayPeriod | None:
        row = self.periods.currentRow()
        away = self.athlete.away if self.athlete_id else ()
        return away[row] if 0 <= row < len(away) else None

    def _row_chosen(self) -> None:
        self._clear_refusal()
        self._show_details()

    def _show_details(self) -> None:
        period = self._period()
        self.details.setEnabled(period is not None)
        self.delete_button.setEnabled(period is not None)
        if period is None:
            self._clear_refusal()
            for field in (self.first_day, self.last_day, self.note):
                field.clear()
            return
        # Refused dates stay in view while the period they were refused for stands.
        if self._refused_period is not None and self._refused_period != period:
            self._clear_refusal()
        if self._refused_period is None:
            for field, day in ((self.first_day, period.start), (self.last_day, period.end)):
                field.set_date(day)
                if not field.hasFocus():
                    field.deselect()  # only the field being typed in shows a selection
        self.reason.setCurrentIndex(self.reason.findData(period.reason.value))
        if self.note.text() != period.note:
            self.note.setText(period.note)
            self.note.setCursorPosition(0)  # the note's beginning, not its end

    def _clear_refusal(self) -> None:
        self._refused_period = None
        self.show_problem("")
        for field in (self.first_day, self.last_day):
            mark_invalid(field, False)

    # -- editing -------------------------------------------------------------------

    def _replace(self, label: str, away: list[AwayPeriod]) -> bool:
        return self.apply(label, away=tuple(away))

    def _change(self, label: str, **changes: Any) -> bool:
        row = self.periods.currentRow()
        away = list(self.athlete.away)
        try:
            away[row] = AwayPeriod.model_validate({**away[row].model_dump(), **changes})
        except ValueError as error:  # pydantic's ValidationError is one
            self.show_problem(refusal_text(error))
            return False
        return self._replace(label, away)

    def add_period(self) -> None:
        """Add a week's holiday from next week and put the cursor in its first day."""
        athlete = self.athlete
        period = default_period(self.document.season, self._today())
        self._clear_refusal()
        label = f"Add {period_words(period, athlete.name)}"
        if self._replace(label, [*athlete.away, period]):
            self.periods.setCurrentRow(len(athlete.away))
            self.first_day.setFocus()
            self.first_day.selectAll()

    def delete_period(self) -> None:
        """Delete the chosen period (Edit ▸ Undo brings it back)."""
        period = self._period()
        if period is None:
            return
        row = self.periods.currentRow()
        away = list(self.athlete.away)
        del away[row]
        self._clear_refusal()
        self._replace(f"Delete {period_words(period, self.athlete.name)}", away)

    def _refuse(self, field: DateField, period: AwayPeriod, text: str) -> None:
        self._refused_period = period
        mark_invalid(field, True)
        self.show_problem(text)

    def _dates_done(self, field: DateField) -> None:
        period = self._period()
        if period is None:
            return
        days: list[dt.date] = []
        for each in (self.first_day, self.last_day):
            try:
                days.append(each.date())
            except ValueError as error:
                self._refuse(each, period, str(error))
                return
        start, end = days
        if end < start:
            self._refuse(field, period, "The last day comes before the first day.")
            return
        length = (end - start).days + 1
        if length > MAX_AWAY_DAYS:
            self._refuse(
                field, period,
                f"Time away lasts at most {MAX_AWAY_DAYS} days; this is {length} days.",
            )
            return
        self._clear_refusal()
        if (start, end) == (period.start, period.end):
            self._show_details()  # the dates as the app writes them
            return
        self._change(
            f"Change {period_words(period, self.athlete.name)} to {format_range(start, end)}",
            start=start, end=end,
        )

    def _reason_chosen(self) -> None:
        period = self._period()
        reason = AwayReason(self.reason.currentData())
        if period is None or reason == period.reason:
            return
        self._change(
            f"Change {period_words(period, self.athlete.name)} to {_WORDS[reason]}",
            reason=reason,
        )

    def _note_done(self) -> None:
        period = self._period()
        text = self.note.text().strip()
        if period is None or text == period.note:
            return
        self._change(f"Edit the note on {period_words(period, self.athlete.name)}", note=text)
