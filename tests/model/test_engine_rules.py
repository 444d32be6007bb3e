"""Each numbered rule of docs/planning-rules.md §3, and the cases around it."""

from __future__ import annotations

import datetime as dt

import pytest

from planner_gui.model.engine import Flag, WarningCode, plan_athlete, plan_season
from planner_gui.model.phases import Phase, strength_for
from planner_gui.model.season import Athlete, Methodology, Season
from planner_gui.model.weeks import SeasonCalendar
from tests.model.builders import block_weeks, phases, plan, race, season, spans, week, week_day

# --- Rule 1: main races sorted by date; main races in one week share a block ----------


def test_rule1_main_races_are_taken_in_date_order_not_file_order() -> None:
    early = race(week_day(20), name="Early")
    late = race(week_day(45), name="Late")
    assert plan(late, early) == plan(early, late)


def test_rule1_main_races_in_one_week_share_one_block_named_after_the_earliest() -> None:
    saturday = race(week_day(25, 5), name="Saturday 10k", distance="10k", race_id="sat")
    sunday = race(week_day(25, 6), name="Sunday Marathon", race_id="sun")
    result = plan(sunday, saturday)  # file order puts Sunday first; the date decides
    assert len(result.blocks) == 1
    assert result.blocks[0].race == saturday
    assert spans(result)[1:5] == [
        (10, 13, Phase.BASE, 1, 4),
        (14, 17, Phase.STRENGTH, 5, 8),
        (18, 21, Phase.RACE_SPECIFIC, 9, 12),
        (22, 25, Phase.TAPER, 13, 16),
    ]
    race_week = week(result, 25)
    assert race_week.main_race == saturday
    assert race_week.races == (saturday, sunday)
    [warning] = result.warnings
    assert warning.code is WarningCode.SAME_WEEK_MAIN_RACES
    assert "Saturday 10k" in warning.message and "Sunday Marathon" in warning.message
    assert warning.race_id == "sat"


def test_rule1_same_day_main_races_are_named_by_file_order() -> None:
    first = race(week_day(25), name="First in file")
    second = race(week_day(25), name="Second in file")
    assert plan(first, second).blocks[0].race == first
    assert plan(second, first).blocks[0].race == second


# --- Rule 2: block of L weeks ending on the race week, R recovery weeks after ---------


def test_rule2_block_ends_on_the_race_week_and_recovery_follows() -> None:
    result = plan(race(week_day(30)))
    assert block_weeks(result)[14:32] == list(range(1, 19))
    assert phases(result)[29] is Phase.TAPER
    assert week(result, 30).flags == (Flag.RACE_WEEK,)
    assert [week(result, i).phase for i in (31, 32, 33)] == [
        Phase.RECOVERY,
        Phase.RECOVERY,
        Phase.FREE,
    ]


def test_rule2_any_day_of_the_race_week_gives_the_same_plan() -> None:
    plans = {tuple(phases(plan(race(week_day(25, day))))) for day in range(7)}
    assert len(plans) == 1


# --- Rule 3: compression ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("gap", "kept", "expected_tail"),
    [
        # gap = weeks between the two race weeks; recovery takes 2 of them.
        (12, 10, [(28, 29, Phase.STRENGTH, 7, 8), (30, 33, Phase.RACE_SPECIFIC, 9, 12)]),
        (10, 8, [(28, 31, Phase.RACE_SPECIFIC, 9, 12), (32, 35, Phase.TAPER, 13, 16)]),
        (5, 3, [(28, 30, Phase.TAPER, 14, 16)]),
        (3, 1, [(28, 28, Phase.TAPER, 16, 16)]),
    ],
)
def test_rule3_compression_cuts_base_then_strength_then_race_specific(
    gap: int, kept: int, expected_tail: list[tuple[int, int, Phase, int, int]]
) -> None:
    first = race(week_day(25), name="First")
    second = race(week_day(25 + gap), name="Second", race_id="second")
    result = plan(first, second)
    assert spans(result)[5] == (26, 27, Phase.RECOVERY, 17, 18)
    assert spans(result)[6 : 6 + len(expected_tail)] == expected_tail
    assert result.blocks[1].first_week == result.blocks[0].recovery_end + 1
    assert result.blocks[1].kept_weeks == kept
    [warning] = result.warnings
    assert warning.code is WarningCode.COMPRESSED_BLOCK
    assert warning.race_id == "second"
    assert f"keeps only {kept} of its 16 weeks" in warning.message


