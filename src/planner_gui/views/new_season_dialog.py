"""File ▸ New Season asks for the new season's name, first day and length.

The dialog only collects values: nothing changes until the coach presses Create,
and Cancel leaves the open season as it was. Values are checked the way the season
settings check them (the first day is typed whole, refused in red when it is no
date), so a season never opens with a day the coach did not type.
"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.edits import update_settings
from planner_gui.model.schema_bounds import SEASON_WEEKS
from planner_gui.model.season import MAX_NAME, Season, first_reason, name_characters_problem
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.date_field import DateField
from planner_gui.views.invalid_input import (
    mark_invalid,
    problem_label,
    show_problem,
)
from planner_gui.views.season_dialog_parts import create_season_buttons


def default_name(start: dt.date) -> str:
    """The name a new season gets unless the coach types another."""
    return f"Season {start.year}"


class NewSeasonDialog(QDialog):
    """Name, first day and length of a new season, proposed by ``proposal``.

    ``season()`` is the season to open once the dialog was accepted; it keeps the
    proposal's first day of the week and phase lengths.
    """

    def __init__(self, proposal: Season, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New season")
        self._proposal = proposal
        self._season = proposal
        self._named_for = proposal.start
        """The first day whose year the untouched default name is about."""

        self.name = QLineEdit(proposal.name)
        self.name.setMaxLength(MAX_NAME)
        self.start = DateField()
        self.start.set_date(proposal.start)
        self.start.editingFinished.connect(self._start_done)
        self.start.date_picked.connect(self._start_done)
        self.start_hint = QLabel()
        self.start_hint.setEnabled(False)
        self.weeks = QSpinBox()
        self.weeks.setRange(*SEASON_WEEKS)
        self.weeks.setSuffix(" weeks")
        self.weeks.setValue(proposal.weeks)
        self.weeks.valueChanged.connect(self._update_hint)

        form = QFormLayout()
        form.addRow("Name:", self.name)
        form.addRow("First day:", self.start)
        form.addRow("", self.start_hint)
        form.addRow("Length:", self.weeks)
        self.problem = problem_label()
        buttons, self.create_button = create_season_buttons(self)

        layout = QVBoxLayout(self)
        intro = QLabel("A new, empty season: add athletes and their races once it is open.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._update_hint()
        # Top to bottom: the name (selected, to type over), Tab, the first day, Tab…
        self.name.selectAll()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def season(self) -> Season:
        """The season with the coach's name, first day and length (after Create)."""
        return self._season

    # -- checking ------------------------------------------------------------------

    def accept(self) -> None:
        """Create the season when every value can be used; else say what to fix."""
        self.weeks.interpretText()
        name = self.name.text().strip()
        mark_invalid(self.name, not name)
        if not name:
            self._refuse(self.name, "The season needs a name.")
            return
        if problem := name_characters_problem(name):
            self._refuse(self.name, problem)
            return
        try:
            start = self.start.date()
        except ValueError as error:
            self._refuse(self.start, str(error))
            return
        try:
            self._season = update_settings(
                self._proposal, name=name, start=start, weeks=self.weeks.value()
            )
        except ValidationError as error:
            self._refuse(self.start, first_reason(error))
            return
        super().accept()

    def _refuse(self, editor: QWidget, text: str) -> None:
        mark_invalid(editor, True)
        self._show_problem(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_done(self) -> None:
        try:
            start = self.start.date()
            update_settings(self._proposal, start=start)  # within the schema's years
        except ValidationError as error:
            mark_invalid(self.start, True)
            self._show_problem(first_reason(error))
            return
        except ValueError as error:
            mark_invalid(self.start, True)
            self._show_problem(str(error))
            return
        mark_invalid(self.start, False)
        self._show_problem("")
        if self.name.text().strip() == default_name(self._named_for):
            self.name.setText(default_name(start))
        self._named_for = start
        self._update_hint()

    def _show_problem(self, text: str) -> None:
        show_problem(self.problem, text)

    def _update_hint(self) -> None:
        try:
            start = self.start.date()
        except ValueError:
            start = self._named_for
        calendar = SeasonCalendar.of(
            self._proposal.model_copy(update={"start": start, "weeks": self.weeks.value()})
        )
        self.start_hint.setText(calendar.span_text(name_week_start=True))
