"""How an editor shows that its value cannot be used, and the red line that says why
(shared by every editor and dialog)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtWidgets import QLabel, QWidget

from planner_gui.model.season import first_reason

_RED = "background-color: #f8d0d0; color: #5a0000;"
INVALID_STYLE = (
    f'*[invalid="true"] {{ {_RED} border: 2px solid #c0392b; }} '
    f'*[invalid="true"] > QLineEdit {{ {_RED} }}'
)
"""How an editor with a value that cannot be used looks (the same in light and dark).

Scoped to the editor and the line edit inside a spin box: a plain style sheet also
reaches every child, and turned a date field's calendar popup red as well.
"""


PROBLEM_STYLE = "color: #c0392b; font-weight: bold;"
"""How a refusal reads under an editor or in a dialog."""


def refusal_text(error: ValidationError | ValueError) -> str:
    """The first reason pydantic (or the season's own check) gave, as a sentence."""
    text = first_reason(error) if isinstance(error, ValidationError) else str(error)
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def problem_label() -> QLabel:
    """A hidden, word-wrapped red line for what was refused and why."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    """Say ``text`` on a problem line (an empty text hides it)."""
    label.setText(text)
    label.setVisible(bool(text))


def mark_invalid(editor: QWidget, invalid: bool) -> None:
    """Colour an editor red while its value cannot be used (and back when it can)."""
    editor.setProperty("invalid", invalid)  # before the sheet that selects on it
    editor.setStyleSheet(INVALID_STYLE if invalid else "")
