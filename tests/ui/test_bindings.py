"""The Qt bindings the kiosk runs on do not leak or drop references on the calls it makes all day."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its count never changes, and such a bug cannot crash",
)
def test_void_qt_calls_keep_their_references_to_none(themed_app: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning nothing:
    the interpreter aborted ("deallocating None") after a few thousand taps. pyproject.toml keeps
    that release out; this keeps any other release with the same fault out."""
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for index in range(5000):
        label.setText(str(index))  # returns nothing
        label.setVisible(False)
    gc.collect()
    assert sys.getrefcount(None) > before - 100
