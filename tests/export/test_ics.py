"""Calendar files (iCalendar): what a coach's athletes import into their phones.

The files are read back with ``icalendar`` and, once, with ``vobject`` (a second,
independent parser), and checked against the plan the engine makes: every session of
every week, every race, every phase run, every week away and every week note, on
the right days, with UIDs that say what each event is.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import icalendar
import pytest
import vobject

from planner_gui.export.ics import (
    UID_DOMAIN,
    CalendarRequest,
    calendar_bytes,
    write_calendars,
)
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.phases import Phase
from planner_gui.model.season import (
    Athlete,
    AwayPeriod,
    AwayReason,
    Priority,
    Race,
    Season,
    WeekNote,
)
from planner_gui.model.weeks import SeasonCalendar

STAMP = dt.datetime(2027, 1, 2, 9, 30, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def _plan(season: Season, athlete: Athlete) -> AthletePlan:
    return plan_athlete(athlete, SeasonCalendar.of(season), season.methodology)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).events)


def _uid(key: str) -> str:
    return f"{key}@{UID_DOMAIN}"


def _expected(season: Season, athlete: Athlete) -> dict[str, tuple[dt.date, dt.date]]:
    """UID → (first day, day after the last) of every event the athlete's plan asks for.

    Worked out from the plan here, independently of the export's own code.
    """
    calendar = SeasonCalendar.of(season)
    plan = _plan(season, athlete)
    expected: dict[str, tuple[dt.date, dt.date]] = {}
    for week in plan.weeks:
        for day in week.sessions:
            expected[_uid(f"session/{athlete.id}/{day}")] = (day, day + DAY)
        if week.notes:
            expected[_uid(f"note/{athlete.id}/{week.start}")] = (week.start, week.end + DAY)
    for race in athlete.races:
        if calendar.contains(race.date):
            expected[_uid(f"race/{race.id}")] = (race.date, race.date + DAY)
    in_blocks = [w for w in plan.weeks if w.main_race is not None and w.phase is not Phase.FREE]
    # A run: consecutive weeks with one phase of one main race.
    for (race_id, phase, _), run in itertools.groupby(
        in_blocks,
        key=lambda w: (w.main_race.id, w.phase, w.index - in_blocks.index(w)),
    ):
        weeks = list(run)
        key = (f"recovery/{athlete.id}/{race_id}" if phase is Phase.RECOVERY
               else f"phase/{athlete.id}/{race_id}/{phase.value}")
        expected[_uid(key)] = (weeks[0].start, weeks[-1].end + DAY)
    for period in athlete.away:
        if period.end >= calendar.start and period.start <= calendar.end:
            key = f"away/{athlete.id}/{period.start}/{period.reason.value}"
            expected[_uid(key)] = (period.start, period.end + DAY)
    return expected


def test_every_session_race_phase_run_note_and_time_away_is_an_event_on_its_days() -> None:
    season = load_demo()
    events = _events(calendar_bytes(season, season.athletes, stamp=STAMP))
    expected: dict[str, tuple[dt.date, dt.date]] = {}
    for athlete in season.athletes:
        expected.update(_expected(season, athlete))
    found = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in events}
    assert len(found) == len(events)  # no UID twice
    assert found == expected
    # All-day: dates, not times, and never an empty event.
    assert all(type(start) is dt.date and end > start for start, end in found.values())
    kinds = {uid.split("/")[0] for uid in found}
    assert kinds == {"session", "race", "phase", "recovery", "note", "away"}
    assert all(e.decoded("DTSTAMP") == STAMP for e in events)


def test_a_phase_run_ends_the_day_after_its_last_week() -> None:
    season = load_demo()
    ana = season.athletes[0]
    events = {str(e["UID"]): e for e in _events(calendar_bytes(season, [ana], stamp=STAMP))}
    base = events[_uid("phase/ana/ana-city-marathon/base")]
    # Ana's marathon on Sun 27 Jun 2027 counts 16 weeks back: base is weeks 10–13.
    assert base.decoded("DTSTART") == dt.date(2027, 3, 8)
    assert base.decoded("DTEND") == dt.date(2027, 4, 5)  # Mon after Sun 4 Apr
    assert str(base["SUMMARY"]) == "Base (hypertrophy) phase · City Marathon"
    recovery = events[_uid("recovery/ana/ana-city-marathon")]
    assert (recovery.decoded("DTSTART"), recovery.decoded("DTEND")) == (
        dt.date(2027, 6, 28), dt.date(2027, 7, 12),
    )
    assert str(recovery["SUMMARY"]) == "Recovery after City Marathon"
    raw = calendar_bytes(season, [ana], stamp=STAMP).decode()
    assert "DTSTART;VALUE=DATE:20270308\r\nDTEND;VALUE=DATE:20270405\r\n" in raw


def test_sessions_say_the_phase_the_work_and_the_exercises() -> None:
    season = load_demo()
    ana = season.athletes[0]
    plan = _plan(season, ana)
    events = {str(e["UID"]): e for e in _events(calendar_bytes(season, [ana], stamp=STAMP))}
    checked = 0
    for week in plan.weeks:
        for day in week.sessions:
            event = events[_uid(f"session/ana/{day}")]
            summary, text = str(event["SUMMARY"]), str(event["DESCRIPTION"])
            assert summary.startswith("Strength session")
            assert week.phase.label in summary
            assert week.strength.sets_reps and week.strength.sets_reps in summary
            for value in (week.strength.rest, week.strength.effort):
                assert value is None or value in text
            assert all(f"• {name}" in text for name in week.exercises)
            checked += 1
    assert checked == sum(len(w.sessions) for w in plan.weeks) > 80
    base_session = events[_uid("session/ana/2027-03-09")]
    assert str(base_session["SUMMARY"]) == "Strength session · Base (hypertrophy) · 3–4 × 10–12"
    text = str(base_session["DESCRIPTION"])
    assert text.startswith("Session 1 of 3 in week 10, Base (hypertrophy) phase towards City "
                           "Marathon.\n")
    assert str(base_session["TRANSP"]) == "TRANSPARENT"  # an hour in the gym, not the day
    assert "Rest: 60–90 s" in text and "Effort: RPE 6–7, well short of failure" in text
    assert "• Goblet or back squat" in text


def test_races_name_their_priority() -> None:
    season = load_demo()
    ana = season.athletes[0]
    events = {str(e["UID"]): e for e in _events(calendar_bytes(season, [ana], stamp=STAMP))}
    assert str(events[_uid("race/ana-city-marathon")]["SUMMARY"]) == (
        "City Marathon · A race (main race)"
    )
    assert str(events[_uid("race/ana-spring-half")]["SUMMARY"]) == "Spring Half · B race (tune-up)"
    assert str(events[_uid("race/ana-parkrun")]["SUMMARY"]) == "Harbour parkrun · C race (training)"
    assert "Goal: sub 3:30." in str(events[_uid("race/ana-city-marathon")]["DESCRIPTION"])
    assert str(events[_uid("race/ana-city-marathon")]["TRANSP"]) == "OPAQUE"  # race day is taken


def test_several_athletes_each_title_starts_with_the_name_and_the_file_names_the_season() -> None:
    season = load_demo()
    both = icalendar.Calendar.from_ical(
        calendar_bytes(season, season.athletes[:2], stamp=STAMP)
    )
    assert str(both["X-WR-CALNAME"]) == "Harbour Runners 2027"
    for event in both.walk("VEVENT"):
        owner = "ana" if "/ana" in str(event["UID"]) or "/ana-" in str(event["UID"]) else "bjorn"
        name = {"ana": "Ana Martínez", "bjorn": "Björn Ødegård"}[owner]
        assert str(event["SUMMARY"]).startswith(f"{name}: "), event["SUMMARY"]
    one = icalendar.Calendar.from_ical(calendar_bytes(season, season.athletes[1:2], stamp=STAMP))
    assert str(one["X-WR-CALNAME"]) == "Björn Ødegård · Harbour Runners 2027"
    assert not any(str(e["SUMMARY"]).startswith("Björn") for e in one.walk("VEVENT"))
    assert str(one["PRODID"]).startswith("-//Season Planner//planner-gui ")
    assert str(one["VERSION"]) == "2.0"


def _tricky_season() -> Season:
    note = 'Ζώνη 2, "easy"; back\\slash\nsecond line: Дмитрий'
    return Season(
        name="Club, North; 2027",
        start=dt.date(2027, 1, 4),
        weeks=30,
        athletes=(
            Athlete(
                id="zoe",
                name="Zoë Ødegård-Παπαδοπούλου",
                races=(Race(id="r1", name="Μαραθώνιος, Αθήνα; Ολυμπιακός", date=dt.date(2027, 5, 9),
                            priority=Priority.A, notes=note),),
                away=(AwayPeriod(start=dt.date(2027, 2, 1), end=dt.date(2027, 2, 3),
                                 reason=AwayReason.ILLNESS, note=note),),
                week_notes=(WeekNote(date=dt.date(2027, 3, 2), text="Ça va? " + "ü" * 120),),
            ),
        ),
    )


def test_non_ascii_commas_semicolons_and_line_breaks_come_back_unchanged() -> None:
    season = _tricky_season()
    data = calendar_bytes(season, season.athletes, stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    # Escaped as TEXT (RFC 5545 §3.3.11; X- properties are TEXT unless said otherwise),
    # in UTF-8. icalendar reads X- and NAME raw (vUnknown), so the bytes are checked
    # here, and vobject reads the name back below.
    name = "Zoë Ødegård-Παπαδοπούλου · Club\\, North\\; 2027"
    unfolded = data.replace(b"\r\n ", b"")
    assert f"\r\nX-WR-CALNAME:{name}\r\n".encode() in unfolded
    assert f"\r\nNAME:{name}\r\n".encode() in unfolded
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    race = events[_uid("race/r1")]
    assert str(race["SUMMARY"]) == "Μαραθώνιος, Αθήνα; Ολυμπιακός · A race (main race)"
    assert str(race["DESCRIPTION"]).endswith(season.athletes[0].races[0].notes)
    away = events[_uid("away/zoe/2027-02-01/illness")]
    assert str(away["SUMMARY"]) == "Away · Illness"
    assert str(away["DESCRIPTION"]).endswith(season.athletes[0].away[0].note)
    note = events[_uid("note/zoe/2027-03-01")]
    assert str(note["DESCRIPTION"]).endswith("Ça va? " + "ü" * 120)
    assert str(note["SUMMARY"]).startswith("Coach's note · Ça va? üü")


def test_lines_are_folded_at_75_octets_without_splitting_a_letter() -> None:
    season = _tricky_season()
    data = calendar_bytes(season, season.athletes, stamp=STAMP)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    folded = [line for line in lines if line.startswith(b" ")]
    assert len(folded) > 10  # long descriptions were folded (so the check above bites)
    for line in lines:
        line.decode("utf-8")  # a fold never falls inside a multi-byte letter


def test_a_second_parser_finds_the_same_events() -> None:
    season = load_demo()
    data = calendar_bytes(season, season.athletes, stamp=STAMP)
    parsed = vobject.readOne(data.decode("utf-8"))
    theirs = {
        (v.uid.value, v.dtstart.value, v.dtend.value, v.summary.value)
        for v in parsed.vevent_list
    }
    ours = {
        (str(e["UID"]), e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
        for e in _events(data)
    }
    assert theirs == ours and len(theirs) == len(parsed.vevent_list) > 700
    assert parsed.x_wr_calname.value == "Harbour Runners 2027"
    tricky = _tricky_season()
    parsed = vobject.readOne(calendar_bytes(tricky, tricky.athletes, stamp=STAMP).decode())
    race = next(v for v in parsed.vevent_list if v.uid.value == _uid("race/r1"))
    assert race.summary.value == "Μαραθώνιος, Αθήνα; Ολυμπιακός · A race (main race)"
    assert race.description.value.endswith(tricky.athletes[0].races[0].notes)
    assert parsed.x_wr_calname.value == "Zoë Ødegård-Παπαδοπούλου · Club, North; 2027"


_UID_LINE = re.compile(r"^UID:(.*)$", re.MULTILINE)


def _by_uid(data: bytes) -> dict[str, str]:
    """Each VEVENT's raw text (as written, folded) without its DTSTAMP line, by UID."""
    text = data.decode("utf-8")
    blocks = re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", text, re.DOTALL)
    result = {}
    for block in blocks:
        unfolded = block.replace("\r\n ", "")
        match = _UID_LINE.search(unfolded.replace("\r\n", "\n"))
        assert match is not None
        result[match.group(1)] = re.sub(r"DTSTAMP:[^\r]*\r\n", "", block)
    assert len(result) == len(blocks)
    return result


