"""One undo step: the season before and after an edit."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner_gui.model.season import Season


class SeasonEditCommand(QUndoCommand):
    """Replace the document's season with another snapshot (undo puts the old one back).

    ``apply`` installs a season in the document; the command holds nothing else of it,
    and only weakly: the stack that owns the command belongs to the document, and a
    strong reference back would make a cycle through Qt's ownership that only the
    garbage collector breaks, at a moment of its choosing (it deleted a window's
    document in the middle of another window's paint).

    Commands with the same ``merge_key`` pushed one after another become one undo
    step (a spin box clicked from 52 to 56 weeks is one change to undo, and so are
    Shift+Right pressed three times on one race). Gestures such as drags never pass
    a key: two drags stay two steps.
    """

    MERGE_ID = 1

    def __init__(
        self,
        apply: Callable[[Season], None],
        label: str,
        before: Season,
        after: Season,
        merge_key: str | None = None,
    ):
        super().__init__(label)
        self._apply = weakref.WeakMethod(apply) if hasattr(apply, "__self__") else lambda: apply
        self._before = before
        self._after = after
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SeasonEditCommand) or other.merge_key != self.merge_key:
            return False
        self._after = other._after
        self.setText(other.text())
        self.setObsolete(self._after == self._before)  # clicked back to where it began
        return True

    def redo(self) -> None:
        self._install(self._after)

    def undo(self) -> None:
        self._install(self._before)

    def _install(self, season: Season) -> None:
        apply = self._apply()
        if apply is not None:  # None only while the document itself is being deleted
            apply(season)
