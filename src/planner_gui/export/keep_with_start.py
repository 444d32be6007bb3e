"""A section heading that never ends a page on its own."""

from __future__ import annotations

from reportlab.platypus import Flowable, FrameBreak


class KeepWithStart(Flowable):
    """``heading`` followed by ``body``, moved to the next page together unless the
    heading and at least the start of the body fit where they are.

    ReportLab's ``keepWithNext`` keeps a heading with *all* of the next flowable, so a
    tall season strip or a long race list would move whole and leave most of a page
    empty. Here the body still splits across pages as usual (a strip between its
    rows, a table between its rows); only a heading with nothing under it is avoided.

    The pair is never drawn as one: it reports no fit, and ``split`` hands the frame
    the heading and the body as two flowables, behind a frame break when needed.
    """

    def __init__(self, heading: Flowable, body: Flowable) -> None:
        super().__init__()
        self.heading, self.body = heading, body

    def getSpaceBefore(self) -> float:
        return float(self.heading.getSpaceBefore())

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, availHeight + 1.0  # always split, see the class docstring

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        canvas = self.canv
        _, heading_h = self.heading.wrapOn(canvas, availWidth, availHeight)
        # Frames overlap the space after one flowable with the space before the next.
        gap = max(self.heading.getSpaceAfter(), self.body.getSpaceBefore())
        room = availHeight - heading_h - gap
        if room > 0:
            _, body_h = self.body.wrapOn(canvas, availWidth, room)
            if body_h <= room or self.body.splitOn(canvas, availWidth, room):
                return [self.heading, self.body]
        # Not checked for the top of a page: a heading with a first strip row, table
        # row or two lines of text always fits a fresh page.
        return [FrameBreak(), self.heading, self.body]
