"""Where the Save, Open and Export choosers start.

A file chooser given a folder that does not exist falls back to the process's
working directory, which for a desktop launch is wherever the launcher happened to
run (``/``, the install folder…). So every chooser starts in a folder that exists:
the current file's, else the user's documents folder, else the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's documents folder, or the home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def start_folder(current_file: Path | None) -> Path:
    """The folder of ``current_file`` when it still exists, else ``documents_folder()``."""
    if current_file is not None:
        folder = current_file.absolute().parent
        if folder.is_dir():
            return folder
    return documents_folder()
