"""The default paper follows the locale's territory."""

from __future__ import annotations

import pytest

from planner_gui.export.paper import Paper, default_paper, territory


@pytest.mark.parametrize(
    ("env", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, Paper.LETTER),
        ({"LANG": "fr_CA.UTF-8"}, Paper.LETTER),
        ({"LANG": "es_MX"}, Paper.LETTER),
        ({"LANG": "fil_PH.UTF-8"}, Paper.LETTER),
        ({"LANG": "en_GB.UTF-8"}, Paper.A4),
        ({"LANG": "de_DE.UTF-8@euro"}, Paper.A4),
        ({"LANG": "en_US.UTF-8", "LC_PAPER": "en_IE.UTF-8"}, Paper.A4),
        ({"LC_PAPER": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}, Paper.LETTER),
        ({"LC_ALL": "de_DE.UTF-8", "LC_PAPER": "en_US.UTF-8"}, Paper.A4),
        ({"LC_ALL": "C", "LANG": "en_US.UTF-8"}, Paper.A4),
        ({"LANG": "C.UTF-8"}, Paper.A4),
        ({"LANG": "POSIX", "LC_PAPER": "en_US.UTF-8"}, Paper.LETTER),
        ({}, Paper.A4),
    ],
)
def test_default_paper_from_environment(env: dict[str, str], paper: Paper) -> None:
    assert default_paper(env) is paper


def test_territory_parsing() -> None:
    assert territory("pt_BR.UTF-8") == "BR"
    assert territory("C.UTF-8") is None
    assert territory("sr_RS@latin") == "RS"


def test_paper_sizes_in_points() -> None:
    assert [round(v) for v in Paper.A4.size] == [595, 842]
    assert Paper.LETTER.size == (612, 792)
