"""Test configuration shared by every test package.

Qt runs offscreen (no display here or in CI), and settings go to a test location so
tests never touch a coach's real settings.
"""

import os
from collections.abc import Iterator

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the same generated examples every time, so a red build is reproducible and
# never depends on the draw; locally hypothesis keeps exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True, scope="session")
def state_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Autosave's recovery files never go to the user's state folder from a test.

    Tests that look at recovery files set their own folder on top of this one.
    """
    os.environ["PLANNER_GUI_STATE_DIR"] = str(tmp_path_factory.mktemp("state"))
    yield
