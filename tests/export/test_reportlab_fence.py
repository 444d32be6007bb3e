"""The fence around ReportLab's private API (export/week_table.py's PlanTable).

PlanTable overrides private Table methods to draw the week table quickly and to
print a prescription in full at the top of each page. These tests pin what it relies
on and compare its drawing with ReportLab's own on whatever ReportLab is installed;
CI runs them on the oldest ReportLab pyproject.toml allows and on the newest.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import reportlab
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.platypus import Frame, Table

from planner_gui.export import week_table
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.export.week_table import REPORTLAB_BELOW, REPORTLAB_CHECKED, reportlab_version
from planner_gui.model.demo import load_demo

PYPROJECT = Path(__file__).parents[2] / "pyproject.toml"
PRINTED = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rl_config, "invariant", 1)


def test_pyproject_allows_exactly_the_checked_reportlab_range() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    [spec] = [d for d in project["dependencies"] if d.startswith("reportlab")]
    match = re.fullmatch(r"reportlab>=([\d.]+),<([\d.]+)", spec.replace(" ", ""))
    assert match, spec
    assert reportlab_version(match[1]) == REPORTLAB_CHECKED[0]
    assert reportlab_version(match[2]) == REPORTLAB_BELOW


def test_the_installed_reportlab_is_in_the_checked_range() -> None:
    assert REPORTLAB_CHECKED[0] <= reportlab_version() < REPORTLAB_BELOW, reportlab.Version
    assert week_table.FAST_TEXT


def test_reportlab_version_reads_release_and_pre_release_numbers() -> None:
    assert reportlab_version("4.0.4") == (4, 0, 4)
    assert reportlab_version("5.1.0") == (5, 1, 0)
    assert reportlab_version("4.1.0a1") == (4, 1, 0)


def test_the_private_hooks_plan_table_overrides_are_still_there() -> None:
    def parameters(function: Any) -> list[str]:
        return list(inspect.signature(function).parameters)

    assert parameters(Table._drawCell) == ["self", "cellval", "cellstyle", "pos", "size"]
    assert parameters(Table.split) == ["self", "availWidth", "availHeight"]
    assert parameters(Table.draw) == ["self"]
    # What split() edits in the part that goes on the next page.
    table = week_table.week_table(_weeks(), 760)
    table.wrapOn(None, 760, 300)
    first, rest = table.split(760, 300)
    for part in (first, rest):
        assert isinstance(part._cellvalues, list)
        assert isinstance(part._cellStyles, list)
        assert isinstance(part._argH, list)
        assert len(part._cellvalues) == len(part._cellStyles) == len(part._argH)


def test_frames_have_public_width_and_height() -> None:
    frame = Frame(10, 20, 300, 400, leftPadding=0, rightPadding=0)
    assert (frame.width, frame.height) == (300, 400)


def _weeks() -> list[Any]:
    from planner_gui.model.engine import plan_season

    return list(plan_season(load_demo())[0].weeks)


Run = tuple[int, float, float, str, float, tuple[float, ...]]


def _drawn_text(path: Path) -> Counter[Run]:
    """Every text run on every page: (page, x, y, text, size, fill colour)."""
    found: Counter[Run] = Counter()
    for index, page in enumerate(PdfReader(path).pages):
        found.update(_page_text(page, index))
    return found


def _page_text(page: Any, index: int) -> list[Run]:
    runs: list[Run] = []
    fill: list[tuple[float, ...]] = [(0.0,)]  # the fill colour, one entry per q level

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"q":
            fill.append(fill[-1])
        elif op == b"Q":
            fill.pop()
        elif op in (b"g", b"rg", b"k"):
            fill[-1] = tuple(round(float(v), 3) for v in args)

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            runs.append((index, round(x, 2), round(y, 2), text.strip(), round(size, 2), fill[-1]))

    page.extract_text(visitor_operand_before=before, visitor_text=visit)
    return runs


def test_the_fast_table_text_matches_reportlabs_own_drawing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ana's table: right-aligned week numbers, centred block weeks, bold race weeks,
    # grey "as above" runs and a split over several pages.
    request = ExportRequest(season=load_demo(), target=tmp_path / "fast.pdf",
                            athlete_ids=["ana"], paper=Paper.A4, printed=PRINTED)
    export(request)
    monkeypatch.setattr(week_table, "FAST_TEXT", False)
    export(ExportRequest(season=request.season, target=tmp_path / "own.pdf",
                         athlete_ids=["ana"], paper=Paper.A4, printed=PRINTED))
    fast, own = _drawn_text(tmp_path / "fast.pdf"), _drawn_text(tmp_path / "own.pdf")
    assert sum(own.values()) > 500  # the week table is really in there
    assert fast == own
    assert (tmp_path / "fast.pdf").read_bytes() != (tmp_path / "own.pdf").read_bytes()
