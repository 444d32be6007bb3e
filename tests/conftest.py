"""Test configuration shared by every test package.

Qt runs offscreen (no display here or in CI), and settings go to a test location so
tests never touch a coach's real settings.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
