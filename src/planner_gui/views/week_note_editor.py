"""The note of one week of one athlete, typed beside the plan (planning-rules.md §5.4).

Like the athlete's notes in the roster, the text goes to the document when the coach
pauses typing or leaves the field, never per keystroke; everything typed between
entering the field and leaving it (or choosing another week) is one undo step.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits
from planner_gui.model.season import MAX_WEEK_NOTE, Athlete
from planner_gui.views.roster_panel import NOTES_PAUSE_MS, NotesEdit

Week = tuple[dt.date, dt.date]
"""A week as its first and last day."""


class WeekNoteEditor(QWidget):
    """A label and a multi-line field for the note of the week the plan shows.

    ``show_week`` says whose week it is; a pending edit of the previous week is
    committed first. Undo and redo of the document refresh the field.
    """

    def __init__(self, document: SeasonDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._athlete_id = ""
        self._week: Week | None = None
        self._session = 0
        """Counts edit sessions: the merge key of one session's commits (one undo step)."""

        self.label = QLabel("Note")
        self.edit = NotesEdit()
        self.edit.setAccessibleName("Week note")
        self.edit.setTabChangesFocus(True)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # About three lines: room to read a short note, and the details above keep the
        # rest. In a short window it gives way down to one line, so the window's
        # smallest height stays what it was without the field.
        lines = self.edit.fontMetrics().lineSpacing()
        self.edit.setMaximumHeight(3 * lines + 14)
        self.edit.setMinimumHeight(lines + 10)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTES_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self.edit.textChanged.connect(self._typed)
        self.edit.focus_lost.connect(self._leave)
        self.label.setBuddy(self.edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)

        document.season_changed.connect(self._reload)
        document.season_reset.connect(self._reload)
        self.show_week("", None)

    @property
    def week(self) -> Week | None:
        """The first and last day of the week being edited, or None."""
        return self._week

    def show_week(self, athlete_id: str, week: Week | None, number: int = 0) -> None:
        """Edit the note of ``athlete_id``'s week ``week`` (season week ``number``).

        A pending edit of the week shown before is committed first.
        """
        if (athlete_id, week) != (self._athlete_id, self._week):
            self.commit()
            self._session += 1
            self._timer.stop()
        self._athlete_id, self._week = athlete_id, week
        athlete = self._athlete()
        has_week = athlete is not None and week is not None
        self.edit.setEnabled(has_week)
        self.label.setText(f"Note for week {number}" if has_week and number else "Note")
        self.edit.setPlaceholderText(
            "A note for this week: a key session, a reminder…" if has_week else ""
        )
        self._load(athlete)

    def commit(self) -> None:
        """Write a pending edit to the document; nothing when the text is unchanged."""
        self._timer.stop()
        athlete, week = self._athlete(), self._week
        if athlete is None or week is None:
            return
        text = self.edit.toPlainText().strip()[:MAX_WEEK_NOTE]
        if text != edits.week_note(athlete, week):
            self._document.set_week_note(
                athlete.id, week, text,
                merge_key=f"week-note:{athlete.id}:{week[0].isoformat()}:{self._session}",
            )

    # -- internals -------------------------------------------------------------------

    def _athlete(self) -> Athlete | None:
        athletes = self._document.season.athletes
        return next((a for a in athletes if a.id == self._athlete_id), None)

    def _typed(self) -> None:
        if self.edit.isEnabled():
            self._timer.start()

    def _leave(self) -> None:
        self.commit()
        self._session += 1  # typing again after leaving the field is a new undo step

    def _reload(self, *_args: object) -> None:
        if self._timer.isActive():
            return  # the coach is typing: another edit must not replace their text
        self._load(self._athlete())

    def _load(self, athlete: Athlete | None) -> None:
        week = self._week
        note = edits.week_note(athlete, week) if athlete is not None and week else ""
        # Stored notes are stripped: compare stripped, so a trailing space being typed
        # does not reload the text under the cursor.
        if self.edit.toPlainText().strip() != note:
            self.edit.blockSignals(True)
            self.edit.setPlainText(note)
            self.edit.blockSignals(False)
