"""The season settings dialog: every change applies at once, as one undo step.

The dialog is not modal: the plan behind it recomputes as the coach changes a
length, and Edit ▸ Undo takes the change back (the dialog follows).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.phases import BLOCK_PHASES, Phase
from planner_gui.model.season import (
    LENGTH_KEYS,
    MAX_NAME,
    Methodology,
    Season,
    Weekday,
)
from planner_gui.views.date_field import DateField
from planner_gui.views.invalid_input import mark_invalid


def schema_bound(model: type[BaseModel], field: str, kind: str) -> int:
    """The ``ge``/``le`` bound of a model field, as the schema declares it."""
    for item in model.model_fields[field].metadata:
        if hasattr(item, kind):
            return int(getattr(item, kind))
    raise LookupError(f"{model.__name__}.{field} has no {kind} bound")


_RANGES = {
    name: (schema_bound(Methodology, name, "ge"), schema_bound(Methodology, name, "le"))
    for name in LENGTH_KEYS
}
"""(min, max) weeks of each methodology field, read from the schema (planning-rules.md §2)."""
SEASON_WEEKS = (schema_bound(Season, "weeks", "ge"), schema_bound(Season, "weeks", "le"))
"""(min, max) length of a season in weeks, read from the schema."""


def locale_week_start() -> Weekday:
    """The first day of the week in the user's locale."""
    day = QLocale().firstDayOfWeek()  # Qt.DayOfWeek: Monday = 1 … Sunday = 7
    return list(Weekday)[day.value - 1]


