"""The roster panel: the athletes, buttons to manage them, and the athlete's notes."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model import edits
from planner_gui.model.roster_limits import roster_full
from planner_gui.model.season import MAX_NOTES, Athlete
from planner_gui.views import dialogs
from planner_gui.views.add_gate import AddGate
from planner_gui.views.athletes_model import AthletesModel

NOTES_PAUSE_MS = 1200
"""Notes are committed after this typing pause (or when the editor loses focus)."""


class NotesEdit(QPlainTextEdit):
    """A plain-text editor that says when it loses focus.

    Signals:
        focus_lost(): the editor lost keyboard focus.
    """

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class RosterPanel(QWidget):
    """The athletes list with add, rename, delete, move up/down, and notes.

    Notes are committed as one undo step when the coach pauses typing or leaves the
    editor, never per keystroke.

    Signals:
        message(str): a short note for the status bar.
    """

    message = Signal(str)

    def __init__(
        self, document: SeasonDocument, selection: Selection, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self.model = AthletesModel(document, self)
        self.model.edit_refused.connect(self.message)

        title = QLabel("<b>Athletes</b>")
        self.list = QListView()
        self.list.setModel(self.model)
        # One line per athlete: without this, every scrollTo measured every row, which
        # made each edit cost time in proportion to the roster.
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setAccessibleName("Athletes")
        self.list.selectionModel().currentChanged.connect(self._row_chosen)

        self.add_button = self._button("Add", "Add an athlete to the roster", self.add_athlete)
        self._add_gate = AddGate(self.add_button)
        self.rename_button = self._button("Rename", "Rename the athlete (F2)", self.rename)
        self.delete_button = self._button("Delete", "Delete the athlete and their races",
                                          self.delete_athlete)
        self.up_button = self._button("▲", "Move the athlete up the roster", self.move_up)
        self.down_button = self._button("▼", "Move the athlete down the roster", self.move_down)
        for arrow, name in ((self.up_button, "Move up"), (self.down_button, "Move down")):
            arrow.setFixedWidth(arrow.fontMetrics().horizontalAdvance("▲") + 24)
            arrow.setAccessibleName(name)  # a screen reader would say "black up-pointing triangle"
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.add_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        self.notes_label = QLabel()
        self.notes = NotesEdit()
        self.notes.setPlaceholderText("Notes about this athlete: goals, injuries, gym days…")
        self.notes.setAccessibleName("Athlete notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._notes_owner = ""
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.commit_notes)
        self.notes.textChanged.connect(self._notes_typed)
        self.notes.focus_lost.connect(self.commit_notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes, 2)

        self._scrolled_to = ("", -1)
        selection.athlete_changed.connect(self._show_athlete)
        document.season_changed.connect(self._season_changed)
        self.model.modelReset.connect(lambda: self._show_athlete(selection.athlete_id))
        self._show_athlete(selection.athlete_id)

    def _button(self, text: str, tip: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- actions -------------------------------------------------------------------

    def bind_add_action(self, action: QAction) -> None:
        """Enable ``action`` (the window's Add Athlete) only while the roster has room,
        its tooltip saying why not."""
        self._add_gate.bind(action)
        self._update_buttons()

    def add_athlete(self) -> None:
        """Add a new athlete after the current one and start renaming it.

        A full roster is said in words (the button is disabled then, but a shortcut
        or a script can still get here).
        """
        self.commit_notes()
        full = roster_full(self._document.season)
        if full is not None:
            self.message.emit(full)
            return
        taken = {a.name for a in self._document.season.athletes}
        number = 1
        while f"New athlete {number}" in taken:
            number += 1
        athlete = Athlete(name=f"New athlete {number}")
        current = self._selection.athlete_id
        index = None
        if current:
            index = edits.athlete_index(self._document.season, current) + 1
        self._document.add_athlete(athlete, index)
        self._selection.select_athlete(athlete.id)
        self.rename()

    def rename(self) -> None:
        """Open the name of the current athlete for editing."""
        row = self.model.row_of(self._selection.athlete_id)
        if row >= 0:
            self.list.setFocus()
            self.list.edit(self.model.index(row, 0))

    def delete_athlete(self) -> None:
        """Delete the current athlete after asking (their races go with them)."""
        athlete_id = self._selection.athlete_id
        if not athlete_id:
            return
        self.commit_notes()
        athlete = self._document.season.athlete(athlete_id)
        races = len(athlete.races)
        what = f" and their {races} race{'s' if races != 1 else ''}" if races else ""
        if not dialogs.confirm(
            self,
            "Delete athlete",
            f"Delete {athlete.name}{what}? You can undo this with Edit ▸ Undo.",
            "Delete",
        ):
            return
        row = self.model.row_of(athlete_id)
        self._document.remove_athlete(athlete_id)
        remaining = self._document.season.athletes
        if remaining:
            self._selection.select_athlete(remaining[min(row, len(remaining) - 1)].id)
        self.message.emit(f"Deleted {athlete.name}.")

    def move_up(self) -> None:
        """Move the current athlete one place up the roster."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the current athlete one place down the roster."""
        self._move(+1)

    def _move(self, step: int) -> None:
        athlete_id = self._selection.athlete_id
        if not athlete_id:
            return
        index = edits.athlete_index(self._document.season, athlete_id)
        target = index + step
        if 0 <= target < len(self._document.season.athletes):
            self._document.move_athlete(athlete_id, target)
            self._show_athlete(athlete_id)

    # -- notes ---------------------------------------------------------------------

    def _notes_typed(self) -> None:
        if self._notes_owner:
            self._notes_timer.start()

    def commit_notes(self) -> None:
        """Write pending notes to the document (one undo step); nothing if unchanged."""
        self._notes_timer.stop()
        owner = self._notes_owner
        season = self._document.season
        if not owner or owner not in {a.id for a in season.athletes}:
            return
        text = self.notes.toPlainText()
        if text.strip() != season.athlete(owner).notes:
            self._document.set_athlete_notes(owner, text[:MAX_NOTES])

    def _load_notes(self, athlete: Athlete | None) -> None:
        if athlete is not None and athlete.id == self._notes_owner and self._notes_timer.isActive():
            return  # the coach is typing: another edit must not replace their text
        self._notes_timer.stop()
        self._notes_owner = athlete.id if athlete else ""
        self.notes.setEnabled(athlete is not None)
        self.notes_label.setText(f"Notes — {athlete.name}" if athlete else "Notes")
        notes = athlete.notes if athlete else ""
        # Stored notes are stripped: compare stripped, so a trailing space being typed
        # does not reload the text under the cursor.
        if self.notes.toPlainText().strip() != notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(notes)
            self.notes.blockSignals(False)

    # -- following the document and the selection -----------------------------------

    def _row_chosen(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            athlete_id = self.model.athlete_id(index.row())
            if athlete_id != self._selection.athlete_id:
                self.commit_notes()
                self._selection.select_athlete(athlete_id)

    def _show_athlete(self, athlete_id: str) -> None:
        if self._notes_owner and self._notes_owner != athlete_id:
            self.commit_notes()
        row = self.model.row_of(athlete_id)
        if row >= 0:
            index = self.model.index(row, 0)
            if self.list.currentIndex() != index:
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            # Only when the athlete or their row changed: an edit elsewhere in the
            # season must not pull the list back to them after the coach scrolled.
            if (athlete_id, row) != self._scrolled_to:
                self.list.scrollTo(index)
        self._scrolled_to = (athlete_id, row)
        season = self._document.season
        athlete = next((a for a in season.athletes if a.id == athlete_id), None)
        self._load_notes(athlete)
        self._update_buttons()

    def _season_changed(self) -> None:
        self._show_athlete(self._selection.athlete_id)

    def _update_buttons(self) -> None:
        athletes = self._document.season.athletes
        current = self._selection.athlete_id
        has = bool(current)
        index = edits.athlete_index(self._document.season, current) if has else -1
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and index > 0)
        self.down_button.setEnabled(has and index < len(athletes) - 1)
        self._add_gate.update(roster_full(self._document.season))
