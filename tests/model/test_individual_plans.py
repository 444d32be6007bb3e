"""Individual plans (docs/planning-rules.md §5): lifting days, dated sessions, away
periods, week notes and each athlete's own methodology."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from planner_gui.model.engine import AthletePlan, Flag, WarningCode, WeekPlan, plan_athlete
from planner_gui.model.exercises import DEFAULT_SESSIONS, default_exercises
from planner_gui.model.phases import Phase
from planner_gui.model.plan_json import week_json
from planner_gui.model.season import Distance, Season
from planner_gui.model.storage import SeasonFileError, season_from_json, season_to_json
from planner_gui.model.weeks import SeasonCalendar

MARATHON = {"name": "City Marathon", "date": "2027-06-27", "priority": "A", "distance": "marathon"}


def season(athlete: dict[str, Any] | None = None, **fields: Any) -> Season:
    """The worked example's season (from Monday 2027-01-04), one athlete."""
    ana = {"name": "Ana", "races": [MARATHON]} | (athlete or {})
    data = {"schema_version": 2, "name": "2027", "start": "2027-01-04", "athletes": [ana]}
    return season_from_json(data | fields)


def plan(athlete: dict[str, Any] | None = None, **fields: Any) -> AthletePlan:
    s = season(athlete, **fields)
    return plan_athlete(s.athletes[0], SeasonCalendar.of(s), s.methodology)


def week(result: AthletePlan, index: int) -> WeekPlan:
    return result.weeks[index - 1]


def days(*text: str) -> tuple[dt.date, ...]:
    return tuple(dt.date.fromisoformat(t) for t in text)


def codes(result: AthletePlan) -> list[str]:
    return [w.code.value for w in result.warnings]


# -- the worked example (§5 "Worked example: dated sessions") ----------------------


def test_worked_example_sessions_by_week():
    result = plan()
    assert week(result, 1).sessions == days("2027-01-05", "2027-01-08")
    assert week(result, 10).sessions == days("2027-03-09", "2027-03-12", "2027-03-14")
    assert week(result, 25).sessions == days("2027-06-22")  # Sat 26 and Sun 27 blocked
    assert week(result, 26).sessions == days("2027-06-29")  # Mon 28 blocked
    assert all(w.dropped_sessions == 0 and w.away_days == 0 for w in result.weeks)
    assert codes(result) == []


def test_worked_example_b_race_takes_one_session_on_a_free_day():
    tune_up = {"name": "Tune-up", "date": "2027-03-13", "priority": "B"}
    result = plan({"races": [MARATHON, tune_up]})
    base = week(result, 10)
    assert Flag.B_RACE_WEEK in base.flags
    assert base.sessions == days("2027-03-09")
    assert base.dropped_sessions == 0 and base.strength.sessions == 1


def test_worked_example_away_days_drop_a_session():
    away = [{"start": "2027-03-08", "end": "2027-03-10", "reason": "holiday"}]
    result = plan({"away": away})
    base = week(result, 10)
    assert base.sessions == days("2027-03-12", "2027-03-14")
    assert base.dropped_sessions == 1 and base.away_days == 3
    assert base.flags == (Flag.AWAY, Flag.SESSION_DROPPED)
    assert codes(result) == ["sessions_dropped"]
    assert "1 strength session in 1 week" in result.warnings[0].message
    assert week_json(base)["sessions"] == ["2027-03-12", "2027-03-14"]
    assert week_json(base)["away_days"] == 3 and week_json(base)["dropped_sessions"] == 1


# -- rule 1: how many sessions -----------------------------------------------------


def test_sessions_per_phase_come_from_the_season_then_the_athlete():
    result = plan(
        {"methodology": {"sessions": {"base": 2}}},
        methodology={"sessions": {"base": 1, "strength": 3}},
    )
    assert len(week(result, 10).sessions) == 2  # the athlete's base
    assert len(week(result, 14).sessions) == 3  # the season's strength
    assert len(week(result, 1).sessions) == DEFAULT_SESSIONS[Phase.FREE]  # the default
    assert week(result, 10).strength.sessions == 2


