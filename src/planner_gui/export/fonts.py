"""The bundled DejaVu Sans family: registration with ReportLab and glyph coverage.

Every plan sheet uses this one TrueType family, embedded (subset) in the PDF, so
Latin, Greek and Cyrillic names print the same on every machine. Scripts the font
lacks (Chinese, Japanese, …) are detected from the font's own character map so the
caller can tell the coach which names may not print.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from planner_gui.model.package_files import RESOURCES

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()


def font_path(name: str) -> Path:
    """Path of a bundled font file (``FONT`` or ``FONT_BOLD``)."""
    return RESOURCES / "fonts" / _FILES[name]


def register_fonts() -> None:
    """Register the family with ReportLab once per process (cheap after the first call).

    Parsing the TrueType files takes a noticeable fraction of a small export, so it
    happens once; the lock makes the first call safe from a worker thread.
    """
    with _lock:
        registered = pdfmetrics.getRegisteredFontNames()
        if FONT in registered and FONT_BOLD in registered:
            return
        for name in (FONT, FONT_BOLD):
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        # <b> inside paragraphs looks the family up through these mappings.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(FONT)
    bold = pdfmetrics.getFont(FONT_BOLD)
    # A name prints in both weights (bold in headings), so it needs both.
    return frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def missing_characters(text: str) -> str:
    """The characters of ``text`` the bundled font cannot draw, in order, once each."""
    covered = _covered()
    missing: dict[str, None] = {}
    for char in text:
        if ord(char) in covered or char.isspace():
            continue
        if unicodedata.category(char) in {"Cc", "Cf"}:
            continue  # control and format characters draw nothing anyway
        missing[char] = None
    return "".join(missing)


def unprintable(texts: Iterable[str]) -> tuple[str, ...]:
    """Those of ``texts`` (names) that contain characters the font lacks, once each."""
    seen: dict[str, None] = {}
    for text in texts:
        if text not in seen and missing_characters(text):
            seen[text] = None
    return tuple(seen)
