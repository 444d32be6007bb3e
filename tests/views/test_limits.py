"""At the schema's limits the window says so: Add Athlete and Add Race are disabled
with the reason as their tooltip, and getting there anyway (a shortcut, a script, the
races table) gives a message in the status bar, never a traceback, and no change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner_gui.document.season_document import SeasonDocument
from planner_gui.model import edits
from planner_gui.model.demo import load_demo
from planner_gui.model.season import MAX_ATHLETES, MAX_RACES, Athlete, Priority, Race, Season
from planner_gui.views import dialogs
from planner_gui.views.main_window import MainWindow
from planner_gui.views.races_model import Column
from tests.views.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def full_roster() -> Season:
    """The demo season with as many athletes as a season holds."""
    season = load_demo()
    extra = tuple(
        Athlete(id=f"extra-{n}", name=f"Extra {n}")
        for n in range(MAX_ATHLETES - len(season.athletes))
    )
    return season.model_copy(update={"athletes": season.athletes + extra})


def full_kofi() -> Season:
    """The demo season where Kofi has as many races as one athlete can have."""
    season = load_demo()
    kofi = season.athlete("kofi")
    extra = tuple(
        Race(name=f"Parkrun {n}", date=season.start + dt.timedelta(days=n % 350),
             priority=Priority.C)
        for n in range(MAX_RACES - len(kofi.races))
    )
    return edits.update_athlete(season, "kofi", races=kofi.races + extra)


def _window(qtbot: QtBot, season: Season, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    main = MainWindow(SeasonDocument(season), remember=False, today=lambda: TODAY)
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *_: dialogs.Answer.DISCARD)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    return main


def _unchanged(main: MainWindow, before: Season) -> None:
    assert main.document.season is before
    assert main.document.undo_stack.count() == 0


def test_a_full_roster_disables_add_athlete_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _window(qtbot, full_roster(), monkeypatch)
    before = main.document.season
    button, action = main.roster.add_button, main.action_add_athlete
    assert not button.isEnabled() and not action.isEnabled()
    for tip in (button.toolTip(), action.toolTip(), action.statusTip()):
        assert f"at most {MAX_ATHLETES} athletes" in tip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    _unchanged(main, before)
    # Reached anyway (the slot behind the button and the shortcut): words, no change.
    main.roster.add_athlete()
    assert "The roster is full" in main.statusBar().currentMessage()
    _unchanged(main, before)
    # One athlete fewer, and the roster has room again.
    main.document.remove_athlete("extra-0")
    assert button.isEnabled() and action.isEnabled()
    assert button.toolTip() == "Add an athlete to the roster"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(main.document.season.athletes) == MAX_ATHLETES
    assert not button.isEnabled()


def test_an_athlete_with_every_race_disables_add_race_and_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _window(qtbot, full_kofi(), monkeypatch)
    before = main.document.season
    main.selection.select_athlete("kofi")
    button, action = main.races.add_button, main.action_add_race
    assert not button.isEnabled() and not action.isEnabled()
    for tip in (button.toolTip(), action.toolTip(), action.statusTip()):
        assert f"Kofi Mensah already has {MAX_RACES} races" in tip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    main.races.add_race()
    assert f"already has {MAX_RACES} races" in main.statusBar().currentMessage()
    _unchanged(main, before)
    # Another athlete has room.
    main.selection.select_athlete("ana")
    assert button.isEnabled() and action.isEnabled()
    assert "Kofi" not in button.toolTip()


def test_the_races_table_refuses_to_give_a_race_to_a_full_athlete(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _window(qtbot, full_kofi(), monkeypatch)
    before = main.document.season
    main.selection.select_athlete("ana")
    model = main.races.model
    row = next(r for r in range(model.rowCount()) if model.item(r).athlete_id == "ana")
    # What the athlete column's editor writes when Kofi is picked.
    assert not model.setData(model.index(row, Column.ATHLETE), "kofi")
    message = main.statusBar().currentMessage()
    assert "stayed where it was" in message and f"already has {MAX_RACES} races" in message
    _unchanged(main, before)


def test_a_full_athlete_can_still_move_their_own_races(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _window(qtbot, full_kofi(), monkeypatch)
    race = main.document.season.athlete("kofi").races[0]
    main.document.move_race(race.id, race.date + dt.timedelta(days=7))
    assert edits.find_race(main.document.season, race.id).race.date == race.date + dt.timedelta(
        days=7
    )


def test_an_edit_leaves_a_long_roster_scrolled_where_the_coach_left_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _window(qtbot, full_roster(), monkeypatch)
    main.selection.select_athlete("ana")  # the first row
    bar = main.roster.list.verticalScrollBar()
    bar.setValue(bar.maximum())
    race = main.document.season.athlete("ana").races[0]
    main.document.move_race(race.id, race.date + dt.timedelta(days=1))
    assert bar.value() == bar.maximum() > 0
    # Choosing an athlete still brings them into view.
    main.selection.select_athlete("bjorn")
    assert bar.value() < bar.maximum()