def _move(season: Season, race_id: str, days: int) -> Season:
    athletes = []
    for athlete in season.athletes:
        races = tuple(
            r.model_copy(update={"date": r.date + dt.timedelta(days=days)}) if r.id == race_id
            else r
            for r in athlete.races
        )
        athletes.append(athlete.model_copy(update={"races": races}))
    return season.model_copy(update={"athletes": tuple(athletes)})


def test_the_same_plan_exported_twice_differs_only_in_dtstamp() -> None:
    season = load_demo()
    first = calendar_bytes(season, season.athletes, stamp=STAMP)
    again = calendar_bytes(season, season.athletes, stamp=STAMP + dt.timedelta(days=40))
    assert first != again
    assert _by_uid(first) == _by_uid(again)
    assert list(_by_uid(first)) == list(_by_uid(again))  # the same order, too


def test_moving_a_training_race_changes_that_race_event_only() -> None:
    season = load_demo()
    before = _by_uid(calendar_bytes(season, season.athletes, stamp=STAMP))
    moved = _move(season, "ana-parkrun", 7)  # a C race changes nothing in the plan
    after = _by_uid(calendar_bytes(moved, moved.athletes, stamp=STAMP + DAY))
    assert before.keys() == after.keys()
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert changed == [_uid("race/ana-parkrun")]
    assert "DTSTART;VALUE=DATE:20270821" in after[_uid("race/ana-parkrun")]


