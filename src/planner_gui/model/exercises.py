"""The app's own exercise lists per phase, and the sessions a week per phase.

Built from the movements docs/planning-rules.md §4 names; the wording is the app's.
A coach can replace any phase's list, per season or per athlete (§5.1).
"""

from __future__ import annotations

from planner_gui.model.phases import Phase
from planner_gui.model.season import Distance, Methodology

DEFAULT_SESSIONS = {
    Phase.FREE: 2,
    Phase.BASE: 3,
    Phase.STRENGTH: 2,
    Phase.RACE_SPECIFIC: 2,
    Phase.TAPER: 1,
    Phase.RECOVERY: 1,
}
"""Strength sessions a week when nobody set another number (§5.1)."""

_LONG = frozenset({Distance.HALF_MARATHON, Distance.MARATHON, Distance.ULTRA})
_JUMPS = frozenset({Distance.MARATHON, Distance.ULTRA})

_BASE_LISTS: dict[Phase, tuple[str, ...]] = {
    Phase.FREE: (
        "Bodyweight squat, full range",
        "Hip hinge with a dowel",
        "Push-up",
        "Dead bug",
        "Side plank",
        "Hip and ankle mobility",
    ),
    Phase.BASE: (
        "Goblet or back squat",
        "Romanian deadlift",
        "Push-up or bench press",
        "Bent-over row",
        "Reverse lunge",
        "Step-up",
        "Single-leg deadlift",
        "Glute bridge",
        "Plank",
    ),
    Phase.STRENGTH: (
        "Back squat",
        "Trap-bar or conventional deadlift",
        "Bulgarian split squat",
        "Single-leg Romanian deadlift",
        "Weighted step-up",
        "Pull-up or row",
    ),
    Phase.RACE_SPECIFIC: (
        "Split squat",
        "Single-leg deadlift",
        "Step-up",
    ),
    Phase.TAPER: (
        "Quick bodyweight split squat",
        "Fast step-up",
        "Glute bridge",
        "Light calf raise",
    ),
    Phase.RECOVERY: (
        "Glute bridge",
        "Bird dog",
        "Side plank",
        "Easy mobility flow",
    ),
}
_CALF_AND_SOLEUS = ("Straight-knee calf raise", "Bent-knee calf raise (soleus)")
_PLYOMETRICS = ("A-skips", "Explosive step-up", "Reverse lunge with knee drive")


def default_exercises(phase: Phase, distance: Distance | None = None) -> tuple[str, ...]:
    """The app's list for a phase; race-specific weeks depend on the main race's distance."""
    names = _BASE_LISTS[phase]
    if phase is Phase.RACE_SPECIFIC:
        if distance in _LONG:
            names += _CALF_AND_SOLEUS
        if distance in _JUMPS:
            names += _PLYOMETRICS
    return names


def sessions_for(methodology: Methodology, phase: Phase) -> int:
    """Strength sessions a week in ``phase`` (the methodology's, else the default)."""
    value: int | None = getattr(methodology.sessions, phase.value)
    return DEFAULT_SESSIONS[phase] if value is None else value


def exercises_for(
    methodology: Methodology, phase: Phase, distance: Distance | None = None
) -> tuple[str, ...]:
    """The exercise list of ``phase`` (the methodology's, else the app's own)."""
    names: tuple[str, ...] | None = getattr(methodology.exercises, phase.value)
    return default_exercises(phase, distance) if names is None else names
