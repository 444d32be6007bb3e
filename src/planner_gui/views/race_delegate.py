"""Editors for the races table: a date field, choosers and checked text fields."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner_gui.model.date_text import format_day
from planner_gui.model.race_look import RACE_LOOKS, priority_choice
from planner_gui.model.season import (
    MAX_NAME,
    MAX_NOTES,
    Distance,
    Priority,
    name_characters_problem,
)
from planner_gui.views.date_field import DateField, from_qdate, to_qdate
from planner_gui.views.invalid_input import mark_invalid
from planner_gui.views.races_model import CHOICES_ROLE, Column

Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
"""Keys with which an item view commits the editor's text (Backtab: Shift+Tab)."""


class RaceDelegate(QStyledItemDelegate):
    """Creates the right editor per column and refuses values that cannot be used.

    A refused value (an empty name, a date that does not exist or cannot be read)
    keeps the editor open, red, with the coach's text in it, and the race keeps its
    old value; the reason goes out through ``refused`` (the window shows it in the
    status bar). Escape gives up the edit.

    Signals:
        refused(str): why the editor's value was not accepted.
    """

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column == Column.DATE:
            field = DateField(parent)
            field.textEdited.connect(lambda _t, e=field: self._clear_when_fixed(e))
            # Picking a day in the calendar is the whole edit, as choosing from a list is.
            field.date_picked.connect(lambda e=field: self._commit_and_close(e))
            return field
        if column in (Column.PRIORITY, Column.DISTANCE, Column.ATHLETE):
            combo = _Chooser(parent)
            if column == Column.ATHLETE:
                for label, athlete_id in index.data(CHOICES_ROLE) or []:
                    combo.addItem(label, athlete_id)
            elif column == Column.PRIORITY:
                for priority in Priority:
                    combo.addItem(priority_choice(priority), priority.value)
                    combo.setItemData(
                        combo.count() - 1,
                        RACE_LOOKS[priority].explanation,
                        Qt.ItemDataRole.ToolTipRole,
                    )
            else:
                for distance in Distance:
                    combo.addItem(distance.label, distance.value)
            # Choosing from the open list is the whole edit: commit at once. Arrow keys
            # on the closed box only browse; Enter, Tab or leaving the cell commits.
            combo.picked.connect(lambda c=combo: self._commit_and_close(c))
            return combo
        line = QLineEdit(parent)
        line.setMaxLength(MAX_NOTES if column == Column.NOTES else MAX_NAME)
        line.textEdited.connect(lambda _t, e=line: self._recheck(e))
        line.setProperty("column", int(column))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateField) and isinstance(value, QDate):
            editor.set_date(from_qdate(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateField):
            try:
                day = editor.date()
            except ValueError as error:
                # Only a view that closes the editor by itself (a click on another
                # cell) gets here: Enter, Tab and focus moves are stopped in eventFilter.
                kept = editor.original_date
                stays = f" The date stays {format_day(kept)}." if kept else ""
                self.refused.emit(f"{error}{stays}")
                return
            value: object = to_qdate(day)
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        if index.data(Qt.ItemDataRole.EditRole) != value:
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        # Date and choosers need more room than a narrow cell gives them.
        if isinstance(editor, DateField | QComboBox):
            rect = rect.adjusted(0, 0, max(0, editor.sizeHint().width() - rect.width()), 0)
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if isinstance(editor, QLineEdit):
            committing = (
                event.type() == QEvent.Type.FocusOut and not _focus_inside(editor)
            ) or (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in _COMMIT_KEYS
            )
            if committing and self._problem(editor):
                self._recheck(editor)
                return True  # keep the editor open with the coach's text in it
        return super().eventFilter(editor, event)

    # -- helpers -------------------------------------------------------------------

    def _problem(self, editor: QLineEdit) -> str:
        if isinstance(editor, DateField):
            problem = editor.problem()
            if problem and editor.original_date is not None:
                kept = format_day(editor.original_date)
                return f"{problem} Correct it, or press Escape to keep {kept}."
            return problem
        if editor.property("column") == int(Column.NAME):
            if not editor.text().strip():
                return "A race needs a name: type one, or press Escape to keep the old name."
            if problem := name_characters_problem(editor.text()):
                return f"{problem} Retype the name, or press Escape to keep the old one."
        return ""

    def _recheck(self, editor: QLineEdit) -> None:
        problem = self._problem(editor)
        mark_invalid(editor, bool(problem))
        if problem:
            self.refused.emit(problem)

    def _clear_when_fixed(self, editor: DateField) -> None:
        # A half-typed date is no mistake yet: it turns red only when committed, and
        # back as soon as the text reads as a date.
        if editor.property("invalid") and not editor.problem():
            mark_invalid(editor, False)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class _Chooser(QComboBox):
    """A combo box that tells a choice made in its open list from arrow-key browsing.

    QComboBox emits ``activated`` for both. Committing on every arrow key would make
    each priority passed on the way an undo step, and move a race through every
    athlete between the old one and the one the coach wants.

    Signals:
        picked(): an item was chosen in the open list (by click or Enter).
    """

    picked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._listed = False
        self.activated.connect(self._activated)

    def showPopup(self) -> None:
        self._listed = True
        super().showPopup()

    def hidePopup(self) -> None:
        super().hidePopup()
        # A choice in the list emits activated right after this; Escape emits nothing,
        # so forget the list once the event that closed it is done.
        QTimer.singleShot(0, self, self._forget)

    def _activated(self, _index: int) -> None:
        if self._listed:
            self._listed = False
            self.picked.emit()

    def _forget(self) -> None:
        self._listed = False


def _focus_inside(editor: QWidget) -> bool:
    """Whether the focus went to a part of ``editor`` (its calendar popup)."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if widget is editor:
            return True
        widget = widget.parentWidget()
    return False
