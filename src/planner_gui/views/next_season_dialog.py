"""File ▸ New Season From This One… asks which races come along, and shows the result.

The dialog only collects choices: nothing changes until the coach presses Create
Season, and Cancel leaves the open season as it was. It shows the new season's name
(to keep or type over), its dates, and how many athletes and races it will hold, so
the coach sees what the choice of priorities does before creating anything. What
moves and what stays is ``model.next_season``'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.next_season import DEFAULT_CARRIED, next_season
from planner_gui.model.race_look import priority_legend
from planner_gui.model.season import MAX_NAME, Priority, Season, name_characters_problem
from planner_gui.model.weeks import SeasonCalendar
from planner_gui.views.invalid_input import mark_invalid, problem_label, show_problem
from planner_gui.views.season_dialog_parts import create_season_buttons, season_from


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


class NextSeasonDialog(QDialog):
    """The choices for next season, made from ``season`` (this one).

    ``season()`` is the season to open once the dialog was accepted.

    Attributes:
        name: the new season's name (the year moved on, to keep or type over).
        carry: one check box per race priority; checked ones come along.
        dates: the new season's weeks in words.
        summary: how many athletes and races the new season holds.
    """

    def __init__(self, season: Season, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("New season from this one")
        self._this = season
        proposal = next_season(season)  # the caller checked it can be made
        self._result = proposal

        self.name = QLineEdit(proposal.name)
        self.name.setMaxLength(MAX_NAME)
        self.dates = QLabel(SeasonCalendar.of(proposal).span_text(name_week_start=True))
        self.dates.setWordWrap(True)
        self.carry: dict[Priority, QCheckBox] = {}
        boxes = QHBoxLayout()
        for priority in Priority:
            box = QCheckBox(priority_legend(priority))
            box.setChecked(priority in DEFAULT_CARRIED)
            box.toggled.connect(self._update_summary)
            self.carry[priority] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Name:", self.name)
        form.addRow("Dates:", self.dates)
        form.addRow("Races to carry over:", boxes)
        form.addRow("", self.summary)
        self.problem = problem_label()
        buttons, self.create_button = create_season_buttons(self)

        intro = QLabel(
            "Next season keeps every athlete with their settings (phase lengths, "
            "sessions, exercises, lifting days and notes). Races you carry over move "
            "by whole weeks, so each stays on its weekday. Time away and week notes "
            "stay with this season, which is left as it is."
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._update_summary()
        self.name.selectAll()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def carried(self) -> frozenset[Priority]:
        """The priorities whose races come along."""
        return frozenset(p for p, box in self.carry.items() if box.isChecked())

    def season(self) -> Season:
        """The new season with the coach's name and choice of races (after Create)."""
        return self._result

    def _update_summary(self) -> None:
        preview = next_season(self._this, self.carried(), name=self._result.name)
        athletes = len(preview.athletes)
        races = sum(len(a.races) for a in preview.athletes)
        self.summary.setText(
            f"The new season: {_count(athletes, 'athlete')} and {_count(races, 'race')}."
        )

    def accept(self) -> None:
        """Create the season once it has a name; else say what is missing."""
        name = " ".join(self.name.text().split())
        problem = name_characters_problem(name) if name else "The season needs a name."
        mark_invalid(self.name, bool(problem))
        show_problem(self.problem, problem or "")
        if problem:
            self.name.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._result = next_season(self._this, self.carried(), name=name)
        super().accept()


def ask_next_season(parent: QWidget | None, season: Season) -> Season | None:
    """Show the dialog for next season after ``season``; None when cancelled.

    Tests replace this function (``monkeypatch.setattr(next_season_dialog,
    "ask_next_season", ...)``): the File command looks it up in this module.
    """
    return season_from(NextSeasonDialog(season, parent))
