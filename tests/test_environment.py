"""Guards against known-bad versions of the libraries underneath."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    value = Signal(object)


def test_signal_emission_keeps_reference_counts(qapp):
    # PySide6 6.12.0 dropped a reference to True on every emission; after a few thousand
    # (a chart refresh emits hundreds) the interpreter aborts with "bool_dealloc".
    emitter = _Emitter()
    received = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):
        emitter.value.emit(i % 2 == 0)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
