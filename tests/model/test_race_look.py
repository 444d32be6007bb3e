"""The shared table of race markers: one shape, glyph and wording per priority."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from planner_gui.model.race_look import (
    CIRCLE,
    DIAMOND,
    RACE_LOOKS,
    TRIANGLE,
    priority_choice,
    priority_legend,
    priority_summary,
    race_glyph,
    race_with_glyph,
    race_with_priority,
)
from planner_gui.model.season import Priority, Race


def test_each_priority_has_its_shape_and_matching_glyph() -> None:
    # The glyph in a table must look like the marker on the strip next to it.
    assert [(RACE_LOOKS[p].shape, race_glyph(p), RACE_LOOKS[p].shape_name) for p in Priority] == [
        (DIAMOND, "◆", "diamond"),
        (TRIANGLE, "▲", "triangle"),
        (CIRCLE, "●", "small circle"),
    ]
    assert [RACE_LOOKS[p].label for p in Priority] == ["A race", "B race", "C race"]


def test_each_priority_is_worded_one_way_wherever_it_is_shown() -> None:
    assert [priority_choice(p) for p in Priority] == [
        "A · main race", "B · tune-up", "C · training"]
    assert [priority_legend(p) for p in Priority] == [
        "A race (main race)", "B race (tune-up)", "C race (training)"]
    assert priority_summary(Priority.A) == "A race (main race: builds a training block)"
    assert priority_summary(Priority.C) == "C race (training: changes nothing in the plan)"
    assert [RACE_LOOKS[p].kind for p in Priority] == [
        "a main (A) race", "a tune-up (B) race", "a training (C) race"]
    assert RACE_LOOKS[Priority.A].explanation.startswith("Main race: the training block")


def test_a_race_after_its_name_carries_its_priority_and_glyph() -> None:
    race = Race(name="City Marathon", date="2027-06-27", priority="A")
    assert race_with_priority(race) == "City Marathon (A)"
    assert race_with_glyph(race.model_copy(update={"priority": Priority.B})) == (
        "▲ City Marathon (B)")


def test_the_main_race_has_the_biggest_marker() -> None:
    scales = [RACE_LOOKS[p].scale for p in Priority]
    assert scales[0] == 1.0 and scales == sorted(scales, reverse=True)
    assert len(set(scales)) == 3


def test_shapes_fill_the_unit_box_and_point_up() -> None:
    for shape in (DIAMOND, TRIANGLE):
        xs = [x for x, _ in shape.corners]
        ys = [y for _, y in shape.corners]
        assert min(xs) == -0.5 and max(xs) == 0.5
        assert min(ys) == -0.5 and max(ys) <= 0.5
        assert shape.corners[0] == (0.0, -0.5)  # the tip on top (y grows downwards)
        assert shape.top() == 0.5
    assert CIRCLE.is_circle and CIRCLE.top() == 0.5 and not DIAMOND.is_circle


def test_placing_scales_and_flips_for_paper() -> None:
    # Screen y grows downwards, a PDF page's upwards: the triangle points up on both.
    on_screen = TRIANGLE.placed(100, 50, 10)
    on_paper = TRIANGLE.placed(100, 50, 10, y_up=True)
    assert _flat(on_screen) == pytest.approx([100, 45, 105, 54, 95, 54])
    assert _flat(on_paper) == pytest.approx([100, 55, 105, 46, 95, 46])


def _flat(points: list[tuple[float, float]]) -> list[float]:
    return [v for point in points for v in point]


def test_the_table_needs_neither_qt_nor_reportlab() -> None:
    script = textwrap.dedent(
        """
        import importlib.abc, json, sys

        class Refuse(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {"PySide6", "shiboken6", "reportlab"}:
                    raise ImportError(f"{name} is blocked")
                return None

        sys.meta_path.insert(0, Refuse())
        import planner_gui.model.race_look as look
        print(json.dumps({p.value: l.glyph for p, l in look.RACE_LOOKS.items()}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"A": "◆", "B": "▲", "C": "●"}
