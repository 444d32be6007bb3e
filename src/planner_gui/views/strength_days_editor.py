"""An athlete's lifting days: seven toggles in the season's week order, and their order.

The order is the coach's preference (planning-rules.md §5.2): each week the plan
takes the days in this order, skipping blocked ones, until the week's sessions are
placed. A day turned on joins the end of the order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.season import Athlete, Season, Weekday
from planner_gui.views.athlete_editor import AthleteEditor

_ORDINALS = ("1st", "2nd", "3rd", "4th", "5th", "6th", "7th")

TOGGLE_STYLE = (
    "QToolButton { padding: 3px 0; border: 1px solid palette(mid); border-radius: 3px;"
    " background: palette(base); }"
    " QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
    " border-color: palette(highlight); font-weight: bold; }"
    " QToolButton:focus { border: 2px solid palette(shadow); }"
)
"""A day the athlete lifts on stands out in the highlight colour, whatever the style.

The platform styles draw a checked tool button barely darker than an unchecked one.
"""


def short_day(day: Weekday) -> str:
    """"Tue" for Tuesday."""
    return day.value[:3].capitalize()


def days_in_words(days: tuple[Weekday, ...]) -> str:
    """"Tue, Thu" for lifting days, in the order given."""
    return ", ".join(short_day(day) for day in days)


def week_order(week_start: Weekday) -> tuple[Weekday, ...]:
    """The seven days in the order the season's weeks run."""
    days = list(Weekday)
    return tuple(days[(week_start.number + offset) % 7] for offset in range(7))


class StrengthDaysEditor(AthleteEditor):
    """Seven day toggles (each shows its place in the order) and the order itself.

    Attributes tests and the panel use:
        toggles: the day buttons by weekday; checked = the athlete can lift that day.
        order: the list of lifting days, first choice at the top.
        up_button, down_button: move the chosen day earlier or later in the order.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.toggles: dict[Weekday, QToolButton] = {}
        toggle_box = QWidget()
        toggle_box.setStyleSheet(TOGGLE_STYLE)  # one sheet for the seven buttons
        self.toggle_row = QHBoxLayout(toggle_box)
        self.toggle_row.setContentsMargins(0, 0, 0, 0)
        self.toggle_row.setSpacing(2)
        for day in Weekday:
            button = QToolButton()
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("Wed") + 8)
            button.clicked.connect(lambda checked, d=day: self._toggled(d, checked))
            self.toggles[day] = button
        self._week_start: Weekday | None = None

        self.order = QListWidget()
        self.order.setAccessibleName("Lifting days in order of preference")
        self.order.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.order.currentRowChanged.connect(self._update_buttons)
        self.order.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.up_button = QPushButton("Move up")
        self.up_button.setToolTip("Try this day earlier when placing the week's sessions")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton("Move down")
        self.down_button.setToolTip("Try this day later when placing the week's sessions")
        self.down_button.clicked.connect(lambda: self._move(+1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addLayout(buttons)

        intro = QLabel("Days this athlete can lift on:")
        hint = QLabel(
            "Each week the sessions go on the first free days in this order "
            "(races and time away block days)."
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(toggle_box)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel("Order of preference:"))
        layout.addLayout(order_row)
        layout.addWidget(hint)
        layout.addStretch(1)

    # -- showing -------------------------------------------------------------------

    def load(self, season: Season, athlete: Athlete) -> None:
        if season.week_start != self._week_start:
            self._week_start = season.week_start
            for day in week_order(season.week_start):
                self.toggle_row.addWidget(self.toggles[day])  # re-adding moves it last
        days = athlete.strength_days
        for day, button in self.toggles.items():
            chosen = day in days
            rank = _ORDINALS[days.index(day)] if chosen else ""
            button.setChecked(chosen)
            # The second line keeps every button the same height, on or off.
            button.setText(f"{short_day(day)}\n{rank or ' '}")
            name = day.value.capitalize()
            button.setAccessibleName(
                f"Lift on {name}, {rank} choice" if chosen else f"Lift on {name}"
            )
            button.setToolTip(
                f"{athlete.name} can lift on {name} ({rank} choice); click to take it away"
                if chosen
                else f"Click to let {athlete.name} lift on {name} too"
            )
        current = self._current_day()
        self.order.blockSignals(True)
        self.order.clear()
        for rank, day in zip(_ORDINALS, days, strict=False):
            item = QListWidgetItem(f"{rank}   {day.value.capitalize()}")
            item.setData(Qt.ItemDataRole.UserRole, day.value)
            self.order.addItem(item)
        row = days.index(current) if current in days else 0
        self.order.setCurrentRow(row)
        self.order.blockSignals(False)
        rows = max(len(days), 1)
        self.order.setFixedHeight(self.order.sizeHintForRow(0) * rows + 2 * self.order.frameWidth())
        self._update_buttons()

    def _current_day(self) -> Weekday | None:
        item = self.order.currentItem()
        return Weekday(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        row, count = self.order.currentRow(), self.order.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- editing -------------------------------------------------------------------

    def _toggled(self, day: Weekday, checked: bool) -> None:
        athlete = self.athlete
        days = athlete.strength_days
        if checked:
            new_days = (*days, day) if day not in days else days
        else:
            new_days = tuple(d for d in days if d != day)
            if not new_days:
                self.toggles[day].setChecked(True)
                self.show_problem(
                    f"{athlete.name} needs at least one lifting day: "
                    "turn another day on first."
                )
                return
        self.apply(f"{athlete.name} lifts on {days_in_words(new_days)}", strength_days=new_days)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        days = list(self.athlete.strength_days)
        target = row + step
        if not (0 <= row < len(days) and 0 <= target < len(days)):
            return
        days.insert(target, days.pop(row))
        self.apply(
            f"{self.athlete.name} prefers {days_in_words(tuple(days))}",
            strength_days=tuple(days),
        )
