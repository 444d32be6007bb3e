"""What each plan warning means and what the coach can do about it, in plain words.

One table serves the warnings panel (its tooltips) and Help ▸ Planning Guide, so the
window and the guide explain a warning with the same sentences. The engine's own
message (``PlanWarning.message``) names the race and the numbers; these texts say
what the warning is about in general. Plain Python: no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.model.engine import WarningCode
from planner_gui.model.race_look import RACE_LOOKS
from planner_gui.model.season import Priority


@dataclass(frozen=True, slots=True)
class WarningLook:
    """The words for one warning code."""

    title: str
    """A short name for the warning ("Block cut short")."""
    meaning: str
    """When the plan gives it, in a sentence or two (planning-rules.md §3, §5)."""
    hint: str
    """What the coach can do about it."""


WARNING_LOOKS: dict[WarningCode, WarningLook] = {
    WarningCode.COMPRESSED_BLOCK: WarningLook(
        "Block cut short",
        "Two main races are so close that the second one's block would begin before "
        "the first one's recovery is over. The block loses weeks from its start (base "
        "first, then strength), and the timeline shows a torn edge where it was cut.",
        "Move one of the races apart to get a full block.",
    ),
    WarningCode.RACE_IN_RECOVERY: WarningLook(
        "Main race during recovery",
        "A main race falls in the recovery weeks of the main race before it. That "
        "recovery stops early and the new race gets no block of its own: only its race "
        "week.",
        "Racing this soon after a main race leaves no time to recover or to train; "
        "consider making one of them a B race.",
    ),
    WarningCode.SAME_WEEK_MAIN_RACES: WarningLook(
        "Main races in the same week",
        "Two or more main races fall in one week. They share one block, named after "
        "the earliest of them.",
        "Keep one main race per week; make the others B or C.",
    ),
    WarningCode.NO_MAIN_RACE: WarningLook(
        "No main race",
        "The athlete has no main (A) race, so there is no block to count back from: "
        "every week is a free week.",
        f"Give the athlete {RACE_LOOKS[Priority.A].kind} to build a training block.",
    ),
    WarningCode.SESSIONS_DROPPED: WarningLook(
        "Strength sessions without a day",
        "Some strength sessions found no free lifting day in their week, because the "
        "athlete is away, a race is near (the day before, the race day and the day "
        "after are kept free), or the athlete has too few lifting days.",
        "Add lifting days for the athlete, or change their order, so the sessions "
        "find a free day.",
    ),
    WarningCode.AWAY_IN_BLOCK: WarningLook(
        "Time away in a block",
        "The athlete is away for a week or more in all during a main race's block. "
        "Time away never moves a race or a phase: it only takes lifting days away.",
        "Consider moving the race, or giving the athlete their own phase lengths.",
    ),
}
"""The words for every warning code (a test checks that none is missing)."""
