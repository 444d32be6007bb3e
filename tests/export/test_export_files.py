"""Where an export's files land: the request's paths, permissions and symlinks kept."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from planner_gui.export.export_request import ExportRequest
from planner_gui.export.paper import Paper
from planner_gui.export.pdf import export
from planner_gui.model.demo import load_demo
from tests.export.pdf_reading import read_pages


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_request_names_its_files(tmp_path: Path) -> None:
    one = ExportRequest(season=load_demo(), target=tmp_path / "plans.pdf")
    assert one.paths() == [tmp_path / "plans.pdf"]
    split = ExportRequest(season=load_demo(), target=tmp_path, athlete_ids=("kofi", "eleni"),
                          split=True)
    # Roster order, whatever order the ids came in.
    assert split.paths() == [tmp_path / "Ελένη Παπαδοπούλου.pdf", tmp_path / "Kofi Mensah.pdf"]
    assert [a.name for a in split.athletes()] == ["Ελένη Παπαδοπούλου", "Kofi Mensah"]


def test_a_replaced_pdf_keeps_its_permissions(tmp_path: Path) -> None:
    # The coach made last week's sheets private; this week's stay private.
    path = tmp_path / "plans.pdf"
    path.write_bytes(b"last week")
    path.chmod(0o600)
    export(ExportRequest(season=load_demo(), target=path, athlete_ids=["zoe"], paper=Paper.A4))
    assert read_pages(path)[0].footer()[0] == "Zoë Kowalczyk"
    assert mode(path) == 0o600


def test_one_pdf_per_athlete_keeps_each_files_permissions(tmp_path: Path) -> None:
    (tmp_path / "Kofi Mensah.pdf").write_bytes(b"last week")
    (tmp_path / "Kofi Mensah.pdf").chmod(0o640)
    export(ExportRequest(season=load_demo(), target=tmp_path, athlete_ids=["kofi", "zoe"],
                         paper=Paper.A4, split=True))
    assert mode(tmp_path / "Kofi Mensah.pdf") == 0o640
    assert read_pages(tmp_path / "Kofi Mensah.pdf")[0].footer()[0] == "Kofi Mensah"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Kofi Mensah.pdf", "Zoë Kowalczyk.pdf"]


def test_a_pdf_written_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    # The club's shared folder holds the file; the coach's desktop holds a link to it.
    shared = tmp_path / "club share"
    shared.mkdir()
    real = shared / "plans.pdf"
    real.write_bytes(b"last week")
    link = tmp_path / "plans.pdf"
    link.symlink_to(real)
    result = export(ExportRequest(season=load_demo(), target=link, athlete_ids=["zoe"],
                                  paper=Paper.A4))
    assert result.paths == (link,)  # reported as the coach named it
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert read_pages(real)[0].footer()[0] == "Zoë Kowalczyk"
    assert sorted(p.name for p in shared.iterdir()) == ["plans.pdf"]


def test_an_export_that_cannot_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plans.pdf"
    path.write_bytes(b"last week")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        export(ExportRequest(season=load_demo(), target=path, athlete_ids=["zoe"]))
    monkeypatch.undo()
    assert path.read_bytes() == b"last week"
    assert [p.name for p in tmp_path.iterdir()] == ["plans.pdf"]
