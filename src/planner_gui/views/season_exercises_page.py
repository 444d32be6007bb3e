"""The season's exercise list per phase (planning-rules.md §5.1), a page of Season Settings.

A phase is chosen on the left and its list edited on the right. A phase with no
list of its own shows the app's; the first change makes it the season's own, and
"Reset to the app's list" forgets it again. Every change is one undo step.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.exercises import default_exercises, exercises_for
from planner_gui.model.phases import Phase
from planner_gui.model.season import Distance, Season
from planner_gui.views.exercise_list_editor import ExerciseListEditor


def _extras(longer: Distance, shorter: Distance | None) -> str:
    """The race-specific exercises ``longer`` races get on top of ``shorter`` ones."""
    have = default_exercises(Phase.RACE_SPECIFIC, shorter)
    extra = [name for name in default_exercises(Phase.RACE_SPECIFIC, longer) if name not in have]
    # Mid-sentence: "calf raise", but "A-skips" keeps its capital.
    return ", ".join(n[:1].lower() + n[1:] if n[1:2].islower() else n for n in extra)


RACE_SPECIFIC_APP_NOTE = (
    "The app's list for every distance. A half marathon or longer adds calf work "
    f"({_extras(Distance.HALF_MARATHON, None)}); a marathon or ultra adds plyometrics "
    f"({_extras(Distance.MARATHON, Distance.HALF_MARATHON)}). "
    "Once you change this list, every runner gets exactly your list."
)
"""Says plainly what the app adds by distance, and that an own list stops that."""
RACE_SPECIFIC_OWN_NOTE = (
    "Every runner gets this list, whatever the distance of their main race. Reset to "
    "the app's list to give the longer distances their calf work and jumps again."
)


class _SteadyText(QStackedWidget):
    """A wrapped text with two wordings (the app's list, the season's own) that keeps
    the height of the taller one: the list and buttons below it do not jump under
    the mouse when the first change makes a list the season's own.
    """

    def __init__(self) -> None:
        super().__init__()
        for _ in range(2):
            label = QLabel()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.addWidget(label)

    def set_texts(self, app: str, own: str, *, show_own: bool) -> None:
        """Set both wordings and show one."""
        for index, text in enumerate((app, own)):
            self._label(index).setText(text)
        self.setCurrentIndex(int(show_own))

    def text(self) -> str:
        """The wording shown."""
        return self._label(self.currentIndex()).text()

    def _label(self, index: int) -> QLabel:
        label = self.widget(index)
        assert isinstance(label, QLabel)
        return label


class SeasonExercisesPage(QWidget):
    """A phase chooser beside one exercise list editor, bound to the season.

    Attributes tests use: phases (the phase chooser), editor, source (says whose
    list is shown), note.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._shown = document.season

        self.phases = QListWidget()
        self.phases.setAccessibleName("Phase")
        for phase in Phase:
            self.phases.addItem(phase.label)
            self.phases.item(self.phases.count() - 1).setData(Qt.ItemDataRole.UserRole, phase.value)
        self.phases.setMaximumWidth(self.phases.sizeHintForColumn(0) + 24)
        self.phases.setCurrentRow(1)  # base: where a coach most often starts
        self.phases.currentRowChanged.connect(lambda _row: self._show_phase())
        own_hint = QLabel("Bold: the season's own list.")
        own_hint.setWordWrap(True)
        own_hint.setEnabled(False)

        self.source = _SteadyText()
        self.editor = ExerciseListEditor()
        self.editor.edited.connect(self._write)
        self.editor.reset_requested.connect(lambda: self._write(None))
        self.note = _SteadyText()
        self.note.setEnabled(False)
        self.note.set_texts(RACE_SPECIFIC_APP_NOTE, RACE_SPECIFIC_OWN_NOTE, show_own=False)
        athletes = QLabel("Athletes with their own list for a phase keep it.")
        athletes.setWordWrap(True)
        athletes.setEnabled(False)

        chooser = QVBoxLayout()
        chooser.addWidget(self.phases, 1)
        chooser.addWidget(own_hint)
        lists = QVBoxLayout()
        lists.addWidget(self.source)
        lists.addWidget(self.editor, 1)
        lists.addWidget(self.note)
        lists.addWidget(athletes)
        layout = QHBoxLayout(self)
        layout.addLayout(chooser)
        layout.addLayout(lists, 1)

        document.season_changed.connect(self._follow)
        document.season_reset.connect(self._follow)
        self._show_phase()

    def phase(self) -> Phase:
        """The phase whose list is shown."""
        return Phase(self.phases.currentItem().data(Qt.ItemDataRole.UserRole))

    # -- following the document ------------------------------------------------------

    def _follow(self) -> None:
        before, season = self._shown, self._document.season
        self._shown = season
        changed = [
            row
            for row, phase in enumerate(Phase)
            if getattr(before.methodology.exercises, phase.value)
            != getattr(season.methodology.exercises, phase.value)
        ]
        if changed and self.phases.currentRow() not in changed:
            # An undo of another phase's change: show the list it changed.
            self.phases.setCurrentRow(changed[0])  # (shows it)
            return
        self._show_phase()

    def _show_phase(self) -> None:
        season: Season = self._document.season
        phase = self.phase()
        own = getattr(season.methodology.exercises, phase.value) is not None
        for row, each in enumerate(Phase):
            item = self.phases.item(row)
            font = QFont(item.font())
            font.setBold(getattr(season.methodology.exercises, each.value) is not None)
            item.setFont(font)
        self.editor.show_list(exercises_for(season.methodology, phase), own=own)
        self.source.set_texts(
            f"<b>{phase.label}</b>: the app's list. Change it to make it the season's own.",
            f"<b>{phase.label}</b>: the season's own list.",
            show_own=own,
        )
        self.note.setCurrentIndex(int(own))
        self.note.setVisible(phase is Phase.RACE_SPECIFIC)

    # -- changes ------------------------------------------------------------------------

    def _write(self, names: tuple[str, ...] | None) -> None:
        methodology = self._document.season.methodology
        exercises = methodology.exercises.model_copy(update={self.phase().value: names})
        try:
            self._document.update_settings(
                methodology=methodology.model_copy(update={"exercises": exercises})
            )
        except ValidationError as error:
            self.editor.show_problem(error.errors()[0]["msg"])
            self._show_phase()  # back to the list the season has
