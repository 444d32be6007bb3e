"""The timeline view as its parts see it: the little they may read and do.

Gestures, the keyboard and the View actions receive a ``TimelineHost`` instead of
the whole ``TimelineView``: they read the document, the selection and the lanes,
ask ``hits`` what is under the mouse, scroll and zoom through ``scroll_zoom``, show
a preview while they run, and write the document once when they end. The view
implements it; nothing here imports the view, so the parts never do either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollBar, QWidget

    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.document.selection import Selection
    from planner_gui.views.timeline.drag_preview import DragPreview
    from planner_gui.views.timeline.lane_layout import LaneLayout
    from planner_gui.views.timeline.scroll_zoom import ScrollZoom
    from planner_gui.views.timeline.timeline_hits import TimelineHits


class TimelineHost(Protocol):
    """What the timeline's parts may use of the view that holds them."""

    @property
    def document(self) -> SeasonDocument:
        """The season being edited (every edit goes through it)."""

    @property
    def selection(self) -> Selection:
        """The selected athlete and race, shared with the other panels."""

    @property
    def today(self) -> dt.date:
        """Today's date (injectable for tests and screenshots)."""

    @property
    def lanes(self) -> LaneLayout:
        """Athlete ↔ viewport y for the season on screen."""

    @property
    def hits(self) -> TimelineHits:
        """What is under a point of the viewport: lane, day, race."""

    @property
    def scroll_zoom(self) -> ScrollZoom:
        """The zoom and the scroll position."""

    @property
    def preview(self) -> DragPreview | None:
        """What a running drag shows instead of the document (None when idle)."""

    def set_preview(self, preview: DragPreview | None) -> None:
        """Show a drag preview (None: show the document again)."""

    def ensure_race_visible(self, race_id: str) -> None:
        """Scroll the least needed to show a race's marker and name."""

    def start_rename(self, race_id: str) -> None:
        """Open the inline editor over a race's name."""

    def say(self, text: str) -> None:
        """Tell the coach something in words (the window's status bar)."""

    def viewport(self, /) -> QWidget:
        """The widget the timeline paints on (its cursor, its repaints, the editor's parent)."""

    def horizontalScrollBar(self, /) -> QScrollBar:
        """The scroll bar over the weeks."""

    def verticalScrollBar(self, /) -> QScrollBar:
        """The scroll bar over the lanes."""

    def setFocus(self, reason: Qt.FocusReason, /) -> None:
        """Take the keyboard focus back (after a press, or when the editor closes)."""
