"""The Export Spreadsheet dialog: which athletes go in the one CSV file.

Only the athlete checklist (``AthleteChoice``, as for Export PDF and Export
Calendar): a spreadsheet is one file with a row per athlete and week, so there is no
paper and no one-file-per-athlete. The athletes left out are remembered for the next
export (a coach who sends the club everyone but the two guests need not untick them
every week); athletes new since then start ticked.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from planner_gui.model.season import Season
from planner_gui.views.athlete_choice import AthleteChoice, export_buttons
from planner_gui.views.stored_strings import stored_strings

LEFT_OUT_KEY = "spreadsheet/left_out"
"""Ids of the athletes unticked at the last export."""


def _left_out() -> set[str]:
    return set(stored_strings(LEFT_OUT_KEY))


class SpreadsheetDialog(QDialog):
    """Choose the athletes whose weeks go in the spreadsheet."""

    def __init__(
        self, season: Season, *, current_athlete_id: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle("Export Spreadsheet")
        self.choice = AthleteChoice(
            season, heading="&Athletes whose weeks go in:", current_athlete_id=current_athlete_id
        )
        left_out = _left_out()
        athletes = self.choice.athletes
        for row in range(athletes.count()):
            item = athletes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in left_out:
                item.setCheckState(Qt.CheckState.Unchecked)
        about = QLabel(
            "One file with a row per athlete and week: dates, phase, races, session days, "
            "time away, the strength prescription and the week's notes."
        )
        about.setWordWrap(True)
        self.buttons = export_buttons(self, self.choice)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice, 1)
        layout.addWidget(about)
        layout.addWidget(self.buttons)

        self.resize(380, 420)

    def chosen_ids(self) -> tuple[str, ...]:
        """Ids of the ticked athletes, in roster order."""
        return self.choice.chosen_ids()

    def accept(self) -> None:
        """Export: remember who was left out (a cancelled dialog changes nothing)."""
        athletes = self.choice.athletes
        chosen = set(self.chosen_ids())
        shown = {str(athletes.item(row).data(Qt.ItemDataRole.UserRole))
                 for row in range(athletes.count())}
        # Athletes of other seasons keep their place in the list; these are updated.
        left_out = (_left_out() - shown) | (shown - chosen)
        QSettings().setValue(LEFT_OUT_KEY, sorted(left_out))
        super().accept()
