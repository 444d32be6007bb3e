"""The season settings dialog: every change applies at once, as one undo step.

The dialog is not modal: the plan behind it recomputes as the coach changes a
length, and Edit ▸ Undo takes the change back (the dialog follows). Three pages:
the season itself, the phases (lengths and strength sessions a week side by side)
and the exercise list of each phase.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.exercises import DEFAULT_SESSIONS, sessions_for
from planner_gui.model.phases import BLOCK_PHASES, Phase
from planner_gui.model.schema_bounds import LENGTH_RANGES, SEASON_WEEKS, SESSION_RANGE
from planner_gui.model.season import (
    LENGTH_KEYS,
    MAX_NAME,
    Methodology,
    PhaseSessions,
    Season,
    Weekday,
    first_reason,
)
from planner_gui.views.date_field import DateField
from planner_gui.views.invalid_input import (
    mark_invalid,
    problem_label,
    show_problem,
)
from planner_gui.views.season_exercises_page import SeasonExercisesPage


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


def locale_week_start() -> Weekday:
    """The first day of the week in the user's locale."""
    day = QLocale().firstDayOfWeek()  # Qt.DayOfWeek: Monday = 1 … Sunday = 7
    return list(Weekday)[day.value - 1]


class SettingsDialog(QDialog):
    """Name, first day, length and first day of the week of the season; the length and
    strength sessions a week of each phase; the exercise list of each phase."""

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
        season_form.addRow("&Name:", self.name)
        season_form.addRow("&First day:", self.start)
        season_form.addRow("", self.start_hint)
        season_form.addRow("&Length:", self.weeks)
        season_form.addRow("&Weeks start on:", self.week_start)
        season_page = QWidget()
        season_page.setLayout(season_form)

        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        # The window's Undo and Redo keys stop at its edge: the dialog is a window
        # of its own, so it answers them itself (a text field still undoes typing).
        stack = document.undo_stack
        for action, keys in (
            (stack.createUndoAction(self, "&Undo"), QKeySequence.StandardKey.Undo),
            (stack.createRedoAction(self, "&Redo"), QKeySequence.StandardKey.Redo),
        ):
            action.setShortcut(QKeySequence(keys))
            self.addAction(action)

        self.exercises = SeasonExercisesPage(document)
        self.tabs = QTabWidget()
        self.tabs.addTab(season_page, "&Season")
        self.tabs.addTab(self._phases_page(), "&Phases")
        self.tabs.addTab(self.exercises, "&Exercises")
        for widget, name in (
            (self.name, "Season name"),
            (self.start, "First day of the season"),
            (self.weeks, "Season length"),
            (self.week_start, "Weeks start on"),
            (self.tabs, "Season settings"),
            (self.tabs.tabBar(), "Settings pages"),
        ):
            widget.setAccessibleName(name)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        # Room for the exercise list and its notes without crowding them.
        self.resize(self.sizeHint().expandedTo(QSize(560, 480)))

        document.season_changed.connect(self._reload)
        document.season_reset.connect(self._reload)
        self._reload()

    def _phases_page(self) -> QWidget:
        """Lengths and sessions a week side by side, one phase a row."""
        grid = QGridLayout()
        grid.addWidget(_heading("Phase"), 0, 0)
        grid.addWidget(_heading("Length"), 0, 1)
        grid.addWidget(_heading("Strength sessions"), 0, 2)
        self.lengths: dict[str, QSpinBox] = {}
        self.sessions: dict[Phase, QSpinBox] = {}
        # Created column by column, so Tab walks down the lengths, then the sessions.
        for row, phase in enumerate(Phase, start=1):
            label = QLabel(f"{phase.label}:")
            grid.addWidget(label, row, 0)
            if phase.value not in LENGTH_RANGES:
                free = QLabel("between blocks")
                free.setEnabled(False)
                grid.addWidget(free, row, 1)
                continue
            spin = QSpinBox()
            spin.setRange(*LENGTH_RANGES[phase.value])
            spin.setSuffix(" weeks")
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(f"{phase.label} length")
            spin.valueChanged.connect(self._methodology_changed)
            label.setBuddy(spin)
            self.lengths[phase.value] = spin
            grid.addWidget(spin, row, 1)
        for row, phase in enumerate(Phase, start=1):
            spin = QSpinBox()
            spin.setRange(*SESSION_RANGE)
            spin.setSuffix(" a week")
            spin.setKeyboardTracking(False)
            spin.setAccessibleName(f"{phase.label} strength sessions a week")
            spin.valueChanged.connect(lambda value, p=phase: self._sessions_changed(p, value))
            self.sessions[phase] = spin
            grid.addWidget(spin, row, 2)
        self.block_total = QLabel()
        grid.addWidget(QLabel("Block length:"), len(Phase) + 1, 0)
        grid.addWidget(self.block_total, len(Phase) + 1, 1, 1, 2)

        defaults = QPushButton("Use the default lengths (4, 4, 4, 4, 2)")
        # Return in a spin box commits its value; it must not press this button.
        defaults.setAutoDefault(False)
        block, recovery = LENGTH_RANGES["base"], LENGTH_RANGES["recovery"]
        defaults.setToolTip(
            "Block phases are counted back from each main race; recovery follows it. "
            f"Each block phase takes {block[0]}–{block[1]} weeks (at least one week "
            f"together), recovery {recovery[0]}–{recovery[1]}."
        )
        defaults.clicked.connect(self._default_lengths)
        app_sessions = ", ".join(str(DEFAULT_SESSIONS[p]) for p in Phase)
        self.default_sessions = QPushButton(f"Use the app's sessions ({app_sessions})")
        self.default_sessions.setAutoDefault(False)
        self.default_sessions.clicked.connect(
            lambda: self._apply(methodology=self._season_methodology(sessions=PhaseSessions()))
        )
        hint = QLabel(
            "Bold sessions are the season's own, the others the app's. "
            "Athletes with their own lengths or sessions keep them."
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)

        layout = QVBoxLayout()
        layout.addLayout(grid)
        layout.addWidget(defaults)
        layout.addWidget(self.default_sessions)
        layout.addWidget(hint)
        layout.addStretch(1)
        page = QWidget()
        page.setLayout(layout)
        return page

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
            self._show_problem(first_reason(error))
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
        self._apply(methodology=self._season_methodology(**values))

    def _default_lengths(self) -> None:
        lengths = {key: Methodology.model_fields[key].default for key in LENGTH_KEYS}
        self._apply(methodology=self._season_methodology(**lengths))

    def _sessions_changed(self, phase: Phase, value: int) -> None:
        # The app's number is not written down: the season simply follows the app
        # again, and clicking away and back leaves nothing to undo.
        own = None if value == DEFAULT_SESSIONS[phase] else value
        sessions = self._document.season.methodology.sessions
        self._apply(
            methodology=self._season_methodology(
                sessions=sessions.model_copy(update={phase.value: own})
            )
        )

    def _season_methodology(self, **changes: Any) -> Methodology:
        """The season's methodology with ``changes``; the rest (sessions, exercise
        lists, other lengths) stays as the coach set it."""
        return self._document.season.methodology.model_copy(update=changes)

    def _show_problem(self, text: str) -> None:
        show_problem(self.problem, text)

    # -- following the document ------------------------------------------------------

    def _reload(self) -> None:
        season: Season = self._document.season
        widgets: list[QWidget] = [self.name, self.weeks, self.week_start]
        widgets += list(self.lengths.values()) + list(self.sessions.values())
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
            for phase, spin in self.sessions.items():
                spin.setValue(sessions_for(season.methodology, phase))
                own = getattr(season.methodology.sessions, phase.value) is not None
                font = QFont(spin.font())
                font.setBold(own)
                spin.setFont(font)
                spin.setToolTip(
                    f"The season's own number; the app's is {DEFAULT_SESSIONS[phase]} a week."
                    if own
                    else "The app's number."
                )
            self.default_sessions.setEnabled(season.methodology.sessions != PhaseSessions())
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.start_hint.setText(self._document.calendar.span_text())
        self.block_total.setText(
            f"{season.methodology.block_length} weeks, race week included"
        )
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def _reload_start(self) -> None:
        self.start.set_date(self._document.season.start)
        mark_invalid(self.start, False)
