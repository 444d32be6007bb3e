"""What each phase prescribes (docs/planning-rules.md §4), as the plan carries it."""

from __future__ import annotations

import pytest

from planner_gui.model.phases import RUNNING_FOCUS, Phase, strength_for
from planner_gui.model.season import Distance
from tests.model.builders import plan, race, week, week_day

# sessions, note, sets × reps, rest, effort — None where the article gives nothing.
TABLE = {
    Phase.FREE: (2, "3–4 if strength is the priority", "athlete's choice", None, None),
    Phase.BASE: (3, None, "3–4 × 10–12", "60–90 s", "RPE 6–7, well short of failure"),
    Phase.STRENGTH: (2, None, "3–5 × 4–6", "2–3 min", "RPE 8–9 by the last rep"),
    Phase.RACE_SPECIFIC: (2, None, "2–3 × 6–8", None, "moderate load"),
    Phase.TAPER: (1, None, "1–2 × 3–5", None, "light to moderate, quick and controlled"),
    Phase.RECOVERY: (1, "light", "light", None, "low"),
}


@pytest.mark.parametrize("phase", list(Phase))
def test_prescription_matches_the_table_and_leaves_gaps_empty(phase: Phase) -> None:
    given = strength_for(phase, Distance.MARATHON)
    assert (given.sessions, given.sessions_note, given.sets_reps, given.rest, given.effort) == (
        TABLE[phase]
    )
    assert given.focus
    assert RUNNING_FOCUS[phase]


def test_sessions_text_reads_like_the_table() -> None:
    assert strength_for(Phase.FREE).sessions_text == "2 (3–4 if strength is the priority)"
    assert strength_for(Phase.RECOVERY).sessions_text == "1 (light)"
    assert strength_for(Phase.BASE).sessions_text == "3"


def test_as_json_keeps_empty_fields_null() -> None:
    data = strength_for(Phase.TAPER).as_json()
    assert data["rest"] is None and data["sessions_note"] is None
    assert data["sessions"] == 1 and data["sets_reps"] == "1–2 × 3–5"


def test_base_has_no_plyometrics_yet() -> None:
    assert "No plyometrics" in strength_for(Phase.BASE).focus


@pytest.mark.parametrize(
    ("distance", "calf", "plyometrics"),
    [
        (Distance.FIVE_K, False, "optional"),
        (Distance.TEN_K, False, "optional"),
        (Distance.OTHER, False, "optional"),
        (Distance.HALF_MARATHON, True, "optional"),
        (Distance.MARATHON, True, "recommended"),
        (Distance.ULTRA, True, "optional"),
    ],
)
def test_race_specific_focus_depends_on_the_main_race_distance(
    distance: Distance, calf: bool, plyometrics: str
) -> None:
    result = plan(race(week_day(25), "A", distance.value))
    focus = week(result, 20).strength.focus
    assert ("soleus" in focus) is calf
    assert f"Plyometrics {plyometrics}" in focus
    # Other phases do not depend on the distance.
    assert week(result, 12).strength == strength_for(Phase.BASE)
    assert week(result, 24).strength == strength_for(Phase.TAPER)


def test_the_main_race_decides_the_focus_not_a_b_race_nearby() -> None:
    main = race(week_day(25), "A", "5k")
    b_half = race(week_day(19, 5), "B", "half_marathon")
    result = plan(main, b_half)
    assert "soleus" not in week(result, 20).strength.focus


def test_each_week_carries_its_running_focus() -> None:
    result = plan(race(week_day(25)))
    for w in result.weeks:
        assert w.running == RUNNING_FOCUS[w.phase]
    assert "20–40 %" in week(result, 1).running
