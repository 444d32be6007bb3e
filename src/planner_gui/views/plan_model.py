"""The selected athlete's plan as a Qt table model: one row per season week."""

from __future__ import annotations

import datetime as dt
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
from planner_gui.views.phase_colors import phase_color, phase_text_color
from planner_gui.views.row_list_model import RowListModel

EMPTY = "—"
PHASE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the ``Phase`` of a row's week."""


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
SESSIONS_MARK = "+"
"""Follows the session count in the table when the week's note is too long for the cell.

"2+" reads as "two, or more", which is what the one long note says ("3–4 if strength
is the priority"); a bare "*" sent the coach looking for a footnote that was not there.
"""
_LONG_NOTE = 8
"""Notes up to this many characters ("light") fit in the cell: "1 (light)"."""


def _is_marked(strength: StrengthPrescription) -> bool:
    return strength.sessions_note is not None and len(strength.sessions_note) > _LONG_NOTE


def sessions_cell(strength: StrengthPrescription) -> str:
    """The Sessions cell: "3", "1 (light)", or "2+" when the note is too long for it."""
    if _is_marked(strength):
        return f"{strength.sessions}{SESSIONS_MARK}"
    return strength.sessions_text


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
    return "\n".join(["Strength sessions in the week.", *(f"{m}." for m in meanings)])


_HEADER_TIPS = {
    PlanColumn.BLOCK_WEEK: "Week of the training block, counted so the race week is the "
    "last block week; recovery weeks follow",
    PlanColumn.SESSIONS: _sessions_header_tip(),
}


def phase_text(week: WeekPlan, *, space: str = " ") -> str:
    """The phase name with the week's markers ("Taper · race week").

    ``space`` goes inside each marker: the table passes a no-break space so a
    wrapped cell breaks before "race week", never inside it.
    """
    text = week.phase.label
    if Flag.RACE_WEEK in week.flags:
        text += f" · race{space}week"
    if Flag.B_RACE_WEEK in week.flags:
        text += f" · B{space}race"
    return text


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

    def role_data(self, week: WeekPlan, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and self._is_current(week):
            font = QFont()
            font.setBold(True)
            return font
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
        strength = week.strength
        if column == PlanColumn.WEEK:
            return f"▶ {week.index}" if self._is_current(week) else str(week.index)
        # The table wraps its cells on two lines: keep dates and markers whole.
        if column == PlanColumn.DATES:
            return _unbroken_dates(format_range(week.start, week.end))
        if column == PlanColumn.PHASE:
            return phase_text(week, space=NBSP)
        if column == PlanColumn.BLOCK_WEEK:
            return EMPTY if week.block_week is None else str(week.block_week)
        if column == PlanColumn.RACES:
            return ", ".join(race_with_priority(r) for r in week.races)
        if column == PlanColumn.SESSIONS:
            return sessions_cell(strength)
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
        if column == PlanColumn.WEEK and self._is_current(week):
            return "This week"
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
            return sessions_meaning(week.strength)
        return None

    # -- rows ------------------------------------------------------------------------

    def build_rows(self) -> list[WeekPlan]:
        plan = self._document.plans.get(self._selection.athlete_id)
        return list(plan.weeks) if plan is not None else []