def test_a_b_race_week_asking_for_no_sessions_stays_at_none_but_keeps_its_flag():
    tune_up = {"name": "Tune-up", "date": "2027-03-13", "priority": "B"}
    result = plan({"races": [MARATHON, tune_up], "methodology": {"sessions": {"base": 0}}})
    base = week(result, 10)
    assert Flag.B_RACE_WEEK in base.flags
    assert base.sessions == () and base.dropped_sessions == 0


def test_a_b_race_in_taper_sets_no_flag_and_keeps_n_but_blocks_its_days():
    # Thursday 24 June, in the taper's race week: blocks Wed 23, Thu 24, Fri 25.
    tune_up = {"name": "Tune-up", "date": "2027-06-24", "priority": "B"}
    result = plan({"races": [MARATHON, tune_up], "strength_days": ["wednesday", "tuesday"]})
    taper = week(result, 25)
    assert Flag.B_RACE_WEEK not in taper.flags
    assert taper.sessions == days("2027-06-22")  # Wednesday blocked, Tuesday next


# -- rule 2: blocked days ----------------------------------------------------------


def test_an_a_race_blocks_the_rest_of_its_week_and_a_sunday_race_the_next_monday():
    result = plan({"strength_days": ["monday", "tuesday", "saturday"]})
    assert week(result, 25).sessions == days("2027-06-21")  # Mon
    assert week(result, 26).sessions == days("2027-06-29")  # Mon 28 blocked: Tue


def test_a_midweek_a_race_blocks_every_later_day_of_its_week():
    wednesday = MARATHON | {"date": "2027-06-23"}
    result = plan({"races": [wednesday], "strength_days": ["saturday", "monday"]})
    assert week(result, 25).sessions == days("2027-06-21")  # Sat blocked by the race week


def test_a_c_race_blocks_nothing():
    parkrun = {"name": "parkrun", "date": "2027-01-08", "priority": "C"}
    result = plan({"races": [MARATHON, parkrun]})
    assert week(result, 1).sessions == days("2027-01-05", "2027-01-08")


def test_a_race_outside_the_season_still_blocks_days_inside_it():
    # Sunday 3 Jan 2027, the day before the season: blocks Monday 4 Jan.
    before = {"name": "New Year 10k", "date": "2027-01-03", "priority": "B"}
    result = plan({"races": [MARATHON, before], "strength_days": ["monday", "thursday"]})
    assert week(result, 1).sessions == days("2027-01-07")  # Monday 4 Jan is blocked
    assert week(result, 1).dropped_sessions == 1
    assert Flag.B_RACE_WEEK not in week(result, 1).flags  # the race is in no season week


def test_other_week_starts_follow_the_season():
    # Weeks from Sunday: the marathon on Sunday 27 June opens its week, so that whole
    # week is blocked and the taper's session is dropped.
    result = plan(week_start="sunday")
    race_week = next(w for w in result.weeks if Flag.RACE_WEEK in w.flags)
    assert race_week.sessions == () and race_week.dropped_sessions == 1
    assert race_week.start == dt.date(2027, 6, 27)


# -- rules 3 and 4: picking days, dropped sessions ---------------------------------


def test_days_are_taken_in_preference_order_and_listed_in_date_order():
    result = plan({"strength_days": ["sunday", "monday", "thursday"]})
    assert week(result, 10).sessions == days("2027-03-08", "2027-03-11", "2027-03-14")
    assert week(result, 1).sessions == days("2027-01-04", "2027-01-10")  # Sun, then Mon


def test_too_few_lifting_days_drop_sessions_and_warn_once():
    result = plan({"strength_days": ["thursday"]})
    base_weeks = [w for w in result.weeks if w.phase is Phase.BASE]
    assert all(w.dropped_sessions == 2 for w in base_weeks)
    assert all(Flag.SESSION_DROPPED in w.flags for w in base_weeks)
    assert codes(result) == ["sessions_dropped"]
    total = sum(w.dropped_sessions for w in result.weeks)
    weeks = sum(1 for w in result.weeks if w.dropped_sessions)
    assert f"{total} strength sessions in {weeks} weeks" in result.warnings[0].message


def test_sessions_plus_dropped_is_what_the_week_asks_for():
    result = plan({"strength_days": ["friday", "saturday"]})
    for w in result.weeks:
        assert len(w.sessions) + w.dropped_sessions == w.strength.sessions


# -- away periods --------------------------------------------------------------------


