"""The tests' own safety net: a dialog nobody expected fails the test instead of hanging it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.views.conftest import GUARDED


@pytest.mark.parametrize(
    ("module", "name"), [(module, name) for module, names in GUARDED.items() for name in names]
)
def test_every_dialog_and_export_prompt_fails_a_test_that_did_not_expect_it(module, name):
    with pytest.raises(AssertionError, match=f"unexpected dialog {name}"):
        getattr(module, name)(None, Path("x"), "", "")
