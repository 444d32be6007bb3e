"""A wheel carries what the running app reads: the rules document and the licence texts.

Builds a wheel from a copy of the sources (so the checkout gets no build/ folder), as
``pip wheel`` does for anyone installing from the repository. Takes about ten seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = (
    "pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "src", "docs/planning-rules.md",
)  # fmt: skip


def test_a_wheel_carries_the_planning_rules_and_the_licences(tmp_path: Path):
    tree = tmp_path / "tree"
    for name in SOURCES:
        source, target = ROOT / name, tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target)
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(tree), "--no-deps", "-q", "-w", str(out)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = out.glob("planner_gui-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        rules = archive.read("planner_gui/resources/planning-rules.md").decode("utf-8")
    assert rules == (ROOT / "docs" / "planning-rules.md").read_text(encoding="utf-8")
    licences = ROOT / "src" / "planner_gui" / "resources" / "licenses"
    for path in licences.iterdir():
        assert f"planner_gui/resources/licenses/{path.name}" in names
    assert "planner_gui/resources/fonts/LICENSE-DejaVu.txt" in names
