"""Guard against a Qt binding that mis-counts references to bools sent through signals.

PySide6 6.12.0 released Python's True/False once too often on every Signal(bool) emission (and
every clicked(bool) a button sends to a Python slot); after enough clicks the interpreter
aborts. pyproject pins below it; this test fails at once on a binding with that bug.
"""

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signals_keep_bool_reference_counts():
    app = QCoreApplication.instance() or QCoreApplication([])
    assert app is not None
    emitter = _Emitter()
    received: list[bool] = []
    emitter.flag.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
    received.clear()
    # The bug loses one reference per emission (-200 here); other code in the process may
    # take or drop a stray reference meanwhile, hence the small tolerance.
    assert abs(sys.getrefcount(True) - before_true) < 20
    assert abs(sys.getrefcount(False) - before_false) < 20
