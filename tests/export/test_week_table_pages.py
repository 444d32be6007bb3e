"""The week table never leaves a page with a stub of two or three weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab import rl_config

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import MARGIN, Paper
from planner_gui.export.pdf import export
from planner_gui.export.week_table import HEADERS, KEEP_TOGETHER, column_widths
from planner_gui.model.demo import load_demo
from tests.export.pdf_reading import read_pages, text_runs

PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def week_rows_per_table_page(path: Path) -> list[list[int]]:
    """The week numbers printed on each week-table (landscape) page, page by page."""
    pages = read_pages(path)
    found = []
    for index, page in enumerate(pages):
        if not page.week_table:
            continue
        assert all(header in page.flat for header in HEADERS)  # the header repeats
        week_column = MARGIN + column_widths(page.width - 2 * MARGIN)[0]
        found.append([int(text) for x, _, text in text_runs(path, index)
                      if text.isdigit() and x < week_column])
    return found


@pytest.mark.parametrize(
    ("paper", "athlete", "weeks"),
    [
        # Each of these ended with 1–5 weeks on the last page before.
        ("a4", "kofi", 35),
        ("a4", "dmitry", 27),
        ("a4", "dmitry", 53),
        ("letter", "ana", 48),
        ("letter", "kofi", 34),
        ("letter", "dmitry", 52),
        # And some that always came out well.
        ("a4", "ana", 52),
        ("letter", "bjorn", 40),
        ("a4", "zoe", 60),
    ],
)
def test_no_table_page_carries_fewer_than_six_weeks(
    tmp_path: Path, paper: str, athlete: str, weeks: int
) -> None:
    season = load_demo().model_copy(update={"weeks": weeks})
    path = tmp_path / "sheet.pdf"
    export(ExportRequest(season=season, target=path, athlete_ids=[athlete], paper=Paper(paper),
                         printed=PRINTED))
    pages = week_rows_per_table_page(path)
    assert [n for page in pages for n in page] == list(range(1, weeks + 1))  # every week once
    assert len(pages) >= 2
    assert min(len(page) for page in pages) >= KEEP_TOGETHER, [len(p) for p in pages]


def test_a_short_table_stays_on_one_page(tmp_path: Path) -> None:
    season = load_demo().model_copy(update={"weeks": 4})
    path = tmp_path / "short.pdf"
    export(ExportRequest(season=season, target=path, athlete_ids=["ana"], paper=Paper.A4,
                         printed=PRINTED))
    assert week_rows_per_table_page(path) == [[1, 2, 3, 4]]
