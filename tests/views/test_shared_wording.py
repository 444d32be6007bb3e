"""One wording for a race's priority and a week's dates: the window, its tooltips, the
printed sheets and the terminal say the same thing (planner_gui/model/race_look.py and
planner_gui/model/date_text.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt

from planner_gui.cli.plan import format_athlete
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.views.plan_model import PlanColumn
from planner_gui.views.races_model import Column
from tests.export.pdf_reading import read_pages
from tests.views.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")


def test_a_priority_reads_the_same_in_the_table_the_timeline_on_paper_and_in_the_terminal(
    window, tmp_path
):
    races = window.races.model
    priorities = {
        race_id: races.index(races.row_of(race_id), Column.PRIORITY).data()
        for race_id in ("ana-city-marathon", "ana-spring-half", "ana-parkrun")
    }
    assert priorities == {
        "ana-city-marathon": "A · main race",
        "ana-spring-half": "B · tune-up",
        "ana-parkrun": "C · training",
    }
    view = window.timeline.view
    tip = view.hits.tooltip_at(QPointF(view.race_rect("ana-spring-half").center()))
    assert "B race (tune-up: lightens that week's strength work)" in tip
    plan = window.plan.model
    week = plan.row_of_date(dt.date(2027, 6, 27))
    cell = plan.index(week, PlanColumn.RACES)
    assert cell.data() == "City Marathon (A)"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).endswith("Marathon, A race (main race)")

    season = window.document.season
    path = tmp_path / "ana.pdf"
    export(ExportRequest(season=season, target=path, athlete_ids=["ana"], paper=Paper.A4,
                         printed=TODAY))
    pages = read_pages(path)
    summary = pages[0].flat
    # The race list says what the races table says; the legend what the plan's tooltip says.
    assert "◆ A · main race" in summary and "● C · training" in summary
    assert "A race (main race)" in summary
    weeks = " ".join(p.flat for p in pages if p.landscape)
    assert "◆ City Marathon (A)" in weeks

    ana = season.athletes[0]
    lines = format_athlete(season, ana, window.document.plans[ana.id])
    [row] = [line for line in lines if line.startswith("25 ")]
    assert "City Marathon (A)" in row


def test_a_week_reads_the_same_in_the_table_the_details_on_paper_and_in_the_terminal(
    window, tmp_path
):
    plan = window.plan.model
    row = plan.row_of_date(dt.date(2027, 3, 31))  # season week 13: 29 Mar – 4 Apr
    assert plan.text(row, PlanColumn.DATES).replace("\u00a0", " ") == "29 Mar – 4 Apr 2027"
    season = window.document.season
    ana = season.athletes[0]
    lines = format_athlete(season, ana, window.document.plans[ana.id])
    [line] = [line for line in lines if line.startswith("13 ")]
    assert "29 Mar – 4 Apr 2027" in line
    path = tmp_path / "ana.pdf"
    export(ExportRequest(season=season, target=path, athlete_ids=["ana"], paper=Paper.A4,
                         printed=TODAY))
    weeks = " ".join(p.flat for p in read_pages(path) if p.landscape)
    assert "29 Mar – 4 Apr" in weeks and "4 – 10 Jan" in weeks


def test_the_window_and_the_sheets_list_the_phases_in_one_order():
    from planner_gui.export.legend import LEGEND_PHASES
    from planner_gui.model.phase_look import LEGEND_ORDER
    from planner_gui.views.timeline.timeline_legend import ENTRIES

    window = [label for label, _, band in ENTRIES if band][: len(LEGEND_ORDER)]
    assert window == [phase.label for phase in LEGEND_PHASES]
    assert window == [phase.label for phase in LEGEND_ORDER]
