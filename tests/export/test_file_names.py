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
