"""Readable undo labels for changes of the season's settings."""

from __future__ import annotations

from planner_gui.model.date_text import format_date
from planner_gui.model.season import Methodology, Season


def settings_changed(old: Season, new: Season) -> list[str]:
    """Which settings differ: season fields, and methodology fields by their own name."""
    fields = ("name", "start", "weeks", "week_start")
    changed = [f for f in fields if getattr(old, f) != getattr(new, f)]
    changed += [
        f
        for f in Methodology.model_fields
        if getattr(old.methodology, f) != getattr(new.methodology, f)
    ]
    return changed


def settings_label(old: Season, new: Season) -> str:
    """A readable undo label for a change of season settings."""
    parts: list[str] = []
    for field in settings_changed(old, new):
        if field == "name":
            parts.append(f"Rename season to {new.name}")
        elif field == "start":
            parts.append(f"Start season on {format_date(new.start)}")
        elif field == "weeks":
            parts.append(f"Make season {new.weeks} weeks long")
        elif field == "week_start":
            parts.append(f"Start weeks on {new.week_start.value.capitalize()}")
        elif field == "sessions":
            parts.append("Change the sessions per phase")
        elif field == "exercises":
            parts.append("Change the exercise lists")
        else:
            after = getattr(new.methodology, field)
            unit = "week" if after == 1 else "weeks"
            parts.append(f"Set {field.replace('_', '-')} to {after} {unit}")
    if not parts:
        return "Change season settings"
    return parts[0] if len(parts) == 1 else "Change season settings"