def test_moving_a_main_race_changes_only_its_own_block() -> None:
    season = load_demo()
    before = _by_uid(calendar_bytes(season, season.athletes, stamp=STAMP))
    # Björn's Lakes Marathon one week later: its block and recovery move with it.
    moved = _move(season, "bjorn-lakes-marathon", 7)
    after = _by_uid(calendar_bytes(moved, moved.athletes, stamp=STAMP + DAY))
    changed = {uid for uid in before.keys() | after.keys() if before.get(uid) != after.get(uid)}
    assert _uid("race/bjorn-lakes-marathon") in changed
    # Everybody else's events, and Björn's events away from that block, are untouched
    # byte for byte. The block was compressed behind the River Half's recovery, so it
    # reaches from the week after that recovery to the end of the new recovery.
    calendar = SeasonCalendar.of(moved)
    old_blocks = {b.race.id: b for b in _plan(season, season.athletes[1]).blocks}
    new_blocks = {b.race.id: b for b in _plan(moved, moved.athletes[1]).blocks}
    first = calendar.week_start_date(
        min(old_blocks["bjorn-lakes-marathon"].first_week,
            new_blocks["bjorn-lakes-marathon"].first_week) - calendar.first_week + 1
    )
    last = calendar.week_start_date(
        new_blocks["bjorn-lakes-marathon"].recovery_end - calendar.first_week + 2
    )
    for uid in changed:
        assert "/bjorn" in uid or "bjorn-" in uid, uid
        block = after.get(uid) or before[uid]
        start = dt.datetime.strptime(
            re.search(r"DTSTART;VALUE=DATE:(\d{8})", block).group(1), "%Y%m%d"  # type: ignore[union-attr]
        ).date()
        assert first <= start < last, (uid, start)
    unchanged = [uid for uid in before if uid in after and before[uid] == after[uid]]
    assert len(unchanged) > 600  # most of the file stays exactly as it was
    # The phase runs of that block keep their UIDs: a calendar updates them in place.
    runs = {uid for uid in before if re.match(r"(phase|recovery)/bjorn/bjorn-lakes-", uid)}
    assert len(runs) >= 2 and runs <= after.keys()


