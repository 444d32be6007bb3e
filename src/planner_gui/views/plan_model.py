"""The selected athlete's plan as a Qt table model: one row per season week."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.date_text import format_date, format_range
from planner_gui.model.engine import Flag, WeekPlan
from planner_gui.model.phases import PHASE_SUMMARIES, Phase, StrengthPrescription, strength_for
from planner_gui.model.race_look import priority_legend, race_with_priority
from planner_gui.model.season import Athlete
from planner_gui.model.session_days import away_text, day_names, dropped_text, session_dates
from planner_gui.views.phase_colors import phase_color, phase_text_color
from planner_gui.views.row_list_model import Index, RowListModel

EMPTY = "—"
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the ``Phase`` of a row's week."""
_ANSWERED = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, PHASE_ROLE,
})
"""The roles a plan cell can answer; ``data()`` returns None for any other at once."""


class PlanColumn(IntEnum):
    """The columns of the plan table."""

    WEEK = 0
    DATES = 1
    PHASE = 2
    BLOCK_WEEK = 3
    RACES = 4
    SESSIONS = 5
    SETS_REPS = 6
    REST = 7
    EFFORT = 8
    STRENGTH_FOCUS = 9
    RUNNING_FOCUS = 10

    @property
    def title(self) -> str:
        """Header text."""
        return _TITLES[self]


_TITLES = {
    PlanColumn.WEEK: "Week",
    PlanColumn.DATES: "Dates",
    PlanColumn.PHASE: "Phase",
    PlanColumn.BLOCK_WEEK: "Block wk",
    PlanColumn.RACES: "Races",
    PlanColumn.SESSIONS: "Sessions",
    PlanColumn.SETS_REPS: "Sets × reps",
    PlanColumn.REST: "Rest",
    PlanColumn.EFFORT: "Effort",
    PlanColumn.STRENGTH_FOCUS: "Strength focus",
    PlanColumn.RUNNING_FOCUS: "Running focus",
}
NBSP = "\u00a0"
NOTE_MARK = "✎"
"""Follows the week number of a week that has a note ("10 ✎"); the note is its tooltip."""
SESSIONS_MARK = "+"
"""Follows the session count ("Tue Fri (2+)") when the week's note is too long for the cell.

"2+" reads as "two, or more", which is what the one long note says ("3–4 if strength
is the priority"); a bare "*" sent the coach looking for a footnote that was not there.
"""
_LONG_NOTE = 8
"""Notes up to this many characters ("light") fit in the cell: "1 (light)"."""


def _is_marked(strength: StrengthPrescription) -> bool:
    return strength.sessions_note is not None and len(strength.sessions_note) > _LONG_NOTE


def sessions_count(strength: StrengthPrescription) -> str:
    """The sessions wanted, short: "3", "1 (light)", or "2+" when the note is too long."""
    if _is_marked(strength):
        return f"{strength.sessions}{SESSIONS_MARK}"
    return strength.sessions_text


def sessions_cell(week: WeekPlan) -> str:
    """The Sessions cell: the days of the week's sessions, "Tue Fri Sun".

    A note follows the days ("Tue (light)", "Tue Fri (2+)"); a session that found no
    free day, or days away, take the place of the note: "Mon Thu, 1 dropped", "away,
    2 dropped", "Fri Sun, 2 days away". The count keeps its no-break spaces, so a cell
    that wraps puts it whole on the second line.
    """
    strength = week.strength
    if week.sessions:
        days = day_names(week.sessions)
    elif week.away_days:
        days = "away"
    else:
        days = "none" if week.dropped_sessions else EMPTY
    if week.dropped_sessions:
        return f"{days}, {week.dropped_sessions}{NBSP}dropped"
    if week.away_days and week.sessions:
        plural = "" if week.away_days == 1 else "s"
        return f"{days}, {week.away_days}{NBSP}day{plural}{NBSP}away"
    if _is_marked(strength):
        return f"{days} ({sessions_count(strength)})"
    if strength.sessions_note and week.sessions:
        return f"{days} ({strength.sessions_note})"
    return days


def sessions_meaning(strength: StrengthPrescription) -> str | None:
    """What a marked cell means ("2+ means 2 a week, or 3–4 if …"), None when unmarked."""
    if not _is_marked(strength):
        return None
    count = strength.sessions
    return f"{count}{SESSIONS_MARK} means {count} a week, or {strength.sessions_note}"


