"""The Qt binding itself: guards against binding bugs that would crash a long session."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    """A QObject with a Python-defined signal, as every editor has."""

    changed = Signal(bool)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false() -> None:
    # PySide6 6.12.0 returned emit()'s bool without a reference: every emit
    # took one from True or False, and after enough edits Python aborted.
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    gc.collect()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(200):
        emitter.changed.emit(True)
    gc.collect()
    assert sys.getrefcount(True) + sys.getrefcount(False) >= before
