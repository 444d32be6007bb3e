"""Which week the coach is looking at: where "Add race" puts a new race."""

from __future__ import annotations

import datetime as dt

from planner_gui.views.plan_panel import PlanPanel
from planner_gui.views.timeline.timeline_view import TimelineView


def week_in_view(plan: PlanPanel, timeline: TimelineView) -> tuple[dt.date, str]:
    """The first day of the week in view, and in words where the coach chose it.

    The plan table's current row (the selected athlete's week the coach clicked, or
    the week of the race selected last) when the plan is on screen; otherwise the
    week in the middle of the timeline.
    """
    table = plan.table
    index = table.currentIndex()
    # A plan collapsed away in its splitter still has a current row the coach cannot see.
    if index.isValid() and not table.visibleRegion().isEmpty():
        return plan.model.week(index.row()).start, "chosen in the plan"
    calendar = timeline.document.calendar
    start = calendar.week_start_date(calendar.index_of(timeline.center_date()))
    return start, "in the middle of the timeline"
