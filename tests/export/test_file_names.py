"""File names of per-athlete PDFs are safe on every desktop system."""

from __future__ import annotations

from planner_gui.export.file_names import safe_stem, split_file_names


def test_letters_of_every_script_are_kept() -> None:
    assert safe_stem("Дмитрий Иванов") == "Дмитрий Иванов"
    assert safe_stem("Zoë Ødegård") == "Zoë Ødegård"


def test_paths_and_forbidden_characters_are_neutralised() -> None:
    assert safe_stem("../../etc/passwd") == "etc_passwd"
    assert "/" not in safe_stem("a/b") and "\\" not in safe_stem("a\\b")
    assert safe_stem('Ana "fast" <Martínez>?') == "Ana _fast_ _Martínez__"
    assert safe_stem("  .hidden  ") == "hidden"
    assert safe_stem("-rf") == "rf"
    assert safe_stem("CON") == "CON_"
    assert safe_stem("...") == "athlete"
    assert len(safe_stem("x" * 500)) <= 80


def test_duplicate_names_get_numbers_case_insensitively() -> None:
    assert split_file_names(["Ana", "ana", "Ana"]) == ["Ana.pdf", "ana (2).pdf", "Ana (3).pdf"]


def test_bidi_controls_are_dropped_so_names_show_as_they_are() -> None:
    # U+202E would make "Ana‮fdp.exe" show as "Anaexe.pdf" in a file manager.
    assert safe_stem("Ana\u202efdp.exe") == "Anafdp.exe"
    for char in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069":
        assert safe_stem(f"Ana{char} Lee") == "Ana Lee"
    assert split_file_names(["\u2067محمد\u2069"], ".ics") == ["محمد.ics"]


def test_c1_control_characters_become_underscores() -> None:
    assert safe_stem("Ana\x9b2J\x85Lee") == "Ana_2J_Lee"
