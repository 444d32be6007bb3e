"""The public entry point ``export``: a season's plan sheets as one PDF, or one per athlete.

Used by both the ``export`` command and the window, each with an ``ExportRequest``.
Imports the model and ReportLab only. Progress is reported as (done, total) steps,
two per athlete (sheet prepared, sheet laid out); ``cancel`` is polled between steps
and stops the export with ``ExportCancelled``. Every file is written atomically
(``model.atomic_write``).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import PageTemplate

from planner_gui.export.export_request import ExportCancelled, ExportRequest, ExportResult
from planner_gui.export.fonts import FONT, register_fonts, unprintable
from planner_gui.export.overview import overview_story
from planner_gui.export.page_furniture import FOOTER_Y, SheetCanvas
from planner_gui.export.paper import MARGIN, Paper, default_paper
from planner_gui.export.sheet import LANDSCAPE, PORTRAIT, Frames, athlete_sheet
from planner_gui.model.atomic_write import write_atomically
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Athlete, Season
from planner_gui.model.weeks import SeasonCalendar

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
BOTTOM = FOOTER_Y + 18.0  # frame bottom: the footer line plus breathing room
APP = "Season Planner"


# ASCII85 on top of zlib only mattered for 7-bit mail gateways; without it the
# streams are a fifth smaller and encoding stops being a tenth of the export time.
# (Process-wide, and the app is the only ReportLab user in its process.)
rl_config.useA85 = 0


class _Steps:
    """Counts progress steps and polls for cancellation."""

    def __init__(self, total: int, progress: Progress | None, cancel: Cancel | None):
        self.done, self.total = 0, total
        self._progress, self._cancel = progress, cancel
        self.written: list[Path] = []

    def check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise ExportCancelled(self.written)

    def step(self) -> None:
        self.check()
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.total)


class _SheetsStory(list[Flowable]):
    """A story that makes each athlete's sheet only once the one before is laid out.

    ``BaseDocTemplate.build`` takes flowables from the front of its list for as long
    as ``len()`` says some are left (ReportLab 4.0.4 to 5.1, see week_table's
    REPORTLAB_CHECKED): here ``len()`` fetches the next sheet when the list runs
    empty. Made all at once, the sheets of the largest squad held about 1 GB.
    """

    def __init__(self, head: list[Flowable], sheets: Iterator[list[Flowable]]) -> None:
        super().__init__(head)
        self._sheets = sheets

    def __len__(self) -> int:
        if not super().__len__():
            self.extend(next(self._sheets, []))
        return super().__len__()

    def __bool__(self) -> bool:
        return len(self) > 0


def _frames(paper: Paper) -> tuple[Frames, float, list[PageTemplate]]:
    width, height = paper.size
    frame_kw = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    portrait = Frame(MARGIN, BOTTOM, width - 2 * MARGIN, height - MARGIN - BOTTOM,
                     id="portrait", **frame_kw)
    landscape = Frame(MARGIN, BOTTOM, height - 2 * MARGIN, width - MARGIN - BOTTOM,
                      id="landscape", **frame_kw)
    templates = [
        PageTemplate(PORTRAIT, [portrait], pagesize=(width, height)),
        PageTemplate(LANDSCAPE, [landscape], pagesize=(height, width)),
    ]
    return Frames(portrait.width, landscape.width), landscape.height, templates


def _write(
    path: Path,
    season: Season,
    lanes: Sequence[tuple[Athlete, AthletePlan]],
    paper: Paper,
    steps: _Steps,
    printed: dt.date,
    notes: bool,
) -> int:
    """Lay out one PDF for ``lanes`` and write it atomically; returns its page count."""
    frames, landscape_height, templates = _frames(paper)
    story: list[Flowable] = []
    with_overview = len(lanes) > 1
    if with_overview:
        templates.reverse()  # the overview opens the document on a landscape page
        story += overview_story(season, lanes, frame_height=landscape_height, printed=printed)
        story += [NextPageTemplate(PORTRAIT), PageBreak()]

    def sheets() -> Iterator[list[Flowable]]:
        for number, (athlete, plan) in enumerate(lanes, start=1):
            steps.check()
            sheet = [PageBreak()] if number > 1 else []
            sheet += athlete_sheet(season, athlete, plan, key=number, frames=frames,
                                   printed=printed, notes=notes, reached=steps.step)
            steps.step()
            yield sheet

    names = [a.name for a, _ in lanes]
    if len(names) == 1:
        title = f"{names[0]} — {season.name}"
        subject = f"Training plan for {names[0]}, season {season.name}"
    else:
        title = f"{season.name} — plan sheets"
        listed = ", ".join(names)
        if len(listed) > 300:
            listed = f"{len(names)} athletes"
        subject = f"Training plans for {listed}"
    pages = 0

    def build(handle: BinaryIO) -> None:
        nonlocal pages
        doc = BaseDocTemplate(
            handle, pagesize=paper.size, pageTemplates=templates, title=title,
            subject=subject, author=APP, creator=APP, keywords="training plan, season",
            initialFontName=FONT,
        )
        maker = functools.partial(SheetCanvas, season_name=season.name)
        doc.build(_SheetsStory(story, sheets()), canvasmaker=maker)
        pages = doc.page

    write_atomically(path, build)
    steps.written.append(path)
    return pages


def _lanes(
    season: Season,
    athletes: Sequence[Athlete],
    plans: Mapping[str, AthletePlan] | None,
) -> list[tuple[Athlete, AthletePlan]]:
    calendar = SeasonCalendar.of(season)
    lanes = []
    for athlete in athletes:
        plan = plans.get(athlete.id) if plans is not None else None
        if plan is None:
            plan = plan_athlete(athlete, calendar, season.methodology)
        lanes.append((athlete, plan))
    return lanes


def _unprintable(season: Season, athletes: Sequence[Athlete]) -> tuple[str, ...]:
    names = [season.name]
    for athlete in athletes:
        names.append(athlete.name)
        names.extend(r.name for r in athlete.races)
    return unprintable(names)


def export(
    request: ExportRequest, progress: Progress | None = None, cancel: Cancel | None = None
) -> ExportResult:
    """Write the plan sheets ``request`` asks for: one PDF, or one per athlete.

    One PDF with several athletes opens with a coach overview page. With ``split``
    the folder is created when missing, and the files finished before a cancel are
    kept and listed in ``ExportCancelled.written``.

    Raises:
        ValueError: there is nobody to print (or an athlete id is unknown).
        ExportCancelled: ``cancel()`` said so; no partial file is left.
        OSError: a file could not be written.
    """
    register_fonts()
    athletes = request.athletes()
    paths = request.paths()
    steps = _Steps(2 * len(athletes), progress, cancel)
    lanes = _lanes(request.season, athletes, request.plans)
    paper = Paper(request.paper) if request.paper else default_paper()
    printed = request.printed or dt.date.today()
    if request.split:
        request.target.mkdir(parents=True, exist_ok=True)
        parts = [[lane] for lane in lanes]
    else:
        parts = [lanes]
    pages = 0
    for path, part in zip(paths, parts, strict=True):
        pages += _write(path, request.season, part, paper, steps, printed, request.notes)
    return ExportResult(tuple(steps.written), tuple(a.name for a in athletes), pages,
                        _unprintable(request.season, athletes))
