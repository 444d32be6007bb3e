"""The drag-and-drop payload for races: new races from the palette, existing ones from tables.

One MIME type carries both kinds so the timeline has a single drop path:
``{"priority": "A"}`` asks for a new race of that priority, ``{"race_id": "..."}``
names a race that already exists in the season (dragged from the races table).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QMimeData

from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority

RACE_MIME = "application/x-planner-race"
"""MIME type of a dragged race (JSON, see the module docstring)."""


@dataclass(frozen=True, slots=True)
class RacePayload:
    """What a drag carries: a priority for a new race, or the id of an existing one."""

    priority: Priority | None = None
    race_id: str | None = None


def new_race_mime(priority: Priority) -> QMimeData:
    """Mime data asking for a new race of ``priority``."""
    return _mime({"priority": priority.value}, f"New {RACE_LOOKS[priority].label}")


def existing_race_mime(race_id: str, name: str = "") -> QMimeData:
    """Mime data naming an existing race (the races table emits this)."""
    return _mime({"race_id": race_id}, name or race_id)


def _mime(payload: dict[str, str], text: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(RACE_MIME, json.dumps(payload).encode("utf-8"))
    mime.setText(text)  # so a drop into a text field gives something readable
    return mime


def decode_race_mime(mime: QMimeData | None) -> RacePayload | None:
    """The payload of ``mime``, or None when it carries no usable race."""
    if mime is None or not mime.hasFormat(RACE_MIME):
        return None
    try:
        data = json.loads(bytes(mime.data(RACE_MIME).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(data, dict):
        return None
    race_id = data.get("race_id")
    if isinstance(race_id, str) and race_id:
        return RacePayload(race_id=race_id)
    priority = data.get("priority")
    if priority not in {p.value for p in Priority}:
        return None
    return RacePayload(priority=Priority(priority))
