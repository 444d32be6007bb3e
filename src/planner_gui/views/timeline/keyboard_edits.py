"""Gesture: the keyboard on the timeline.

Left/Right move the selected race a day (Shift: a week), Delete removes it, F2 or
Enter renames it, Up/Down walk the lanes. Every edit goes through the document:
nudges of one race in a row are one undo step, every other key press is its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from planner_gui.model import edits

if TYPE_CHECKING:
    from planner_gui.views.timeline.timeline_host import TimelineHost

Key = Qt.Key
Shift = Qt.KeyboardModifier.ShiftModifier
NoModifier = Qt.KeyboardModifier.NoModifier


@dataclass(frozen=True, slots=True)
class TimelineKey:
    """Keys of one timeline gesture and what they do, as Help ▸ Keyboard Shortcuts lists them."""

    keys: tuple[Qt.Key, ...]
    does: str
    modifier: Qt.KeyboardModifier = NoModifier
    needs_race: bool = True
    """Only with a race selected (else the key goes on to the window's shortcuts)."""


TIMELINE_KEYS: tuple[TimelineKey, ...] = (
    TimelineKey((Key.Key_Left, Key.Key_Right), "Move the selected race a day earlier or later"),
    TimelineKey((Key.Key_Left, Key.Key_Right), "Move the selected race a week earlier or later",
                Shift),
    TimelineKey((Key.Key_Delete, Key.Key_Backspace), "Delete the selected race"),
    TimelineKey((Key.Key_F2, Key.Key_Return, Key.Key_Enter), "Rename the selected race"),
    TimelineKey((Key.Key_Up, Key.Key_Down), "Select the athlete above or below",
                needs_race=False),
)  # fmt: skip
"""Every key the timeline handles itself: the handler below and the shortcuts list read it."""

RACE_KEYS = frozenset(key for entry in TIMELINE_KEYS if entry.needs_race for key in entry.keys)
LANE_KEYS = frozenset(key for entry in TIMELINE_KEYS if not entry.needs_race for key in entry.keys)


def nudge_key(race_id: str) -> str:
    """The undo merge key of arrow-key moves: one per race, so nudging another starts anew."""
    return f"nudge:{race_id}"


class KeyboardEdits:
    """Keys that edit the selected race or move between lanes."""

    def __init__(self, host: TimelineHost):
        self._host = host

    def owns(self, event: QKeyEvent) -> bool:
        """Whether the timeline has a use for this key now (so shortcuts must wait)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        key = event.key()
        return key in LANE_KEYS or (key in RACE_KEYS and bool(self._host.selection.race_id))

    def handle(self, event: QKeyEvent) -> bool:
        """Act on a key press; False when the key is not ours."""
        if not self.owns(event):
            return False
        host = self._host
        key = event.key()
        selection = host.selection
        if key in LANE_KEYS:
            ids = host.lanes.athlete_ids
            if ids:
                current = ids.index(selection.athlete_id) if selection.athlete_id in ids else 0
                step = -1 if key == Key.Key_Up else 1
                selection.select_athlete(ids[max(0, min(len(ids) - 1, current + step))])
            return True
        race_id = selection.race_id
        if key in (Key.Key_Left, Key.Key_Right):
            days = 7 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            days *= -1 if key == Key.Key_Left else 1
            race = edits.find_race(host.document.season, race_id).race
            host.document.move_race(
                race_id, race.date + dt.timedelta(days=days), merge_key=nudge_key(race_id)
            )
            host.ensure_race_visible(race_id)
        elif key in (Key.Key_Delete, Key.Key_Backspace):
            host.document.remove_race(race_id)
        else:
            host.start_rename(race_id)
        return True
