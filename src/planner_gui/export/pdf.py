"""Public entry points: the plan sheets of a season as one PDF, or one PDF per athlete.

Used by both the ``export`` command and the window. Imports the model and ReportLab
only. Progress is reported as (done, total) steps, two per athlete (sheet prepared,
sheet laid out); ``cancelled`` is polled between steps and stops the export with
``ExportCancelled``. Every file is written atomically.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus.doctemplate import PageTemplate

from planner_gui.export.atomic import write_atomically
from planner_gui.export.file_names import split_file_names
from planner_gui.export.fonts import FONT, register_fonts, unprintable
from planner_gui.export.overview import overview_story
from planner_gui.export.page_furniture import FOOTER_Y, SheetCanvas
from planner_gui.export.paper import MARGIN, Paper, default_paper
from planner_gui.export.sheet import LANDSCAPE, PORTRAIT, Frames, athlete_sheet
from planner_gui.model.engine import AthletePlan, plan_athlete
from planner_gui.model.season import Athlete, Season
from planner_gui.model.weeks import SeasonCalendar

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
BOTTOM = FOOTER_Y + 18.0  # frame bottom: the footer line plus breathing room
APP = "Season Planner"


# ASCII85 on top of zlib only mattered for 7-bit mail gateways; without it the
# streams are a fifth smaller and encoding stops being a tenth of the export time.
# (Process-wide, and the app is the only ReportLab user in its process.)
rl_config.useA85 = 0


class ExportCancelled(Exception):
    """The user cancelled; no partial file was left behind.

    Attributes:
        written: files completed before the cancel (``export_split`` only).
    """

    def __init__(self, written: Sequence[Path] = ()) -> None:
        super().__init__("export cancelled")
        self.written = tuple(written)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    paths: tuple[Path, ...]
    athletes: tuple[str, ...]
    """Names of the athletes printed, in roster order."""
    pages: int
    """Pages over all files."""
    unprintable: tuple[str, ...]
    """Names with characters the bundled font lacks: they may print as boxes."""


class _Steps:
    """Counts progress steps and polls for cancellation."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.done, self.total = 0, total
        self._progress, self._cancelled = progress, cancelled
        self.written: list[Path] = []

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled(self.written)

    def step(self) -> None:
        self.check()
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.total)


def chosen_athletes(season: Season, athlete_ids: Sequence[str] | None) -> list[Athlete]:
    """The athletes to print, in roster order (all when ``athlete_ids`` is None)."""
    if athlete_ids is None:
        chosen = list(season.athletes)
    else:
        wanted = set(athlete_ids)
        unknown = wanted - {a.id for a in season.athletes}
        if unknown:
            raise ValueError(f"no athlete with id {', '.join(sorted(unknown))}")
        chosen = [a for a in season.athletes if a.id in wanted]
    if not chosen:
        raise ValueError("there are no athletes to print")
    return chosen


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
    return Frames(portrait._width, landscape._width), landscape._height, templates


def _write(
    path: Path,
    season: Season,
    lanes: Sequence[tuple[Athlete, AthletePlan]],
    paper: Paper,
    steps: _Steps,
    printed: dt.date,
) -> int:
    """Lay out one PDF for ``lanes`` and write it atomically; returns its page count."""
    frames, landscape_height, templates = _frames(paper)
    story: list[Flowable] = []
    with_overview = len(lanes) > 1
    if with_overview:
        templates.reverse()  # the overview opens the document on a landscape page
        story += overview_story(season, lanes, frame_height=landscape_height, printed=printed)
        story += [NextPageTemplate(PORTRAIT), PageBreak()]
    for number, (athlete, plan) in enumerate(lanes, start=1):
        steps.check()
        if number > 1:
            story.append(PageBreak())
        story += athlete_sheet(season, athlete, plan, key=number, frames=frames,
                               printed=printed, reached=steps.step)
        steps.step()
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

    def build(temp: Path) -> None:
        nonlocal pages
        doc = BaseDocTemplate(
            str(temp), pagesize=paper.size, pageTemplates=templates, title=title,
            subject=subject, author=APP, creator=APP, keywords="training plan, season",
            initialFontName=FONT,
        )
        maker = functools.partial(SheetCanvas, season_name=season.name)
        doc.build(story, canvasmaker=maker)
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


def export_pdf(
    season: Season,
    out_path: Path | str,
    athlete_ids: Sequence[str] | None = None,
    paper: Paper | str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    plans: Mapping[str, AthletePlan] | None = None,
    printed: dt.date | None = None,
) -> ExportResult:
    """Write the plan sheets of the chosen athletes (default all) into one PDF.

    Several athletes get a coach overview page first. ``plans`` may pass plans
    already computed (by athlete id); ``printed`` is the date in the headers
    (default today). Raises ``ValueError`` when there is nobody to print,
    ``ExportCancelled`` when cancelled and ``OSError`` when the file cannot be written.
    """
    register_fonts()
    athletes = chosen_athletes(season, athlete_ids)
    steps = _Steps(2 * len(athletes), progress, cancelled)
    lanes = _lanes(season, athletes, plans)
    path = Path(out_path)
    pages = _write(path, season, lanes, Paper(paper) if paper else default_paper(), steps,
                   printed or dt.date.today())
    return ExportResult((path,), tuple(a.name for a in athletes), pages,
                        _unprintable(season, athletes))


def export_split(
    season: Season,
    out_dir: Path | str,
    athlete_ids: Sequence[str] | None = None,
    paper: Paper | str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    plans: Mapping[str, AthletePlan] | None = None,
    printed: dt.date | None = None,
) -> ExportResult:
    """Write one PDF per chosen athlete into ``out_dir``, named after the athlete.

    The folder is created when missing. Files finished before a cancel are kept and
    listed in ``ExportCancelled.written``.
    """
    register_fonts()
    athletes = chosen_athletes(season, athlete_ids)
    steps = _Steps(2 * len(athletes), progress, cancelled)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    names = split_file_names([a.name for a in athletes])
    pages = 0
    chosen_paper = Paper(paper) if paper else default_paper()
    day = printed or dt.date.today()
    for lane, name in zip(_lanes(season, athletes, plans), names, strict=True):
        pages += _write(folder / name, season, [lane], chosen_paper, steps, day)
    return ExportResult(tuple(steps.written), tuple(a.name for a in athletes), pages,
                        _unprintable(season, athletes))
