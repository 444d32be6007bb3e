"""Page footers ("athlete — season — page X of Y") and the PDF outline.

"Page X of Y" needs Y before the first page is final, so ``SheetCanvas`` keeps the
pages of a section until it is complete and only then writes their footers (the
two-pass canvas of the ReportLab recipes). Pages are numbered per section, that is
per athlete sheet (and per coach overview), because a coach hands each athlete their
own pages; so a section's pages are written out as soon as the next one starts, and
a squad of hundreds of athletes never holds more than one sheet's pages in memory.

The zero-size flowables ``SectionStart`` and ``OutlineEntry`` tell the canvas where a
section begins and what the outline (bookmarks) should list. Bookmarks are replayed
together with the pages at the end, because ReportLab ties a bookmark to the page
being written at the time it is made.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner_gui.export.fonts import FONT
from planner_gui.export.paper import MARGIN
from planner_gui.export.styles import MUTED

FOOTER_SIZE = 7.5
FOOTER_Y = MARGIN * 0.8  # 12 mm from the paper's edge: inside every printer's reach


def footer_text(name: str, season: str, page: int, pages: int, width: float) -> str:
    """The footer line, shortening the names (never the page count) to fit ``width``."""
    tail = f" — page {page} of {pages}"

    def fits(text: str) -> bool:
        return stringWidth(text, FONT, FOOTER_SIZE) <= width

    text = f"{name} — {season}{tail}"
    while not fits(text) and (len(name) > 12 or len(season) > 12):
        if len(name) >= len(season):
            name = name[: max(12, len(name) - 4)].rstrip() + "…"
        else:
            season = season[: max(12, len(season) - 4)].rstrip() + "…"
        text = f"{name} — {season}{tail}"
    return text


class SheetCanvas(Canvas):
    """A canvas that writes section-aware "page X of Y" footers and replays bookmarks."""

    def __init__(self, *args: Any, season_name: str = "", **kwargs: Any) -> None:
        # The page preamble selects the initial font: make it the embedded family so
        # the PDF never references a non-embedded Helvetica.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)
        self.season_name = season_name
        self._pages: list[dict[str, Any]] = []
        self._section = ""
        self._section_key = -1
        self._marks: list[tuple[str, str, int]] = []

    def start_section(self, key: int, name: str) -> None:
        """The current page begins section ``key``, named ``name`` in its footers.

        The pages kept so far belong to finished sections: they are written now.
        """
        if self._pages:
            drawing = dict(self.__dict__)  # the page being drawn, put back afterwards
            self._write_pages()
            self.__dict__.update(drawing)
            self._pages = []
        self._section_key = key
        self._section = name

    def outline_here(self, key: str, title: str, level: int) -> None:
        """Bookmark the current page and list it in the outline."""
        self._marks.append((key, title, level))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        self._write_pages()
        if self.getPageNumber() > 1:  # some page was written
            self.showOutline()
        Canvas.save(self)

    def _write_pages(self) -> None:
        """Write the kept pages, each with its footer and bookmarks."""
        totals = Counter(page["_section_key"] for page in self._pages)
        numbers: Counter[int] = Counter()
        for page in self._pages:
            self.__dict__.update(page)
            numbers[self._section_key] += 1
            for key, title, level in self._marks:
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level)
            self._draw_footer(numbers[self._section_key], totals[self._section_key])
            Canvas.showPage(self)

    def _draw_footer(self, page: int, pages: int) -> None:
        width, _ = self._pagesize
        text = footer_text(self._section, self.season_name, page, pages, width - 2 * MARGIN)
        self.saveState()
        self.setFont(FONT, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawCentredString(width / 2, FOOTER_Y, text)
        self.restoreState()


class SectionStart(Flowable):
    """Zero-size marker: a new section (athlete sheet or overview) starts on this page."""

    def __init__(
        self, key: int, name: str, title: str, reached: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.key, self.name, self.title, self.reached = key, name, title, reached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        if self.reached is not None:
            self.reached()  # progress and cancellation, once per section laid out
        canvas = self.canv
        if isinstance(canvas, SheetCanvas):
            canvas.start_section(self.key, self.name)
            canvas.outline_here(f"section{self.key}", self.title, 0)


class OutlineEntry(Flowable):
    """Zero-size marker: a second-level outline entry for the page it lands on."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key, self.title = key, title

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, SheetCanvas):
            canvas.outline_here(self.key, self.title, 1)
