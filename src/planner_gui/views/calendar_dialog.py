"""The Export Calendar dialog: which athletes, one calendar file or one per athlete.

``CalendarDialog`` only gathers the coach's choices into ``CalendarOptions``; showing
it goes through ``export_prompts.run_dialog`` and the whole menu command lives in
``calendar_flow``. One file or one per athlete is remembered from one export to the
next, apart from the PDF's own choice (a coach may print one sheet for the club and
send every athlete their own calendar).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.season import Season
from planner_gui.views.athlete_choice import AthleteChoice, export_buttons

SPLIT_KEY = "calendar/one_file_per_athlete"


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    """What the coach chose in the dialog."""

    athlete_ids: tuple[str, ...]
    split: bool
    """One calendar file per athlete (in a folder) instead of one file."""


class CalendarDialog(QDialog):
    """Choose the athletes, and one calendar file or one per athlete."""

    def __init__(
        self, season: Season, *, current_athlete_id: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Export Calendar")
        self.choice = AthleteChoice(
            season, heading="&Athletes whose plans go in:", current_athlete_id=current_athlete_id
        )
        self.one_file = QRadioButton("&One calendar file (each event starts with the name)")
        self.per_athlete = QRadioButton("One calendar file per athlete, in a &folder")
        split = bool(QSettings().value(SPLIT_KEY, False, type=bool))
        (self.per_athlete if split else self.one_file).setChecked(True)
        about = QLabel(
            "Strength sessions, races, training phases, time away and week notes become "
            "all-day events. Importing a newer file updates them instead of adding them "
            "twice."
        )
        about.setWordWrap(True)
        self.buttons = export_buttons(self, self.choice)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.one_file)
        layout.addWidget(self.per_athlete)
        layout.addWidget(about)
        layout.addWidget(self.buttons)

        self.resize(380, 440)

    def accept(self) -> None:
        """Export: remember one file or one per athlete (a cancelled dialog changes nothing)."""
        QSettings().setValue(SPLIT_KEY, self.per_athlete.isChecked())
        super().accept()

    def options(self) -> CalendarOptions:
        """The choices as they stand."""
        return CalendarOptions(self.choice.chosen_ids(), self.per_athlete.isChecked())
