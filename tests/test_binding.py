"""Guards against a Qt binding that leaks references to None (PySide6 6.12.0 on 3.11)."""

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none(qapp):
    obj = QObject()
    for _ in range(100):  # warm up caches
        obj.setObjectName("x")
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"None refcount moved by {after - before} over 5000 calls"