def _sessions_header_tip() -> str:
    meanings = dict.fromkeys(
        m for m in (sessions_meaning(strength_for(p)) for p in Phase) if m is not None
    )
    return "\n".join([
        "Strength sessions in the week, on the athlete's lifting days: the first free "
        "ones in their order of preference.",
        "A second line says how many sessions found no free day, or how many days the "
        "athlete is away. Point at a week for the dates, the reasons and the exercises.",
        *(f"{m}." for m in meanings),
    ])


_HEADER_TIPS = {
    PlanColumn.WEEK: f"Season week. {NOTE_MARK} marks a week with a note: point at it to "
    "read the note, or choose the week to edit it beside the table.",
    PlanColumn.BLOCK_WEEK: "Week of the training block, counted so the race week is the "
    "last block week; recovery weeks follow",
    PlanColumn.SESSIONS: _sessions_header_tip(),
}


def phase_text(week: WeekPlan, *, space: str = " ", b_race: bool = True) -> str:
    """The phase name with the week's markers ("Taper · race week").

    ``space`` goes inside each marker: the table passes a no-break space so a
    wrapped cell breaks before "race week", never inside it. The table also leaves
    out the B-race marker (``b_race=False``): its Races column says "(B)" and its
    Sessions column the light session, and "Base (hypertrophy) · B race" needed a
    third line.
    """
    text = week.phase.label
    if Flag.RACE_WEEK in week.flags:
        text += f" · race{space}week"
    if b_race and Flag.B_RACE_WEEK in week.flags:
        text += f" · B{space}race"
    return text


_TIP_WIDTH = 60
"""Characters a tooltip line holds before it wraps."""


def sessions_tip(week: WeekPlan, athlete: Athlete | None) -> str:
    """The Sessions cell's tooltip: the dated sessions, what the mark means, what was
    dropped and why, time away, and the exercises of the week's sessions."""
    lines = [session_dates(week) or "No strength session this week."]
    if meaning := sessions_meaning(week.strength):
        lines.append(meaning)
    if dropped := dropped_text(athlete, week):
        lines.append(dropped)
    if away := away_text(athlete, week):
        lines.append(f"Away {away}")
    if week.exercises and week.sessions:
        lines.append("Exercises:")
        lines.extend(f"• {name}" for name in week.exercises)
    return _wrapped(lines)


def note_tip(week: WeekPlan) -> str:
    """The week's note as a tooltip, "" without a note.

    Wrapped here: Qt wraps a plain tooltip nowhere, and a rich one as narrow as a
    short note's first words.
    """
    if not week.notes:
        return ""
    lines = ["Note:"]
    for number, note in enumerate(week.notes):
        lines.extend(([""] if number else []) + note.splitlines())
    return _wrapped(lines)


def _wrapped(lines: list[str]) -> str:
    return "\n".join(
        wrapped for line in lines for wrapped in textwrap.wrap(line, _TIP_WIDTH) or [""]
    )


def _unbroken_dates(text: str) -> str:
    """Week dates whose only line break can come after the dash ("27 Dec 2027 –")."""
    return NBSP.join(text.split(" ")).replace(f"{NBSP}–{NBSP}", f"{NBSP}– ")


