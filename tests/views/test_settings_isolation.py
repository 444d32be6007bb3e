"""The window tests' settings live in this test run's own folder.

Two runs at once (a developer's and a second checkout's, or parallel workers) used
to share one settings file under ~/.qttest: one run's clean-up wiped what a test of
the other had just remembered, and "remembered from the last export" failed at random.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


def test_settings_are_written_in_this_runs_own_folder(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    settings = QSettings()
    settings.setValue("calendar/one_file_per_athlete", True)
    settings.sync()
    written = Path(settings.fileName())
    assert written.is_relative_to(tmp_path_factory.getbasetemp())
    assert written.is_file()
    assert ".qttest" not in written.parts
