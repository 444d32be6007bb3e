"""The week details panel: one plan week in full, as word-wrapped, selectable text.

The plan table keeps two lines per week and elides its long columns; this panel shows
the week the coach is on (the table's current row) with nothing cut off, so it can
be read, selected and copied into a message to the athlete.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QTextEdit, QVBoxLayout, QWidget

from planner_gui.model.date_text import format_date, format_day, format_range
from planner_gui.model.engine import Flag, WeekPlan
from planner_gui.model.race_look import race_with_priority
from planner_gui.model.season import Athlete, Methodology
from planner_gui.model.session_days import away_text, dropped_reasons, session_dates
from planner_gui.views.phase_colors import phase_color, phase_text_color
from planner_gui.views.plan_model import EMPTY, phase_text, sessions_meaning

_FLAG_TEXTS = {
    Flag.RACE_WEEK: "Race week: the main race that closes this block.",
    Flag.B_RACE_WEEK: "B-race week: strength drops to one short, light session.",
    Flag.AWAY: "Time away: no strength work on the days away.",
    Flag.SESSION_DROPPED: "Sessions dropped: not every session found a free lifting day.",
}


def weeks_away(days: int) -> str:
    """How far a day ``days`` after a week's first day lies, in words ("in 3 weeks")."""
    count = days // 7
    if count == 0:
        return "this week"
    if count > 0:
        return "next week" if count == 1 else f"in {count} weeks"
    return "last week" if count == -1 else f"{-count} weeks ago"


def block_week_text(week: WeekPlan, methodology: Methodology) -> str:
    """The block week in words: "9 of 16", "17: recovery week 1 of 2", or a dash."""
    number = week.block_week
    if number is None:
        return f"{EMPTY} (not in a block)"
    length = methodology.block_length
    if number <= length:
        return f"{number} of {length}"
    return f"{number}: recovery week {number - length} of {methodology.recovery}"


def _dropped(week: WeekPlan, athlete: Athlete | None) -> list[tuple[str, str]]:
    """The "Dropped" row, "1 session: too few lifting days (Mon, Thu)", when any was."""
    count = week.dropped_sessions
    if not count:
        return []
    text = f"{count} session{'' if count == 1 else 's'}"
    reasons = dropped_reasons(athlete, week) if athlete is not None else []
    return [("Dropped", f"{text}: {'; '.join(reasons)}" if reasons else text)]


def detail_rows(
    week: WeekPlan, methodology: Methodology, athlete: Athlete | None = None
) -> list[tuple[str, str]]:
    """The label and full text of every field the panel shows for ``week``.

    ``methodology`` is the athlete's effective one (their block length); with
    ``athlete`` the panel also says why sessions were dropped and when they are away.
    """
    strength = week.strength
    race = week.main_race
    if race is None:
        main_race = EMPTY
    else:
        when = weeks_away((race.date - week.start).days)
        main_race = f"{race_with_priority(race)}, {format_date(race.date)}\n{when}"
    races = "\n".join(
        f"{race_with_priority(r)} · {format_day(r.date)} · {r.distance.label}"
        for r in week.races
    )
    flags = "\n".join(_FLAG_TEXTS[f] for f in week.flags)
    return [
        ("Phase", phase_text(week)),
        ("Block week", block_week_text(week, methodology)),
        ("Main race", main_race),
        ("Races", races or "none this week"),
        # The table's mark spelled out: "2+ means 2 a week, or 3–4 if …".
        ("Sessions", sessions_meaning(strength) or strength.sessions_text),
        ("Session days", session_dates(week) or "none"),
        *_dropped(week, athlete),
        *([("Away", away_text(athlete, week))] if week.away_days else []),
        ("Sets × reps", strength.sets_reps or EMPTY),
        ("Rest", strength.rest or EMPTY),
        ("Effort", strength.effort or EMPTY),
        ("Strength focus", strength.focus),
        ("Exercises", "\n".join(week.exercises) or "none"),
        ("Running focus", week.running),
        ("Flags", flags or "none"),
    ]


def week_heading(week: WeekPlan, *, current: bool) -> str:
    """The panel's heading, "Week 25 · 21 – 27 Jun 2027", marked when it is this week."""
    text = f"Week {week.index} · {format_range(week.start, week.end)}"
    return text + " · this week" if current else text


class WeekDetails(QFrame):
    """The selected plan week in full (phase, races, the whole prescription, flags).

    ``show_week`` fills it; ``text`` is the read-only, selectable document. A ``note``
    widget (the week's note field) goes below the text.
    """

    def __init__(self, parent: QWidget | None = None, *, note: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekDetails")
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName("Week details")
        self.text.document().setDocumentMargin(6)
        # It scrolls: in a short window it may shrink to a line or two (the note field
        # below keeps its own lines).
        self.text.setMinimumHeight(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.text, 1)
        if note is not None:
            layout.addWidget(note)
        self._html = ""
        self._shown: tuple[WeekPlan | None, Methodology | None, Athlete | None, bool] = (
            None, None, None, False
        )
        self.show_week(None)

    @property
    def week(self) -> WeekPlan | None:
        """The week shown, or None."""
        return self._shown[0]

    def show_week(
        self, week: WeekPlan | None, methodology: Methodology | None = None, *,
        athlete: Athlete | None = None, current: bool = False,
    ) -> None:
        """Show ``week`` in full, or a hint when there is no week to show.

        ``methodology`` is the athlete's effective one; ``athlete`` lets the panel say
        why sessions were dropped and when the athlete is away.
        """
        self._shown = (week, methodology, athlete, current)
        if week is None or methodology is None:
            hint = "Choose a week in the plan to see it in full."
            html = f"<p style='color:{self._muted()}'>{hint}</p>"
        else:
            html = self._html_for(week, methodology, athlete, current)
        if html != self._html:  # the plan recomputes often; keep the scroll and selection
            self._html = html
            self.text.setHtml(html)

    def changeEvent(self, event: QEvent) -> None:
        # The phase chip and the muted labels are baked into the HTML: redo them when
        # the palette switches between light and dark.
        if event.type() == QEvent.Type.PaletteChange:
            week, methodology, athlete, current = self._shown
            self.show_week(week, methodology, athlete=athlete, current=current)
        super().changeEvent(event)

    def plain_text(self) -> str:
        """What the panel shows, as plain text (also what a coach copies)."""
        return self.text.toPlainText()

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _html_for(
        self, week: WeekPlan, methodology: Methodology, athlete: Athlete | None, current: bool
    ) -> str:
        muted = self._muted()
        palette = self.palette()
        rows = []
        for label, value in detail_rows(week, methodology, athlete):
            body = escape(value).replace("\n", "<br>")
            if label == "Phase":
                fill = phase_color(week.phase, palette).name()
                ink = phase_text_color(week.phase, palette).name()
                style = f"background-color:{fill}; color:{ink}"
                body = f"<span style='{style}'>&nbsp;{body}&nbsp;</span>"
            rows.append(
                f"<tr><td style='color:{muted}; padding-right:8px' valign='top'>"
                f"{escape(label)}</td><td valign='top'>{body}</td></tr>"
            )
        heading = escape(week_heading(week, current=current))
        return (
            f"<p style='margin-bottom:4px'><b>{heading}</b></p>"
            f"<table cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"
        )
