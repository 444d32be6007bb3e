"""The week details beside the plan table: the chosen week in full, following the plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from planner_gui.model.phases import Phase
from planner_gui.views.phase_colors import phase_color
from planner_gui.views.plan_model import PlanColumn
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")


def _lines(window) -> list[str]:
    return window.plan.details.plain_text().splitlines()


def _field(window, label: str) -> str:
    """The text shown after a field's label (the table's cells run label, value)."""
    lines = _lines(window)
    at = lines.index(label)
    labels = {"Phase", "Block week", "Main race", "Races", "Sessions", "Session days",
              "Dropped", "Away", "Sets × reps", "Rest", "Effort", "Strength focus",
              "Exercises", "Running focus", "Flags"}
    value = []
    for line in lines[at + 1:]:
        if line in labels:
            break
        value.append(line.strip())
    return "\n".join(value)


def _click_week(qtbot, window, number: int) -> None:
    click(qtbot, window.plan.table, window.plan.model.index(number - 1, PlanColumn.DATES))


def _choose_athlete(qtbot, window, athlete_id: str) -> None:
    roster = window.roster
    click(qtbot, roster.list, roster.model.index(roster.model.row_of(athlete_id), 0))
    assert window.selection.athlete_id == athlete_id


def _sessions_cell(window, number: int) -> tuple[str, str]:
    """The plan table's Sessions cell of week ``number``: its text and its tooltip."""
    index = window.plan.model.index(number - 1, PlanColumn.SESSIONS)
    return index.data(), index.data(Qt.ItemDataRole.ToolTipRole)


def test_the_details_open_on_this_week_and_the_table_marks_it(window):
    assert _lines(window)[0] == "Week 18 · 3 – 9 May 2027 · this week"
    assert window.plan.table.currentIndex().row() == 17
    assert window.plan.details.isVisible()


def test_clicking_a_week_shows_it_in_full(qtbot, window):
    _click_week(qtbot, window, 25)
    week = window.plan.model.week(24)
    assert _lines(window)[0] == "Week 25 · 21 – 27 Jun 2027"
    assert _field(window, "Phase") == "Taper · race week"
    assert _field(window, "Block week") == "16 of 16"
    assert _field(window, "Main race") == "City Marathon (A), 27 Jun 2027\nthis week"
    assert _field(window, "Races") == "City Marathon (A) · Sun 27 Jun 2027 · Marathon"
    assert _field(window, "Sets × reps") == "1–2 × 3–5"
    assert _field(window, "Rest") == "—"
    # The long texts the table elides are here whole.
    assert _field(window, "Effort") == week.strength.effort
    assert _field(window, "Strength focus") == week.strength.focus
    assert _field(window, "Running focus") == week.running
    assert _field(window, "Flags").startswith("Race week")


def test_a_b_race_week_and_a_free_week_say_what_they_are(qtbot, window):
    _click_week(qtbot, window, 14)  # Spring Half (B) inside Ana's strength phase
    assert _field(window, "Phase") == "Strength · B race"
    assert _field(window, "Block week") == "5 of 16"
    assert _field(window, "Main race") == "City Marathon (A), 27 Jun 2027\nin 11 weeks"
    assert _field(window, "Sessions") == "1"
    assert _field(window, "Flags").startswith("B-race week")
    _click_week(qtbot, window, 3)
    assert _field(window, "Phase") == "Free weeks"
    assert _field(window, "Block week") == "— (not in a block)"
    assert _field(window, "Main race") == "—"
    assert _field(window, "Races") == "none this week"
    # The table's "2+" spelled out in full.
    assert _field(window, "Sessions") == "2+ means 2 a week, or 3–4 if strength is the priority"
    assert _field(window, "Flags") == "none"
    _click_week(qtbot, window, 26)
    assert _field(window, "Block week") == "17: recovery week 1 of 2"
    assert _field(window, "Main race") == "City Marathon (A), 27 Jun 2027\nlast week"


def test_the_details_follow_the_keyboard(qtbot, window):
    _click_week(qtbot, window, 20)
    qtbot.keyClick(window.plan.table, Qt.Key.Key_Down)
    assert _lines(window)[0] == "Week 21 · 24 – 30 May 2027"
    qtbot.keyClick(window.plan.table, Qt.Key.Key_Up)
    qtbot.keyClick(window.plan.table, Qt.Key.Key_Up)
    assert _lines(window)[0] == "Week 19 · 10 – 16 May 2027"


def test_the_details_update_when_the_plan_recomputes(qtbot, window):
    _click_week(qtbot, window, 25)
    document = window.document
    document.move_race("ana-city-marathon", dt.date(2027, 7, 4))  # a week later
    assert window.plan.table.currentIndex().row() == 24  # still on week 25
    assert _field(window, "Phase") == "Taper"
    assert _field(window, "Block week") == "15 of 16"
    assert _field(window, "Main race") == "City Marathon (A), 4 Jul 2027\nnext week"
    assert _field(window, "Races") == "none this week"
    document.undo_stack.undo()
    assert _field(window, "Phase") == "Taper · race week"
    assert _field(window, "Main race") == "City Marathon (A), 27 Jun 2027\nthis week"


def test_the_details_follow_a_change_of_athlete_and_of_settings(qtbot, window):
    _click_week(qtbot, window, 19)
    click(qtbot, window.roster.list, window.roster.model.index(1, 0))  # Björn
    assert window.selection.athlete_id == "bjorn"
    assert _lines(window)[0] == "Week 19 · 10 – 16 May 2027"
    assert _field(window, "Main race") == "Lakes Marathon (A), 13 Jun 2027\nin 4 weeks"
    assert _field(window, "Block week") == "12 of 16"
    season = window.document.season
    methodology = season.methodology.model_copy(update={"recovery": 3})
    window.document.edit("Longer recovery", season.model_copy(update={"methodology": methodology}))
    _click_week(qtbot, window, 16)  # after River Half Marathon
    assert _field(window, "Block week") == "17: recovery week 1 of 3"


