"""Test configuration shared by every test package.

Qt runs offscreen (no display here or in CI), and settings go to a test location so
tests never touch a coach's real settings.
"""

import os
import tempfile

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Autosave's recovery files never go to the user's state folder from a test (tests
# that look at them set their own folder).
os.environ["PLANNER_GUI_STATE_DIR"] = tempfile.mkdtemp(prefix="planner-gui-test-state-")

# CI runs the same generated examples every time, so a red build is reproducible and
# never depends on the draw; locally hypothesis keeps exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
