"""Starting faster: PySide reads the source of every module imported after it.

Qt for Python's ``__feature__`` support (``snake_case``, ``true_property``) looks, for each
module imported after PySide6, for the word "PySide6" in the module's source, so it knows
which modules might switch a feature on: about 15 ms of a start-up that imports a hundred
modules (measured: ``scripts/benchmark_start.py``). mtviewer's own modules and the standard
library never ``from __feature__ import`` anything, so their sources need not be read: they
are answered from their name and place. Any other module is still read. When PySide's
internals are not as expected, nothing is changed.
"""

from __future__ import annotations

import os
import sys

FEATURE = "PySide6.support.feature"
"""PySide's feature module, loaded with PySide6."""


def read_fewer_sources() -> None:
    feature = sys.modules.get(FEATURE)
    read = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or read is None or getattr(read, "mtviewer", False):
        return
    folder = os.path.dirname(os.__file__)  # the standard library's, as given and resolved
    stdlib = tuple({folder + os.sep, os.path.realpath(folder) + os.sep})

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "")
        if name == "mtviewer" or name.startswith("mtviewer."):
            return True  # ours use PySide, and no feature: switching is all it affects
        where = getattr(module, "__file__", None) or ""
        if where.startswith(stdlib) and "site-packages" not in where:
            return False
        return read(module)
    uses_pyside.mtviewer = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (PySide's own hook)
