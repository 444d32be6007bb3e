"""The window as a whole: plan table, warnings, settings, title and menus."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSpinBox

from planner_gui.model.phases import Phase
from planner_gui.views.phase_colors import phase_color
from planner_gui.views.plan_model import PHASE_ROLE, PlanColumn
from planner_gui.views.warnings_panel import RACE_ROLE
from tests.views.gui import click

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _phases(window):
    model = window.plan.model
    return [Phase(model.index(r, PlanColumn.PHASE).data(PHASE_ROLE))
            for r in range(model.rowCount())]


def test_plan_table_shows_every_week_with_coloured_named_phases(window):
    model = window.plan.model
    assert model.rowCount() == 52
    # The table keeps dates and markers whole with no-break spaces.
    assert model.index(0, PlanColumn.DATES).data() == "4\u00a0– 10\u00a0Jan\u00a02027"
    index = model.index(24, PlanColumn.PHASE)  # week 25, City Marathon
    assert index.data() == "Taper · race\u00a0week"
    assert index.data(Qt.ItemDataRole.BackgroundRole) == phase_color(Phase.TAPER)
    assert model.index(24, PlanColumn.RACES).data() == "City Marathon (A)"
    assert model.index(24, PlanColumn.BLOCK_WEEK).data() == "16"
    assert model.index(12, PlanColumn.SETS_REPS).data() == "3–4 × 10–12"


def test_one_phase_legend_above_names_every_phase_in_full(window):
    from planner_gui.views.timeline import TimelineLegend

    legend = window.timeline.legend
    assert legend.isVisible() and not legend.visibleRegion().isEmpty()
    # Every phase is named, and the legend is tall enough for all its rows at its width.
    for phase in Phase:
        assert phase.label in legend.accessibleDescription()
    assert legend.height() >= legend.heightForWidth(legend.width())
    # The window shows one legend only, and the timeline pane cannot be collapsed away.
    assert window.findChildren(TimelineLegend) == [legend]
    assert not window.right_splitter.isCollapsible(0)


def test_the_default_layout_shows_six_lanes_the_races_and_a_dozen_weeks(window):
    timeline = window.timeline.view
    viewport = timeline.viewport().rect()
    shown = [a.id for a in window.document.season.athletes[:6]]
    assert all(viewport.contains(timeline.lane_rect(a)) for a in shown)
    races = window.races.table
    last = races.visualRect(races.model().index(races.model().rowCount() - 1, 0))
    assert races.viewport().rect().contains(last)  # Ana's four races without scrolling
    plan = window.plan.table
    rows = plan.viewport().height() // plan.rowHeight(0)
    assert rows >= 10
    details = window.plan.details
    assert details.isVisible() and details.width() >= 300


def test_the_current_week_is_scrolled_into_view(window):
    table = window.plan.table
    rect = table.visualRect(window.plan.model.index(17, 0))
    assert table.viewport().rect().intersects(rect)


def test_choosing_a_warning_selects_its_race(qtbot, window):
    warnings = window.warnings.list
    row = next(r for r in range(warnings.count())
               if warnings.item(r).data(RACE_ROLE) == "bjorn-lakes-marathon")
    item = warnings.item(row)
    assert "keeps only 6 of its 16 weeks" in item.text()
    rect = warnings.visualItemRect(item)
    qtbot.mouseClick(warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.race_id == "bjorn-lakes-marathon"
    assert window.selection.athlete_id == "bjorn"
    races = window.races
    assert races.table.currentIndex().row() == races.model.row_of("bjorn-lakes-marathon")


def test_a_warning_names_its_athlete_once_and_choosing_it_selects_them(qtbot, window):
    warnings = window.warnings.list
    [item] = [warnings.item(r) for r in range(warnings.count())
              if "Kofi" in warnings.item(r).text()]
    assert item.text() == "Kofi Mensah: No main (A) race, so every week is a free week."
    rect = warnings.visualItemRect(item)
    qtbot.mouseClick(warnings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selection.athlete_id == "kofi"


def test_choosing_an_athlete_shows_their_races_and_plan(qtbot, window):
    click(qtbot, window.roster.list, window.roster.model.index(5, 0))  # Kofi: no A race
    assert window.selection.athlete_id == window.document.season.athletes[5].id
    assert set(_phases(window)) == {Phase.FREE}
    assert window.plan.title.text().endswith("Kofi Mensah")


def test_settings_change_recomputes_at_once_and_undoes(qtbot, window):
    original = window.document.season
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    base = dialog.lengths["base"]
    base.setFocus()
    qtbot.keyClick(base, Qt.Key.Key_Down)  # 4 → 3 weeks of base
    assert window.document.season.methodology.base == 3
    assert window.document.undo_stack.undoText() == "Set base to 3 weeks"
    # Ana's block now starts a week later: week 10 is free, 11 is base.
    assert _phases(window)[9] is Phase.FREE
    assert _phases(window)[10] is Phase.BASE

    weeks = dialog.weeks
    weeks.setFocus()
    weeks.selectAll()
    qtbot.keyClicks(weeks.lineEdit(), "30")
    assert window.document.season.weeks == 52  # no step per keystroke
    qtbot.keyClick(weeks, Qt.Key.Key_Return)
    assert window.document.season.weeks == 30
    assert window.plan.model.rowCount() == 30

    stack = window.document.undo_stack
    assert stack.count() == 2
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert window.document.season == original
    assert weeks.value() == 52 and base.value() == 4  # the dialog follows undo
    dialog.close()


def test_settings_refuse_an_empty_block(qtbot, window):
    window.document.update_settings(
        methodology=window.document.season.methodology.model_copy(
            update={"base": 0, "strength": 0, "race_specific": 0, "taper": 1}
        )
    )
    before = window.document.season
    dialog = window.show_settings()
    taper: QSpinBox = dialog.lengths["taper"]
    taper.setFocus()
    qtbot.keyClick(taper, Qt.Key.Key_Down)
    assert taper.value() == 0  # the coach's value stays in view …
    assert window.document.season is before  # … but is not applied
    assert dialog.problem.isVisible() and "at least one week" in dialog.problem.text()
    assert taper.property("invalid") is True
    qtbot.keyClick(taper, Qt.Key.Key_Up)
    assert not dialog.problem.isVisible()
    dialog.close()


def test_settings_follow_undo_and_defaults_after_a_refused_block(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    for field in ("base", "strength", "race_specific", "taper"):
        spin = dialog.lengths[field]
        spin.setFocus()
        for _ in range(4):
            qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert dialog.problem.isVisible()  # the last step to 0 was refused
    assert window.document.season.methodology.taper == 1
    window.action_undo.trigger()  # the taper's clicks were one step: back to 4 weeks
    assert dialog.lengths["taper"].value() == 4
    assert dialog.lengths["taper"].property("invalid") is False
    assert not dialog.problem.isVisible()
    defaults = next(b for b in dialog.findChildren(QPushButton) if "default" in b.text())
    qtbot.mouseClick(defaults, Qt.MouseButton.LeftButton)
    assert [s.value() for s in dialog.lengths.values()] == [4, 4, 4, 4, 2]
    dialog.close()


def test_settings_week_start_and_first_day(qtbot, window):
    dialog = window.show_settings()
    dialog.week_start.setFocus()
    qtbot.keyClick(dialog.week_start, Qt.Key.Key_End)  # Sunday
    assert window.document.season.week_start.value == "sunday"
    assert window.plan.model.week(0).start == dt.date(2027, 1, 3)
    dialog.close()


def test_title_shows_the_file_and_the_modified_marker(window):
    assert window.windowTitle() == "harbour.season.json[*] — Season Planner"
    assert not window.isWindowModified()
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    assert window.isWindowModified()
    window.action_undo.trigger()
    assert not window.isWindowModified()  # back at the saved state


def test_standard_shortcuts_are_used(window):
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.StandardKey
    assert window.action_open.shortcut() == QKeySequence(keys.Open)
    assert window.action_save.shortcut() == QKeySequence(keys.Save)
    assert window.action_undo.shortcut() == QKeySequence(keys.Undo)
    assert window.action_quit.shortcut() == QKeySequence(keys.Quit)
    assert not window.action_open.shortcut().isEmpty()


def test_the_status_bar_counts_weeks_and_athletes_in_words(window):
    label = window.season_label
    assert label.text().endswith("· 52 weeks · 7 athletes")
    document = window.document
    document.update_settings(weeks=1)
    for athlete in document.season.athletes[1:]:
        document.remove_athlete(athlete.id)
    assert label.text().endswith("· 1 week · 1 athlete")


def test_return_on_an_empty_season_name_keeps_the_settings_open(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert window.document.season.name == "Harbour Runners 2027"
    qtbot.keyClicks(dialog.name, "Club 2027")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # a good name: Return closes
    assert window.document.season.name == "Club 2027"
    assert not dialog.isVisible()


def test_undo_and_redo_walk_every_kind_of_edit_exactly(window):
    from planner_gui.model.season import Athlete, Methodology, Race

    document = window.document
    snapshots = [document.season]
    edits_in_order = [
        lambda: document.move_race("ana-city-marathon", dt.date(2027, 7, 11)),
        lambda: document.update_race("ana-parkrun", name="Harbour 5k", priority="B"),
        lambda: document.add_race("kofi", Race(name="Bay 10k", date=dt.date(2027, 3, 7))),
        lambda: document.remove_race("bjorn-river-half"),
        lambda: document.add_athlete(Athlete(name="Mia Kaur"), 2),
        lambda: document.rename_athlete("zoe", "Zoë K."),
        lambda: document.set_athlete_notes("eleni", "Knee check in May."),
        lambda: document.move_athlete("kofi", 0),
        lambda: document.remove_athlete("dmitry"),
        lambda: document.update_settings(weeks=40, methodology=Methodology(base=2)),
    ]
    for edit in edits_in_order:
        edit()
        snapshots.append(document.season)
    assert len(set(map(id, snapshots))) == len(snapshots)  # every edit changed the season
    for expected in reversed(snapshots[:-1]):
        window.action_undo.trigger()
        assert document.season == expected
    assert not document.modified
    for expected in snapshots[1:]:
        window.action_redo.trigger()
        assert document.season == expected
    assert window.plan.model.rowCount() == 40


def test_go_to_today_brings_both_the_timeline_and_this_week_into_view(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    view = window.timeline.view
    view.zoom_by(4)  # today is no longer on screen once zoomed in and scrolled away
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    today_x = view.x_for_date(dt.date(2027, 5, 3))
    assert not 0 <= today_x <= view.viewport().width()
    window.plan.table.setCurrentIndex(window.plan.model.index(45, 0))

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)

    today_x = view.x_for_date(dt.date(2027, 5, 3))
    assert 0 <= today_x <= view.viewport().width()
    assert window.plan.table.currentIndex().row() == 17  # week 18 holds 3 May 2027
    assert window.plan.details.week.index == 18  # the details follow


def test_dates_across_new_year_fit_their_column_unelided(window):
    table = window.plan.table
    text = window.plan.model.index(51, PlanColumn.DATES).data()
    assert " ".join(text.split()) == "27 Dec 2027 – 2 Jan 2028"
    # Two lines, broken after the dash: each date stays whole and fits.
    width = table.horizontalHeader().sectionSize(PlanColumn.DATES)
    lines = text.split(" ")
    assert [line.replace("\u00a0", " ") for line in lines] == ["27 Dec 2027 –", "2 Jan 2028"]
    assert max(table.fontMetrics().horizontalAdvance(line) for line in lines) + 8 <= width
    assert table.rowHeight(51) >= 2 * table.fontMetrics().lineSpacing()


def test_clicks_on_one_setting_are_one_undo_step(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    stack = window.document.undo_stack
    before = stack.count()
    dialog.weeks.setFocus()
    for _ in range(4):
        qtbot.keyClick(dialog.weeks, Qt.Key.Key_Up)
    assert window.document.season.weeks == 56
    assert stack.count() == before + 1
    assert stack.undoText() == "Make season 56 weeks long"

    dialog.lengths["base"].setFocus()  # another setting is its own step
    qtbot.keyClick(dialog.lengths["base"], Qt.Key.Key_Down)
    assert stack.count() == before + 2

    window.action_undo.trigger()
    window.action_undo.trigger()
    assert window.document.season.weeks == 52 and dialog.weeks.value() == 52
    assert window.document.season.methodology.base == 4


def test_clicking_a_setting_there_and_back_leaves_nothing_to_undo(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    before = window.document.undo_stack.count()
    dialog.weeks.setFocus()
    qtbot.keyClick(dialog.weeks, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.weeks, Qt.Key.Key_Down)
    assert window.document.season.weeks == 52
    assert window.document.undo_stack.count() == before
    assert not window.document.modified


def test_choosing_a_race_in_the_table_brings_it_into_view_on_the_timeline(qtbot, window):
    view = window.timeline.view
    view.zoom_by(4)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert not view.viewport().rect().contains(view.race_rect("ana-spring-half"))

    row = next(r for r in range(window.races.model.rowCount())
               if window.races.model.index(r, 1).data() == "Spring Half")
    click(qtbot, window.races.table, window.races.model.index(row, 1))

    assert window.selection.race_id == "ana-spring-half"
    assert view.viewport().rect().contains(view.race_rect("ana-spring-half"))


def test_every_warning_the_demo_shows_has_a_hint_for_the_coach(window):
    warnings = window.warnings.list
    shown = [warnings.item(r) for r in range(warnings.count())]
    texts = " ".join(item.text() for item in shown)
    assert "days away during the block" in texts and "found no free lifting day" in texts
    for item in shown:
        message, _, hint = item.toolTip().partition("\n")
        assert message and hint, item.text()
