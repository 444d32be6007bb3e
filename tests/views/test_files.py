"""Files: save and reopen, unsaved-changes prompts, broken files, recent files, layout."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from planner_gui.model.storage import load_season
from planner_gui.views import dialogs, recent_files
from tests.views.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _answer(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved",
                        lambda _parent, name, action: asked.append((name, action)) or answer)
    return asked


def test_save_as_then_reopen_round_trips(qtbot, window, tmp_path, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    window.roster.notes.setPlainText("New notes")
    window.roster.commit_notes()
    target = tmp_path / "copy"
    monkeypatch.setattr(dialogs, "save_path", lambda *_: target.with_suffix(".season.json"))
    window.action_save_as.trigger()
    saved = tmp_path / "copy.season.json"
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("copy.season.json")
    assert load_season(saved) == window.document.season
    edited = window.document.season

    window.document.move_race("ana-city-marathon", dt.date(2027, 8, 1))
    _answer(monkeypatch, dialogs.Answer.DISCARD)
    monkeypatch.setattr(dialogs, "open_path", lambda *_: saved)
    window.action_open.trigger()
    assert window.document.season == edited
    assert window.document.undo_stack.count() == 0
    assert recent_files.recent_files()[0] == saved.resolve()


def test_save_writes_the_current_file(window, season_file):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    window.action_save.trigger()
    assert load_season(season_file) == window.document.season
    assert not window.document.modified


def test_new_asks_and_cancel_keeps_the_changes(window, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    edited = window.document.season
    asked = _answer(monkeypatch, dialogs.Answer.CANCEL)
    window.action_new.trigger()
    assert asked == [("harbour.season.json", "starting a new season")]
    assert window.document.season is edited
    assert window.isWindowModified()


def _new_season_answer(monkeypatch, answer=lambda proposal: proposal):
    """Answer File ▸ New's dialog with ``answer(proposal)``; returns the proposals asked."""
    proposals = []
    monkeypatch.setattr(dialogs, "ask_new_season",
                        lambda _parent, proposal: proposals.append(proposal) or answer(proposal))
    return proposals


