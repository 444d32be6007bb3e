"""Reading exported PDFs back for assertions (shared by the export and CLI tests)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)
FOOTER = re.compile(r"(.+) — (.+) — page (\d+) of (\d+)")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class Page:
    text: str
    width: float
    height: float

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def flat(self) -> str:
        """Text with all whitespace runs as single spaces (cells wrap over lines)."""
        return " ".join(self.text.split())

    @property
    def calendar(self) -> bool:
        """A day-by-day calendar page: landscape, its header naming all seven weekdays."""
        return self.landscape and all(day in self.text for day in WEEKDAYS)

    @property
    def week_table(self) -> bool:
        """A landscape page of the week-by-week table (the coach overview aside)."""
        return self.landscape and not self.calendar and "Coach overview" not in self.text

    def footer(self) -> tuple[str, str, int, int]:
        lines = [line for line in self.text.splitlines() if FOOTER.fullmatch(line.strip())]
        assert lines, f"no footer on page: {self.text[-200:]!r}"
        match = FOOTER.fullmatch(lines[-1].strip())
        assert match is not None
        return match[1], match[2], int(match[3]), int(match[4])


def read_pages(path: Path) -> list[Page]:
    reader = PdfReader(path)
    pages = []
    for page in reader.pages:
        box = page.mediabox
        pages.append(Page(page.extract_text(), float(box.width), float(box.height)))
    return pages


def outline(path: Path) -> list[tuple[str, int, list[str]]]:
    """Top-level outline entries: (title, page index, child titles)."""
    reader = PdfReader(path)
    result: list[tuple[str, int, list[str]]] = []
    items: list[Any] = list(reader.outline)
    for index, item in enumerate(items):
        if isinstance(item, list):
            continue
        children = items[index + 1] if index + 1 < len(items) else None
        child_titles = [c.title for c in children] if isinstance(children, list) else []
        result.append((item.title, reader.get_destination_page_number(item), child_titles))
    return result


def fonts(path: Path) -> dict[str, DictionaryObject]:
    """Every font used on any page, by base font name (descendants of Type0 included)."""
    reader = PdfReader(path)
    found: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
            for descendant in font.get("/DescendantFonts", []):
                d = descendant.get_object()
                found[str(d["/BaseFont"])] = d
    return found


def sizes_close(page: Page, size: tuple[float, float]) -> bool:
    w, h = size
    return (abs(page.width - w) < 1 and abs(page.height - h) < 1) or (
        abs(page.width - h) < 1 and abs(page.height - w) < 1
    )


def text_runs(path: Path, page_index: int) -> list[tuple[float, float, str]]:
    """(x, baseline y, text) of every non-blank text run on a page, in points.

    Text inside a form XObject (ReportLab's cached stamps) is reported by pypdf in the
    form's own coordinates; the matrices in force at each ``Do`` put it back on the page.
    """
    page = PdfReader(path).pages[page_index]
    runs: list[tuple[float, float, str]] = []
    outer: list[list[float]] = []  # the page's matrix at each enclosing Do, innermost last

    def apply(m: Any, x: float, y: float) -> tuple[float, float]:
        return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]

    def before(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"Do":
            outer.append(list(cm))

    def after(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        if op == b"Do":
            outer.pop()

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x, y = apply(cm, tm[4], tm[5])
            for m in reversed(outer):
                x, y = apply(m, x, y)
            runs.append((float(x), float(y), text.strip()))

    page.extract_text(visitor_operand_before=before, visitor_operand_after=after,
                      visitor_text=visit)
    return runs


@dataclass(frozen=True)
class FilledShape:
    """A filled path drawn directly on a page (not inside a stamp), in page points."""

    corners: tuple[tuple[float, float], ...]
    """Path points in order: polygon corners, or curve points for round shapes."""
    curved: bool
    straight: bool
    """Whether the path has any curve segments, and any straight ones."""
    fill: tuple[float, ...]
    """The fill colour's components (grey or RGB, 0–1)."""

    @property
    def box(self) -> tuple[float, float, float, float]:
        xs = [x for x, _ in self.corners]
        ys = [y for _, y in self.corners]
        return min(xs), min(ys), max(xs), max(ys)


_FILLS = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}


def filled_shapes(path: Path, page_index: int) -> list[FilledShape]:
    """Every filled path built from moveto/lineto/curveto on a page (rectangles skipped).

    A small interpreter of the page's content stream: it follows ``q``/``Q``/``cm`` so
    the points come out in page coordinates, and the fill colour set by ``g``/``rg``.
    """
    from pypdf.generic import ContentStream

    page = PdfReader(path).pages[page_index]
    contents = page.get_contents()
    assert isinstance(contents, ContentStream)
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    fill: tuple[float, ...] = (0.0,)
    stack: list[tuple[list[float], tuple[float, ...]]] = []
    points: list[tuple[float, float]] = []
    curved = straight = False
    shapes = []

    def to_page(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = ctm
        return a * x + c * y + e, b * x + d * y + f

    for operands, op in contents.operations:
        args = [float(v) for v in operands] if op in {
            b"cm", b"m", b"l", b"c", b"v", b"y", b"g", b"rg"} else []
        if op == b"q":
            stack.append((list(ctm), fill))
        elif op == b"Q":
            ctm, fill = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = args
            A, B, C, D, E, F = ctm
            ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
                   e * A + f * C + E, e * B + f * D + F]
        elif op in {b"g", b"rg"}:
            fill = tuple(args)
        elif op == b"m":
            points = [to_page(*args)]
            curved = straight = False
        elif op == b"l":
            points.append(to_page(*args))
            straight = True
        elif op in {b"c", b"v", b"y"}:
            points.extend(to_page(args[i], args[i + 1]) for i in range(0, len(args), 2))
            curved = True
        elif op in _FILLS:
            if points:
                shapes.append(FilledShape(tuple(points), curved, straight, fill))
            points = []
        elif op in {b"S", b"s", b"n", b"re"}:
            points = []
    return shapes
