"""The model, the export package and the ``plan`` and ``export`` verbs run without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, io, json, pkgutil, sys, tempfile
    from contextlib import redirect_stdout
    from pathlib import Path

    attempts = []

    class RefuseQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                attempts.append(name)
                raise ImportError(f"{name} is blocked: the model must not need Qt")
            return None

    sys.meta_path.insert(0, RefuseQt())

    import planner_gui.export, planner_gui.model
    names = sorted(
        info.name
        for package in (planner_gui.model, planner_gui.export)
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
    )
    for name in names:
        importlib.import_module(name)

    from planner_gui.cli import main
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["plan", "--demo", "--json"])
    plan = json.loads(out.getvalue())
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "squad.pdf"
        with redirect_stdout(io.StringIO()):
            exported = main(["export", "--demo", "-o", str(pdf), "--athlete", "Ana Martínez"])
        pdf_start = pdf.read_bytes()[:5].decode()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"})
    print(json.dumps({"modules": names, "status": status, "athletes": len(plan["athletes"]),
                      "exported": exported, "pdf": pdf_start, "qt": qt, "attempts": attempts}))
    """
)


def test_model_export_and_headless_verbs_never_import_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert {
        "planner_gui.model.engine",
        "planner_gui.model.season",
        "planner_gui.model.storage",
        "planner_gui.model.time_scale",
        "planner_gui.export.pdf",
        "planner_gui.export.sheet",
    } <= set(report["modules"])
    assert report["status"] == 0
    assert report["exported"] == 0 and report["pdf"] == "%PDF-"
    assert report["athletes"] >= 5
    assert report["qt"] == []
    assert report["attempts"] == []


def test_the_blocker_really_blocks() -> None:
    # Without this, a broken finder would let the test above pass vacuously.
    script = SCRIPT.split("import planner_gui.model")[0] + "import PySide6.QtCore\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode != 0
    assert "blocked" in done.stderr
