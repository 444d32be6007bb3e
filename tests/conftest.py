"""Test configuration shared by every test package.

Qt runs offscreen (no display here or in CI), and settings go to a test location so
tests never touch a coach's real settings.
"""

import os

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same generated examples every time, so a red build is reproducible and
# never depends on the draw; locally hypothesis keeps exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
