"""The Export PDF dialog: which athletes, which paper, one file or one per athlete.

``ExportDialog`` only gathers the coach's choices into ``ExportOptions``; showing it
modally lives in ``export_prompts`` and the whole menu command in ``export_flow``.
The paper, one file or one per athlete, whether the coach's notes print, and "open
when done" are remembered in QSettings from one export to the next.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.export.paper import LETTER_TERRITORIES, Paper, default_paper
from planner_gui.model.season import Season
from planner_gui.views.athlete_choice import AthleteChoice, export_buttons

PAPER_KEY = "export/paper"
SPLIT_KEY = "export/one_file_per_athlete"
OPEN_KEY = "export/open_when_done"
NOTES_KEY = "export/include_notes"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the coach chose in the dialog."""

    athlete_ids: tuple[str, ...]
    paper: Paper
    split: bool
    """One PDF per athlete (in a folder) instead of one file."""
    open_when_done: bool
    notes: bool = True
    """Print the athlete's notes and the week notes on their sheets."""


def locale_paper() -> Paper:
    """The paper of the system locale (Qt knows it on every platform, not only POSIX)."""
    code = QLocale.territoryToCode(QLocale().territory())
    if code in LETTER_TERRITORIES:
        return Paper.LETTER
    return Paper.A4 if len(code) == 2 else default_paper()


class ExportDialog(QDialog):
    """Choose the athletes, the paper, one file or one per athlete, whether the coach's
    notes print, and whether to open the result."""

    def __init__(
        self, season: Season, *, current_athlete_id: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Export PDF")
        self.choice = AthleteChoice(
            season, heading="&Athletes to print:", current_athlete_id=current_athlete_id
        )
        # The dialog's own names for the choice's parts (tests and callers use them).
        self.athletes = self.choice.athletes
        self.select_all, self.select_none = self.choice.select_all, self.choice.select_none
        self.count_label = self.choice.count_label
        self.paper = QComboBox()
        for paper in Paper:
            self.paper.addItem(paper.label, paper)
        self.one_file = QRadioButton("&One PDF with a coach overview")
        self.per_athlete = QRadioButton("One PDF per athlete, in a &folder")
        self.include_notes = QCheckBox("&Include the coach's notes")
        self.include_notes.setToolTip(
            "The athlete's notes (on the summary page) and the week notes (in the "
            "day-by-day calendar).\nRace notes and notes on time away always print; "
            "the coach overview is the same either way."
        )
        self.open_when_done = QCheckBox("Open the &result when done")
        self._restore_choices()
        self.buttons = export_buttons(self, self.choice)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout()
        form.addRow("&Paper:", self.paper)
        output = QVBoxLayout()
        output.addWidget(self.one_file)
        output.addWidget(self.per_athlete)
        form.addRow("Output:", output)
        form.addRow("Sheets:", self.include_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice, 1)
        layout.addLayout(form)
        layout.addWidget(self.open_when_done)
        layout.addWidget(self.buttons)
        self.resize(380, 460)

    def _restore_choices(self) -> None:
        # QSettings may hand back strings for everything: read with a type and a
        # default, and fall back on a paper this version does not know.
        settings = QSettings()
        stored = settings.value(PAPER_KEY, "", type=str)
        paper = Paper(stored) if stored in {p.value for p in Paper} else locale_paper()
        self.paper.setCurrentIndex(list(Paper).index(paper))
        split = bool(settings.value(SPLIT_KEY, False, type=bool))
        (self.per_athlete if split else self.one_file).setChecked(True)
        self.open_when_done.setChecked(bool(settings.value(OPEN_KEY, True, type=bool)))
        self.include_notes.setChecked(bool(settings.value(NOTES_KEY, True, type=bool)))

    def remember_choices(self) -> None:
        """Store the paper, the output, the notes and "open when done" for the next export."""
        options = self.options()
        settings = QSettings()
        settings.setValue(PAPER_KEY, options.paper.value)
        settings.setValue(SPLIT_KEY, options.split)
        settings.setValue(OPEN_KEY, options.open_when_done)
        settings.setValue(NOTES_KEY, options.notes)

    def accept(self) -> None:
        """Export: remember the choices (a cancelled dialog changes nothing)."""
        self.remember_choices()
        super().accept()

    def chosen_ids(self) -> tuple[str, ...]:
        """Ids of the checked athletes, in roster order."""
        return self.choice.chosen_ids()

    def options(self) -> ExportOptions:
        """The choices as they stand."""
        return ExportOptions(
            self.chosen_ids(),
            Paper(self.paper.currentData()),
            self.per_athlete.isChecked(),
            self.open_when_done.isChecked(),
            self.include_notes.isChecked(),
        )
