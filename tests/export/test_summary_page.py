"""An athlete's summary page: lifting days, own phase lengths, time away and the warnings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab import rl_config

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.model.demo import load_demo
from planner_gui.model.season import AwayPeriod, AwayReason
from tests.export.pdf_reading import read_pages

PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture(scope="module")
def summaries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The summary page of every demo athlete, by athlete id."""
    folder = tmp_path_factory.mktemp("summaries")
    season = load_demo()
    result = export(ExportRequest(season=season, target=folder, split=True, paper=Paper.A4,
                                  printed=PRINTED))
    return {athlete.id: read_pages(path)[0].flat
            for athlete, path in zip(season.athletes, result.paths, strict=True)}


def test_lifting_days_in_the_coachs_order(summaries: dict[str, str]) -> None:
    assert ("Plan details Lifting days Tuesday, Friday and Sunday (in this order of "
            "preference)") in summaries["ana"]
    assert "Lifting days Monday and Thursday (in this order" in summaries["dmitry"]
    assert "Lifting days Tuesday, Friday, Sunday and Wednesday" in summaries["kofi"]


def test_own_phase_lengths_only_where_the_athlete_has_them(summaries: dict[str, str]) -> None:
    assert ("Own phase lengths Base (hypertrophy) 6 weeks (squad: 4); Taper 3 weeks "
            "(squad: 4); Recovery 3 weeks (squad: 2)") in summaries["eleni"]
    assert all("Own phase lengths" not in text
               for athlete, text in summaries.items() if athlete != "eleni")


def test_time_away_listed_and_in_the_legend_only_when_there_is_some(
    summaries: dict[str, str],
) -> None:
    zoe = summaries["zoe"]
    assert "Time away Dates Days Reason Note 6 – 16 Mar 2027 11 Holiday" in zoe
    assert zoe.count("Time away") == 2  # the legend's mark and the list's heading
    assert "Time away" not in summaries["ana"]


def test_the_new_warnings_are_on_the_summary(summaries: dict[str, str]) -> None:
    zoe = summaries["zoe"].split("Warnings", 1)[1]
    assert "2 strength sessions in 1 week found no free lifting day" in zoe
    assert "11 days away during the block for City 10k (16 May 2027)" in zoe
    assert "found no free lifting day" in summaries["dmitry"].split("Warnings", 1)[1]


def test_away_periods_by_date_with_days_reason_and_note(tmp_path: Path) -> None:
    demo = load_demo()
    away = (
        AwayPeriod(start=dt.date(2027, 9, 1), end=dt.date(2027, 9, 1),
                   reason=AwayReason.ILLNESS),
        AwayPeriod(start=dt.date(2027, 2, 27), end=dt.date(2027, 3, 2),
                   reason=AwayReason.INJURY, note="Ankle; bike only."),
    )
    kofi = demo.athletes[5].model_copy(update={"away": away})
    path = tmp_path / "kofi.pdf"
    export(ExportRequest(season=demo.model_copy(update={"athletes": (kofi,)}), target=path,
                         paper=Paper.A4, printed=PRINTED))
    summary = read_pages(path)[0].flat
    assert ("Time away Dates Days Reason Note 27 Feb – 2 Mar 2027 4 Injury Ankle; bike only. "
            "1 Sep 2027 1 Illness —") in summary