def test_choosing_a_race_shows_its_week(qtbot, window):
    window.selection.select_race("ana-parkrun")
    assert _lines(window)[0] == "Week 32 · 9 – 15 Aug 2027"
    assert "Harbour parkrun (C)" in _field(window, "Races")


def test_the_text_can_be_selected_and_copied(qtbot, window):
    _click_week(qtbot, window, 25)
    text = window.plan.details.text
    assert text.isReadOnly()
    assert text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    middle = text.viewport().rect().center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    qtbot.keyClick(text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Week 25 · 21 – 27 Jun 2027")
    assert window.plan.model.week(24).strength.focus in copied
    assert window.plan.model.week(24).phase is Phase.TAPER


def test_outside_the_season_the_details_start_on_week_one(qtbot, season_file):
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.model.storage import load_season
    from planner_gui.views.main_window import MainWindow

    document = SeasonDocument(load_season(season_file), season_file)
    main = MainWindow(document, remember=False, today=lambda: dt.date(2026, 11, 26))
    qtbot.addWidget(main)
    assert main.plan.table.currentIndex().row() == 0
    assert main.plan.details.plain_text().splitlines()[0] == "Week 1 · 4 – 10 Jan 2027"


def test_the_phase_colour_follows_a_switch_to_a_dark_palette(qtbot, window):
    _click_week(qtbot, window, 25)
    details = window.plan.details
    light = details.text.toHtml()
    dark = QPalette(details.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6")):
        dark.setColor(role, QColor(colour))
    details.setPalette(dark)
    assert phase_color(Phase.TAPER, dark).name() in details.text.toHtml()
    assert details.text.toHtml() != light
    assert _lines(window)[0] == "Week 25 · 21 – 27 Jun 2027"


def test_a_week_shows_its_session_days_and_the_exercises(qtbot, window):
    _click_week(qtbot, window, 10)  # Ana's first base week; she lifts Tue, Fri and Sun
    week = window.plan.model.week(9)
    assert _sessions_cell(window, 10)[0] == "Tue Fri Sun"
    assert _field(window, "Session days") == "Tue 9 Mar, Fri 12 Mar, Sun 14 Mar"
    assert _field(window, "Exercises").splitlines() == list(week.exercises)
    assert "Goblet or back squat" in _sessions_cell(window, 10)[1]
    assert "Dropped" not in _lines(window)
    assert "Away" not in _lines(window)


def test_too_few_lifting_days_drop_a_base_session_and_say_so(qtbot, window):
    _choose_athlete(qtbot, window, "dmitry")  # lifts on Mondays and Thursdays only
    text, tip = _sessions_cell(window, 22)  # base weeks ask for three sessions
    assert text == "Mon Thu, 1\u00a0dropped"
    assert "1 dropped: too few lifting days (Mon, Thu)" in tip.splitlines()
    _click_week(qtbot, window, 22)
    assert _field(window, "Session days") == "Mon 31 May, Thu 3 Jun"
    assert _field(window, "Dropped") == "1 session: too few lifting days (Mon, Thu)"
    assert _sessions_cell(window, 26)[0] == "Mon Thu"  # strength weeks ask for two


def test_a_holiday_week_shows_the_days_away_and_the_sessions_dropped(qtbot, window):
    _choose_athlete(qtbot, window, "zoe")  # family holiday 6–16 Mar
    text, tip = _sessions_cell(window, 10)
    assert text == "away, 2\u00a0dropped"
    assert tip.splitlines()[:3] == [
        "No strength session this week.",
        "2 dropped: away 6 – 16 Mar (holiday)",
        "Away 7 days: holiday 6 – 16 Mar (Family trip; running only,",
    ]
    _click_week(qtbot, window, 10)
    assert _field(window, "Session days") == "none"
    assert _field(window, "Dropped") == "2 sessions: away 6 – 16 Mar (holiday)"
    assert _field(window, "Away") == (
        "7 days: holiday 6 – 16 Mar (Family trip; running only, no gym.)"
    )
    # The week after: back on Wednesday 17, so Friday and Sunday still take the sessions.
    assert _sessions_cell(window, 11)[0] == "Fri Sun, 2\u00a0days\u00a0away"
    _click_week(qtbot, window, 11)
    assert _field(window, "Session days") == "Fri 19 Mar, Sun 21 Mar"
    assert _field(window, "Away").startswith("2 days: holiday 6 – 16 Mar")
    assert "Dropped" not in _lines(window)


def test_an_athletes_own_phase_lengths_count_her_block_weeks(qtbot, window):
    _choose_athlete(qtbot, window, "eleni")  # 6-week base, 3-week taper, 3 to recover
    _click_week(qtbot, window, 35)
    assert _field(window, "Block week") == "17 of 17"
    _click_week(qtbot, window, 36)
    assert _field(window, "Block week") == "18: recovery week 1 of 3"
    # The table leaves the B race to the Races column; the details name it in the phase.
    model = window.plan.model
    assert model.index(23, PlanColumn.PHASE).data() == "Base (hypertrophy)"
    assert model.index(23, PlanColumn.RACES).data() == "Hill Trail Half (B)"
    _click_week(qtbot, window, 24)
    assert _field(window, "Phase") == "Base (hypertrophy) · B race"