def test_two_away_periods_starting_the_same_day_get_their_own_uids() -> None:
    season = _tricky_season()
    zoe = season.athletes[0]
    twice = zoe.model_copy(update={"away": (*zoe.away, zoe.away[0].model_copy(
        update={"end": dt.date(2027, 2, 10), "note": "longer"}))})
    season = season.model_copy(update={"athletes": (twice,)})
    uids = [str(e["UID"]) for e in _events(calendar_bytes(season, season.athletes, stamp=STAMP))]
    assert _uid("away/zoe/2027-02-01/illness") in uids
    assert _uid("away/zoe/2027-02-01/illness/2") in uids
    assert len(uids) == len(set(uids))


def test_one_file_per_athlete_with_safe_names_written_whole(tmp_path: Path) -> None:
    season = load_demo()
    request = CalendarRequest(season=season, target=tmp_path / "out", split=True, stamp=STAMP,
                              athlete_ids=("dmitry", "ana"))
    result = write_calendars(request)
    assert [p.name for p in result.paths] == ["Ana Martínez.ics", "Дмитрий Иванов.ics"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.name for p in result.paths
    )  # no temporary file left behind
    for path, athlete in zip(result.paths, (season.athletes[0], season.athletes[4]), strict=True):
        uids = {str(e["UID"]) for e in _events(path.read_bytes())}
        assert uids == set(_expected(season, athlete))
    assert result.events == sum(len(_events(p.read_bytes())) for p in result.paths)


