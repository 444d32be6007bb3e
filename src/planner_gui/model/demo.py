"""The bundled demo season."""

from __future__ import annotations

from pathlib import Path

from planner_gui.model.package_files import RESOURCES
from planner_gui.model.season import Athlete, Season
from planner_gui.model.storage import load_season

DEMO_NAME = "demo.season.json"


def demo_path() -> Path:
    """Path of the bundled demo season file (read it, never write it)."""
    return RESOURCES / DEMO_NAME


def load_demo() -> Season:
    """The demo season."""
    return load_season(demo_path())


def demo_squad(count: int) -> Season:
    """The demo season with its athletes repeated (fresh ids, numbered names) up to ``count``.

    A big, realistic roster for benchmarks and tests of large squads.
    """
    demo = load_demo()
    athletes = []
    for n in range(count):
        source = demo.athletes[n % len(demo.athletes)]
        races = tuple(r.model_copy(update={"id": f"{r.id}-{n}"}) for r in source.races)
        athletes.append(Athlete(id=f"a{n}", name=f"{source.name} {n + 1}", races=races))
    return demo.model_copy(update={"athletes": tuple(athletes)})
