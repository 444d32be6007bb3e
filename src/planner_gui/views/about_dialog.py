"""Help ▸ About Season Planner: the version, and the software and fonts the app ships.

Two tabs: About (the version, what the app does, the libraries with their licences,
links to their home pages) and Licences (each component's full licence text, from
``planner_gui/resources/licenses/`` and the DejaVu fonts' own file, so the texts
travel with every wheel and frozen build). Links open in the browser through
``open_link``, which tests replace.
"""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QSize, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui import __version__
from planner_gui.model.package_files import RESOURCES

LICENSES = RESOURCES / "licenses"


class Component(NamedTuple):
    """Software or fonts the app ships, and its licence."""

    name: str
    distribution: str
    """The package name whose version is shown ("" for none)."""
    licence: str
    files: tuple[Path, ...]
    """The full licence texts, shown one after the other."""
    home: str


COMPONENTS: tuple[Component, ...] = (
    Component("Qt and PySide6", "PySide6-Essentials", "GNU LGPL 3.0",
              (LICENSES / "LGPL-3.0.txt", LICENSES / "GPL-3.0.txt"), "https://www.qt.io/"),
    Component("pydantic", "pydantic", "MIT", (LICENSES / "pydantic-MIT.txt",),
              "https://docs.pydantic.dev/"),
    Component("ReportLab", "reportlab", "BSD", (LICENSES / "reportlab-BSD.txt",),
              "https://www.reportlab.com/"),
    Component("icalendar", "icalendar", "BSD 2-Clause", (LICENSES / "icalendar-BSD.txt",),
              "https://icalendar.readthedocs.io/"),
    Component("platformdirs", "platformdirs", "MIT", (LICENSES / "platformdirs-MIT.txt",),
              "https://platformdirs.readthedocs.io/"),
    Component("DejaVu fonts", "", "Bitstream Vera licence",
              (RESOURCES / "fonts" / "LICENSE-DejaVu.txt",), "https://dejavu-fonts.github.io/"),
)  # fmt: skip
"""What the app is built on, in the order the About box lists it."""


def component_version(component: Component) -> str:
    """The installed version of a component ("" when unknown, as in some frozen builds)."""
    if component.distribution == "PySide6-Essentials":
        return f"{_package_version(component.distribution)} (Qt {qVersion()})".lstrip()
    return _package_version(component.distribution) if component.distribution else ""


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def licence_text(component: Component) -> str:
    """The full licence text(s) of a component, as shipped with the app."""
    return "\n\n".join(
        f"{'=' * 72}\n{path.name}\n{'=' * 72}\n\n" + path.read_text(encoding="utf-8")
        if len(component.files) > 1
        else path.read_text(encoding="utf-8")
        for path in component.files
    )


def about_html() -> str:
    """The About tab's text: version, purpose, and every component with its licence."""
    rows = "".join(
        f"<li><a href='{html.escape(c.home)}'>{html.escape(c.name)}</a> "
        f"{html.escape(component_version(c))} — {html.escape(c.licence)}</li>"
        for c in COMPONENTS
    )
    return (
        f"<h2>Season Planner {__version__}</h2>"
        "<p>Plan a running season: races on a timeline, training phases counted back "
        "from each main race, and strength work for every week.</p>"
        f"<p>Built with:</p><ul>{rows}</ul>"
        "<p>Their full licence texts are under <b>Licences</b>.</p>"
    )


def open_link(parent: QWidget | None, url: str) -> bool:
    """Open a web address in the browser; when none opens, show the address instead."""
    if QDesktopServices.openUrl(QUrl(url)):
        return True
    QMessageBox.information(
        parent, "Cannot open the browser",
        f"No web browser was found on this computer.\n\nThe address is {url}",
    )  # fmt: skip
    return False


class AboutDialog(QDialog):
    """The About box, with the licence texts one click away."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("About Season Planner")
        self.tabs = QTabWidget()
        self.about = QLabel(about_html())
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.about.setOpenExternalLinks(False)
        self.about.linkActivated.connect(lambda url: open_link(self, url))
        self.about.setContentsMargins(12, 12, 12, 12)
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        icon.setContentsMargins(12, 18, 0, 0)
        about_page = QWidget()
        about_row = QHBoxLayout(about_page)
        about_row.addWidget(icon)
        about_row.addWidget(self.about, 1)
        self.tabs.addTab(about_page, "About")
        self.components = QListWidget()
        self.components.setAccessibleName("Components")
        self.components.addItems([f"{c.name} ({c.licence})" for c in COMPONENTS])
        self.components.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.licence = QPlainTextEdit()
        self.licence.setReadOnly(True)
        # The texts are laid out in lines of up to 80 characters: keep them as written.
        self.licence.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence.setMinimumWidth(self.licence.fontMetrics().horizontalAdvance("M" * 82))
        self.licence.setAccessibleName("Licence text")
        self.components.currentRowChanged.connect(self._show_licence)
        page = QWidget()
        row = QHBoxLayout(page)
        row.addWidget(self.components)
        row.addWidget(self.licence, 1)
        self.components.setMaximumWidth(240)
        self.tabs.addTab(page, "Licences")
        self.components.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().expandedTo(QSize(760, 460)))

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            self.licence.setPlainText(licence_text(COMPONENTS[row]))