class PlanWeeksModel(RowListModel[WeekPlan]):
    """The week-by-week plan of the selected athlete (read-only).

    Rows are keyed by the week's first day, so moving the season's start by a week
    removes a row at one end and inserts one at the other instead of resetting.
    """

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        parent: QObject | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        self._selection = selection
        self._today = today
        # Each week's cell texts, made on first use: (week, the day they were made, texts).
        self._texts: dict[dt.date, tuple[WeekPlan, dt.date, tuple[str, ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(document, columns=len(PlanColumn), key=lambda w: w.start, parent=parent)
        selection.athlete_changed.connect(self.refresh)

    def week(self, row: int) -> WeekPlan:
        """The plan of the week in ``row``."""
        return self.item(row)

    def text(self, row: int, column: PlanColumn) -> str:
        """The text the table shows in a cell (what ``data()`` displays), for Python callers."""
        return self.display(self.item(row), column)

    def current_row(self) -> int:
        """The row of the week that contains today, or -1 when today is outside."""
        return self.row_of_date(self._today())

    def row_of_date(self, day: dt.date) -> int:
        """The row of the week containing ``day``, or -1."""
        for row, week in enumerate(self._rows.items):
            if week.start <= day <= week.end:
                return row
        return -1

    # -- Qt model interface --------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PlanColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return PlanColumn(section).title
        if role == Qt.ItemDataRole.ToolTipRole:
            return _HEADER_TIPS.get(PlanColumn(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks every visible cell for seven roles (616 calls for the eleven
        # weeks in view): roles no week answers end here, before any lookup.
        if role not in _ANSWERED:
            return None
        return super().data(index, role)

    def role_data(self, week: WeekPlan, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._is_current(week):
            return self._bold
        if column == PlanColumn.PHASE:
            if role == Qt.ItemDataRole.BackgroundRole:
                return phase_color(week.phase)
            if role == Qt.ItemDataRole.ForegroundRole:
                return phase_text_color(week.phase)
        if role == PHASE_ROLE:
            return week.phase
        return None

    def _is_current(self, week: WeekPlan) -> bool:
        return week.start <= self._today() <= week.end

    def display(self, week: WeekPlan, column: int) -> str:
        today = self._today()
        cached = self._texts.get(week.start)
        if cached is None or cached[0] is not week or cached[1] != today:
            # "▶" marks this week, so the texts are remade when the day changes.
            texts = tuple(self._text(week, c) for c in PlanColumn)
            cached = self._texts[week.start] = (week, today, texts)
        return cached[2][column]

    def _text(self, week: WeekPlan, column: PlanColumn) -> str:
        strength = week.strength
        if column == PlanColumn.WEEK:
            number = f"▶ {week.index}" if self._is_current(week) else str(week.index)
            return f"{number} {NOTE_MARK}" if week.notes else number
        # The table wraps its cells on two lines: keep dates and markers whole.
        if column == PlanColumn.DATES:
            return _unbroken_dates(format_range(week.start, week.end))
        if column == PlanColumn.PHASE:
            return phase_text(week, space=NBSP, b_race=False)
        if column == PlanColumn.BLOCK_WEEK:
            return EMPTY if week.block_week is None else str(week.block_week)
        if column == PlanColumn.RACES:
            return ", ".join(race_with_priority(r) for r in week.races)
        if column == PlanColumn.SESSIONS:
            return sessions_cell(week)
        if column == PlanColumn.SETS_REPS:
            return strength.sets_reps or EMPTY
        if column == PlanColumn.REST:
            return strength.rest or EMPTY
        if column == PlanColumn.EFFORT:
            return strength.effort or EMPTY
        if column == PlanColumn.STRENGTH_FOCUS:
            return strength.focus
        return week.running

    def tooltip(self, week: WeekPlan, column: int) -> str | None:
        if column == PlanColumn.WEEK:
            note = note_tip(week)
            if self._is_current(week):
                return f"This week\n{note}" if note else "This week"
            return note or None
        if column == PlanColumn.PHASE:
            text = f"{phase_text(week)}\n{PHASE_SUMMARIES[week.phase]}"
            if week.main_race is not None:
                race = week.main_race
                text += f"\nBlock of {race.name} ({format_date(race.date)})"
            return text
        if column == PlanColumn.RACES and week.races:
            return "\n".join(
                f"{r.name}: {format_date(r.date)}, {r.distance.label}, "
                f"{priority_legend(r.priority)}"
                for r in week.races
            )
        if column in (PlanColumn.STRENGTH_FOCUS, PlanColumn.RUNNING_FOCUS, PlanColumn.EFFORT):
            return self.display(week, column)
        if column == PlanColumn.SESSIONS:
            return sessions_tip(week, self.athlete())
        return None

    def athlete(self) -> Athlete | None:
        """The athlete whose plan this is, or None."""
        athlete_id = self._selection.athlete_id
        return next((a for a in self._document.season.athletes if a.id == athlete_id), None)

    # -- rows ------------------------------------------------------------------------

    def build_rows(self) -> list[WeekPlan]:
        self._texts.clear()  # the texts of weeks that changed would linger otherwise
        plan = self._document.plans.get(self._selection.athlete_id)
        return list(plan.weeks) if plan is not None else []
