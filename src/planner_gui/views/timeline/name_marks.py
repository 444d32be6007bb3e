"""What the names column says about an athlete beyond the name, and its tooltip.

A note line under the name for a lane without a main race and for an athlete with
their own phase lengths; a warning sign by the name for warnings the lane itself
cannot point at (sessions that found no lifting day belong to no single race). The
tooltip spells all of it out, with every warning of the athlete's plan.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.model.engine import AthletePlan, WarningCode
from planner_gui.model.phases import BLOCK_PHASES, Phase
from planner_gui.model.season import Athlete, Methodology

NO_MAIN_RACE_NOTE = "No A race: all free weeks"
OWN_LENGTHS_NOTE = "Own phase lengths"
LENGTH_PHASES = (*BLOCK_PHASES, Phase.RECOVERY)
"""The phases whose length in weeks an athlete may set for themselves."""


@dataclass(frozen=True, slots=True)
class NameMarks:
    """The note lines under a name and whether a warning sign stands by it."""

    notes: tuple[str, ...]
    warned: bool


def own_lengths(athlete: Athlete, season: Methodology) -> list[tuple[Phase, int, int]]:
    """The phase lengths the athlete sets: ``(phase, theirs, the season's)``, in block order."""
    own = athlete.methodology
    if own is None:
        return []
    lengths = []
    for phase in LENGTH_PHASES:
        weeks: int | None = getattr(own, phase.value)
        if weeks is not None:
            lengths.append((phase, weeks, int(getattr(season, phase.value))))
    return lengths


def own_lengths_text(athlete: Athlete, season: Methodology) -> str:
    """ "Own phase lengths: base 6 weeks instead of 4, …" ("" when the athlete has none)."""
    parts = []
    for phase, weeks, season_weeks in own_lengths(athlete, season):
        name = phase.value.replace("_", "-")  # "base", "race-specific"
        amount = f"{name} {weeks} week{'s' if weeks != 1 else ''}"
        parts.append(
            f"{amount}, as the season" if weeks == season_weeks
            else f"{amount} instead of {season_weeks}"
        )  # fmt: skip
    return f"{OWN_LENGTHS_NOTE}: {'; '.join(parts)}." if parts else ""


def _lane_wide(plan: AthletePlan) -> bool:
    """Whether the plan has a warning that no lane glyph points at."""
    return any(w.race_id is None and w.code is not WarningCode.NO_MAIN_RACE for w in plan.warnings)


def name_marks(athlete: Athlete, plan: AthletePlan, season: Methodology) -> NameMarks:
    """The marks of one athlete's name; ``season`` is the season's methodology."""
    notes = []
    if any(w.code is WarningCode.NO_MAIN_RACE for w in plan.warnings):
        notes.append(NO_MAIN_RACE_NOTE)
    if own_lengths(athlete, season):
        notes.append(OWN_LENGTHS_NOTE)
    return NameMarks(tuple(notes), _lane_wide(plan))


def name_tooltip(athlete: Athlete, plan: AthletePlan, season: Methodology) -> str:
    """The name, the athlete's own phase lengths and every warning of their plan."""
    lines = [athlete.name]
    lengths = own_lengths_text(athlete, season)
    if lengths:
        lines.append(lengths)
    lines.extend(w.message for w in plan.warnings)
    return "\n".join(lines)
