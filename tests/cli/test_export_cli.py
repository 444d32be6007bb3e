"""``planner-gui export`` through a real subprocess, as a coach's shell would run it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from planner_gui.model.demo import load_demo
from tests.export.pdf_reading import outline, read_pages


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", "export", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
    )


def assert_one_line_error(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in lines[0]


def test_one_file_with_chosen_athletes_and_paper(tmp_path: Path) -> None:
    out = tmp_path / "plans.pdf"
    done = run("--demo", "-o", out, "--athlete", "kofi mensah", "--athlete", "Ελένη Παπαδοπούλου",
               "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith(f"Wrote {out}: 2 athletes, ")
    titles = [t for t, _, _ in outline(out)]
    assert titles == ["Coach overview", "Ελένη Παπαδοπούλου", "Kofi Mensah"]
    pages = read_pages(out)
    assert {(round(p.width), round(p.height)) for p in pages} == {(612, 792), (792, 612)}
    assert f"{len(pages)} pages" in done.stdout


def test_paper_defaults_from_the_locale(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    for lang, size in (("en_US.UTF-8", (612, 792)), ("en_GB.UTF-8", (595, 842))):
        out = tmp_path / f"{lang}.pdf"
        done = run("--demo", "-o", out, "--athlete", "Kofi Mensah", env={**env, "LANG": lang})
        assert done.returncode == 0, done.stderr
        assert (round(read_pages(out)[0].width), round(read_pages(out)[0].height)) == size


def test_split_writes_one_pdf_per_athlete(tmp_path: Path) -> None:
    folder = tmp_path / "sheets"
    done = run("--demo", "--split", folder)
    assert done.returncode == 0, done.stderr
    names = [a.name for a in load_demo().athletes]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in names)
    for name in names:
        pages = read_pages(folder / f"{name}.pdf")
        assert {p.footer()[0] for p in pages} == {name}


def test_no_notes_leaves_the_athletes_and_the_week_notes_off(tmp_path: Path) -> None:
    ana = load_demo().athletes[0]
    texts = {}
    for name, extra in (("with", ()), ("without", ("--no-notes",))):
        out = tmp_path / f"{name}.pdf"
        done = run("--demo", "-o", out, "--athlete", "Ana Martínez", *extra)
        assert done.returncode == 0, done.stderr
        texts[name] = " ".join(p.flat for p in read_pages(out))
    notes = [ana.notes, *(note.text for note in ana.week_notes)]
    assert all(note in texts["with"] for note in notes)
    assert not any(note in texts["without"] for note in notes)
    assert "Goal: sub 3:30." in texts["without"]  # race notes stay
    help_text = " ".join(run("--help").stdout.split())
    assert ("--no-notes leave the coach's notes off the athletes' sheets: the athlete's own "
            "notes (summary page) and the week notes (day-by-day calendar)") in help_text


def test_season_file_with_a_name_the_font_lacks_warns_but_succeeds(tmp_path: Path) -> None:
    season = tmp_path / "club.season.json"
    season.write_text(
        '{"schema_version": 1, "name": "2027", "start": "2027-01-04", "athletes": ['
        '{"name": "Ana", "races": [{"name": "City Marathon", "date": "2027-06-27"}]},'
        '{"name": "王芳", "races": [{"name": "Shanghai 10k", "date": "2027-05-02"}]}]}',
        encoding="utf-8",
    )
    out = tmp_path / "club.pdf"
    done = run(season, "-o", out)
    assert done.returncode == 0
    warning = done.stderr.splitlines()
    assert len(warning) == 1 and "warning" in warning[0] and "王芳" in warning[0]
    assert "Ana" not in warning[0]
    assert out.exists()


def test_bad_season_file_exit_2_and_nothing_touched(tmp_path: Path) -> None:
    season = tmp_path / "broken.season.json"
    season.write_text('{"name": "2027", "start": "2027-02-30"}', encoding="utf-8")
    before = season.read_bytes()
    out = tmp_path / "plans.pdf"
    out.write_bytes(b"last week's plans")
    done = run(season, "-o", out)
    assert_one_line_error(done, str(season), "start")
    assert season.read_bytes() == before
    assert out.read_bytes() == b"last week's plans"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.season.json", "plans.pdf"]


def test_not_json_and_missing_file(tmp_path: Path) -> None:
    season = tmp_path / "notes.season.json"
    season.write_text("coach notes, not a season", encoding="utf-8")
    assert_one_line_error(run(season, "-o", tmp_path / "x.pdf"), str(season), "not valid JSON")
    assert_one_line_error(run(tmp_path / "missing.json", "-o", tmp_path / "x.pdf"),
                          "missing.json", "no such file")
    assert not (tmp_path / "x.pdf").exists()


def test_bad_arguments(tmp_path: Path) -> None:
    assert_one_line_error(run("--demo"), "-o/--output", "--split")
    assert_one_line_error(run("--demo", "-o", tmp_path / "x.pdf", "--split", tmp_path),
                          "not allowed")
    assert_one_line_error(run("--demo", "-o", tmp_path / "x.pdf", "--paper", "a3"), "a3")
    assert_one_line_error(run("--demo", "-o", tmp_path / "x.pdf", "--athlete", "Nobody"),
                          "athletes", "Nobody")
    assert_one_line_error(run("--demo", "-o", tmp_path / "x.pdf", "--athlete", "Ana Martinez"),
                          "no athlete named Ana Martinez (did you mean Ana Martínez?)")
    assert_one_line_error(run("--demo", "-o", tmp_path / "no" / "x.pdf"), "does not exist")
    assert_one_line_error(run("--demo", "-o", tmp_path), "is a folder")
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert_one_line_error(run("--demo", "--split", a_file), "needs a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_output_over_the_season_file_is_refused(tmp_path: Path) -> None:
    season = tmp_path / "club.season.json"
    season.write_text(
        '{"schema_version": 1, "name": "2027", "start": "2027-01-04", "athletes": ['
        '{"name": "Ana", "races": [{"name": "City Marathon", "date": "2027-06-27"}]}]}',
        encoding="utf-8",
    )
    before = season.read_bytes()
    # A slip of the finger must not turn the coach's season into a PDF.
    assert_one_line_error(run(season, "-o", season), str(season), "season file")
    assert_one_line_error(run(season, "-o", tmp_path / "." / "club.season.json"), "season file")
    assert season.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["club.season.json"]


def test_output_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    # os.replace would swap the special file for a PDF instead of writing into it.
    assert_one_line_error(run("--demo", "-o", fifo), str(fifo), "not a regular file")
    assert fifo.is_fifo()


def test_unwritable_folder_names_the_pdf_not_a_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import os

    from planner_gui.cli import main

    real_open = os.open

    def refuse(path: str | Path, flags: int, *args: int, **kwargs: int) -> int:
        if Path(path).parent == tmp_path and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    # Tests run as root here, where chmod cannot make a folder unwritable.
    monkeypatch.setattr(os, "open", refuse)
    out = tmp_path / "plans.pdf"
    assert main(["export", "--demo", "-o", str(out), "--athlete", "Kofi Mensah"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"planner-gui: error: {out}: cannot write the PDF")
    assert "Permission denied" in line and ".tmp" not in line
    assert list(tmp_path.iterdir()) == []
