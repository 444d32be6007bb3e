"""The athlete panel: the selected athlete's own plan settings, in three pages.

Lifting days (which days, in which order), phases (own phase lengths and strength
sessions a week) and time away. Every edit is one undo step named after what it
did; the panel follows the selection and the document, so an undo shows at once.

A page is built the first time it is shown: the window starts with one small page
instead of three, and a page the coach never opens costs nothing.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.views.athlete_editor import AthleteEditor

if TYPE_CHECKING:  # each editor loads with its page, not at startup
    from planner_gui.views.away_periods_editor import AwayPeriodsEditor
    from planner_gui.views.phase_lengths_editor import PhaseLengthsEditor
    from planner_gui.views.sessions_editor import SessionsEditor
    from planner_gui.views.strength_days_editor import StrengthDaysEditor

EMPTY_TEXT = (
    "No athletes yet. Add one to the roster to choose their lifting days, "
    "phase lengths and time away."
)


class AthletePanel(QWidget):
    """Lifting days, phases and time away of the athlete chosen in the roster.

    Attributes tests and the window use:
        tabs: the pages ("Lifting days", "Phases", "Time away").
        empty: the label shown instead when the roster is empty.
        days, lengths, sessions, away: the editors, built with their page (None
            until then; ``page(n)`` builds page n).
    """

    def __init__(
        self,
        document: SeasonDocument,
        selection: Selection,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._document = document
        self._selection = selection
        self._today = today
        self.days: StrengthDaysEditor | None = None
        self.lengths: PhaseLengthsEditor | None = None
        self.sessions: SessionsEditor | None = None
        self.away: AwayPeriodsEditor | None = None
        self._editors: list[AthleteEditor] = []

        self.title = QLabel()
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setEnabled(False)  # greyed, like the other panels' empty states
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Plan settings")
        self.tabs.tabBar().setAccessibleName("Plan settings pages")
        self._builders = (self._build_days, self._build_phases, self._build_away)
        self._built = [False] * len(self._builders)
        for name in ("Lifting days", "Phases", "Time away"):
            self.tabs.addTab(_scrolling(QWidget()), name)
        self.tabs.setTabToolTip(0, "The days this athlete can lift on, in order of preference")
        self.tabs.setTabToolTip(1, "Own phase lengths, and strength sessions a week per phase")
        self.tabs.setTabToolTip(2, "Holidays, illness and injuries: days without strength work")
        self.tabs.currentChanged.connect(self._page_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.tabs, 1)

        selection.athlete_changed.connect(self._show)
        document.season_changed.connect(self._refresh)
        document.season_reset.connect(self._refresh)
        self._show(selection.athlete_id)

    # -- pages -----------------------------------------------------------------------

    def page(self, index: int) -> QWidget:
        """Show page ``index`` (building it if needed) and return its contents."""
        self.tabs.setCurrentIndex(index)
        self._build(index)
        area = self.tabs.widget(index)
        assert isinstance(area, QScrollArea)
        contents = area.widget()
        assert contents is not None
        return contents

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build(self.tabs.currentIndex())

    def _page_shown(self, index: int) -> None:
        if self.isVisible():
            self._build(index)

    def _build(self, index: int) -> None:
        if index < 0 or self._built[index]:
            return
        self._built[index] = True
        area = self.tabs.widget(index)
        assert isinstance(area, QScrollArea)
        contents = area.widget()
        assert contents is not None
        layout = QVBoxLayout(contents)
        for editor in self._builders[index]():
            layout.addWidget(editor)
            # The layout would show it only from the event loop; the page is on screen now.
            editor.show()
            self._editors.append(editor)
            editor.show_athlete(self._selection.athlete_id)
        layout.addStretch(1)

    def _build_days(self) -> list[AthleteEditor]:
        from planner_gui.views.strength_days_editor import StrengthDaysEditor

        self.days = StrengthDaysEditor(self._document)
        return [self.days]

    def _build_phases(self) -> list[AthleteEditor]:
        from planner_gui.views.phase_lengths_editor import PhaseLengthsEditor
        from planner_gui.views.sessions_editor import SessionsEditor

        self.lengths = PhaseLengthsEditor(self._document)
        self.sessions = SessionsEditor(self._document)
        return [self.lengths, self.sessions]

    def _build_away(self) -> list[AthleteEditor]:
        from planner_gui.views.away_periods_editor import AwayPeriodsEditor

        self.away = AwayPeriodsEditor(self._document, self._today)
        return [self.away]

    # -- following the selection and the document --------------------------------------

    def _refresh(self) -> None:
        self._show(self._selection.athlete_id)

    def _show(self, athlete_id: str) -> None:
        season = self._document.season
        athlete = next((a for a in season.athletes if a.id == athlete_id), None)
        self.title.setText(
            f"<b>Plan settings</b> — {html.escape(athlete.name)}"
            if athlete
            else "<b>Plan settings</b>"
        )
        self.empty.setVisible(athlete is None)
        self.tabs.setVisible(athlete is not None)
        for editor in self._editors:
            editor.show_athlete(athlete.id if athlete else "")


def _scrolling(contents: QWidget) -> QScrollArea:
    """``contents`` in a frameless scroll area: the left column is narrow and short."""
    area = QScrollArea()
    area.setWidget(contents)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The controls inside take the focus (and scroll into view); no extra Tab stop.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area
