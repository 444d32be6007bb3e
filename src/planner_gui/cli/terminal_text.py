"""Text from a season file made safe to print on a terminal.

The schema refuses control characters in names (planning-rules.md §6), but what
the CLI prints should not depend on that alone: one escape sequence in a race name
could retitle the terminal, move the cursor or forge rows of the table, and a bidi
override could show a line reversed. ``visible`` writes each such character as an
escape the coach can read (``\\x1b``, ``\\n``, ``\\u202e``).
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # C0 controls, DEL, C1 controls
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029]"  # line and paragraph separators
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control or bidi character written as a visible escape."""
    return _INVISIBLE.sub(_escape, text)
