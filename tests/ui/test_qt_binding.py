"""The Qt binding must not leak or drop references: a recruiter's session makes millions of calls."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_keep_the_reference_count_of_none(qtbot):
    # PySide6 6.12.0 drops a reference to None per call: the app then aborts with
    # "Fatal Python error: none_dealloc" (pinned away in pyproject.toml).
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setToolTip("Kann sich im Kundenportal anmelden")
    assert sys.getrefcount(None) - before > -100