def test_rule3_a_full_gap_compresses_nothing() -> None:
    # 18 weeks apart: 2 recovery weeks, then the full 16-week block.
    result = plan(race(week_day(20)), race(week_day(38)))
    assert result.warnings == ()
    assert spans(result)[5:7] == [
        (21, 22, Phase.RECOVERY, 17, 18),
        (23, 26, Phase.BASE, 1, 4),
    ]


# --- Rule 4: a main race inside the previous recovery --------------------------------


def test_rule4_race_in_the_second_recovery_week() -> None:
    first = race(week_day(25), name="Spring Marathon")
    second = race(week_day(27), name="Summer 10k", distance="10k", race_id="summer")
    result = plan(first, second)
    assert spans(result)[4:8] == [
        (22, 25, Phase.TAPER, 13, 16),
        (26, 26, Phase.RECOVERY, 17, 17),  # the recovery ends the week before
        (27, 27, Phase.TAPER, 16, 16),  # the block is the race week alone
        (28, 29, Phase.RECOVERY, 17, 18),
    ]
    assert week(result, 27).main_race == second
    assert week(result, 27).flags == (Flag.RACE_WEEK,)
    assert week(result, 26).main_race == first
    [warning] = result.warnings  # race_in_recovery, and not compressed_block
    assert warning.code is WarningCode.RACE_IN_RECOVERY
    assert warning.race_id == "summer"
    assert "Summer 10k" in warning.message and "Spring Marathon" in warning.message


def test_rule4_race_the_week_after_a_race_week_leaves_no_recovery() -> None:
    result = plan(race(week_day(25), name="One"), race(week_day(26), name="Two"))
    assert [(w.phase, w.block_week, w.main_race.name if w.main_race else None)
            for w in result.weeks[24:29]] == [
        (Phase.TAPER, 16, "One"),
        (Phase.TAPER, 16, "Two"),
        (Phase.RECOVERY, 17, "Two"),
        (Phase.RECOVERY, 18, "Two"),
        (Phase.FREE, None, None),
    ]
    assert [w.code for w in result.warnings] == [WarningCode.RACE_IN_RECOVERY]


# --- Rule 5: free weeks ----------------------------------------------------------------


def test_rule5_a_race_25_weeks_away_leaves_9_free_weeks() -> None:
    result = plan(race(week_day(25)))
    assert phases(result)[:10] == [Phase.FREE] * 9 + [Phase.BASE]
    for w in result.weeks[:9]:
        assert (w.block_week, w.main_race, w.flags) == (None, None, ())
        assert w.strength == strength_for(Phase.FREE)


# --- Rule 6: B and C races -------------------------------------------------------------


@pytest.mark.parametrize(
    ("b_week", "phase"),
    [(5, Phase.FREE), (11, Phase.BASE), (15, Phase.STRENGTH), (20, Phase.RACE_SPECIFIC)],
)
def test_rule6_b_race_lightens_strength_to_the_taper_session(b_week: int, phase: Phase) -> None:
    main = race(week_day(25))
    tune_up = race(week_day(b_week, 5), "B", "half_marathon", "Tune-up Half")
    without = plan(main)
    result = plan(main, tune_up)
    lightened = week(result, b_week)
    assert lightened.phase is phase  # the phase and block week stay
    assert lightened.block_week == week(without, b_week).block_week
    assert lightened.flags == (Flag.B_RACE_WEEK,)
    assert lightened.strength == strength_for(Phase.TAPER)
    assert lightened.strength.sessions == 1
    assert lightened.strength != week(without, b_week).strength
    assert lightened.races == (tune_up,)
    # Only that week changes.
    others = [w for w in result.weeks if w.index != b_week]
    assert others == [w for w in without.weeks if w.index != b_week]
    assert result.warnings == ()


@pytest.mark.parametrize(("b_week", "phase"), [(23, Phase.TAPER), (26, Phase.RECOVERY)])
def test_rule6_b_race_in_taper_or_recovery_changes_nothing(b_week: int, phase: Phase) -> None:
    main = race(week_day(25))
    result = plan(main, race(week_day(b_week, 5), "B", "10k"))
    w = week(result, b_week)
    assert w.phase is phase
    assert Flag.B_RACE_WEEK not in w.flags
    assert w.strength == week(plan(main), b_week).strength


