"""The document layer needs Qt's core and its undo stack, never a widget."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, json, pkgutil, sys

    class RefuseWidgets(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name in {"PySide6.QtWidgets", "planner_gui.views"}:
                raise ImportError(f"{name} is blocked: the document must not need it")
            return None

    sys.meta_path.insert(0, RefuseWidgets())

    import planner_gui.document
    names = sorted(
        info.name for info in pkgutil.walk_packages(
            planner_gui.document.__path__, "planner_gui.document.")
    )
    for name in names:
        importlib.import_module(name)

    from planner_gui.document.season_document import SeasonDocument
    from planner_gui.document.selection import Selection
    from planner_gui.model.demo import load_demo

    document = SeasonDocument(load_demo(), None)
    selection = Selection(document)
    ana = document.season.athletes[0]
    race = ana.races[0]
    document.update_race(race.id, name="Renamed")
    selection.select_race(race.id)
    document.undo_stack.undo()
    print(json.dumps({"modules": names, "name": document.season.athletes[0].races[0].name,
                      "selected": selection.athlete_id == ana.id}))
    """
)


def test_the_document_and_selection_work_without_widgets() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert "planner_gui.document.season_document" in report["modules"]
    assert report["name"] != "Renamed"  # the undo stack works without an application
    assert report["selected"]
