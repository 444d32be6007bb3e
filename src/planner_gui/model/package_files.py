"""Where the files the running app loads live: the package's ``resources/`` folder.

The fonts the PDFs embed, the demo season, the app icon, the licence texts and (in
an installed copy) the rules document the Planning Guide shows. The package is
installed as files (package-data, or the frozen build's folder), so they sit beside
the code; ``importlib.resources`` would load three more modules on every start.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
"""The ``planner_gui`` package folder."""

RESOURCES = PACKAGE / "resources"
"""The package's own data (not the top-level ``resources/`` of desktop assets)."""
