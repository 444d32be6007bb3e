"""Regression guard for the PySide6 6.12.0 crash on Python 3.11 (see pyproject.toml).

6.12.0 drops a reference to None on every call of a Qt method that returns nothing;
after some tens of thousands of calls Python aborts. If this fails, the Qt pin is wrong.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_refcount(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
        label.update()
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references over 1000 Qt calls"
    assert label.text() == "999"
