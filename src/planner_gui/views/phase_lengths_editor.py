"""An athlete's own phase lengths, or the season's (planning-rules.md §5.1).

Off, the spin boxes show the season's lengths and cannot be changed; on, all five
lengths are the athlete's own and a change of the season's no longer moves them.
Turning it on copies the lengths the athlete has now, so the plan does not move
until the coach changes one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.engine import effective_methodology
from planner_gui.model.phases import BLOCK_PHASES, Phase
from planner_gui.model.schema_bounds import LENGTH_RANGES
from planner_gui.model.season import LENGTH_KEYS, Athlete, AthleteMethodology, Season
from planner_gui.views.athlete_editor import AthleteEditor, PanelSpinBox, name_spin_box
from planner_gui.views.invalid_input import mark_invalid

NO_BLOCK = (
    "The four block phases need at least one week together; give one of them a week."
)
"""The refusal of a block with no weeks (the words of Season Settings)."""


def own_methodology(athlete: Athlete, **changes: object) -> AthleteMethodology | None:
    """The athlete's own methodology with ``changes``; None when nothing is their own."""
    own = athlete.methodology or AthleteMethodology()
    own = own.model_copy(update=changes)
    return None if own.is_empty else own


class PhaseLengthsEditor(AthleteEditor):
    """A checkbox for own phase lengths and a spin box per phase.

    Attributes tests and the panel use:
        own: the "own phase lengths" checkbox.
        lengths: the spin boxes by methodology key (base … recovery).
        block_total: says how long a block is for this athlete.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(document, parent)
        self.own = QCheckBox("Own phase lengths")
        self.own.setToolTip("Off: this athlete follows the season's phase lengths")
        self.own.clicked.connect(self._own_clicked)
        form = QFormLayout()
        self.lengths: dict[str, QSpinBox] = {}
        for key, (low, high) in LENGTH_RANGES.items():
            spin = PanelSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(" weeks")
            spin.setKeyboardTracking(False)
            name_spin_box(spin, f"{Phase(key).label} weeks")
            spin.valueChanged.connect(lambda value, k=key: self._length_changed(k, value))
            self.lengths[key] = spin
            form.addRow(f"{Phase(key).label}:", spin)
        self._refused_against: dict[str, int] | None = None
        """The stored lengths while a refused combination is in view."""
        self.block_total = QLabel()
        self.block_total.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.own)
        layout.addLayout(form)
        layout.addWidget(self.block_total)
        layout.addWidget(self.problem)

    def load(self, season: Season, athlete: Athlete) -> None:
        own = athlete.methodology
        has_own = own is not None and any(getattr(own, key) is not None for key in LENGTH_KEYS)
        effective = effective_methodology(athlete, season.methodology)
        lengths = {key: getattr(effective, key) for key in LENGTH_KEYS}
        self.own.setChecked(has_own)
        # A refused block stays in view while the lengths it was refused against
        # stand; an undo or another athlete replaces them, so show those.
        if self._refused_against is not None and self._refused_against != lengths:
            self._clear_refusal()
        for key, spin in self.lengths.items():
            spin.setEnabled(has_own)
            if self._refused_against is None:
                spin.blockSignals(True)
                spin.setValue(lengths[key])
                spin.blockSignals(False)
        self.block_total.setText(
            f"A block takes {effective.block_length} weeks, race week included."
        )

    def show_athlete(self, athlete_id: str) -> None:
        if athlete_id != self.athlete_id:
            self._clear_refusal()
        super().show_athlete(athlete_id)

    def _clear_refusal(self) -> None:
        self._refused_against = None
        self.show_problem("")
        for spin in self.lengths.values():
            mark_invalid(spin, False)

    # -- editing -------------------------------------------------------------------

    def _own_clicked(self, checked: bool) -> None:
        athlete = self.athlete
        name = athlete.name
        if checked:
            effective = effective_methodology(athlete, self.document.season.methodology)
            lengths = {key: getattr(effective, key) for key in LENGTH_KEYS}
            label = f"Give {name} their own phase lengths"
        else:
            lengths = dict.fromkeys(LENGTH_KEYS)
            label = f"{name} follows the season's phase lengths"
            self._clear_refusal()
        self.apply(label, methodology=own_methodology(athlete, **lengths))

    def _length_changed(self, key: str, value: int) -> None:
        values = {k: spin.value() for k, spin in self.lengths.items()}
        block = sum(values[phase.value] for phase in BLOCK_PHASES)
        if block < 1:
            athlete = self.athlete
            effective = effective_methodology(athlete, self.document.season.methodology)
            self._refused_against = {k: getattr(effective, k) for k in LENGTH_KEYS}
            for phase in BLOCK_PHASES:
                mark_invalid(self.lengths[phase.value], True)
            self.show_problem(NO_BLOCK)
            return
        self._clear_refusal()
        athlete = self.athlete
        weeks = f"{value} week{'s' if value != 1 else ''}"
        # All five as shown: with own lengths on, none of them follows the season.
        self.apply(
            f"{Phase(key).label} of {athlete.name}: {weeks}",
            merge_key=f"athlete:{athlete.id}:length:{key}",
            methodology=own_methodology(athlete, **values),
        )
