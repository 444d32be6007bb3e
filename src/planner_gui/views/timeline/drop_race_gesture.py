"""Gesture: a race dropped on a lane from the palette (new race) or from the races table.

Drag enter/move show a preview with the race on the lane and the lane re-planned;
the drop writes one undo step, selects the race and, for a new race, opens the
inline name editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent

from planner_gui.model import edits
from planner_gui.model.season import Race
from planner_gui.views.race_mime import RacePayload, decode_race_mime
from planner_gui.views.timeline.drag_preview import (
    DragPreview,
    Ghost,
    date_label,
    no_room,
    preview_plans,
)
from planner_gui.views.timeline.lane_layout import in_lanes

if TYPE_CHECKING:
    import datetime as dt

    from planner_gui.views.timeline.timeline_host import TimelineHost

PREVIEW_ID = "new-race-preview"


def new_race_name(payload: RacePayload) -> str:
    """The name a dropped race starts with, until the coach renames it."""
    return f"New {payload.priority} race"


class DropRaceGesture:
    """The drop side of palette and races-table drags, on the timeline's viewport.

    A ``Gesture`` of drop events: ``enter`` starts it, ``move`` follows the drag,
    ``release`` is the drop and ``cancel`` the drag leaving the viewport.
    """

    def __init__(self, host: TimelineHost):
        self._host = host
        self._payload: RacePayload | None = None

    def enter(self, event: QDropEvent) -> None:
        """Accept every drag that carries a race of this season, wherever it enters.

        Whether the spot under the mouse takes the race is decided move by move.
        """
        # WORKAROUND: Qt sends no further moves or drop to a widget that ignored the
        # drag-enter, so a drag entering over the header, the names or the empty area
        # below the lanes could never reach a lane. Only a foreign payload is refused.
        self._payload = self._payload_of(event)
        if self._payload is None:
            self._host.set_preview(None)
            event.ignore()
            return
        self._hover(event)
        event.setDropAction(self._action(event))
        event.accept()

    def move(self, event: QDropEvent) -> None:
        """Preview the race at the date and lane under the mouse; refuse other spots."""
        if self._hover(event):
            event.setDropAction(self._action(event))
            event.accept()
        else:
            event.ignore()

    def cancel(self) -> None:
        """The drag left the viewport: show the document again."""
        self._host.set_preview(None)

    def release(self, event: QDropEvent) -> None:
        """The drop: create (or move) the race, one undo step, selected, new ones renamable."""
        host = self._host
        payload, target = self._payload_of(event), self._target(event.position())
        host.set_preview(None)
        self._payload = None
        if payload is None or target is None:
            event.ignore()
            return
        action = self._action(event, payload)
        athlete_id, day = target
        full = self._no_room(payload, athlete_id, self._copies(event))
        if full is not None:
            host.say(full)
            event.ignore()
            return
        if payload.race_id is None:
            race = Race(name=new_race_name(payload), date=day, priority=payload.priority)
            host.document.add_race(athlete_id, race)
            host.selection.select_race(race.id)
            host.start_rename(race.id)
        else:
            loc = edits.find_race(host.document.season, payload.race_id)
            other = None if athlete_id == loc.athlete.id else athlete_id
            race_id = host.document.move_race(payload.race_id, day, other, copy=self._copies(event))
            host.selection.select_race(race_id)
        event.setDropAction(action)
        event.accept()

    def _payload_of(self, event: QDropEvent) -> RacePayload | None:
        """The race the drag carries, or None for other data or a race of another season."""
        payload = decode_race_mime(event.mimeData())
        if payload is not None and payload.race_id is not None:
            try:
                edits.find_race(self._host.document.season, payload.race_id)
            except KeyError:
                return None  # a race from another season (another window): nothing to move
        return payload

    def _hover(self, event: QDropEvent) -> bool:
        """Show the preview when the mouse is over a lane (hide it elsewhere)."""
        target = self._target(event.position())
        if self._payload is None or target is None:
            self._host.set_preview(None)
            return False
        full = self._no_room(self._payload, target[0], self._copies(event))
        if full is not None:
            # The lane refuses the drop: no preview, a "no" cursor, and the reason.
            self._host.set_preview(None)
            self._host.say(full)
            return False
        self._host.set_preview(self._preview(self._payload, *target, self._copies(event)))
        return True

    def _no_room(self, payload: RacePayload, athlete_id: str, copy: bool) -> str | None:
        """Why the drop cannot add a race to ``athlete_id`` (at the limit), or None."""
        season = self._host.document.season
        home = None
        if payload.race_id is not None and not copy:  # a copy adds a race wherever it goes
            home = edits.find_race(season, payload.race_id).athlete.id
        return no_room(season, athlete_id, home, copy)

    def _target(self, pos: QPointF) -> tuple[str, dt.date] | None:
        hits = self._host.hits
        athlete_id = hits.athlete_at(pos.y(), clamp=False)
        if athlete_id is None or not in_lanes(pos.x(), pos.y()):
            return None
        return athlete_id, hits.day_at(pos.x())

    def _copies(self, event: QDropEvent) -> bool:
        return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def _action(self, event: QDropEvent, payload: RacePayload | None = None) -> Qt.DropAction:
        payload = payload or self._payload
        moving = payload is not None and payload.race_id is not None
        if moving and not self._copies(event):
            return Qt.DropAction.MoveAction
        return Qt.DropAction.CopyAction

    def _preview(
        self, payload: RacePayload, athlete_id: str, day: dt.date, copy: bool
    ) -> DragPreview:
        season = self._host.document.season
        if payload.race_id is None:
            race = Race(
                id=PREVIEW_ID, name=new_race_name(payload), date=day, priority=payload.priority
            )
            preview = edits.add_race(season, athlete_id, race)
            plans = preview_plans(preview, (athlete_id,))
            return DragPreview(preview, PREVIEW_ID, date_label(day), plans)
        loc = edits.find_race(season, payload.race_id)
        other = None if athlete_id == loc.athlete.id else athlete_id
        preview, race_id = edits.move_race(season, payload.race_id, day, other, copy=copy)
        plans = preview_plans(preview, (loc.athlete.id, athlete_id))
        ghost = Ghost(loc.athlete.id, loc.race.date, loc.race.priority)
        label = ("Copy: " if copy else "") + date_label(day, loc.race.date)
        return DragPreview(preview, race_id, label, plans, ghost)
