"""Paper sizes, and the default one for the user's locale (Qt-free)."""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from enum import StrEnum

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm


class Paper(StrEnum):
    """The paper a sheet is printed on."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def size(self) -> tuple[float, float]:
        """Portrait width and height in points."""
        return A4 if self is Paper.A4 else LETTER

    @property
    def label(self) -> str:
        """Display name ("A4", "Letter")."""
        return "A4" if self is Paper.A4 else "Letter"


MARGIN = 15 * mm
"""Page margin on every side; printers need a few millimetres, the brief asks for 12."""

# Territories whose printers are loaded with US Letter (glibc's LC_PAPER data).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "DO", "GT", "NI", "PA", "PR", "SV", "BZ"}
)


def territory(locale_name: str) -> str | None:
    """The territory of a POSIX locale name: "en_US.UTF-8@euro" → "US"."""
    name = locale_name.split(".", 1)[0].split("@", 1)[0]
    _, sep, country = name.partition("_")
    return country.upper() if sep and country else None


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """Letter where the locale's territory uses it, A4 everywhere else.

    Follows POSIX precedence: ``LC_ALL``, then ``LC_PAPER``, then ``LANG``; when none
    names a territory, Python's idea of the current locale decides.
    """
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable, "")
        if value:
            country = territory(value)
            if country is not None:
                return Paper.LETTER if country in LETTER_TERRITORIES else Paper.A4
            # C or POSIX (or LC_ALL without a territory) names no country: use the
            # world default rather than Python's alias of C.UTF-8 to en_US.
            return Paper.A4
    if environ is None:
        current = locale.getlocale()[0] or ""
        country = territory(current)
        if country in LETTER_TERRITORIES:
            return Paper.LETTER
    return Paper.A4
