"""Every season the file format accepts prints: long names and crowded weeks fit their cells.

A table row cannot break across pages, so a week whose races took more height than a
page stopped the export with ReportLab's "Flowable … too large". Generated seasons
go up to the schema's own limits (read from ``model.season``, never repeated here).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.export.week_table import HEADERS
from planner_gui.export.week_table import MAX_RACES as LISTED
from planner_gui.model.season import (
    MAX_EXERCISE_NAME,
    MAX_EXERCISES,
    MAX_NAME,
    MAX_NOTES,
    MAX_RACES,
    MAX_WEEK_NOTE,
    PHASE_KEYS,
    Athlete,
    AwayPeriod,
    AwayReason,
    Methodology,
    PhaseExercises,
    Priority,
    Race,
    Season,
    WeekNote,
)
from tests.export.pdf_reading import read_pages

START = dt.date(2027, 1, 4)
PRINTED = dt.date(2026, 11, 30)
RACE_WEEK = 3
"""The week (0-based) that gathers the crowded races; a block fits before it."""

# Letters and digits of any script, punctuation and symbols; no control characters
# (names refuse them) and no spaces, so a run of them is one unbroken word.
_LETTERS = st.characters(categories=("L", "M", "N", "P", "S"))


@st.composite
def texts(draw: st.DrawFn, most: int) -> str:
    """A text up to ``most`` characters: one unbroken word, ordinary words, or mixed."""
    kind = draw(st.sampled_from(("unbroken", "words", "wide", "any")))
    if kind == "unbroken":
        piece = draw(st.text(_LETTERS, min_size=1, max_size=12))
    elif kind == "wide":
        piece = draw(st.sampled_from(("W", "Ж", "—", "Ш", "中", "@")))
    elif kind == "words":
        piece = " ".join(draw(st.lists(st.text(_LETTERS, min_size=1, max_size=14),
                                       min_size=1, max_size=5))) + " "
    else:
        piece = draw(st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1,
                             max_size=30))
    length = draw(st.one_of(st.just(most), st.integers(1, most)))
    text = (piece * (length // len(piece) + 1))[:length].strip()
    return text or "x"


@st.composite
def athletes(draw: st.DrawFn, number: int, weeks: int) -> Athlete:
    names = draw(st.lists(texts(MAX_NAME), min_size=1, max_size=4))
    crowded = draw(st.one_of(st.just(MAX_RACES), st.integers(0, MAX_RACES)))
    last_day = weeks * 7 - 1
    races = []
    for n in range(crowded):
        # Most races fall in one week (many on one day); some anywhere in the season.
        spread = draw(st.integers(0, last_day)) if n % 7 == 6 else RACE_WEEK * 7 + n % 3
        races.append(Race(id=f"r{number}-{n}", name=names[n % len(names)],
                          date=START + dt.timedelta(days=min(spread, last_day)),
                          priority=list(Priority)[n % 3],
                          notes=draw(st.sampled_from(("", names[0])))))
    away = [
        AwayPeriod(start=START + dt.timedelta(days=first),
                   end=START + dt.timedelta(days=min(first + length, last_day)),
                   reason=draw(st.sampled_from(list(AwayReason))),
                   note=draw(st.one_of(st.just(""), texts(MAX_NOTES))))
        for first, length in draw(st.lists(st.tuples(st.integers(0, last_day),
                                                     st.integers(0, 20)), max_size=3))
    ]
    notes = [
        WeekNote(date=START + dt.timedelta(days=day), text=draw(texts(MAX_WEEK_NOTE)))
        for day in draw(st.lists(st.integers(0, last_day), max_size=3, unique_by=lambda d: d // 7))
    ]
    return Athlete(id=f"a{number}", name=draw(texts(MAX_NAME)), races=tuple(races),
                   notes=draw(st.one_of(st.just(""), texts(MAX_NOTES))),
                   away=tuple(away), week_notes=tuple(notes))


@st.composite
def seasons(draw: st.DrawFn) -> Season:
    weeks = draw(st.integers(RACE_WEEK + 1, 16))
    exercises = draw(st.lists(texts(MAX_EXERCISE_NAME), max_size=MAX_EXERCISES))
    phase = draw(st.sampled_from(PHASE_KEYS))
    methodology = Methodology(exercises=PhaseExercises(**{phase: tuple(exercises)}))
    count = draw(st.integers(1, 2))
    return Season(name=draw(texts(MAX_NAME)), start=START, weeks=weeks,
                  methodology=methodology,
                  athletes=tuple(draw(athletes(n, weeks)) for n in range(count)))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(season=seasons(), paper=st.sampled_from(list(Paper)))
def test_every_valid_season_prints(season: Season, paper: Paper, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    result = export(ExportRequest(season=season, target=target, paper=paper, printed=PRINTED))
    assert result.pages >= len(season.athletes)
    assert target.stat().st_size > 0


def _crowded_week(names: list[str]) -> Season:
    races = tuple(Race(name=name, date=START + dt.timedelta(days=RACE_WEEK * 7 + n % 7))
                  for n, name in enumerate(names))
    return Season(name="Crowded", start=START, weeks=16,
                  athletes=(Athlete(name="Ada", races=races),))


@pytest.mark.parametrize("names", [
    pytest.param([("W" * MAX_NAME)[:-1] + str(n) for n in range(3)], id="3-unbroken"),
    pytest.param([("Ж" * MAX_NAME)[:-1] + str(n) for n in range(3)], id="3-unbroken-cyrillic"),
    pytest.param([("Marathon " * 8)[:39] + chr(65 + n) for n in range(12)], id="12x40"),
    pytest.param([("Ordinary words " * 5)[:59] + chr(65 + n) for n in range(15)], id="15x60"),
    pytest.param([f"Parkrun number {n}" for n in range(MAX_RACES)], id="most-races"),
])
def test_crowded_week_prints_and_names_its_races(names: list[str], tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    export(ExportRequest(season=_crowded_week(names), target=target, printed=PRINTED))
    pages = read_pages(target)
    table = [page for page in pages if page.week_table and HEADERS[0] in page.text]
    assert table, "the week table is missing"
    flat = " ".join(page.flat for page in table)
    # The crowded week still says how many races it holds and starts each name.
    assert names[0][:6] in flat
    if len(names) > LISTED:
        assert f"+{len(names) - LISTED} more" in flat
    if len(names) == MAX_RACES:
        # The season strip names the races it has room for and counts the rest.
        assert "more races: see Races below" in pages[0].flat
    # The summary's race list, before the first landscape page, keeps every name whole.
    summary = "".join("".join(page.text.split()) for page in pages[:pages.index(table[0])])
    assert all("".join(name.split()) in summary for name in names)