def test_away_in_block_counts_the_block_weeks_only_and_names_the_phases():
    # 10 days in the strength weeks (block weeks 5–8 = season weeks 14–17).
    away = [{"start": "2027-04-05", "end": "2027-04-14", "reason": "illness"}]
    result = plan({"away": away})
    [warning] = [w for w in result.warnings if w.code is WarningCode.AWAY_IN_BLOCK]
    assert "10 days away during the block" in warning.message and "City Marathon" in warning.message
    assert "strength" in warning.message and warning.race_id


def test_six_days_away_or_away_in_recovery_gives_no_away_in_block():
    six = [{"start": "2027-04-05", "end": "2027-04-10"}]
    recovery = [{"start": "2027-06-28", "end": "2027-07-11"}]
    assert "away_in_block" not in codes(plan({"away": six}))
    assert "away_in_block" not in codes(plan({"away": recovery}))


def test_overlapping_away_periods_count_each_day_once():
    away = [
        {"start": "2027-04-05", "end": "2027-04-08"},
        {"start": "2027-04-07", "end": "2027-04-10"},
    ]
    result = plan({"away": away})
    assert week(result, 14).away_days == 6
    assert "away_in_block" not in codes(result)  # 6 distinct days


def test_away_in_block_counts_block_weeks_outside_the_season():
    # A race in season week 3: its block began 13 weeks before the season.
    early = MARATHON | {"date": "2027-01-17"}
    away = [{"start": "2026-11-01", "end": "2026-11-14", "reason": "injury"}]
    result = plan({"races": [early], "away": away})
    assert "away_in_block" in codes(result)


def test_away_in_block_uses_the_weeks_a_compressed_block_kept():
    second = {"name": "Autumn Marathon", "date": "2027-08-15", "priority": "A"}
    # 10 days in weeks 24–25 of the season: before the compressed second block starts.
    away = [{"start": "2027-06-28", "end": "2027-07-07"}]
    result = plan({"races": [MARATHON, second], "away": away})
    assert "compressed_block" in codes(result)
    assert "away_in_block" not in codes(result)


# -- week notes -----------------------------------------------------------------------


def test_week_notes_belong_to_their_week_in_date_then_file_order():
    notes = [
        {"date": "2027-03-12", "text": "second by date"},
        {"date": "2027-03-09", "text": "first by date"},
        {"date": "2027-03-12", "text": "third: same date, later in the file"},
        {"date": "2030-01-01", "text": "outside the season"},
    ]
    result = plan({"week_notes": notes})
    assert week(result, 10).notes == (
        "first by date", "second by date", "third: same date, later in the file",
    )
    assert sum(len(w.notes) for w in result.weeks) == 3


# -- exercises -----------------------------------------------------------------------


def test_exercises_follow_the_phase_and_the_main_race_distance():
    result = plan()
    assert week(result, 18).exercises == default_exercises(Phase.RACE_SPECIFIC, Distance.MARATHON)
    assert "A-skips" in week(result, 18).exercises
    assert any("soleus" in name for name in week(result, 18).exercises)
    ten_k = plan({"races": [MARATHON | {"distance": "10k"}]})
    assert not any("soleus" in name for name in week(ten_k, 18).exercises)
    own = plan({"methodology": {"exercises": {"base": ["Hill sprints"]}}})
    assert week(own, 10).exercises == ("Hill sprints",)


# -- the effective methodology (§5.1) ---------------------------------------------------


def test_an_athletes_own_recovery_and_block_lengths_drive_the_rules():
    result = plan({"methodology": {"recovery": 3, "base": 2}})
    assert [w.phase for w in result.weeks[24:28]] == [
        Phase.TAPER, Phase.RECOVERY, Phase.RECOVERY, Phase.RECOVERY,
    ]
    assert week(result, 12).phase is Phase.BASE and week(result, 11).phase is Phase.FREE
    assert week(result, 25).block_week == 14  # L = 2 + 4 + 4 + 4


def test_the_rest_of_the_roster_keeps_the_seasons_rules():
    s = season_from_json({
        "schema_version": 2, "name": "2027", "start": "2027-01-04",
        "athletes": [
            {"name": "Own", "races": [MARATHON], "methodology": {"recovery": 3}},
            {"name": "Club", "races": [MARATHON]},
        ],
    })
    calendar = SeasonCalendar.of(s)
    own, club = (plan_athlete(a, calendar, s.methodology) for a in s.athletes)
    assert week(own, 28).phase is Phase.RECOVERY
    assert week(club, 28).phase is Phase.FREE


