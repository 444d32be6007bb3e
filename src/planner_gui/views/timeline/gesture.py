"""What every pointer gesture on the timeline answers to, so one router can run them all.

A gesture starts on a press (or a drag entering the viewport), follows the moves
the ``GestureRouter`` feeds it, and ends either with ``release`` (its edit, written
to the document as one undo step) or with ``cancel`` (the document untouched, and
whatever the gesture showed gone). The event type differs by gesture: mouse events
for moving a race and panning, drop events for a race dragged in from elsewhere.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

EventT = TypeVar("EventT", contravariant=True)


class Gesture(Protocol[EventT]):
    """One interaction on the timeline, from the event that starts it until it ends."""

    def move(self, event: EventT) -> None:
        """Follow the pointer (a preview, a pan, nothing inside the dead zone)."""

    def release(self, event: EventT) -> None:
        """End here: commit what the gesture previewed."""

    def cancel(self) -> None:
        """End without editing: drop any preview and forget the press."""
