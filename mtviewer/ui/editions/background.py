"""After the window shows an installed edition, its bytes are checked in full in the
background (start-up only compared the cached size, times and inode); an edition whose bytes
are not the signed ones is then marked unverified, and the status bar says why. Editions
passed over at start-up (changed, planted, no longer trusted) are named there too."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...editions.verify import CHANGED, UNTRUSTED, VERIFIED, check, choose, provenance
from ...formatting import fill
from ..host import Library

translate = QCoreApplication.translate
DELAY_MS = 1000
"""After the first paint: start-up pays nothing for the full check."""


class _Result(QObject):
    checked = Signal(str)


_pending: set[_Result] = set()


def check_shown_edition(window: Library) -> None:
    """Check the edition ``window`` shows in full, soon, off the window's thread."""
    path = window.content.location
    QTimer.singleShot(DELAY_MS, window.dialog_parent(), lambda: _start(window, path))


def _start(window: Library, path) -> None:
    if window.content.location != path:
        return  # another database is shown by now; it has a check of its own
    _tell_passed_over(window)
    found = provenance(path)
    if found.edition is None or found.origin != "installed":
        return
    result = _Result()  # no parent: kept until its news has arrived (the window may go first)
    _pending.add(result)
    def arrived(verdict: str) -> None:
        _pending.discard(result)
        _checked(window, path, verdict)
    result.checked.connect(arrived)
    edition = found.edition
    threading.Thread(target=lambda: result.checked.emit(check(edition, full=True)),
                     name="mtviewer-edition-check", daemon=True).start()


def _checked(window: Library, path, verdict: str) -> None:
    from shiboken6 import isValid

    if (verdict == VERIFIED or not isValid(window.dialog_parent())
            or window.content.location != path):
        return
    window.show_edition()
    window.tell(_why(verdict, window.content.edition().version or "?"), 0)


def _why(verdict: str, version: str) -> str:
    if verdict == CHANGED:
        text = translate("Editions", "Edition %1 was changed after it was installed: it is "
                                     "shown as unverified. Install it again, or choose another "
                                     "with File → Choose content edition….")
    elif verdict == UNTRUSTED:
        text = translate("Editions", "Edition %1 is from a publisher this PC does not trust: "
                                     "it is shown as unverified.")
    else:
        text = translate("Editions", "Edition %1 was not installed from a signed edition: it "
                                     "is shown as unverified.")
    return fill(text, version)


def _passed_over(verdict: str, version: str) -> str:
    if verdict == CHANGED:
        text = translate("Editions", "Installed edition %1 was changed after it was installed, "
                                     "so it was not opened. Install it again, or choose "
                                     "another with File → Choose content edition….")
    elif verdict == UNTRUSTED:
        text = translate("Editions", "Installed edition %1 is from a publisher this PC does "
                                     "not trust, so it was not opened.")
    else:
        text = translate("Editions", "Installed edition %1 is not a signed edition, so it was "
                                     "not opened.")
    return fill(text, version)


def _tell_passed_over(window: Library) -> None:
    choice = choose()
    if choice.skipped and choice.path == window.content.location:
        edition, verdict = choice.skipped[0]
        window.tell(_passed_over(verdict, edition.version), 0)
