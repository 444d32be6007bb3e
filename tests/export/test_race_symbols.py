"""On paper the races wear the window's shapes: ◆ A, ▲ B, ● C (``planner_gui.model.race_look``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
from reportlab import rl_config

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.fonts import missing_characters
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.export.styles import INK
from planner_gui.model.demo import load_demo
from planner_gui.model.engine import plan_season
from planner_gui.model.race_look import RACE_LOOKS, priority_legend
from planner_gui.model.season import Priority, Season
from tests.export.pdf_reading import FilledShape, filled_shapes, read_pages

PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture(scope="module")
def ana_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Ana runs two A races, a B race and a C race inside the season.
    path = tmp_path_factory.mktemp("symbols") / "ana.pdf"
    export(ExportRequest(season=load_demo(), target=path, athlete_ids=["ana"], paper=Paper.A4,
                         printed=PRINTED))
    return path


def _priority_of(shape: FilledShape) -> tuple[Priority, float] | None:
    """Which priority's shared shape a filled path is, and how wide it is (None: no marker)."""
    left, bottom, right, top = shape.box
    width = right - left
    if shape.curved and not shape.straight:  # a circle: only curves
        return (Priority.C, width) if abs((top - bottom) - width) < 0.01 else None
    centre = (left + right) / 2
    # Back into the table's unit box: centre at 0, y downwards.
    unit = [((x - centre) / width, (top - y) / width - 0.5) for x, y in shape.corners]
    for priority in (Priority.A, Priority.B):
        corners = RACE_LOOKS[priority].shape.corners
        if len(unit) == len(corners) and all(
            abs(ux - cx) < 1e-3 and abs(uy - cy) < 1e-3
            for (ux, uy), (cx, cy) in zip(unit, corners, strict=True)
        ):
            return priority, width
    return None


def _markers(path: Path, page: int) -> list[tuple[Priority, float]]:
    ink = tuple(round(v, 3) for v in INK.rgb())
    found = []
    for shape in filled_shapes(path, page):
        if tuple(round(v, 3) for v in shape.fill) != ink:
            continue
        kind = _priority_of(shape)
        assert kind is not None, f"an ink shape that is no race marker: {shape.corners}"
        found.append(kind)
    return found


def _races_in_season(season: Season, athlete_ids: set[str]) -> Counter[Priority]:
    plans = plan_season(season)
    return Counter(
        race.priority
        for athlete, plan in zip(season.athletes, plans, strict=True)
        if athlete.id in athlete_ids
        for week in plan.weeks
        for race in week.races
    )


def _assert_shared_sizes(markers: list[tuple[Priority, float]]) -> None:
    widths = {p: [w for q, w in markers if q is p] for p in Priority}
    # One size per priority (the page rounds coordinates to a few decimals).
    assert all(max(w) - min(w) < 0.01 for w in widths.values()), widths
    a_width = widths[Priority.A][0]
    for priority in (Priority.B, Priority.C):
        look = RACE_LOOKS[priority]
        expected = a_width * look.scale * (2 * look.shape.radius if look.shape.is_circle else 1)
        assert widths[priority][0] == pytest.approx(expected, abs=0.01)


def test_the_season_strip_draws_the_shared_shapes(ana_pdf: Path) -> None:
    markers = _markers(ana_pdf, 0)  # the summary page with the season strip
    assert Counter(p for p, _ in markers) == _races_in_season(load_demo(), {"ana"})
    assert Counter(p for p, _ in markers) == {Priority.A: 2, Priority.B: 1, Priority.C: 1}
    _assert_shared_sizes(markers)


def test_the_coach_overview_draws_the_shared_shapes(tmp_path: Path) -> None:
    path = tmp_path / "squad.pdf"
    season = load_demo()
    export(ExportRequest(season=season, target=path, paper=Paper.LETTER, printed=PRINTED))
    markers = _markers(path, 0)
    assert Counter(p for p, _ in markers) == _races_in_season(
        season, {a.id for a in season.athletes})
    _assert_shared_sizes(markers)


def test_tables_print_the_shared_glyphs(ana_pdf: Path) -> None:
    pages = read_pages(ana_pdf)
    summary = pages[0].flat
    # The race list: the marker's glyph before the priority, in the races table's words.
    assert "City Marathon Marathon ◆ A · main race week 25" in summary
    assert "Spring Half Half marathon ▲ B · tune-up lighter week week 14" in summary
    assert "Harbour parkrun 5 km ● C · training week 32" in summary
    # The legend names each shape in the table's words.
    for priority in Priority:
        assert priority_legend(priority) in summary
    weeks = " ".join(p.flat for p in pages if p.landscape)
    for text in ("◆ City Marathon (A)", "▲ Spring Half (B)", "● Harbour parkrun (C)",
                 "◆ Autumn Coast Marathon (A)"):
        assert text in weeks


def test_the_bundled_font_draws_every_glyph() -> None:
    glyphs = "".join(look.glyph for look in RACE_LOOKS.values())
    assert missing_characters(glyphs) == ""