def test_a_request_for_nobody_or_a_naive_time_writes_nothing(tmp_path: Path) -> None:
    season = load_demo()
    target = tmp_path / "x.ics"
    with pytest.raises(ValueError, match="no athletes"):
        write_calendars(CalendarRequest(season=season, target=target, athlete_ids=(),
                                        stamp=STAMP))
    with pytest.raises(ValueError, match="time zone"):
        write_calendars(CalendarRequest(season=season, target=target,
                                        stamp=dt.datetime(2027, 1, 1)))
    assert list(tmp_path.iterdir()) == []


def test_the_file_is_byte_for_byte_what_icalendar_itself_writes() -> None:
    # The export writes event by event (for speed) through icalendar's types, escaping
    # and folding; the whole calendar's own to_ical() is the reference, over names
    # with commas, Greek letters, long folded notes and a DTSTAMP given outside UTC.
    from planner_gui.export.ics import build_calendar

    stamp = dt.datetime(2027, 1, 2, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    for season in (load_demo(), _tricky_season()):
        for athletes in (season.athletes, season.athletes[:1]):
            ours = calendar_bytes(season, athletes, stamp=stamp)
            assert ours == build_calendar(season, athletes, stamp=stamp).to_ical()
    assert b"DTSTAMP:20270102T093000Z\r\n" in ours


def test_progress_counts_athletes_and_a_cancel_leaves_no_file(tmp_path: Path) -> None:
    from planner_gui.export.export_progress import ExportCancelled

    season = load_demo()
    heard: list[tuple[int, int]] = []
    result = write_calendars(CalendarRequest(season=season, target=tmp_path / "all.ics",
                                             stamp=STAMP), progress=lambda *s: heard.append(s))
    assert heard == [(n, 7) for n in range(1, 8)]
    assert result.paths == (tmp_path / "all.ics",)

    asked = itertools.count()
    target = tmp_path / "club.ics"
    with pytest.raises(ExportCancelled) as cancelled:
        write_calendars(CalendarRequest(season=season, target=target, stamp=STAMP),
                        cancel=lambda: next(asked) >= 3)
    assert cancelled.value.written == ()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.ics"]  # no club.ics, no temp

    # One file per athlete: the files finished before the cancel are whole and kept.
    folder = tmp_path / "each"
    with pytest.raises(ExportCancelled) as cancelled:
        write_calendars(CalendarRequest(season=season, target=folder, split=True, stamp=STAMP),
                        cancel=lambda: len(list(folder.iterdir())) >= 2)
    assert [p.name for p in cancelled.value.written] == ["Ana Martínez.ics", "Björn Ødegård.ics"]
    assert sorted(p.name for p in folder.iterdir()) == ["Ana Martínez.ics", "Björn Ødegård.ics"]
    for path in cancelled.value.written:
        assert len(_events(path.read_bytes())) > 50
