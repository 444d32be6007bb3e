"""Building the plan panel opens no stray window, not even for a moment."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui.document.season_document import SeasonDocument
from planner_gui.document.selection import Selection
from planner_gui.model.demo import load_demo
from planner_gui.views.plan_panel import PlanPanel


class _WindowsShown(QObject):
    """Records every widget that is shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(type(watched).__name__)
        return False


def test_no_part_of_the_plan_panel_flashes_up_as_a_window(qtbot):
    spy = _WindowsShown()
    QApplication.instance().installEventFilter(spy)
    try:
        document = SeasonDocument(load_demo(), None)
        panel = PlanPanel(document, Selection(document), remember=False)
        qtbot.addWidget(panel)
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert panel.sessions_legend.text()  # Ana's free weeks show "2+": the legend has text
    assert spy.names == []
