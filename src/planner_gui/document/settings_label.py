"""Readable undo labels for changes of the season's settings, and which of them merge."""

from __future__ import annotations

from planner_gui.model.date_text import format_date
from planner_gui.model.exercises import exercises_for, sessions_for
from planner_gui.model.phases import Phase
from planner_gui.model.season import LENGTH_KEYS, PHASE_KEYS, Season

PHASE_WORDS = {
    Phase.FREE: "free-week",
    Phase.BASE: "base",
    Phase.STRENGTH: "strength",
    Phase.RACE_SPECIFIC: "race-specific",
    Phase.TAPER: "taper",
    Phase.RECOVERY: "recovery",
}
"""A phase as a word inside a sentence ("Set base sessions to 2 a week")."""


def settings_changed(old: Season, new: Season) -> list[str]:
    """Which settings differ: season fields, phase lengths by their own name, and
    sessions and exercises per phase ("sessions.base", "exercises.taper")."""
    fields = ("name", "start", "weeks", "week_start")
    changed = [f for f in fields if getattr(old, f) != getattr(new, f)]
    before, after = old.methodology, new.methodology
    changed += [f for f in LENGTH_KEYS if getattr(before, f) != getattr(after, f)]
    for group in ("sessions", "exercises"):
        was, now = getattr(before, group), getattr(after, group)
        changed += [f"{group}.{k}" for k in PHASE_KEYS if getattr(was, k) != getattr(now, k)]
    return changed


def settings_merge_key(old: Season, new: Season) -> str | None:
    """The key under which consecutive changes of one setting join one undo step.

    Clicks on one spin box merge (52 → 56 weeks is one step); an edit of an exercise
    list never does: adding two exercises is two things to take back.
    """
    changed = settings_changed(old, new)
    if any(field.startswith("exercises.") for field in changed):
        return None
    return "settings:" + ",".join(changed)


def settings_label(old: Season, new: Season) -> str:
    """A readable undo label for a change of season settings."""
    changed = settings_changed(old, new)
    parts = [_label(field, old, new) for field in changed]
    if len(parts) == 1:
        return parts[0]
    if changed and all(field.startswith("sessions.") for field in changed):
        return "Change the sessions per phase"
    if changed and all(field.startswith("exercises.") for field in changed):
        return "Change the exercise lists"
    return "Change season settings"


def _label(field: str, old: Season, new: Season) -> str:
    if field == "name":
        return f"Rename season to {new.name}"
    if field == "start":
        return f"Start season on {format_date(new.start)}"
    if field == "weeks":
        return f"Make season {new.weeks} weeks long"
    if field == "week_start":
        return f"Start weeks on {new.week_start.value.capitalize()}"
    group, _, key = field.partition(".")
    if group == "sessions":
        phase = Phase(key)
        return f"Set {PHASE_WORDS[phase]} sessions to {sessions_for(new.methodology, phase)} a week"
    if group == "exercises":
        phase = Phase(key)
        own = getattr(new.methodology.exercises, key)
        if own is None:
            return f"Reset the {PHASE_WORDS[phase]} exercises to the app's list"
        return exercise_edit_label(
            PHASE_WORDS[phase], exercises_for(old.methodology, phase), own
        )
    after = getattr(new.methodology, field)
    unit = "week" if after == 1 else "weeks"
    return f"Set {field.replace('_', '-')} to {after} {unit}"


def exercise_edit_label(phase_word: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """What one edit of an exercise list did, in words ("Add Nordic curl to the base
    exercises"); an edit that is not one add, removal, rename or swap is a change."""
    where = f"the {phase_word} exercises"
    if len(new) == len(old) + 1:
        for i, name in enumerate(new):
            if new[:i] + new[i + 1 :] == old:
                return f"Add {name} to {where}"
    if len(new) == len(old) - 1:
        for i, name in enumerate(old):
            if old[:i] + old[i + 1 :] == new:
                return f"Remove {name} from {where}"
    if len(new) == len(old):
        differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if len(differ) == 1:
            i = differ[0]
            return f"Rename {old[i]} to {new[i]} in {where}"
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            i = differ[0]
            if (old[i], old[i + 1]) == (new[i + 1], new[i]):
                # A move up of one is a move down of the other: name both.
                return f"Swap {old[i]} and {old[i + 1]} in {where}"
    return f"Change {where}"
