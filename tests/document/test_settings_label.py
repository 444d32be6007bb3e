"""The undo labels of season settings say what changed, in the coach's words, and
only clicks on one setting join one undo step."""

from __future__ import annotations

import pytest

from planner_gui.document.settings_label import (
    settings_label,
    settings_merge_key,
)
from planner_gui.model.exercises import default_exercises
from planner_gui.model.phases import Phase
from planner_gui.model.season import Methodology, PhaseExercises, PhaseSessions, Season

BASE = default_exercises(Phase.BASE)  # Goblet or back squat, Romanian deadlift, …


def _season(sessions: PhaseSessions | None = None, exercises: PhaseExercises | None = None):
    methodology = Methodology(
        sessions=sessions or PhaseSessions(), exercises=exercises or PhaseExercises()
    )
    return Season(name="Club", start="2027-01-04", methodology=methodology)


@pytest.mark.parametrize(
    ("before", "after", "label"),
    [
        (PhaseSessions(), PhaseSessions(base=2), "Set base sessions to 2 a week"),
        (PhaseSessions(base=2), PhaseSessions(), "Set base sessions to 3 a week"),  # the app's
        (PhaseSessions(), PhaseSessions(race_specific=1), "Set race-specific sessions to 1 a week"),
        (PhaseSessions(), PhaseSessions(free=0), "Set free-week sessions to 0 a week"),
        (PhaseSessions(taper=2, free=1), PhaseSessions(), "Change the sessions per phase"),
    ],
)
def test_sessions_labels(before, after, label):
    assert settings_label(_season(sessions=before), _season(sessions=after)) == label


@pytest.mark.parametrize(
    ("after", "label"),
    [
        ((*BASE, "Nordic curl"), "Add Nordic curl to the base exercises"),
        (("Nordic curl", *BASE), "Add Nordic curl to the base exercises"),
        (BASE[1:], "Remove Goblet or back squat from the base exercises"),
        (
            (BASE[0], "Trap-bar deadlift", *BASE[2:]),
            "Rename Romanian deadlift to Trap-bar deadlift in the base exercises",
        ),
        (
            (BASE[1], BASE[0], *BASE[2:]),
            "Swap Goblet or back squat and Romanian deadlift in the base exercises",
        ),
        (("Plank",), "Change the base exercises"),
        (BASE, "Change the base exercises"),  # the app's list, now the season's own
    ],
)
def test_exercise_labels_compare_with_the_list_shown_before(after, label):
    # The season had no list of its own: the edit started from the app's list.
    before = _season()
    changed = _season(exercises=PhaseExercises(base=after))
    assert settings_label(before, changed) == label


def test_resetting_a_list_says_the_apps_list_applies_again():
    own = _season(exercises=PhaseExercises(taper=("Hops",)))
    assert settings_label(own, _season()) == "Reset the taper exercises to the app's list"


def test_clicks_on_one_sessions_box_merge_but_exercise_edits_never_do():
    plain = _season()
    base_2 = _season(sessions=PhaseSessions(base=2))
    base_1 = _season(sessions=PhaseSessions(base=1))
    taper_2 = _season(sessions=PhaseSessions(taper=2))
    assert settings_merge_key(plain, base_2) == settings_merge_key(base_2, base_1)
    assert settings_merge_key(plain, base_2) != settings_merge_key(plain, taper_2)
    added = _season(exercises=PhaseExercises(base=(*BASE, "Nordic curl")))
    assert settings_merge_key(plain, added) is None
