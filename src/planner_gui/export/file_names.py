"""Safe file names derived from athlete names (one PDF or calendar file per athlete)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f-\x9f]')
# Bidi marks, embeddings, overrides and isolates: invisible, they make a file name show
# reversed or out of order ("Ana\u202efdp.exe" looks like "Anaexe.pdf").
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
MAX_STEM = 80


def safe_stem(name: str) -> str:
    """A file name stem for ``name`` that is valid on Windows, macOS and Linux.

    Letters of every script are kept ("Дмитрий Иванов"); path separators, characters
    Windows forbids and control characters become "_", bidi controls are dropped, and
    leading dots or dashes (hidden files, command-line options) are dropped.
    """
    text = unicodedata.normalize("NFC", name)
    text = _BIDI.sub("", text)
    text = _UNSAFE.sub("_", text)
    text = " ".join(text.split())[:MAX_STEM]
    text = text.lstrip(".-_ ").rstrip(". ")
    if not text:
        text = "athlete"
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"{text}_"
    return text


def split_file_names(names: Sequence[str], suffix: str = ".pdf") -> list[str]:
    """One file name per name ending in ``suffix``, unique even on case-insensitive
    file systems."""
    taken: set[str] = set()
    result = []
    for name in names:
        stem = safe_stem(name)
        candidate, number = f"{stem}{suffix}", 2
        while candidate.casefold() in taken:
            candidate = f"{stem} ({number}){suffix}"
            number += 1
        taken.add(candidate.casefold())
        result.append(candidate)
    return result
