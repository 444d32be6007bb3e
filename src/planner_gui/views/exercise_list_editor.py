"""An editable list of exercise names: add, rename in place, delete, move, reset.

The editor keeps no list of its own. Each change is proposed whole through
``edited`` and the owner writes it to the document (one undo step) and shows the
result with ``show_list``: so undo, redo and a refused change all look the same.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.model.season import MAX_EXERCISE_NAME, MAX_EXERCISES, name_characters_problem
from planner_gui.views.invalid_input import mark_invalid, problem_label, show_problem

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def name_problem(name: str, others: tuple[str, ...]) -> str:
    """Why ``name`` cannot join a list that holds ``others`` ("" when it can)."""
    if not name:
        return "An exercise needs a name."
    if len(name) > MAX_EXERCISE_NAME:
        return (
            f"An exercise name has at most {MAX_EXERCISE_NAME} characters; "
            f"this one has {len(name)}."
        )
    if problem := name_characters_problem(name):
        return problem
    same = next((other for other in others if other.casefold() == name.casefold()), None)
    if same is not None:
        return f"The list already has {same}."
    return ""


class _NameDelegate(QStyledItemDelegate):
    """Renames in place; a name that cannot be used stays in the editor, in red."""

    def __init__(self, editor: ExerciseListEditor):
        super().__init__(editor.list)
        self._owner = editor

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        field = QLineEdit(parent)
        # No maximum length: a pasted name that is too long is refused with a reason,
        # not cut short without a word.
        field.setAccessibleName("Exercise name")
        row = index.row()
        field.textEdited.connect(lambda text: self._check(field, row, text))
        return field

    def _check(self, field: QLineEdit, row: int, text: str) -> str:
        problem = name_problem(text.strip(), self._owner.names_except(row))
        mark_invalid(field, bool(problem))
        self._owner.show_problem(problem)
        return problem

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _RETURN_KEYS  # type: ignore[attr-defined]
            and watched.property("invalid")
        ):
            return True  # Return keeps a refused name open to fix (Escape gives up)
        return super().eventFilter(watched, event)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        row = index.row()
        name = editor.text().strip()
        if name == self._owner.names()[row]:
            self._owner.show_problem("")
            return
        problem = self._check(editor, row, name)
        if problem:
            self._owner.show_problem(f"{problem} The old name stays.")
            return
        model.setData(index, name)  # shown at once; the document then agrees
        names = list(self._owner.names())
        self._owner.propose(tuple(names), row)


class ExerciseListEditor(QWidget):
    """The exercise list of one phase, edited one change at a time.

    Keys in the list: F2 or a double click renames, Delete removes, Alt+Up and
    Alt+Down move the chosen exercise. Return in the name field adds it.

    Signals:
        edited(tuple): the whole list as the coach wants it after one change.
        reset_requested(): the coach asked for the app's list again.

    Attributes tests use: list, new_name, add_button, delete_button, up_button,
    down_button, reset_button, problem.
    """

    edited = Signal(tuple)
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._wanted_row: int | None = None
        """The row to choose when the proposed list comes back from the document."""

        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setItemDelegate(_NameDelegate(self))
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self._delete),
            (QKeySequence("Alt+Up"), lambda: self._move(-1)),
            (QKeySequence("Alt+Down"), lambda: self._move(1)),
        ):
            # Only while the list itself has the focus: Delete in a rename field
            # deletes a character, not the exercise.
            shortcut = QShortcut(keys, self.list, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("New exercise, e.g. Nordic curl")
        self.new_name.setAccessibleName("New exercise name")
        self.new_name.textEdited.connect(self._new_name_edited)
        self.new_name.installEventFilter(self)
        self.add_button = self._button("&Add", "Add the exercise at the end of the list")
        self.add_button.clicked.connect(self._add)
        self.delete_button = self._button("&Delete", "Remove the chosen exercise (Delete)")
        self.delete_button.clicked.connect(self._delete)
        self.up_button = self._button("Move &up", "Move the chosen exercise up (Alt+Up)")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = self._button("Move d&own", "Move the chosen exercise down (Alt+Down)")
        self.down_button.clicked.connect(lambda: self._move(1))
        self.reset_button = self._button(
            "&Reset to the app's list", "Forget this list and use the app's own again"
        )
        self.reset_button.clicked.connect(self.reset_requested)

        self.problem = problem_label()

        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        moving = QGridLayout()
        moving.addWidget(self.up_button, 0, 0)
        moving.addWidget(self.down_button, 0, 1)
        moving.addWidget(self.delete_button, 0, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(moving)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        layout.addWidget(self.reset_button)
        self._enable()

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        # Return in the name field or a spin box of the dialog must not press it.
        button.setAutoDefault(False)
        return button

    # -- what is shown ---------------------------------------------------------------

    def names(self) -> tuple[str, ...]:
        """The names as shown, in order."""
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def names_except(self, row: int) -> tuple[str, ...]:
        """The shown names without the one in ``row`` (the one being renamed)."""
        names = self.names()
        return names[:row] + names[row + 1 :]

    def show_list(self, names: tuple[str, ...], *, own: bool) -> None:
        """Show ``names``; ``own`` says whether there is a list to reset."""
        self.reset_button.setEnabled(own)
        if names != self.names():
            if self.list.state() == QAbstractItemView.State.EditingState:
                # WORKAROUND: rebuilding the items while the rename field commits
                # deletes the index it is writing to; rebuild once it has closed.
                QTimer.singleShot(0, lambda: self.show_list(names, own=own))
                return
            row = self._wanted_row if self._wanted_row is not None else self.list.currentRow()
            self.list.clear()
            for name in names:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
            if names:
                self.list.setCurrentRow(max(0, min(row, len(names) - 1)))
        self._wanted_row = None
        self._enable()

    def show_problem(self, text: str) -> None:
        """Say why the last change was refused ("" hides the message)."""
        show_problem(self.problem, text)

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        chosen = 0 <= row < count
        self.delete_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < count - 1)

    # -- changes -----------------------------------------------------------------------

    def propose(self, names: tuple[str, ...], row: int) -> None:
        """Hand ``names`` to the owner, with ``row`` to choose once it is shown."""
        self._wanted_row = row
        self.edited.emit(names)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_name
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _RETURN_KEYS  # type: ignore[attr-defined]
        ):
            # Return adds; it must not reach the dialog and close it.
            self._add()
            return True
        return super().eventFilter(watched, event)

    def _new_name_edited(self, text: str) -> None:
        # Too long is said while typing; empty or a repeat only when adding.
        name = text.strip()
        problem = name_problem(name, ()) if name else ""
        mark_invalid(self.new_name, bool(problem))
        self.show_problem(problem)

    def _add(self) -> None:
        name = self.new_name.text().strip()
        names = self.names()
        problem = name_problem(name, names)
        if not problem and len(names) >= MAX_EXERCISES:
            problem = (
                f"A phase lists at most {MAX_EXERCISES} exercises: "
                "delete one to add another."
            )
        mark_invalid(self.new_name, bool(problem))
        self.show_problem(problem)
        if problem:
            self.new_name.setFocus()
            return
        self.new_name.clear()
        self.propose((*names, name), len(names))

    def _delete(self) -> None:
        row = self.list.currentRow()
        names = self.names()
        if not 0 <= row < len(names):
            return
        self.show_problem("")
        self._propose_keeping_focus(names[:row] + names[row + 1 :], min(row, len(names) - 2))

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        names = list(self.names())
        target = row + step
        if not (0 <= row < len(names) and 0 <= target < len(names)):
            return
        names[row], names[target] = names[target], names[row]
        self.show_problem("")
        self._propose_keeping_focus(tuple(names), target)

    def _propose_keeping_focus(self, names: tuple[str, ...], row: int) -> None:
        # A button that goes grey under the keyboard (top or bottom reached, list
        # emptied) hands the focus on to whatever comes next; keep it in the list.
        pressed = QApplication.focusWidget()
        self.propose(names, row)
        if isinstance(pressed, QPushButton) and not pressed.isEnabled():
            self.list.setFocus()