# -- the file -----------------------------------------------------------------------


def test_version_1_files_load_and_save_as_version_2_without_new_fields():
    s = season_from_json({"schema_version": 1, "name": "v1", "start": "2027-01-04",
                          "athletes": [{"name": "Ana", "races": [MARATHON]}]})
    text = season_to_json(s)
    assert '"schema_version": 2' in text
    assert "methodology\": {\n        " not in text  # no athlete methodology written
    assert "away" not in text and "week_notes" not in text


def test_a_version_1_file_that_already_has_version_2_fields_keeps_them():
    s = season_from_json({"schema_version": 1, "name": "v1", "start": "2027-01-04",
                          "athletes": [{"name": "Ana", "strength_days": ["monday"]}]})
    assert [d.value for d in s.athletes[0].strength_days] == ["monday"]


def test_version_2_round_trips():
    s = season(
        {
            "methodology": {"recovery": 3, "sessions": {"base": 2},
                            "exercises": {"taper": ["Strides"]}},
            "strength_days": ["tuesday", "thursday"],
            "away": [{"start": "2027-03-01", "end": "2027-03-14", "reason": "holiday",
                      "note": "Canary Islands"}],
            "week_notes": [{"date": "2027-05-04", "text": "3 × 1 mile at marathon pace"}],
        }
    )
    assert season_from_json(json.loads(season_to_json(s))) == s


@pytest.mark.parametrize(
    ("athlete", "field"),
    [
        ({"strength_days": []}, "athletes[0].strength_days"),
        ({"strength_days": ["monday", "monday"]}, "athletes[0].strength_days"),
        ({"strength_days": ["funday"]}, "athletes[0].strength_days[0]"),
        ({"methodology": {"recovery": 1}}, "athletes[0].methodology.recovery"),
        ({"methodology": {"base": 9}}, "athletes[0].methodology.base"),
        ({"methodology": {"sessions": {"base": 8}}}, "athletes[0].methodology.sessions.base"),
        ({"methodology": {"sessions": {"warmup": 1}}}, "athletes[0].methodology.sessions.warmup"),
        ({"methodology": {"exercises": {"base": [""]}}},
         "athletes[0].methodology.exercises.base[0]"),
        ({"methodology": {"exercises": {"base": ["x" * 81]}}},
         "athletes[0].methodology.exercises.base[0]"),
        ({"methodology": {"exercises": {"base": ["Squat"] * 21}}},
         "athletes[0].methodology.exercises.base"),
        ({"methodology": {"base": 0, "strength": 0, "race_specific": 0, "taper": 0}},
         "athletes[0].methodology"),
        ({"away": [{"start": "2027-03-10", "end": "2027-03-01"}]}, "athletes[0].away[0]"),
        ({"away": [{"start": "2027-01-01", "end": "2028-01-02"}]}, "athletes[0].away[0]"),
        ({"away": [{"start": "2027-01-01", "end": "2027-01-02", "reason": "party"}]},
         "athletes[0].away[0].reason"),
        ({"week_notes": [{"date": "2027-01-05", "text": ""}]}, "athletes[0].week_notes[0].text"),
        ({"week_notes": [{"date": "2027-01-05", "text": "x" * 2001}]},
         "athletes[0].week_notes[0].text"),
    ],
)
def test_bad_individual_fields_are_named_in_one_line(athlete, field):
    with pytest.raises(SeasonFileError) as caught:
        season(athlete)
    message = str(caught.value)
    assert f": {field}: " in message and "\n" not in message


def test_an_athletes_zero_block_with_the_seasons_lengths_is_refused():
    with pytest.raises(SeasonFileError, match=r"athletes\[0\]\.methodology"):
        season({"methodology": {"base": 0, "strength": 0}},
               methodology={"race_specific": 0, "taper": 0})


def test_a_366_day_away_period_is_allowed():
    s = season({"away": [{"start": "2027-01-01", "end": "2027-12-31"}]})
    assert s.athletes[0].away[0].days == 365
    s = season({"away": [{"start": "2028-01-01", "end": "2028-12-31"}]})
    assert s.athletes[0].away[0].days == 366
