"""What the athlete panel's editors share: the athlete they edit and how they refuse.

Every editor shows one athlete of the open season and writes changes through
``SeasonDocument.update_athlete``, one undo step each. A value the season would
refuse never reaches it: the editor says why in red under its controls.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model.season import Athlete, Season
from planner_gui.views.invalid_input import problem_label, refusal_text, show_problem

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class PanelSpinBox(QSpinBox):
    """A spin box for the panel's pages: the wheel and Ctrl+Z behave as the coach expects.

    The wheel changes it only once it has focus: a plain spin box takes the wheel as
    it passes under the pointer, and scrolling the phases page set a phase's sessions
    to 0 on the way down (seen under X); ignored, the wheel scrolls the page.

    Undo and Redo go to the window: the spin box's text field took Ctrl+Z for its own
    text, so the change the arrows had just made could not be taken back by key.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and any(event.matches(key) for key in _UNDO_KEYS)
        ):
            event.ignore()  # not overridden: the window's shortcut runs
            return True
        return super().event(event)


def name_spin_box(spin: QAbstractSpinBox, name: str) -> None:
    """Give a spin box a spoken name, and its text field too: the field takes the focus."""
    spin.setAccessibleName(name)
    line = spin.lineEdit()
    if line is not None:
        line.setAccessibleName(name)


class AthleteEditor(QWidget):
    """A part of the athlete panel: loads one athlete and writes their changes.

    Subclasses build their controls, show ``self.problem`` somewhere, and implement
    ``load``; ``apply`` writes a change as one undo step or shows why it was refused.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.athlete_id = ""
        self.problem = problem_label()

    @property
    def athlete(self) -> Athlete:
        """The athlete shown (KeyError when none is)."""
        return self.document.season.athlete(self.athlete_id)

    def show_athlete(self, athlete_id: str) -> None:
        """Show an athlete of the current season ("" for none)."""
        if athlete_id != self.athlete_id:
            self.show_problem("")  # a refusal belongs to the athlete it was about
        self.athlete_id = athlete_id
        if athlete_id:
            self.load(self.document.season, self.athlete)

    def load(self, season: Season, athlete: Athlete) -> None:
        """Show ``athlete``'s values (without writing anything back)."""
        raise NotImplementedError

    def apply(self, label: str, merge_key: str | None = None, **changes: Any) -> bool:
        """Write ``changes`` to the athlete as one undo step; False (and why) if refused."""
        try:
            self.document.update_athlete(
                self.athlete_id, label, merge_key=merge_key, **changes
            )
        except (ValidationError, ValueError) as error:
            self.show_problem(refusal_text(error))
            return False
        self.show_problem("")
        return True

    def show_problem(self, text: str) -> None:
        """Show a refusal in red ("" hides it)."""
        show_problem(self.problem, text)
