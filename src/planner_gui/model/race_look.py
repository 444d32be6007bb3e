"""How each race priority looks and reads, on screen and on paper.

One table serves the timeline (``views/timeline/lane_painter.py`` draws the shape with
QPainter) and the PDF sheets (``export/race_marker.py`` draws the same corners with a
ReportLab path), so an A race is the same diamond in the window, on the season strip
and on the coach overview. Tables print the matching text glyph (◆ ▲ ●), which the
bundled DejaVu Sans draws. Plain Python: neither Qt nor ReportLab is imported here.

The table holds the words for each priority too, and the functions below put them
together, so the races table, the timeline's tooltips and legend, the PDF sheets and
the command line name a priority the same way: "A race (main race)" in legends,
"A · main race" where a priority is chosen, "City Marathon (A)" after a name.

Shapes rather than colours tell priorities apart, so they survive a black-and-white
printer.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner_gui.model.season import Priority, Race


@dataclass(frozen=True, slots=True)
class MarkerShape:
    """A marker's outline in a unit box: centre (0, 0), x to the right, y downwards.

    Either a polygon (its corners, not closed) or a circle (``radius`` > 0). The
    box spans -0.5 … 0.5 in both directions, so a marker ``size`` across is the
    shape scaled by ``size``.
    """

    corners: tuple[tuple[float, float], ...] = ()
    radius: float = 0.0

    @property
    def is_circle(self) -> bool:
        """Whether the shape is a circle rather than a polygon."""
        return self.radius > 0

    def placed(
        self, cx: float, cy: float, size: float, *, y_up: bool = False
    ) -> list[tuple[float, float]]:
        """The corners of a marker ``size`` across centred on (cx, cy).

        ``y_up`` is for coordinates where y grows upwards (PDF pages), so a
        triangle still points up on paper.
        """
        flip = -1.0 if y_up else 1.0
        return [(cx + x * size, cy + flip * y * size) for x, y in self.corners]

    def top(self) -> float:
        """How far the shape reaches above its centre, in units of its size."""
        if self.is_circle:
            return self.radius
        return -min(y for _, y in self.corners)


DIAMOND = MarkerShape(corners=((0.0, -0.5), (0.5, 0.0), (0.0, 0.5), (-0.5, 0.0)))
TRIANGLE = MarkerShape(corners=((0.0, -0.5), (0.5, 0.4), (-0.5, 0.4)))
"""Pointing up; a little shorter than wide, like the ▲ glyph."""
CIRCLE = MarkerShape(radius=0.5)


@dataclass(frozen=True, slots=True)
class RaceLook:
    """The appearance and wording of one priority."""

    shape: MarkerShape
    scale: float
    """Size relative to an A marker: the main race stands out most."""
    glyph: str
    """The shape as a character, for text and tables."""
    shape_name: str
    """The shape in words (legends read aloud by screen readers)."""
    label: str
    """The priority as a legend names it: "A race"."""
    role: str
    """What kind of race it is, in a word or two: "main race", "tune-up", "training"."""
    kind: str
    """The priority inside a sentence: "a main (A) race"."""
    effect: str
    """What it does to the plan, short: "builds a training block"."""
    explanation: str
    """What it does to the plan, in a sentence (tooltips on a priority)."""


RACE_LOOKS: dict[Priority, RaceLook] = {
    Priority.A: RaceLook(
        DIAMOND, 1.0, "◆", "diamond", "A race", "main race", "a main (A) race",
        "builds a training block",
        "Main race: the training block is counted back from it.",
    ),
    Priority.B: RaceLook(
        TRIANGLE, 15 / 17, "▲", "triangle", "B race", "tune-up", "a tune-up (B) race",
        "lightens that week's strength work",
        "Tune-up race: strength work drops to one light session that week, unless it "
        "falls in a taper or recovery week (then nothing changes).",
    ),
    Priority.C: RaceLook(
        CIRCLE, 10 / 17, "●", "small circle", "C race", "training", "a training (C) race",
        "changes nothing in the plan",
        "Training race: shown on the plan, changes nothing.",
    ),
}  # fmt: skip


def race_glyph(priority: Priority) -> str:
    """The text glyph of a priority's marker: ◆, ▲ or ●."""
    return RACE_LOOKS[priority].glyph


def priority_choice(priority: Priority) -> str:
    """A priority where it is shown or chosen on its own: "A · main race"."""
    return f"{priority.value} · {RACE_LOOKS[priority].role}"


def priority_legend(priority: Priority) -> str:
    """A priority in a legend: "A race (main race)"."""
    look = RACE_LOOKS[priority]
    return f"{look.label} ({look.role})"


def priority_summary(priority: Priority) -> str:
    """A priority and what it does: "A race (main race: builds a training block)"."""
    look = RACE_LOOKS[priority]
    return f"{look.label} ({look.role}: {look.effect})"


def race_with_priority(race: Race) -> str:
    """A race as lists name it: "City Marathon (A)"."""
    return f"{race.name} ({race.priority.value})"


def race_with_glyph(race: Race) -> str:
    """A race as tables list it, its marker first: "◆ City Marathon (A)"."""
    return f"{race_glyph(race.priority)} {race_with_priority(race)}"
