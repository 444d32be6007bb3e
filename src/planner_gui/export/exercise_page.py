"""The exercise page: each phase the athlete meets, with its exercises and prescription.

The lists are the athlete's effective ones, as the plan carries them on every week
(``WeekPlan.exercises``: the athlete's own list, else the season's, else the app's);
race-specific weeks depend on the main race's distance, so a season with a 10 km and
a marathon block lists race-specific work twice. Phases come in the order the season
meets them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from planner_gui.export.fonts import FONT, FONT_BOLD
from planner_gui.export.phase_style import LOOKS
from planner_gui.export.stamp import Stamp
from planner_gui.export.styles import EMPTY, INK, ruled_table, styles, wrap_lines
from planner_gui.export.week_table import PlanTable
from planner_gui.model.engine import Flag, WeekPlan
from planner_gui.model.phases import Phase, StrengthPrescription

SIZE = 8.0
LEADING = 10.0
PAD = 4.0
_FRACTIONS = (0.21, 0.13, 0.27, 0.39)
HEADERS = ("Phase", "Weeks", "Each session", "Exercises")


@dataclass(frozen=True, slots=True)
class PhaseWork:
    """One phase as the athlete meets it: its weeks, exercises and prescription."""

    phase: Phase
    distance: str
    """The main race's distance for race-specific work ("10 km"), else ""."""
    weeks: tuple[int, ...]
    exercises: tuple[str, ...]
    strength: StrengthPrescription

    @property
    def title(self) -> str:
        """The phase's code and name, and the distance on a line of its own for
        race-specific work ("RS · Race-specific\n(10 km)")."""
        name = f"{LOOKS[self.phase].code} · {self.phase.label}"
        return f"{name}\n({self.distance})" if self.distance else name


def phases_met(weeks: Sequence[WeekPlan]) -> list[PhaseWork]:
    """The phases of ``weeks`` in the order first met, one per distinct exercise list.

    A B race's light week keeps its phase's list but not its prescription, so the
    prescription shown is that of the phase's ordinary weeks where there are any.
    """
    found: dict[tuple[Phase, str, tuple[str, ...]], list[WeekPlan]] = {}
    for week in weeks:
        distance = ""
        if week.phase is Phase.RACE_SPECIFIC and week.main_race is not None:
            distance = week.main_race.distance.label
        found.setdefault((week.phase, distance, week.exercises), []).append(week)
    result = []
    for (phase, distance, exercises), members in found.items():
        ordinary = [w for w in members if Flag.B_RACE_WEEK not in w.flags] or members
        result.append(PhaseWork(phase, distance, tuple(w.index for w in members), exercises,
                                ordinary[0].strength))
    return result


def week_ranges(numbers: Sequence[int]) -> str:
    """Season week numbers as ranges: "1–3, 22–29, 47"."""
    parts: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        parts.append(str(start) if start == previous else f"{start}–{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(parts)


def _session_text(strength: StrengthPrescription) -> str:
    count = strength.sessions
    note = f" ({strength.sessions_note})" if strength.sessions_note else ""
    lines = [
        f"{count} session{'' if count == 1 else 's'} a week{note}",
        f"Sets × reps: {strength.sets_reps or EMPTY}",
        f"Rest: {strength.rest or EMPTY}",
        f"Effort: {strength.effort or EMPTY}",
    ]
    return "\n".join(lines)


def _exercise_text(exercises: Sequence[str], width: float) -> str:
    if not exercises:
        return "No exercises listed."
    lines = []
    for number, name in enumerate(exercises, start=1):
        mark = f"{number}. "
        indent = "   " if number < 10 else "    "
        wrapped = wrap_lines(name, width - 12, SIZE).split("\n")
        lines.append(mark + wrapped[0])
        lines += [indent + line for line in wrapped[1:]]
    return "\n".join(lines)


def exercise_table(work: Sequence[PhaseWork], width: float) -> Table:
    """One row per phase met: name, weeks, the prescription, the numbered exercises."""
    widths = [width * f for f in _FRACTIONS]
    inner = [w - 2 * PAD for w in widths]
    rows: list[list[object]] = [list(HEADERS)]
    for item in work:
        rows.append([
            wrap_lines(item.title, inner[0], SIZE, True),
            wrap_lines(week_ranges(item.weeks), inner[1], SIZE),
            wrap_lines(_session_text(item.strength), inner[2], SIZE),
            _exercise_text(item.exercises, inner[3]),
        ])
    # Plain pre-wrapped strings and one style command per row: a squad's export
    # builds this table for every athlete.
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, SIZE, LEADING),
        ("FONTNAME", (0, 1), (0, -1), FONT_BOLD),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *ruled_table(bottom_padding=5, pad=PAD),
    ]
    # The phase's tint behind its name, its code beside it for black-and-white copies.
    commands += [("BACKGROUND", (0, row), (0, row), LOOKS[item.phase].tint)
                 for row, item in enumerate(work, start=1)]
    # PlanTable: the week table's one-text-object drawing of plain string cells.
    return PlanTable(rows, colWidths=widths, repeatRows=1, hAlign="LEFT",
                     style=TableStyle(commands))


def exercise_page(weeks: Sequence[WeekPlan], athlete_name: str, width: float) -> list[Flowable]:
    """Heading, introduction and the exercise table, sized for a portrait frame."""
    st = styles()
    work = phases_met(weeks)
    intro = (
        f"The exercises of {escape(athlete_name)}'s strength sessions, for each phase in "
        "the order the season brings them, with the sets × reps, rest and effort of every "
        "session in that phase. The day-by-day calendar shows which days they fall on."
    )
    # Most of a squad meets the same phases with the same lists: one drawing serves all.
    key = "exercises|" + hashlib.sha1(repr(work).encode()).hexdigest()
    return [
        Paragraph(f"Exercises — {escape(athlete_name)}", st["h2"]),
        Paragraph(intro, st["small"]),
        Spacer(0, 6),
        Stamp(key, lambda: exercise_table(work, width)),
    ]
