"""Before Qt starts a window: is there a display, and the system libraries Qt needs for it?"""

from __future__ import annotations

import sys
from collections.abc import Mapping

XCB_LIBRARIES = {  # library: (Debian/Ubuntu package, Fedora package)
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
}
"""Libraries Qt's X11 platform needs beyond Qt itself that a fresh system may lack."""
HEADLESS = "without one, `mtviewer print-quotes … --pdf OUT.pdf` and `mtviewer build-db` work"


def problem(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """One line saying why a window cannot open here, or None when it can be tried."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM"):
        return None  # the user chose a platform (offscreen, vnc, wayland…)
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("mtviewer: the window needs a graphical display, and none was found (DISPLAY "
                f"and WAYLAND_DISPLAY are unset); {HEADLESS}.")
    if environ.get("WAYLAND_DISPLAY"):
        return None
    missing = [packages for library, packages in XCB_LIBRARIES.items() if not _loads(library)]
    if missing:
        debian, fedora = (" ".join(names) for names in zip(*missing, strict=True))
        return (f"mtviewer: the window needs missing system libraries (Debian/Ubuntu: apt "
                f"install {debian}; Fedora: dnf install {fedora}); print-quotes needs no window.")
    return None


def _loads(library: str) -> bool:
    import ctypes  # only here: a start on another platform need not load it

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True