@pytest.mark.parametrize("c_week", [3, 12, 16, 20, 24, 25, 26, 40])
def test_rule6_c_race_changes_nothing_but_is_listed(c_week: int) -> None:
    main = race(week_day(25))
    local = race(week_day(c_week, 5), "C", "5k", "parkrun")
    without, result = plan(main), plan(main, local)
    assert result.blocks == without.blocks and result.warnings == without.warnings
    for a, b in zip(result.weeks, without.weeks, strict=True):
        assert a._replace(races=()) == b._replace(races=())
    assert local in week(result, c_week).races


def test_rule6_b_race_alone_creates_no_block() -> None:
    result = plan(race(week_day(20), "B"), race(week_day(30), "C"))
    assert result.blocks == ()
    assert set(phases(result)) == {Phase.FREE}
    assert week(result, 20).flags == (Flag.B_RACE_WEEK,)


# --- Rule 7: no main race --------------------------------------------------------------


@pytest.mark.parametrize("priorities", [(), ("B",), ("C", "B", "C")])
def test_rule7_no_main_race_gives_free_weeks_and_a_warning(priorities: tuple[str, ...]) -> None:
    races = [race(week_day(10 + 5 * i), p) for i, p in enumerate(priorities)]
    result = plan(*races, name="Kofi")
    assert set(phases(result)) == {Phase.FREE}
    [warning] = result.warnings
    assert warning.code is WarningCode.NO_MAIN_RACE
    # Every consumer prints the athlete's name beside the message, so it is not in it.
    assert warning.message == "No main (A) race, so every week is a free week."
    assert warning.race_id is None


# --- Seasons and weeks -----------------------------------------------------------------


@pytest.mark.parametrize("offset", range(7))
def test_season_not_starting_on_the_week_start_moves_back(offset: int) -> None:
    main = race(dt.date(2027, 6, 27))
    shifted = plan(main, start=dt.date(2027, 1, 4) + dt.timedelta(days=offset))
    assert shifted == plan(main)
    assert shifted.weeks[0].start == dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("week_start", "weekday"),
    [("sunday", 6), ("saturday", 5), ("wednesday", 2), ("monday", 0)],
)
def test_week_start_other_than_monday(week_start: str, weekday: int) -> None:
    result = plan(race(dt.date(2027, 6, 27)), week_start=week_start)
    assert all(w.start.weekday() == weekday for w in result.weeks)
    assert all(w.end == w.start + dt.timedelta(days=6) for w in result.weeks)
    assert result.weeks[0].start <= dt.date(2027, 1, 4) < result.weeks[0].start + dt.timedelta(7)
    race_week = next(w for w in result.weeks if Flag.RACE_WEEK in w.flags)
    assert race_week.start <= dt.date(2027, 6, 27) <= race_week.end
    assert race_week.block_week == 16
    assert week(result, race_week.index - 15).block_week == 1


def test_sunday_weeks_put_a_sunday_race_in_a_later_week() -> None:
    # From Sunday 2027-01-03, Sunday 2027-06-27 opens season week 26.
    result = plan(race(dt.date(2027, 6, 27)), week_start="sunday")
    assert result.weeks[0].start == dt.date(2027, 1, 3)
    assert spans(result)[0] == (1, 10, Phase.FREE, None, None)
    assert week(result, 26).flags[0] is Flag.RACE_WEEK


def test_race_in_season_week_3_opens_the_season_in_block_week_14() -> None:
    result = plan(race(week_day(3)))
    assert block_weeks(result)[:6] == [14, 15, 16, 17, 18, None]
    assert week(result, 1).phase is Phase.TAPER
    assert week(result, 1).main_race is not None


def test_race_before_the_season_shapes_its_first_weeks() -> None:
    # The week before season week 1: its recovery fills season weeks 1-2.
    result = plan(race(dt.date(2027, 1, 3), name="New Year Marathon"))
    assert spans(result)[:2] == [
        (1, 2, Phase.RECOVERY, 17, 18),
        (3, 52, Phase.FREE, None, None),
    ]
    assert week(result, 1).main_race.name == "New Year Marathon"  # type: ignore[union-attr]
    assert all(not w.races for w in result.weeks)  # the race itself is outside


