"""A squad's PDF is made one sheet at a time, so the largest squad stays within memory.

The largest season the file allows (bench/bench_export_memory.py) once took about
1 GB to export: every athlete's sheet was made before the first was laid out, and
every page was kept until the last one for its "page X of Y" footer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from planner_gui.export import pdf
from planner_gui.export.export_request import ExportRequest
from planner_gui.export.page_furniture import SheetCanvas
from planner_gui.model.demo import demo_squad
from tests.export.pdf_reading import read_pages

PRINTED = dt.date(2026, 11, 30)
ATHLETES = 4


def _export(tmp_path: Path) -> Path:
    season = demo_squad(ATHLETES).model_copy(update={"weeks": 20})
    target = tmp_path / "squad.pdf"
    pdf.export(ExportRequest(season=season, target=target, printed=PRINTED))
    return target


def test_each_sheet_is_made_once_the_one_before_is_laid_out(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    events: list[tuple[str, int]] = []
    make_sheet = pdf.athlete_sheet

    def recording(*args: Any, key: int, reached: Any, **kwargs: Any) -> Any:
        events.append(("made", key))

        def laid_out() -> None:
            events.append(("laid out", key))
            reached()

        return make_sheet(*args, key=key, reached=laid_out, **kwargs)

    monkeypatch.setattr(pdf, "athlete_sheet", recording)
    _export(tmp_path)
    expected = [(event, key) for key in range(1, ATHLETES + 1) for event in ("made", "laid out")]
    assert events == expected


def test_finished_sheets_pages_are_written_before_the_next_sheet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    kept: list[int] = []
    show_page = SheetCanvas.showPage

    def counting(self: SheetCanvas) -> None:
        show_page(self)
        kept.append(len(self._pages))  # pages waiting for their footers

    monkeypatch.setattr(SheetCanvas, "showPage", counting)
    target = _export(tmp_path)
    pages = read_pages(target)
    sections = [page.footer() for page in pages]
    largest = max(total for *_, total in sections)
    assert max(kept) == largest < len(pages)
    # The footers still count each sheet's own pages, in order.
    assert all(1 <= number <= total for *_, number, total in sections)
    names = [name for name, *_ in sections]
    assert len(set(names)) == ATHLETES + 1  # the overview and each athlete
