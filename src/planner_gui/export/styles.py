"""Type sizes, paragraph styles and cached text wrapping shared by every page."""

from __future__ import annotations

import bisect
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from planner_gui.export.fonts import FONT, FONT_BOLD, register_fonts

INK = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#9a9a9a")
HEADER_FILL = HexColor("#e2e2e2")
EMPTY = "—"


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name, built once (they are read-only once made)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5, textColor=INK)

    def make(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "small": make("small", fontSize=8, leading=10),
        "title": make("title", fontName=FONT_BOLD, fontSize=18, leading=22),
        "subtitle": make("subtitle", fontSize=10, leading=13, textColor=MUTED),
        "h2": make("h2", fontName=FONT_BOLD, fontSize=11.5, leading=14, spaceBefore=10,
                   spaceAfter=4),
        "h3": make("h3", fontName=FONT_BOLD, fontSize=10, leading=12.5, spaceBefore=2),
        "cell": make("cell", fontSize=8, leading=10),
        "warning": make("warning", fontSize=9, leading=11.5, leftIndent=12,
                        bulletIndent=2, bulletFontName=FONT_BOLD),
    }


@cache
def ruled_table(bottom_padding: float, pad: float = 4.0) -> list[tuple[object, ...]]:
    """Table commands of the sheets' reference tables (phase guide, exercise page).

    A bold header row on a grey fill, thin rules between the rows and a box round it.
    """
    return [
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom_padding),
    ]


# The cache is what keeps the export under bench/bench_pdf.py's goal: a decorator
# lost here once (a function inserted above it took it) doubled the week tables' cost.
@cache
def wrap_lines(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text`` broken into lines no wider than ``width``, joined with newlines.

    Table cells given plain multi-line strings lay out far faster than Paragraphs,
    and the same few prescription texts recur in every week of every athlete, so
    their wrapping is computed once.
    """
    register_fonts()  # only on a cache miss
    font = FONT_BOLD if bold else FONT
    lines: list[str] = []
    for part in text.split("\n"):
        for line in simpleSplit(part, font, size, width) or [""]:
            lines.extend(_break_word(line, font, size, width))
    return "\n".join(lines)


def clip_lines(text: str, width: float, size: float, most: int, bold: bool = False) -> str:
    """``text`` wrapped (see ``wrap_lines``), cut with an ellipsis after ``most`` lines.

    For a table cell that must stay short: a table row cannot break across pages.
    """
    return clip_wrapped(wrap_lines(text, width, size, bold), width, size, most, bold)


def clip_wrapped(wrapped: str, width: float, size: float, most: int, bold: bool = False) -> str:
    """Text already wrapped to ``width``, cut with an ellipsis after ``most`` lines."""
    lines = wrapped.split("\n")
    if len(lines) <= most:
        return wrapped
    font = FONT_BOLD if bold else FONT
    last = fit_text(lines[most - 1] + "…", font, size, width)
    return "\n".join([*lines[: most - 1], last])


def _break_word(line: str, font: str, size: float, width: float) -> list[str]:
    """``line`` cut into pieces no wider than ``width``.

    ``simpleSplit`` breaks only at spaces, so a long hyphenated race name
    ("Schwäbische-Alb-Halbmarathon-Meisterschaften") ran over the next column.
    Breaks after a hyphen when one is at hand, else between letters.
    """
    pieces: list[str] = []
    while stringWidth(line, font, size) > width and len(line) > 1:
        cut = max(1, _fitting(line, font, size, width))
        hyphen = line.rfind("-", 0, cut)
        if hyphen > 0:
            cut = hyphen + 1
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


def grey(level: float) -> Color:
    """A neutral grey (0 black … 1 white)."""
    return Color(level, level, level)


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` ("" if not even one letter fits)."""
    if stringWidth(text, font, size) <= width:
        return text
    text = text[: _fitting(text, font, size, width, "…")]
    return text.rstrip() + "…" if text else ""


def _fitting(text: str, font: str, size: float, width: float, tail: str = "") -> int:
    """The most leading characters of ``text`` that fit ``width`` with ``tail`` after them.

    A binary search: a name at the schema's longest, cut one letter at a time, cost
    hundreds of width measurements each, and a crowded week holds hundreds of them.
    """
    first_too_wide = bisect.bisect_left(
        range(len(text) + 1), True,
        key=lambda count: stringWidth(text[:count] + tail, font, size) > width,
    )
    return max(0, first_too_wide - 1)
