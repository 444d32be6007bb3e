"""The day-by-day calendar read back from the PDF: every week, day, session, race and day away."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.calendar_layout import (
    NOTE_GUTTER,
    NUMBER_SIZE,
    PAD,
    STRIP_W,
    WEEK_W,
    day_label,
    day_width,
    sets_text,
)
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.fonts import FONT
from planner_gui.export.paper import MARGIN, Paper
from planner_gui.export.pdf import BOTTOM, export
from planner_gui.export.week_table import KEEP_TOGETHER
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import WeekPlan, plan_season
from planner_gui.model.season import Priority, Season, Weekday, WeekNote
from tests.export.pdf_reading import read_pages, text_runs

PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


@dataclass
class Row:
    """One week's row of a calendar page as printed: its top and what each column says."""

    week: int
    top: float
    cells: list[list[str]] = field(default_factory=lambda: [[] for _ in range(7)])
    first: list[str] = field(default_factory=list)
    """The first column's text under the number."""


def calendar_rows(path: Path) -> tuple[list[list[Row]], list[list[str]]]:
    """Per calendar page its week rows, and its header row (left to right)."""
    pages: list[list[Row]] = []
    headers: list[list[str]] = []
    for index, page in enumerate(read_pages(path)):
        if not page.calendar:
            continue
        width = page.width - 2 * MARGIN
        runs = text_runs(path, index)
        number_x = MARGIN + STRIP_W + PAD
        rows = [Row(int(text), y + NUMBER_SIZE + PAD) for x, y, text in runs
                if abs(x - number_x) < 0.1 and text.isdigit()]
        rows.sort(key=lambda r: -r.top)
        header_y = max(r.top for r in rows) + 5
        headers.append([t for x, y, t in sorted(runs) if abs(y - header_y) < 8])
        step = day_width(width)
        for x, y, text in runs:
            below = [r for r in rows if y < r.top]
            if not below or y < BOTTOM or y > header_y - 3:
                continue
            row = below[-1]  # the lowest top above the text: its own row
            if x < MARGIN + WEEK_W:
                if x > number_x - 0.1 and text != str(row.week):
                    row.first.append(text)
                continue
            column = int((x - MARGIN - WEEK_W) // step)
            row.cells[min(column, 6)].append(text)
        pages.append(rows)
    return pages, headers


def _export(season: Season, path: Path, athlete: str, paper: Paper = Paper.A4,
            notes: bool = True) -> None:
    export(ExportRequest(season=season, target=path, athlete_ids=[athlete], paper=paper,
                         printed=PRINTED, notes=notes))


def _plan(season: Season, athlete: str) -> tuple[WeekPlan, ...]:
    index = [a.id for a in season.athletes].index(athlete)
    return plan_season(season)[index].weeks


def _is_session(cell: list[str], week: WeekPlan) -> bool:
    expected = sets_text(week.strength)
    return any(text == expected or (text.startswith("Sets × reps") and expected.startswith(text))
               for text in cell)


@pytest.mark.parametrize(
    ("athlete", "week_start", "paper"),
    [
        ("ana", Weekday.MONDAY, Paper.A4),  # lifts Tue/Fri/Sun, a B race, week notes
        ("zoe", Weekday.MONDAY, Paper.LETTER),  # a holiday drops sessions
        ("dmitry", Weekday.SUNDAY, Paper.A4),  # Mon/Thu only, a Sunday-start season
        ("eleni", Weekday.WEDNESDAY, Paper.LETTER),  # her own phase lengths
    ],
)
def test_every_session_is_in_its_day_cell_under_the_right_date(
    tmp_path: Path, athlete: str, week_start: Weekday, paper: Paper
) -> None:
    season = load_demo().model_copy(update={"week_start": week_start})
    path = tmp_path / "days.pdf"
    _export(season, path, athlete, paper)
    weeks = _plan(season, athlete)
    pages, _ = calendar_rows(path)
    printed = [row for page in pages for row in page]
    assert [row.week for row in printed] == [w.index for w in weeks]  # each week once
    sessions = 0
    for row, week in zip(printed, weeks, strict=True):
        days = [week.start + dt.timedelta(days=n) for n in range(7)]
        for cell, day in zip(row.cells, days, strict=True):
            assert day_label(day) in cell, (week.index, day, cell)  # the day of the month
        with_session = {days[column] for column, cell in enumerate(row.cells)
                        if _is_session(cell, week)}
        assert with_session == set(week.sessions), (week.index, row.cells)
        sessions += len(with_session)
    assert sessions > 52  # the plans really have sessions to find


def test_only_a_cells_first_line_keeps_clear_of_the_day_number(tmp_path: Path) -> None:
    # Letter's day columns are the narrowest: the rest of a session's text still has
    # the cell's whole width ("athlete's choice" stays on one line).
    season = load_demo()
    path = tmp_path / "kofi.pdf"
    _export(season, path, "kofi", Paper.LETTER)
    pages, _ = calendar_rows(path)
    cells = [cell for page in pages for row in page for cell in row.cells
             if "Sets × reps:" in cell]
    assert len(cells) >= 100
    assert all("athlete's choice" in cell for cell in cells)


def test_weekday_headers_follow_the_seasons_first_day(tmp_path: Path) -> None:
    season = load_demo().model_copy(update={"week_start": Weekday.SUNDAY,
                                            "start": dt.date(2027, 1, 3)})
    path = tmp_path / "sunday.pdf"
    _export(season, path, "kofi")
    _, headers = calendar_rows(path)
    assert len(headers) >= 3
    for header in headers:  # repeated on every page
        assert header == ["Week", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
                          "Friday", "Saturday"]
    # Week 1 starts on Sunday 3 Jan: the dates under the headers agree.
    first = calendar_rows(path)[0][0][0]
    assert first.week == 1 and "3" in first.cells[0] and "9" in first.cells[6]


def test_zoes_holiday_fills_its_days_with_the_reason(tmp_path: Path) -> None:
    season = load_demo()
    path = tmp_path / "zoe.pdf"
    _export(season, path, "zoe")
    pages, _ = calendar_rows(path)
    away = {dt.date(2027, 3, 6) + dt.timedelta(days=n) for n in range(11)}  # 6–16 Mar
    weeks = {w.index: w for w in _plan(season, "zoe")}
    seen = set()
    for row in (row for page in pages for row in page):
        for column, cell in enumerate(row.cells):
            day = weeks[row.week].start + dt.timedelta(days=column)
            assert ("Holiday" in cell) == (day in away), (day, cell)
            if day in away:
                seen.add(day)
                assert not _is_session(cell, weeks[row.week])
    assert seen == away
    summary = read_pages(path)[0].flat
    assert "Time away Dates Days Reason Note 6 – 16 Mar 2027 11 Holiday Family trip; running " \
        "only, no gym." in summary


def test_races_and_the_rest_after_a_main_race_are_on_their_days(tmp_path: Path) -> None:
    season = load_demo()
    path = tmp_path / "ana.pdf"
    _export(season, path, "ana")
    pages, _ = calendar_rows(path)
    cells = {}
    weeks = {w.index: w for w in _plan(season, "ana")}
    for row in (row for page in pages for row in page):
        for column, cell in enumerate(row.cells):
            cells[weeks[row.week].start + dt.timedelta(days=column)] = " ".join(cell)
    assert "Spring Half (B)" in cells[dt.date(2027, 4, 11)]
    assert "City Marathon (A)" in cells[dt.date(2027, 6, 27)]
    assert "Harbour parkrun (C)" in cells[dt.date(2027, 8, 14)]
    # City Marathon is a Sunday, its race week's last day: recovery starts on Monday.
    assert "Recovery: rest" in cells[dt.date(2027, 6, 28)]
    # Autumn Coast Marathon is also a Sunday (31 Oct); nothing else rests.
    resting = sorted(day for day, text in cells.items() if "Recovery: rest" in text)
    assert resting == [dt.date(2027, 6, 28), dt.date(2027, 11, 1)]


def test_a_saturday_a_race_rests_the_rest_of_its_week_only(tmp_path: Path) -> None:
    demo = load_demo()
    kofi = demo.athletes[5]
    race = kofi.races[1].model_copy(update={"priority": Priority.A, "date": dt.date(2027, 8, 28)})
    kofi = kofi.model_copy(update={"races": (kofi.races[0], race)})
    season = demo.model_copy(update={"athletes": (kofi,)})
    path = tmp_path / "kofi.pdf"
    _export(season, path, "kofi")
    pages, _ = calendar_rows(path)
    row = next(r for page in pages for r in page if r.week == 34)  # 23–29 Aug
    assert [" ".join(c).count("Recovery: rest") for c in row.cells] == [0, 0, 0, 0, 0, 0, 1]
    after = next(r for page in pages for r in page if r.week == 35)
    assert not any("Recovery: rest" in " ".join(c) for c in after.cells)


def test_week_notes_print_under_their_week_and_go_with_no_notes(tmp_path: Path) -> None:
    season = load_demo()
    ana = season.athletes[0]
    with_notes, without = tmp_path / "notes.pdf", tmp_path / "quiet.pdf"
    _export(season, with_notes, "ana")
    _export(season, without, "ana", notes=False)
    pages, _ = calendar_rows(with_notes)
    rows = {row.week: row for page in pages for row in page}
    for note in ana.week_notes:
        week = (note.date - dt.date(2027, 1, 4)).days // 7 + 1
        assert note.text in " ".join(" ".join(c) for c in rows[week].cells), week
    text = " ".join(p.flat for p in read_pages(with_notes))
    quiet = " ".join(p.flat for p in read_pages(without))
    assert ana.notes in text and ana.notes not in quiet
    for note in ana.week_notes:
        assert note.text not in quiet
    # The "Notes" section after the warnings goes (the race list's column stays).
    heading = "full block and recovery. Notes "
    assert heading in read_pages(with_notes)[0].flat
    assert heading not in read_pages(without)[0].flat
    # Race notes are part of the race list and stay.
    assert "Goal: sub 3:30." in quiet and "Tune-up race, run at goal marathon pace." in quiet


def test_the_coach_overview_is_the_same_with_or_without_notes(tmp_path: Path) -> None:
    season = load_demo()
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for path, notes in ((first, True), (second, False)):
        export(ExportRequest(season=season, target=path, athlete_ids=["ana", "kofi"],
                             paper=Paper.A4, printed=PRINTED, notes=notes))
    assert read_pages(first)[0].text == read_pages(second)[0].text
    assert "Coach overview" in read_pages(first)[0].text


def test_long_notes_wrap_inside_the_grid_and_continue_on_the_next_page(tmp_path: Path) -> None:
    demo = load_demo()
    long = " ".join(f"word{n}" for n in range(262))  # 1985 characters
    notes = tuple(WeekNote(date=dt.date(2027, 3, 2), text=f"{n}: {long}") for n in range(8))
    ana = demo.athletes[0].model_copy(update={"week_notes": notes})
    season = demo.model_copy(update={"athletes": (ana,)})
    path = tmp_path / "long.pdf"
    _export(season, path, "ana", Paper.LETTER)
    pages = read_pages(path)
    calendar = [i for i, p in enumerate(pages) if p.calendar]
    words: list[str] = []
    note_x = MARGIN + WEEK_W + PAD + NOTE_GUTTER
    for index in calendar:
        page = pages[index]
        for x, _, text in text_runs(path, index):
            assert x + stringWidth(text, FONT, 7.0) <= page.width - MARGIN + 0.5, text
            if abs(x - note_x) < 0.1:  # a line of a note
                words += text.split()
    for n in range(8):  # every note, every word of it, in order
        start = words.index(f"{n}:")
        assert words[start + 1 : start + 263] == long.split()
    assert "notes, continued" in " ".join(pages[i].flat for i in calendar)


@pytest.mark.parametrize(
    ("paper", "athlete", "weeks"),
    [
        # Each of these ended with one to five weeks on the last page without the rule.
        ("a4", "zoe", 39), ("a4", "saoirse", 59), ("a4", "ana", 40), ("a4", "dmitry", 37),
        ("letter", "zoe", 49), ("letter", "kofi", 34), ("letter", "bjorn", 64),
        # And some that always came out well.
        ("a4", "zoe", 52), ("letter", "ana", 52), ("a4", "eleni", 104),
    ],
)
def test_no_calendar_page_ends_with_fewer_than_six_weeks(
    tmp_path: Path, paper: str, athlete: str, weeks: int
) -> None:
    season = load_demo().model_copy(update={"weeks": weeks})
    path = tmp_path / "weeks.pdf"
    _export(season, path, athlete, Paper(paper))
    pages, _ = calendar_rows(path)
    assert [row.week for page in pages for row in page] == list(range(1, weeks + 1))
    assert len(pages) >= 2
    assert min(len(page) for page in pages) >= KEEP_TOGETHER, [len(p) for p in pages]


def test_a_short_season_fits_one_calendar_page(tmp_path: Path) -> None:
    season = load_demo().model_copy(update={"weeks": 4})
    path = tmp_path / "short.pdf"
    _export(season, path, "zoe")
    pages, _ = calendar_rows(path)
    assert [[row.week for row in page] for page in pages] == [[1, 2, 3, 4]]