def test_race_after_the_season_shapes_its_last_weeks() -> None:
    # Season week 64: its block starts in week 49.
    result = plan(race(week_day(64), name="Spring 2028 Marathon"))
    assert spans(result)[-2:] == [
        (1, 48, Phase.FREE, None, None),
        (49, 52, Phase.BASE, 1, 4),
    ]
    assert result.warnings == ()


def test_races_far_outside_the_season_leave_it_free_without_warning() -> None:
    result = plan(race(dt.date(2020, 5, 3)), race(dt.date(2031, 5, 4)))
    assert set(phases(result)) == {Phase.FREE}
    assert result.warnings == ()


def test_short_and_long_seasons() -> None:
    assert len(plan(race(week_day(3)), weeks=1).weeks) == 1
    long = plan(race(week_day(25)), race(week_day(200)), weeks=260)
    assert len(long.weeks) == 260
    assert week(long, 200).flags == (Flag.RACE_WEEK,)


# --- Custom methodology ----------------------------------------------------------------


def test_custom_lengths_with_a_zero_length_phase() -> None:
    method = Methodology(base=2, strength=3, race_specific=0, taper=1, recovery=3)
    result = plan(race(week_day(25)), methodology=method)
    assert spans(result) == [
        (1, 19, Phase.FREE, None, None),
        (20, 21, Phase.BASE, 1, 2),
        (22, 24, Phase.STRENGTH, 3, 5),
        (25, 25, Phase.TAPER, 6, 6),
        (26, 28, Phase.RECOVERY, 7, 9),
        (29, 52, Phase.FREE, None, None),
    ]
    assert Phase.RACE_SPECIFIC not in phases(result)


def test_without_taper_the_race_week_is_the_last_race_specific_week() -> None:
    method = Methodology(base=0, strength=0, race_specific=3, taper=0)
    result = plan(race(week_day(25)), methodology=method)
    assert spans(result)[1:3] == [
        (23, 25, Phase.RACE_SPECIFIC, 1, 3),
        (26, 27, Phase.RECOVERY, 4, 5),
    ]
    assert week(result, 25).flags == (Flag.RACE_WEEK,)


def test_longest_custom_block_and_recovery() -> None:
    method = Methodology(base=8, strength=8, race_specific=8, taper=8, recovery=6)
    result = plan(race(week_day(40)), methodology=method)
    assert block_weeks(result)[7:46] == [None, *range(1, 39)]  # block from week 9
    assert week(result, 40).block_week == 32
    assert week(result, 46).phase is Phase.RECOVERY
    assert week(result, 47).phase is Phase.FREE


def test_custom_compression_cuts_from_the_front() -> None:
    method = Methodology(base=3, strength=3, race_specific=3, taper=3, recovery=3)
    # Race weeks 20 and 27: recovery 21-23, so the second block keeps weeks 24-27.
    result = plan(race(week_day(20)), race(week_day(27)), methodology=method)
    assert spans(result)[-5:] == [
        (21, 23, Phase.RECOVERY, 13, 15),
        (24, 24, Phase.RACE_SPECIFIC, 9, 9),
        (25, 27, Phase.TAPER, 10, 12),
        (28, 30, Phase.RECOVERY, 13, 15),
        (31, 52, Phase.FREE, None, None),
    ]
    assert "4 of its 12 weeks" in result.warnings[0].message


# --- The whole roster ------------------------------------------------------------------


def test_plan_season_keeps_roster_order_and_ids() -> None:
    ana = Athlete(id="ana", name="Ana", races=(race(week_day(25)),))
    kofi = Athlete(id="kofi", name="Kofi")
    s = Season(name="Club", start=dt.date(2027, 1, 4), athletes=(kofi, ana))
    plans = plan_season(s)
    assert [p.athlete_id for p in plans] == ["kofi", "ana"]
    assert plans[1] == plan_athlete(ana, SeasonCalendar.of(s), s.methodology)
    assert [w.code for w in plans[0].warnings] == [WarningCode.NO_MAIN_RACE]


def test_week_lists_its_races_in_date_order() -> None:
    sunday = race(week_day(30, 6), "C", name="Sunday")
    tuesday = race(week_day(30, 1), "C", name="Tuesday")
    assert week(plan(sunday, tuesday), 30).races == (tuesday, sunday)


def test_season_helper_keeps_races_in_file_order() -> None:
    a, b = race(week_day(9)), race(week_day(4))
    assert season(a, b).athletes[0].races == (a, b)
