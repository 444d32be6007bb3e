"""On the coach overview, phase names step clear of race markers (and never hide under one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.band_labels import BACKING, band_labels, free_spot
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.fonts import FONT, register_fonts
from planner_gui.export.overview import MAX_LANE, NAME_W, PHASE_SIZE, lane_marks
from planner_gui.export.paper import MARGIN, Paper
from planner_gui.export.pdf import export
from planner_gui.export.phase_style import LOOKS
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.phases import Phase
from planner_gui.model.season import Priority
from planner_gui.model.time_scale import TimeScale
from planner_gui.model.weeks import SeasonCalendar
from tests.export.pdf_reading import A4, filled_shapes, text_runs
from tests.model import builders

Box = tuple[float, float, float, float]


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_free_spot_centres_and_steps_aside() -> None:
    assert free_spot(0, 100, 20, []) == 40  # nothing in the way: centred
    assert free_spot(0, 100, 20, [(45, 55)]) == 25  # the nearer side of the obstacle
    assert free_spot(0, 100, 20, [(10, 30), (45, 55), (70, 90)]) is None
    assert free_spot(0, 100, 20, [(-5, 3), (95, 120)]) == 40


def test_a_b_race_in_the_middle_of_a_run_moves_the_name_aside() -> None:
    register_fonts()
    # A B race on the Monday of week 20: the middle of the Race-specific run (18–21).
    race, day = builders.race, builders.week_day
    season = builders.season(race(day(25), "A"), race(day(20, 0), "B", "10k", name="Ten"))
    [plan] = plan_season(season)
    assert [w.phase for w in plan.weeks[17:21]] == [Phase.RACE_SPECIFIC] * 4
    cal = SeasonCalendar.of(season)
    width = A4[1] - 2 * MARGIN
    scale = TimeScale.fit(cal.start, cal.end, NAME_W, width)
    marks = lane_marks(scale, plan, MAX_LANE)
    [(b_race, x)] = [(r, x) for r, x in marks.markers if r.priority is Priority.B]
    run_left, run_right = scale.span(plan.weeks[17].start, plan.weeks[20].end)
    [name] = [label for label in marks.labels if run_left <= label.left < run_right]
    # Where the name used to go (centred on its run) the marker covered it.
    text_w = stringWidth(name.text, FONT, PHASE_SIZE) + BACKING
    centred = (run_left + run_right) / 2
    _, bottom, _, top = marks.label_box(name)
    old = (centred - text_w / 2, bottom, centred + text_w / 2, top)
    assert _overlap(marks.marker_box(b_race, x), old)
    # Now it sits beside the marker, inside its run, still naming the phase.
    assert name.text in {Phase.RACE_SPECIFIC.short_label, LOOKS[Phase.RACE_SPECIFIC].code}
    assert run_left <= name.left and name.right <= run_right
    assert not _overlap(marks.marker_box(b_race, x), marks.label_box(name))


def test_no_phase_name_under_any_marker_in_the_demo_lanes() -> None:
    register_fonts()
    season = load_demo()
    cal = SeasonCalendar.of(season)
    scale = TimeScale.fit(cal.start, cal.end, NAME_W, A4[1] - 2 * MARGIN)
    named = 0
    for plan in plan_season(season):
        marks = lane_marks(scale, plan, MAX_LANE)
        named += len(marks.labels)
        for race, x in marks.markers:
            for label in marks.labels:
                assert not _overlap(marks.marker_box(race, x), marks.label_box(label)), (
                    race.name, label.text)
    assert named >= 30  # the names are still there


def test_no_phase_name_under_a_marker_on_the_printed_overview(tmp_path: Path) -> None:
    # Read back from the PDF: the marker shapes and where the phase names were printed.
    path = tmp_path / "squad.pdf"
    export(ExportRequest(season=load_demo(), target=path, paper=Paper.A4,
                         printed=dt.date(2026, 11, 26)))
    names = {p.short_label for p in Phase} | {look.code for look in LOOKS.values()}
    labels: list[Box] = [
        (x, y - 0.25 * PHASE_SIZE, x + stringWidth(text, FONT, PHASE_SIZE), y + 0.75 * PHASE_SIZE)
        for x, y, text in text_runs(path, 0)
        if text in names
    ]
    # Markers are small polygons or circles; a name's white backing mixes lines and curves.
    markers = [s.box for s in filled_shapes(path, 0) if s.curved != s.straight]
    assert len(labels) >= 30 and len(markers) >= 15
    hidden = [(label, marker) for label in labels for marker in markers if _overlap(label, marker)]
    assert hidden == []


@pytest.mark.parametrize("obstacle", [(9.0, 11.0), (0.0, 8.0)])
def test_band_labels_fall_back_to_the_code_and_then_to_nothing(obstacle: tuple[float, float]
                                                               ) -> None:
    register_fonts()
    code_w = stringWidth(LOOKS[Phase.TAPER].code, FONT, 6) + BACKING
    full_w = stringWidth(Phase.TAPER.short_label, FONT, 6) + BACKING
    # A run just wide enough for the full name: any obstacle inside leaves only the code.
    [label] = band_labels([(Phase.TAPER, 0.0, full_w + 1)], 6, [obstacle])
    assert label.text == "T" and label.right - label.left == pytest.approx(code_w)
    assert label.right <= obstacle[0] or label.left >= obstacle[1]
    assert band_labels([(Phase.TAPER, 0.0, code_w - 0.5)], 6) == []
