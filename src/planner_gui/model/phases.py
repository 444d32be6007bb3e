"""Training phases and what each one prescribes.

The figures come from the source article (see docs/planning-rules.md §4); the
wording is the app's own. A field the article does not give is ``None`` and shows as an em dash.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from planner_gui.model.season import Distance


class Phase(StrEnum):
    """The phase a week belongs to."""

    FREE = "free"
    BASE = "base"
    STRENGTH = "strength"
    RACE_SPECIFIC = "race_specific"
    TAPER = "taper"
    RECOVERY = "recovery"

    @property
    def label(self) -> str:
        """Display name ("Base (hypertrophy)")."""
        return PHASE_LABELS[self]

    @property
    def short_label(self) -> str:
        """A name short enough for a narrow band ("Base")."""
        return PHASE_SHORT_LABELS[self]


PHASE_LABELS = {
    Phase.FREE: "Free weeks",
    Phase.BASE: "Base (hypertrophy)",
    Phase.STRENGTH: "Strength",
    Phase.RACE_SPECIFIC: "Race-specific",
    Phase.TAPER: "Taper",
    Phase.RECOVERY: "Recovery",
}

PHASE_SHORT_LABELS = {
    Phase.FREE: "Free",
    Phase.BASE: "Base",
    Phase.STRENGTH: "Strength",
    Phase.RACE_SPECIFIC: "Race-spec.",
    Phase.TAPER: "Taper",
    Phase.RECOVERY: "Recovery",
}

BLOCK_PHASES = (Phase.BASE, Phase.STRENGTH, Phase.RACE_SPECIFIC, Phase.TAPER)
"""The phases of a block, in the order they run up to the race."""

PHASE_SUMMARIES = {
    Phase.FREE: "Time away from structured blocks: the off-season, or the gap before "
    "the next block when the next main race is far off.",
    Phase.BASE: "The first weeks of a block build muscle with higher volume and "
    "lighter loads, and lay down clean movement patterns.",
    Phase.STRENGTH: "Loads go up and reps come down to turn the base into raw strength.",
    Phase.RACE_SPECIFIC: "Strength work starts to look like racing: moderate loads, "
    "calf work for the longer distances, optional jumps and bounds.",
    Phase.TAPER: "The race month: strength stays in the week but gets short, light "
    "and sharp so the legs arrive fresh.",
    Phase.RECOVERY: "The weeks right after a main race: easy running and one gentle "
    "strength session while the body recovers.",
}


@dataclass(frozen=True, slots=True)
class StrengthPrescription:
    """A week's strength work."""

    sessions: int
    sessions_note: str | None
    sets_reps: str | None
    rest: str | None
    effort: str | None
    focus: str

    @property
    def sessions_text(self) -> str:
        """Sessions with their note ("2 (3–4 if strength is the priority)")."""
        if self.sessions_note:
            return f"{self.sessions} ({self.sessions_note})"
        return str(self.sessions)

    def as_json(self) -> dict[str, object]:
        """The JSON form used by ``plan --json``."""
        return {
            "sessions": self.sessions,
            "sessions_note": self.sessions_note,
            "sets_reps": self.sets_reps,
            "rest": self.rest,
            "effort": self.effort,
            "focus": self.focus,
        }


_LONG_DISTANCES = frozenset({Distance.HALF_MARATHON, Distance.MARATHON, Distance.ULTRA})
_PLYOMETRICS = "A-skips, explosive step-ups, reverse lunges with a driving knee"


def _race_specific_focus(distance: Distance | None) -> str:
    parts = ["Movements close to running at moderate load."]
    if distance in _LONG_DISTANCES:
        parts.append("Calf strength with an eye on the soleus.")
    if distance is Distance.MARATHON:
        parts.append(f"Plyometrics recommended: {_PLYOMETRICS}.")
    else:
        parts.append(f"Plyometrics optional: {_PLYOMETRICS}.")
    return " ".join(parts)


@cache
def strength_for(phase: Phase, distance: Distance | None = None) -> StrengthPrescription:
    """The strength prescription of a phase; race-specific work depends on the distance."""
    if phase is Phase.FREE:
        return StrengthPrescription(
            2,
            "3–4 if strength is the priority",
            "athlete's choice",
            None,
            None,
            "Move well through a full range of motion and train the core; "
            "cross-training is welcome.",
        )
    if phase is Phase.BASE:
        return StrengthPrescription(
            3,
            None,
            "3–4 × 10–12",
            "60–90 s",
            "RPE 6–7, well short of failure",
            "Two-legged compound lifts (squat, hinge, push, pull), core stability and "
            "single-leg work: lunges, step-ups, single-leg deadlifts, glute bridges. "
            "No plyometrics yet.",
        )
    if phase is Phase.STRENGTH:
        return StrengthPrescription(
            2,
            None,
            "3–5 × 4–6",
            "2–3 min",
            "RPE 8–9 by the last rep",
            "Heavier loads, lifted without hurry; keep the single-leg work.",
        )
    if phase is Phase.RACE_SPECIFIC:
        return StrengthPrescription(
            2, None, "2–3 × 6–8", None, "moderate load", _race_specific_focus(distance)
        )
    if phase is Phase.TAPER:
        return StrengthPrescription(
            1,
            None,
            "1–2 × 3–5",
            None,
            "light to moderate, quick and controlled",
            "Race-like movements only; nothing heavy.",
        )
    return StrengthPrescription(
        1,
        "light",
        "light",
        None,
        "low",
        "Easy, low-intensity work that helps the body recover.",
    )


RUNNING_FOCUS = {
    Phase.FREE: "Mileage down 20–40 %, easier running and few races; cycling, rowing "
    "or swimming for extra aerobic work.",
    Phase.BASE: "Moderate mileage, mostly easy zone-2 running.",
    Phase.STRENGTH: "Mileage climbing, with at least one speed session a week.",
    Phase.RACE_SPECIFIC: "Volume and speed work keep climbing.",
    Phase.TAPER: "Mileage comes down towards the race.",
    Phase.RECOVERY: "Cut mileage as needed; easy runs only.",
}
