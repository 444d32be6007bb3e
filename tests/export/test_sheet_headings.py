"""Section headings of a plan sheet stay on the page of what they introduce."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab import rl_config

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.page_furniture import FOOTER_Y
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.model.demo import load_demo
from tests.export.pdf_reading import read_pages, text_runs

HEADINGS = ("Season at a glance", "Races", "Warnings", "Notes")
LONG_NAME = ("Maximiliana " * 20)[:200]


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


# A 200-character name takes five title lines; with a long season's strip that pushed
# "Season at a glance" (260 weeks on Letter) or "Races" (208 weeks on Letter) to the
# foot of page 1 with nothing under it.
@pytest.mark.parametrize(("weeks", "paper"), [(260, "letter"), (208, "letter"), (221, "a4")])
def test_no_heading_ends_a_page_alone(tmp_path: Path, weeks: int, paper: str) -> None:
    demo = load_demo()
    athlete = demo.athletes[0].model_copy(update={"name": LONG_NAME})
    season = demo.model_copy(update={"athletes": (athlete,), "weeks": weeks})
    path = tmp_path / "long.pdf"
    export(ExportRequest(season=season, target=path, paper=Paper(paper),
                         printed=dt.date(2027, 1, 1)))
    seen = []
    for index in range(len(read_pages(path))):
        runs = text_runs(path, index)
        for _, y, text in runs:
            if text in HEADINGS:
                seen.append(text)
                under = [t for _, other_y, t in runs if FOOTER_Y + 1 < other_y < y - 1]
                assert under, f"{text!r} alone at the foot of page {index + 1}"
    assert set(seen) == set(HEADINGS)  # (the tables' column titles count too: harmless)
    # The strip starts under its heading on page 1 rather than leaving it bare: the
    # strip's first row (month axis from "Jan 2027") is on that page.
    first_page = [t for _, _, t in text_runs(path, 0)]
    assert "Season at a glance" in first_page and "Jan 2027" in first_page
