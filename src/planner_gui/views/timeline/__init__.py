"""The year timeline: lanes of phases per athlete, races you drag to new dates.

Parts, each small and named after its job:

* ``planner_gui.model.time_scale.TimeScale`` maps dates to x (shared with the PDF),
  ``lane_layout.LaneLayout`` maps athletes to y;
* ``lane_items`` says what a lane shows and where (also used for hit tests and
  tooltips), ``lane_painter``/``grid_painter`` paint it, ``lane_cache`` keeps lanes
  as pixmaps so a drag repaints only the lanes it changes; ``name_marks`` says what
  the names column notes beside a name (own phase lengths, no main race, warnings);
* ``timeline_renderer`` paints a frame from those layers; ``timeline_hits`` answers
  what is under the mouse (and its tooltip); ``scroll_zoom`` keeps zoom and scroll;
* one class per gesture: ``MoveRaceGesture``, ``DropRaceGesture``, ``PanZoomGesture``,
  ``RenameRaceGesture``, ``KeyboardEdits``; ``GestureRouter`` owns them and hands them
  the events, the pointer gestures through one ``gesture.Gesture`` protocol;
* ``TimelineView`` wires the parts together and keeps the public API;
  ``TimelinePane`` adds the race palette and the legend. The parts never import the
  view: they receive it as a ``timeline_host.TimelineHost``, the little they may use.

The race drag format (``planner_gui.views.race_mime``) lives outside the package, so
the races table can offer drags without loading the timeline.
"""

from planner_gui.views.timeline.race_palette import RacePalette
from planner_gui.views.timeline.timeline_legend import TimelineLegend
from planner_gui.views.timeline.timeline_pane import TimelinePane
from planner_gui.views.timeline.timeline_view import TimelineView

__all__ = [
    "RacePalette",
    "TimelineLegend",
    "TimelinePane",
    "TimelineView",
]
