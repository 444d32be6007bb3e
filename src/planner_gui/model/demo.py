"""The bundled demo season."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from planner_gui.model.season import Season
from planner_gui.model.storage import load_season

DEMO_NAME = "demo.season.json"


def demo_path() -> Path:
    """Path of the bundled demo season file (read it, never write it)."""
    return Path(str(resources.files("planner_gui") / "resources" / DEMO_NAME))


def load_demo() -> Season:
    """The demo season."""
    return load_season(demo_path())
