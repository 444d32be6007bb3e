"""Gesture: drag a race along its lane, or onto another lane (Ctrl copies).

The date follows the mouse with one-day resolution. Every move rebuilds a preview
season with ``model.edits.move_race`` and re-plans only the touched lanes; the
document is written once, on release, as one undo step. Escape cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from planner_gui.model import edits
from planner_gui.model.season import Race
from planner_gui.views.timeline.drag_preview import (
    DragPreview,
    Ghost,
    date_label,
    no_room,
    preview_plans,
)

if TYPE_CHECKING:
    import datetime as dt

    from planner_gui.views.timeline.timeline_host import TimelineHost


class MoveRaceGesture:
    """A press on a race marker, which becomes a drag once past the dead zone.

    A ``Gesture`` of mouse events.
    """

    def __init__(
        self, host: TimelineHost, race: Race, athlete_id: str, press: QPointF, grab_dx: float
    ):
        self._host = host
        self._race = race
        self._athlete_id = athlete_id
        self._press = press
        # Where in the marker the mouse grabbed it, so the marker does not jump.
        self._grab_dx = grab_dx
        self._target: tuple[str, dt.date] = (athlete_id, race.date)
        self._copy = False
        self.active = False
        """Whether the press turned into a drag (past the dead zone)."""

    @property
    def race_id(self) -> str:
        """The race being dragged."""
        return self._race.id

    def move(self, event: QMouseEvent) -> None:
        """Follow the mouse: new target date and lane, preview re-planned."""
        pos = event.position()
        if not self.active:
            if (pos - self._press).manhattanLength() < QApplication.startDragDistance():
                return
            self.active = True
        host = self._host
        athlete_id = host.hits.athlete_at(pos.y(), clamp=True) or self._athlete_id
        day = host.hits.day_at(pos.x() - self._grab_dx)
        copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        host.scroll_zoom.autoscroll(pos)
        if (athlete_id, day) != self._target or copy != self._copy or host.preview is None:
            self._target, self._copy = (athlete_id, day), copy
            self._show_preview()

    def set_copy(self, copy: bool) -> None:
        """Ctrl pressed or released during the drag."""
        if self.active and copy != self._copy:
            self._copy = copy
            self._show_preview()

    def _changes(self) -> bool:
        athlete_id, day = self._target
        return athlete_id != self._athlete_id or day != self._race.date

    def _no_room(self) -> str | None:
        """Why the target lane cannot take the race (its athlete is at the limit)."""
        return no_room(self._host.document.season, self._target[0], self._athlete_id, self._copy)

    def _show_preview(self) -> None:
        host = self._host
        athlete_id, day = self._target
        season = host.document.season
        label = date_label(day, self._race.date)
        if athlete_id != self._athlete_id:
            label += f" → {season.athlete(athlete_id).name}"
        if self._copy:
            label = "Copy: " + label
        full = self._no_room()
        if full is not None:
            host.say(full)
            label = "No room for another race"
        if not self._changes() or full is not None:
            host.set_preview(DragPreview(season, self._race.id, label))
            return
        other = None if athlete_id == self._athlete_id else athlete_id
        preview, race_id = edits.move_race(season, self._race.id, day, other, copy=self._copy)
        ghost = Ghost(self._athlete_id, self._race.date, self._race.priority)
        plans = preview_plans(preview, (self._athlete_id, athlete_id))
        host.set_preview(DragPreview(preview, race_id, label, plans, ghost))

    def release(self, event: QMouseEvent) -> None:
        """Commit the drag as one undo step (nothing when it ends where it began)."""
        host = self._host
        if not self.active:
            return
        self.move(event)
        host.set_preview(None)
        if not self._changes():
            return
        full = self._no_room()
        if full is not None:
            host.say(full)
            return
        athlete_id, day = self._target
        other = None if athlete_id == self._athlete_id else athlete_id
        new_id = host.document.move_race(self._race.id, day, other, copy=self._copy)
        host.selection.select_race(new_id)

    def cancel(self) -> None:
        """Escape: drop the preview, the document was never touched."""
        self.active = False
        self._host.set_preview(None)
