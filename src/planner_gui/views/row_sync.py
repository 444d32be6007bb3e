"""Turn "the rows were this list, now they are that list" into Qt's begin/end calls.

Item models keep their rows in a ``RowList`` of immutable items with an id. When the
document replaces the season, a model computes its new rows and calls
``RowList.sync``: removals, insertions and single-row moves are reported precisely (views
keep their selection and scroll position), changed rows get ``dataChanged``, and only
a reshuffle no simple step explains falls back to a model reset.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RowStep:
    """One structural step: ``kind`` is "remove", "insert", "move" or "reset".

    remove/insert: rows ``first``..``last`` (inclusive; insert positions in the list
    after the step). move: the row at ``first`` goes to position ``last`` (the index it
    ends up at). reset: everything.
    """

    kind: str
    first: int = 0
    last: int = 0


def plan_steps(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[RowStep]:
    """The steps that turn the key list ``old`` into ``new`` (keys are unique).

    Pure function, so it is tested without Qt: apply the steps to ``old`` and you get
    ``new``.
    """
    if list(old) == list(new):
        return []
    new_set, old_set = set(new), set(old)
    steps: list[RowStep] = []
    current = list(old)
    # Removals, bottom first so earlier indexes stay valid; contiguous runs are one step.
    index = len(current) - 1
    while index >= 0:
        if current[index] in new_set:
            index -= 1
            continue
        last = index
        while index >= 0 and current[index] not in new_set:
            index -= 1
        steps.append(RowStep("remove", index + 1, last))
        del current[index + 1 : last + 1]
    # What is left must be the new list's kept keys in the same order, or one row moved.
    kept = [key for key in new if key in old_set]
    if current != kept:
        move = _single_move(current, kept)
        if move is None:
            return [RowStep("reset")]
        steps.append(move)
        source, target = move.first, move.last
        current.insert(target, current.pop(source))
    # Insertions, top first, contiguous runs as one step.
    index = 0
    while index < len(new):
        if new[index] in old_set:
            index += 1
            continue
        first = index
        while index < len(new) and new[index] not in old_set:
            index += 1
        steps.append(RowStep("insert", first, index - 1))
        current[first:first] = new[first:index]
    return steps


def _single_move(current: list[Hashable], target: list[Hashable]) -> RowStep | None:
    """The one-row move that turns ``current`` into ``target``, if there is one.

    At the first place the lists differ, either the row there moved down (it is
    ``current``'s) or a row from further down moved up to it (``target``'s): two
    candidates, each checked in one pass, so a long list (every race of a big roster)
    costs time in proportion to its length, not its square.
    """
    first = next((i for i, (a, b) in enumerate(zip(current, target, strict=True)) if a != b), None)
    if first is None:
        return None
    for key in (current[first], target[first]):
        source, destination = current.index(key), target.index(key)
        rest = current[:source] + current[source + 1 :]
        if [*rest[:destination], key, *rest[destination:]] == target:
            return RowStep("move", source, destination)
    return None


@dataclass
class RowList(Generic[T]):
    """A model's rows: the items and how to key and compare them."""

    items: list[T]
    key: Callable[[T], Hashable]
    same: Callable[[T, T], bool] = lambda a, b: a is b or a == b

    def sync(self, model: QAbstractItemModel, new: Sequence[T], columns: int) -> None:
        """Replace the items with ``new``, telling ``model``'s views exactly what moved.

        Call from the model that owns this list; the model's ``rowCount`` must read
        ``len(self.items)``.
        """
        old_items = self.items
        if len(old_items) == len(new):
            # The usual edit: the same rows, a few of them new objects. Identity
            # answers for the others, so this costs next to nothing per row.
            pairs = enumerate(zip(old_items, new, strict=True))
            touched = [row for row, (a, b) in pairs if a is not b]
            if all(self.key(old_items[row]) == self.key(new[row]) for row in touched):
                changed = [row for row in touched if not self.same(old_items[row], new[row])]
                self.items = list(new)
                for first, last in _runs(changed):
                    model.dataChanged.emit(model.index(first, 0), model.index(last, columns - 1))
                return
        steps = plan_steps(list(map(self.key, old_items)), list(map(self.key, new)))
        root = QModelIndex()
        if steps and steps[0].kind == "reset":
            model.beginResetModel()
            self.items = list(new)
            model.endResetModel()
            return
        for step in steps:
            if step.kind == "remove":
                model.beginRemoveRows(root, step.first, step.last)
                del self.items[step.first : step.last + 1]
                model.endRemoveRows()
            elif step.kind == "insert":
                model.beginInsertRows(root, step.first, step.last)
                self.items[step.first : step.first] = new[step.first : step.last + 1]
                model.endInsertRows()
            else:
                # Qt wants the destination as the row the item goes *before*, counted
                # in the list before the move.
                before = step.last + 1 if step.last > step.first else step.last
                model.beginMoveRows(root, step.first, step.first, root, before)
                self.items.insert(step.last, self.items.pop(step.first))
                model.endMoveRows()
        # Same keys in the same order now; report the rows whose content changed.
        pairs = enumerate(zip(self.items, new, strict=True))
        changed = [row for row, (item, fresh) in pairs if not self.same(item, fresh)]
        self.items = list(new)
        for first, last in _runs(changed):
            model.dataChanged.emit(model.index(first, 0), model.index(last, columns - 1))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of sorted row numbers as (first, last) pairs."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
