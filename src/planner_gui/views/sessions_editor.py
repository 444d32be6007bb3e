"""An athlete's strength sessions a week, per phase (planning-rules.md §5.1).

Each spin box shows the number the plan uses (the athlete's own, else the
season's, else the app's); changing one makes it the athlete's own, and the
button beside it gives the phase back to the season.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.settings_label import PHASE_WORDS
from planner_gui.model.engine import effective_methodology
from planner_gui.model.exercises import sessions_for
from planner_gui.model.phases import Phase
from planner_gui.model.schema_bounds import SESSION_RANGE
from planner_gui.model.season import (
    PHASE_KEYS,
    Athlete,
    AthleteMethodology,
    PhaseSessions,
    Season,
)
from planner_gui.views.athlete_editor import AthleteEditor, PanelSpinBox, name_spin_box


def sessions_text(count: int) -> str:
    """"1 session", "3 sessions"."""
    return f"{count} session{'s' if count != 1 else ''}"


class SessionsEditor(AthleteEditor):
    """A spin box per phase and a "Use the season's" button for each.

    Attributes tests and the panel use:
        counts: the spin boxes by phase id (free … recovery).
        resets: the buttons that give a phase back to the season, by phase id.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.counts: dict[str, QSpinBox] = {}
        self.resets: dict[str, QPushButton] = {}
        for row, key in enumerate(PHASE_KEYS):
            phase = Phase(key)
            spin = PanelSpinBox()
            spin.setRange(*SESSION_RANGE)
            spin.setKeyboardTracking(False)
            name_spin_box(spin, f"Strength sessions a week, {phase.label}")
            spin.valueChanged.connect(lambda value, k=key: self._count_changed(k, value))
            reset = QPushButton("Use the season's")
            reset.setAccessibleName(f"Use the season's sessions for {phase.label}")
            reset.clicked.connect(lambda _checked=False, k=key: self._reset(k))
            # Shown only where the athlete has their own number; the rows keep their place.
            policy = reset.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            reset.setSizePolicy(policy)
            self.counts[key] = spin
            self.resets[key] = reset
            grid.addWidget(QLabel(f"{phase.short_label}:"), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(reset, row, 2)
        hint = QLabel("Bold numbers are this athlete's own; the others follow the season.")
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Strength sessions a week:"))
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(self.problem)

    def load(self, season: Season, athlete: Athlete) -> None:
        effective = effective_methodology(athlete, season.methodology)
        own = athlete.methodology.sessions if athlete.methodology else PhaseSessions()
        for key, spin in self.counts.items():
            count = sessions_for(effective, Phase(key))
            mine = getattr(own, key) is not None
            spin.blockSignals(True)
            spin.setValue(count)
            spin.blockSignals(False)
            font = QFont(spin.font())
            font.setBold(mine)
            spin.setFont(font)
            season_count = sessions_for(season.methodology, Phase(key))
            self.resets[key].setVisible(mine)
            self.resets[key].setToolTip(
                f"Back to the season's {sessions_text(season_count)} a week"
            )

    # -- editing -------------------------------------------------------------------

    def _write(self, key: str, value: int | None, label: str, merge_key: str | None) -> None:
        athlete = self.athlete
        own = athlete.methodology or AthleteMethodology()
        sessions = own.sessions.model_copy(update={key: value})
        methodology = own.model_copy(update={"sessions": sessions})
        self.apply(
            label,
            merge_key=merge_key,
            methodology=None if methodology.is_empty else methodology,
        )

    def _count_changed(self, key: str, value: int) -> None:
        athlete = self.athlete
        self._write(
            key,
            value,
            f"Set {PHASE_WORDS[Phase(key)]} sessions of {athlete.name} to {value} a week",
            f"athlete:{athlete.id}:sessions:{key}",
        )

    def _reset(self, key: str) -> None:
        athlete = self.athlete
        season_count = sessions_for(self.document.season.methodology, Phase(key))
        self._write(
            key,
            None,
            f"Give {athlete.name} the season's {PHASE_WORDS[Phase(key)]} sessions "
            f"({season_count} a week)",
            None,
        )
