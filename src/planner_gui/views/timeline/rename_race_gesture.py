"""Gesture: rename a race in place (F2 or Enter, a double click, or right after a drop).

The ``RaceNameEditor`` opens over the race's name and follows the marker while the
timeline scrolls or zooms; an accepted name is one undo step, and the focus goes
back to the timeline either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner_gui.model import edits
from planner_gui.views.timeline.race_name_editor import RaceNameEditor

if TYPE_CHECKING:
    from planner_gui.views.timeline.timeline_host import TimelineHost


class RenameRaceGesture:
    """The inline race-name editor of one timeline and what its answer does.

    Started by F2 or Enter, a double click or a drop rather than by a press, and
    ended by the editor itself; like every gesture it can be cancelled.
    """

    def __init__(self, host: TimelineHost):
        self._host = host
        self._editor = RaceNameEditor(host.viewport())
        self._editor.finished.connect(self._finished)
        self._editor.cancelled.connect(self._cancelled)

    @property
    def editor(self) -> QLineEdit | None:
        """The editor while it is open."""
        return self._editor if self._editor.race_id else None

    def start(self, race_id: str) -> None:
        """Open the editor over a race's name (scrolled into view first)."""
        host = self._host
        name = edits.find_race(host.document.season, race_id).race.name
        host.ensure_race_visible(race_id)
        self._editor.start(race_id, name)
        self.place()

    def place(self) -> None:
        """Keep the open editor on its race's name (closed if the race left the season)."""
        race_id = self._editor.race_id
        if not race_id:
            return
        rect = self._host.hits.race_rect(race_id)
        if rect.isEmpty():
            self._editor.cancel()  # the race left the season (undo, edit elsewhere)
            return
        self._editor.place_over(rect, self._host.viewport().width())

    def cancel(self) -> None:
        """Close the editor without renaming."""
        self._editor.cancel()

    def _finished(self, race_id: str, text: str) -> None:
        host = self._host
        name = " ".join(text.split())
        try:
            current = edits.find_race(host.document.season, race_id).race
        except KeyError:
            return  # the race went away (undo) while the editor was open
        if name and name != current.name:
            host.document.update_race(race_id, name=name)
        host.setFocus(Qt.FocusReason.OtherFocusReason)

    def _cancelled(self) -> None:
        self._host.setFocus(Qt.FocusReason.OtherFocusReason)
