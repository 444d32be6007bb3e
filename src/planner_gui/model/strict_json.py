"""Parsing JSON that names no key twice in one object.

``json.loads`` keeps the last of two equal keys without a word, so a season file
edited by hand (or merged by a sync tool) could silently lose a race's first date.
``loads`` refuses such text, saying which key, in which object and on which line.

Finding duplicates costs one small function call per object while parsing; the
place and line are worked out only when there is one.
"""

from __future__ import annotations

import json
import re
from typing import Any

Location = tuple[int | str, ...]


class DuplicateKeyError(ValueError):
    """A JSON object names ``key`` twice; ``loc`` is the object's place in the data."""

    def __init__(self, key: str, loc: Location, line: int | None) -> None:
        self.key = key
        self.loc = loc
        self.line = line
        where = f" (line {line})" if line else ""
        # json.dumps escapes quotes and control characters: the message stays one line.
        super().__init__(f"duplicate key {json.dumps(key)}{where}")


class _Repeated(dict[str, Any]):
    """A parsed JSON object that named ``key`` more than once."""

    __slots__ = ("key",)
    key: str


def loads(text: str) -> Any:
    """Parse ``text`` as ``json.loads`` does, refusing an object that repeats a key.

    Raises ``json.JSONDecodeError`` (and ``RecursionError``/``ValueError``) as
    ``json.loads`` does, and ``DuplicateKeyError`` for the first repeating object.
    """
    found = False

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal found
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        found = True
        repeated = _Repeated(obj)
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                repeated.key = key
                break
            seen.add(key)
        return repeated

    data = json.loads(text, object_pairs_hook=pairs_hook)
    if found:
        raise _locate(text, data)
    return data


def _locate(text: str, data: Any) -> DuplicateKeyError:
    """The error for the first repeating object, in the order of the text."""
    objects = 0  # objects before it: their opening braces come first in the text too
    stack: list[tuple[Any, Location]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, dict):
            if isinstance(value, _Repeated):
                return DuplicateKeyError(value.key, loc, _line(text, objects, value.key))
            objects += 1
            stack += [(v, (*loc, k)) for k, v in reversed(value.items())]
        elif isinstance(value, list):
            stack += [(v, (*loc, i)) for i, v in reversed(list(enumerate(value)))]
    raise AssertionError("a repeated key was seen but not found again")


# Compiled on first use (re caches it): only a file with a repeated key needs it.
_TOKEN = r'"(?:[^"\\]|\\.)*"|[{}\[\]:]'


def _line(text: str, objects_before: int, key: str) -> int | None:
    """The line where the object after ``objects_before`` others names ``key`` again."""
    depth = 0  # nesting inside the object, once found
    seen = 0
    last_string = ""
    for token in re.finditer(_TOKEN, text, re.DOTALL):
        mark = token.group()
        if depth == 0:
            if mark == "{":
                if objects_before == 0:
                    depth = 1
                objects_before -= 1
            continue
        if mark in "{[":
            depth += 1
        elif mark in "}]":
            depth -= 1
            if depth == 0:
                return None
        elif mark == ":":
            if depth == 1 and json.loads(last_string) == key:
                seen += 1
                if seen == 2:
                    return text.count("\n", 0, token.start()) + 1
        else:
            last_string = mark
    return None