def test_new_after_discard_is_an_empty_untitled_season(window, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    _answer(monkeypatch, dialogs.Answer.DISCARD)
    _new_season_answer(monkeypatch)
    window.action_new.trigger()
    assert window.document.season.athletes == ()
    assert window.document.path is None
    assert window.windowTitle() == "Untitled[*] — Season Planner"
    assert window.races.empty.isVisible() and window.plan.empty.isVisible()


def test_new_asks_about_unsaved_changes_first_then_for_the_new_seasons_settings(
    window, monkeypatch
):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    order = []
    monkeypatch.setattr(dialogs, "ask_unsaved",
                        lambda *_: order.append("unsaved") or dialogs.Answer.DISCARD)
    proposals = _new_season_answer(
        monkeypatch,
        lambda proposal: order.append("new")
        or proposal.model_copy(
            update={"name": "Track 2028", "start": dt.date(2027, 11, 1), "weeks": 40}
        ),
    )
    window.action_new.trigger()
    assert order == ["unsaved", "new"]

    # The proposal: 52 weeks from the next first day of the week (today, 3 May 2027, a
    # Monday, when weeks start on Mondays), named after its year.
    proposal = proposals[0]
    assert proposal.weeks == 52 and proposal.name == f"Season {proposal.start.year}"
    assert proposal.start.weekday() == proposal.week_start.number
    assert TODAY <= proposal.start < TODAY + dt.timedelta(days=7)

    season = window.document.season
    assert (season.name, season.start, season.weeks) == ("Track 2028", dt.date(2027, 11, 1), 40)
    assert season.athletes == () and window.document.path is None
    assert window.season_label.text().endswith("· 40 weeks · 0 athletes")
    assert window.document.undo_stack.count() == 0


def test_cancelling_the_new_season_dialog_keeps_the_open_season(window, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    edited, path = window.document.season, window.document.path
    _answer(monkeypatch, dialogs.Answer.DISCARD)
    _new_season_answer(monkeypatch, lambda _proposal: None)
    window.action_new.trigger()
    assert window.document.season is edited and window.document.path == path
    assert window.isWindowModified()
    window.action_undo.trigger()  # the edits before are still there to undo
    assert window.document.season.athletes[0].races[1].date != dt.date(2027, 7, 4)


def test_closing_with_changes_save_answer_saves(window, season_file, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    _answer(monkeypatch, dialogs.Answer.SAVE)
    assert window.close()
    assert load_season(season_file).athletes[0].races[1].date == dt.date(2027, 7, 4)


def test_closing_with_changes_cancel_keeps_the_window(window, monkeypatch):
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    _answer(monkeypatch, dialogs.Answer.CANCEL)
    assert not window.close()
    assert window.isVisible()


def test_untitled_save_cancelled_keeps_the_window_open(window, monkeypatch):
    window.document.set_path(None)
    window.document.move_race("ana-city-marathon", dt.date(2027, 7, 4))
    _answer(monkeypatch, dialogs.Answer.SAVE)
    monkeypatch.setattr(dialogs, "save_path", lambda *_: None)
    assert not window.close()


def test_a_broken_file_keeps_the_open_season_and_names_the_field(window, tmp_path, monkeypatch):
    broken = tmp_path / "broken.season.json"
    broken.write_text('{"schema_version": 1, "name": "X", "start": "2027-02-30"}')
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(dialogs, "open_path", lambda *_: broken)
    before, path = window.document.season, window.document.path
    window.action_open.trigger()
    assert window.document.season is before and window.document.path == path
    assert len(errors) == 1 and "start" in errors[0] and "broken.season.json" in errors[0]
    assert broken.read_text().endswith('"2027-02-30"}')  # untouched


def test_open_recent_lists_existing_files_only(window, tmp_path, season_file):
    gone = tmp_path / "gone.season.json"
    recent_files.add_recent_file(gone)
    recent_files.add_recent_file(season_file)
    window.files.fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[0] == "&1 harbour.season.json"
    assert not any("gone" in t for t in texts)
    assert str(gone.resolve()) not in QSettings().value(recent_files.KEY, [])


def test_open_puts_the_file_on_top_of_open_recent_and_the_menu_reopens_it(
    window, tmp_path, season_file, monkeypatch
):
    other = tmp_path / "other.season.json"
    other.write_text(season_file.read_text().replace("Harbour Runners 2027", "Track Club"))
    recent_files.add_recent_file(season_file)  # opened in an earlier session
    monkeypatch.setattr(dialogs, "open_path", lambda *_: other)
    window.action_open.trigger()
    assert window.document.season.name == "Track Club"
    assert recent_files.recent_files()[0] == other.resolve()

    window.files.fill_recent_menu()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions[:2]] == ["&1 other.season.json", "&2 " + season_file.name]
    reopen = actions[1]
    reopen.trigger()
    assert window.document.path == season_file
    assert window.document.season.name == "Harbour Runners 2027"


def test_window_geometry_and_splitters_are_restored(qtbot, window, monkeypatch):
    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.views.main_window import MainWindow

    # The offscreen screen is 800×600 and restoreGeometry keeps windows on screen; the
    # height stays above the window's minimum (the timeline legend wraps onto rows there).
    window.resize(800, 540)
    # At this size the main splitter sits at its minimum widths whatever is stored, so
    # move splitters that have room: their default sizes differ from these.
    window.left_splitter.setSizes([150, 150, 150])
    window.plan.splitter.setSizes([500, 300])
    splitters = ("main_splitter", "left_panes", "plan_splitter")
    sizes = [window.findChild(QSplitter, name).sizes() for name in splitters]
    window.close()
    again = MainWindow(SeasonDocument(window.document.season, window.document.path))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.height() == 540  # (the width is clamped to the tiny offscreen screen)
    assert [again.findChild(QSplitter, name).sizes() for name in splitters] == sizes


def _colours(image, top, bottom):
    """The distinct colours in rows top..bottom of the image."""
    return {image.pixel(x, y) for y in range(top, bottom) for x in range(image.width())}


def test_a_new_season_shows_how_to_add_the_first_athlete_on_the_timeline(window, monkeypatch):
    _answer(monkeypatch, dialogs.Answer.DISCARD)
    _new_season_answer(monkeypatch)
    window.action_new.trigger()
    view = window.timeline.view
    middle = (view.viewport().height() + 40) // 2
    with_hint = _colours(view.viewport().grab().toImage(), middle - 8, middle + 8)

    window.action_add_athlete.trigger()
    assert window.document.season.athletes
    window.roster.setFocus()  # leave the name editor; the lane sits at the top
    without = _colours(view.viewport().grab().toImage(), middle - 8, middle + 8)
    # The same grid in both; only the hint's anti-aliased text adds colours.
    assert len(with_hint) > len(without) + 3
