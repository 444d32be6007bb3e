"""Stamping a flowable that recurs unchanged, like the phase guide, as a PDF form.

Most athletes of a squad get the same phase guide. Laying out and drawing its table
for every sheet cost a fifth of a big export; as a form (XObject) it is laid out once
per process, drawn once per document, and each sheet only references it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from reportlab.platypus import Flowable

_SIZES: dict[tuple[str, float], tuple[float, float]] = {}
_BLEED = 2.0  # points around a form for strokes centred on its edges


class Stamp(Flowable):
    """Draws what ``make()`` builds once per document and stamps it wherever it recurs.

    ``key`` must change whenever the content would; ``make`` builds a fresh flowable.
    If the content is taller than the space left, the flowable itself is laid out
    instead (so it can still split across pages).
    """

    def __init__(self, key: str, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self.key, self.make = key, make
        self._inner: Flowable | None = None
        self._size = (0.0, 0.0)

    def _form_name(self) -> str:
        digest = hashlib.sha1(f"{self.key}|{self._size}".encode()).hexdigest()[:16]
        return f"stamp_{digest}"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        size = _SIZES.get((self.key, availWidth))
        if size is None:
            self._inner = self.make()
            size = self._inner.wrap(availWidth, availHeight)
            _SIZES[(self.key, availWidth)] = size
        self._size = size
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.wrap(availWidth, availHeight)[1] <= availHeight:
            return [self]
        inner = self.make()
        inner.wrap(availWidth, availHeight)
        parts: list[Flowable] = inner.split(availWidth, availHeight)
        return parts

    def draw(self) -> None:
        canvas = self.canv
        name = self._form_name()
        if not canvas.hasForm(name):
            width, height = self._size
            inner = self._inner or self.make()
            inner.wrap(width, height)
            # The form's box clips: leave room for the half of an edge rule (a table's
            # box, a swatch's outline) that lies outside the flowable's own size.
            canvas.beginForm(name, -_BLEED, -_BLEED, width + _BLEED, height + _BLEED)
            inner.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(name)