class SettingsDialog(QDialog):
    """Name, first day, length, first day of the week and phase lengths of the season."""

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Season settings")
        self._document = document
        self._methodology = document.season.methodology
        """The lengths the spin boxes were last loaded from."""

        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME)
        self.name.editingFinished.connect(self._name_done)
        # A date typed whole (a QDateEdit auto-advanced its sections, so "04 Tab Jan
        # Tab 2027" landed the year in the length field); applied when it is complete.
        self.start = DateField()
        self.start.editingFinished.connect(self._start_done)
        self.start.date_picked.connect(self._start_done)
        self.start_hint = QLabel()
        self.start_hint.setEnabled(False)
        self.weeks = QSpinBox()
        self.weeks.setRange(*SEASON_WEEKS)
        self.weeks.setSuffix(" weeks")
        self.weeks.setKeyboardTracking(False)
        self.weeks.valueChanged.connect(lambda v: self._apply(weeks=v))
        self.week_start = QComboBox()
        for day in Weekday:
            self.week_start.addItem(day.value.capitalize(), day.value)
        self.week_start.setToolTip(
            f"New seasons use your locale's first day: {locale_week_start().value.capitalize()}"
        )
        self.week_start.activated.connect(
            lambda _i: self._apply(week_start=Weekday(self.week_start.currentData()))
        )

        season_form = QFormLayout()
        season_form.addRow("Name:", self.name)
        season_form.addRow("First day:", self.start)
        season_form.addRow("", self.start_hint)
        season_form.addRow("Length:", self.weeks)
        season_form.addRow("Weeks start on:", self.week_start)

        self.lengths: dict[str, QSpinBox] = {}
        method_form = QFormLayout()
        for field, (low, high) in _RANGES.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(" weeks")
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._methodology_changed)
            self.lengths[field] = spin
            method_form.addRow(f"{Phase(field).label}:", spin)
        self.block_total = QLabel()
        method_form.addRow("Block length:", self.block_total)
        defaults = QPushButton("Use the default lengths (4, 4, 4, 4, 2)")
        # Return in a spin box commits its value; it must not press this button.
        defaults.setAutoDefault(False)
        defaults.clicked.connect(lambda: self._apply(methodology=Methodology()))
        method_form.addRow(defaults)
        methodology = QGroupBox("Phase lengths")
        methodology.setToolTip(
            "Block phases are counted back from each main race; recovery follows it. "
            "Each block phase takes 0–8 weeks (at least one week together), recovery 2–6."
        )
        methodology.setLayout(method_form)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(season_form)
        layout.addWidget(methodology)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        document.season_changed.connect(self._reload)
        document.season_reset.connect(self._reload)
        self._reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return presses the default button (Close); with a refused name or date that
        # would hide the refusal and leave the refused text for next time.
        returning = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if returning and (self.name.property("invalid") or self.start.property("invalid")):
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # The dialog is shown again later: it should then show the season's first
        # day, not a refused date from last time.
        if self.start.property("invalid"):
            self._reload_start()
            if not self.name.property("invalid"):
                self._show_problem("")
        super().hideEvent(event)

    # -- applying ------------------------------------------------------------------

    def _apply(self, **changes: Any) -> bool:
        try:
            self._document.update_settings(**changes)
        except ValidationError as error:
            self._show_problem(error.errors()[0]["msg"].removeprefix("Value error, "))
            return False
        self._show_problem("")
        return True

    def _name_done(self) -> None:
        name = self.name.text().strip()
        if not name:
            mark_invalid(self.name, True)
            self._show_problem("The season needs a name.")
            return
        mark_invalid(self.name, False)
        if name != self._document.season.name:
            self._apply(name=name)

    def _start_done(self) -> None:
        try:
            day = self.start.date()
        except ValueError as error:
            # The season keeps its first day; the typed text stays, in red, to fix.
            mark_invalid(self.start, True)
            self._show_problem(str(error))
            return
        if day == self._document.season.start:
            self._reload_start()
            if not self.name.property("invalid"):
                self._show_problem("")
            return
        refused = not self._apply(start=day)
        mark_invalid(self.start, refused)

    def _methodology_changed(self) -> None:
        values = {field: spin.value() for field, spin in self.lengths.items()}
        block = sum(values[p.value] for p in BLOCK_PHASES)
        self.block_total.setText(f"{block} weeks, race week included")
        for phase in BLOCK_PHASES:
            mark_invalid(self.lengths[phase.value], block < 1)
        if block < 1:
            self._show_problem(
                "The four block phases need at least one week together; "
                "give one of them a week."
            )
            return
        self._apply(methodology=Methodology(**values))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- following the document ------------------------------------------------------

    def _reload(self) -> None:
        season: Season = self._document.season
        widgets: list[QWidget] = [self.name, self.weeks, self.week_start]
        widgets += list(self.lengths.values())
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if not self.name.hasFocus() or self.name.text().strip() == season.name:
                self.name.setText(season.name)
                mark_invalid(self.name, False)
            # A refused date stays in view while the coach is still at it.
            start_invalid = bool(self.start.property("invalid"))
            if not self.start.hasFocus() or not start_invalid:
                self._reload_start()
                if start_invalid and not self.name.property("invalid"):
                    self._show_problem("")
            self.weeks.setValue(season.weeks)
            self.week_start.setCurrentIndex(self.week_start.findData(season.week_start.value))
            # A refused block stays in view while the lengths it was refused against
            # stand; an undo or the defaults button replaces them, so show those.
            block_invalid = any(s.property("invalid") for s in self.lengths.values())
            if not block_invalid or season.methodology != self._methodology:
                for field, spin in self.lengths.items():
                    spin.setValue(getattr(season.methodology, field))
                    mark_invalid(spin, False)
                if block_invalid and not self.name.property("invalid"):
                    self._show_problem("")
            self._methodology = season.methodology
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        calendar = self._document.calendar
        week_one_end = calendar.start + dt.timedelta(days=6)
        self.start_hint.setText(
            f"Week 1 runs {format_range(calendar.start, week_one_end)}; "
            f"the season ends {format_date(calendar.end)}."
        )
        self.block_total.setText(
            f"{season.methodology.block_length} weeks, race week included"
        )
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _reload_start(self) -> None:
        self.start.set_date(self._document.season.start)
        mark_invalid(self.start, False)
