"""Season Settings ▸ Exercises: the exercise list of each phase is edited in place,
each change is one undo step that the plan follows, and a name that cannot be used
is refused in red with the reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from planner_gui.model.exercises import default_exercises
from planner_gui.model.phases import Phase
from planner_gui.model.season import MAX_EXERCISE_NAME, MAX_EXERCISES, PhaseExercises

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

BASE = default_exercises(Phase.BASE)


@pytest.fixture
def dialog(qtbot, window):
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert dialog.tabs.currentWidget() is dialog.exercises
    yield dialog
    dialog.close()


@pytest.fixture
def editor(dialog):
    assert dialog.exercises.phase() is Phase.BASE  # the page opens on the base list
    return dialog.exercises.editor


def _base(window):
    return window.document.season.methodology.exercises.base


def _ana_week(window, phase):
    return next(w for w in window.document.plans["ana"].weeks if w.phase is phase)


def _choose(qtbot, view, row):
    """Click a row of a list view."""
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _press_return(qtbot, editor, field):
    """Return in a rename field (the list commits a name a moment later, as Qt does)."""
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.wait(50)


def _rename(qtbot, editor, row, text, *, double_click=False):
    """Press F2 on a row (or double-click it) and type a new name over the old one."""
    if double_click:
        # A hand's double click is a click, then a second press the system calls a
        # double click (QTest's mouseDClick alone leaves out the first click).
        _choose(qtbot, editor.list, row)
        rect = editor.list.visualRect(editor.list.model().index(row, 0))
        qtbot.mouseDClick(editor.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        _choose(qtbot, editor.list, row)
        qtbot.keyClick(editor.list, Qt.Key.Key_F2)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and editor.list.isAncestorOf(field)
    field.selectAll()
    qtbot.keyClicks(field, text)
    return field


def test_a_typed_exercise_is_added_to_the_base_weeks_as_one_undo_step(
    qtbot, window, dialog, editor
):
    assert editor.names() == BASE and _base(window) is None
    assert "the app's list" in dialog.exercises.source.text()
    assert not editor.reset_button.isEnabled()

    qtbot.mouseClick(editor.new_name, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.new_name, "Nordic curl")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)

    assert dialog.isVisible()  # Return added the exercise; it did not close the dialog
    assert _base(window) == (*BASE, "Nordic curl")
    assert _ana_week(window, Phase.BASE).exercises == (*BASE, "Nordic curl")
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Add Nordic curl to the base exercises"
    assert editor.names()[-1] == "Nordic curl"
    assert editor.list.currentItem().text() == "Nordic curl"
    assert editor.new_name.text() == "" and editor.new_name.hasFocus()  # ready for the next
    assert "the season's own list" in dialog.exercises.source.text()
    assert editor.reset_button.isEnabled()

    qtbot.keyClicks(editor.new_name, "Copenhagen plank")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert _base(window)[-2:] == ("Nordic curl", "Copenhagen plank")
    assert stack.count() == 2  # two exercises added, two things to take back

    window.action_undo.trigger()
    assert _base(window) == (*BASE, "Nordic curl")
    window.action_undo.trigger()
    assert _base(window) is None
    assert editor.names() == BASE  # the list follows undo
    assert _ana_week(window, Phase.BASE).exercises == BASE


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("", "An exercise needs a name."),
        ("   ", "An exercise needs a name."),
        ("x" * (MAX_EXERCISE_NAME + 1), f"at most {MAX_EXERCISE_NAME} characters"),
        ("plank", "The list already has Plank."),
    ],
)
def test_a_name_that_cannot_be_used_is_refused_in_red(qtbot, window, editor, typed, reason):
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, typed)
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert editor.new_name.property("invalid") is True
    assert editor.problem.isVisible() and reason in editor.problem.text()
    assert window.document.undo_stack.count() == 0 and _base(window) is None

    editor.new_name.clear()
    qtbot.keyClicks(editor.new_name, "Nordic curl")  # fixed: the red goes
    assert editor.new_name.property("invalid") is False and not editor.problem.isVisible()


def test_a_name_too_long_turns_red_while_it_is_typed(qtbot, editor):
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "y" * MAX_EXERCISE_NAME)
    assert editor.new_name.property("invalid") is False
    qtbot.keyClicks(editor.new_name, "y")  # one character too many
    assert editor.new_name.property("invalid") is True
    assert f"this one has {MAX_EXERCISE_NAME + 1}" in editor.problem.text()


def test_a_full_list_takes_no_more(qtbot, window, editor):
    full = tuple(f"Drill {n}" for n in range(1, MAX_EXERCISES + 1))
    methodology = window.document.season.methodology
    window.document.update_settings(
        methodology=methodology.model_copy(update={"exercises": PhaseExercises(base=full)})
    )
    assert editor.names() == full
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "Nordic curl")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    assert _base(window) == full
    assert f"at most {MAX_EXERCISES} exercises" in editor.problem.text()


def test_an_exercise_is_renamed_in_place(qtbot, window, editor):
    field = _rename(qtbot, editor, BASE.index("Plank"), "Side plank hold", double_click=True)
    _press_return(qtbot, editor, field)
    assert editor.list.state() != QAbstractItemView.State.EditingState
    assert _base(window) == tuple("Side plank hold" if n == "Plank" else n for n in BASE)
    assert "Side plank hold" in _ana_week(window, Phase.BASE).exercises
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Rename Plank to Side plank hold in the base exercises"
    assert editor.list.currentItem().text() == "Side plank hold"


def test_a_rename_that_cannot_be_used_stays_open_in_red_until_escape(qtbot, window, editor):
    field = _rename(qtbot, editor, 0, "z" * (MAX_EXERCISE_NAME + 5))
    _press_return(qtbot, editor, field)
    assert editor.list.state() == QAbstractItemView.State.EditingState  # still open …
    assert field.property("invalid") is True  # … in red, with the reason
    assert f"at most {MAX_EXERCISE_NAME} characters" in editor.problem.text()

    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # empty is no name either
    _press_return(qtbot, editor, field)
    assert editor.list.state() == QAbstractItemView.State.EditingState
    assert editor.problem.text() == "An exercise needs a name."

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert editor.list.state() != QAbstractItemView.State.EditingState
    assert editor.names() == BASE
    assert window.document.undo_stack.count() == 0 and _base(window) is None


def test_a_refused_rename_that_loses_the_focus_keeps_the_old_name(qtbot, window, editor):
    _rename(qtbot, editor, 1, "Plank")  # the list has a Plank already
    qtbot.mouseClick(editor.new_name, Qt.MouseButton.LeftButton)  # clicked elsewhere
    assert editor.names() == BASE
    assert editor.problem.text() == "The list already has Plank. The old name stays."
    assert window.document.undo_stack.count() == 0


def test_delete_and_moves_by_key_and_button_are_each_one_undo_step(qtbot, window, editor):
    stack = window.document.undo_stack
    _choose(qtbot, editor.list, 1)  # Romanian deadlift
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert _base(window) == BASE[:1] + BASE[2:]
    assert stack.undoText() == "Remove Romanian deadlift from the base exercises"
    assert editor.list.currentItem().text() == BASE[2]  # the next one is chosen

    qtbot.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _base(window)[:2] == (BASE[2], BASE[0])
    assert stack.undoText() == f"Swap {BASE[0]} and {BASE[2]} in the base exercises"
    assert editor.list.currentRow() == 0  # the chosen one moved with the list
    assert not editor.up_button.isEnabled()  # at the top

    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert _base(window)[:3] == (BASE[0], BASE[3], BASE[2])
    assert editor.list.currentItem().text() == BASE[2]
    assert stack.count() == 4

    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert BASE[2] not in _base(window)
    assert _ana_week(window, Phase.BASE).exercises == _base(window)
    for _ in range(5):
        window.action_undo.trigger()
    assert _base(window) is None and editor.names() == BASE


def test_moving_down_to_the_bottom_keeps_the_keyboard_in_the_list(qtbot, window, editor):
    _choose(qtbot, editor.list, len(BASE) - 2)
    editor.down_button.setFocus()
    qtbot.keyClick(editor.down_button, Qt.Key.Key_Space)
    assert editor.list.currentRow() == len(BASE) - 1
    assert not editor.down_button.isEnabled()
    assert editor.list.hasFocus()


def test_reset_gives_the_phase_the_apps_list_again(qtbot, window, dialog, editor):
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "Nordic curl")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert _base(window) is None
    assert editor.names() == BASE and not editor.reset_button.isEnabled()
    stack = window.document.undo_stack
    assert stack.count() == 2
    assert stack.undoText() == "Reset the base exercises to the app's list"
    window.action_undo.trigger()
    assert _base(window) == (*BASE, "Nordic curl")


def test_race_specific_says_what_the_app_adds_by_distance_and_an_own_list_replaces_it(
    qtbot, window, dialog
):
    page = dialog.exercises
    page.phases.setFocus()
    qtbot.keyClick(page.phases, Qt.Key.Key_Down)  # strength
    qtbot.keyClick(page.phases, Qt.Key.Key_Down)  # race-specific
    assert page.phase() is Phase.RACE_SPECIFIC
    assert page.editor.names() == default_exercises(Phase.RACE_SPECIFIC)  # for any distance
    note = page.note.text()
    assert page.note.isVisible()
    assert "A half marathon or longer adds calf work (straight-knee calf raise" in note
    assert "a marathon or ultra adds plyometrics (A-skips" in note
    week = _ana_week(window, Phase.RACE_SPECIFIC)  # Ana runs a marathon: the app adds
    assert "A-skips" in week.exercises

    page.editor.new_name.setFocus()
    qtbot.keyClicks(page.editor.new_name, "Hill bounds")
    qtbot.keyClick(page.editor.new_name, Qt.Key.Key_Return)
    own = window.document.season.methodology.exercises.race_specific
    assert own == (*default_exercises(Phase.RACE_SPECIFIC), "Hill bounds")
    assert _ana_week(window, Phase.RACE_SPECIFIC).exercises == own  # exactly the list
    assert "whatever the distance" in page.note.text()
    assert (
        window.document.undo_stack.undoText()
        == "Add Hill bounds to the race-specific exercises"
    )
    _choose(qtbot, page.phases, 1)
    assert not page.note.isVisible()  # the note is about race-specific weeks only


def test_undo_shows_the_phase_whose_list_it_changed(qtbot, window, editor, dialog):
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "Nordic curl")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    page = dialog.exercises
    _choose(qtbot, page.phases, 4)  # taper
    assert page.phase() is Phase.TAPER
    window.action_undo.trigger()
    assert page.phase() is Phase.BASE and editor.names() == BASE


def test_the_keyboard_reaches_every_part_of_the_page(qtbot, dialog, editor):
    page = dialog.exercises
    page.phases.setFocus()
    reached = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    parts = {page.phases, editor.list, editor.new_name, editor.add_button,
             editor.down_button, editor.delete_button}
    assert parts <= reached


@pytest.mark.parametrize("row", [1, 3])  # base, and race-specific with its note
def test_the_first_change_does_not_move_the_list_under_the_mouse(qtbot, window, dialog, row):
    page = dialog.exercises
    _choose(qtbot, page.phases, row)
    editor = page.editor
    QApplication.processEvents()  # layouts settle on posted events
    before = (editor.list.mapTo(dialog, editor.list.rect().topLeft()),
              editor.reset_button.mapTo(dialog, editor.reset_button.rect().topLeft()))
    editor.new_name.setFocus()
    qtbot.keyClicks(editor.new_name, "Nordic curl")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.reset_button.isEnabled()  # the list is the season's own now
    QApplication.processEvents()
    after = (editor.list.mapTo(dialog, editor.list.rect().topLeft()),
             editor.reset_button.mapTo(dialog, editor.reset_button.rect().topLeft()))
    assert after == before


def test_ctrl_z_in_the_dialog_undoes_and_ctrl_shift_z_redoes(qtbot, window, editor):
    _choose(qtbot, editor.list, 0)
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert _base(window) == BASE[1:]
    qtbot.keyClick(editor.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _base(window) is None and editor.names() == BASE
    redo = QKeySequence(QKeySequence.StandardKey.Redo)[0]
    qtbot.keyClick(editor.list, redo.key(), redo.keyboardModifiers())
    assert _base(window) == BASE[1:]
