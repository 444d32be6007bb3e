"""Build hook only: pyproject.toml holds the project's configuration.

The Planning Guide (Help menu) is built from ``docs/planning-rules.md``, the one
rules document the engine and its tests cite. It lives outside the package, and
package-data cannot reach outside it, so this ``build_py`` copies it into the
build's ``planner_gui/resources/``: every wheel then carries the guide's text. An
editable install reads the checkout's ``docs/`` copy instead (see
``planner_gui.model.planning_guide.rules_document_path``); the frozen build adds it
in ``packaging/planner_gui.spec``; ``MANIFEST.in`` puts it in the sdist.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RULES = Path(__file__).resolve().parent / "docs" / "planning-rules.md"


class BuildPyWithRules(build_py):
    """``build_py`` that also copies the rules document into the package's resources."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "planner_gui" / "resources" / RULES.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RULES, target)


setup(cmdclass={"build_py": BuildPyWithRules})
