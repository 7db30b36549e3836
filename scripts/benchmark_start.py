"""Start-up time: process start to the main window's list painted, against a bare window.

    python scripts/benchmark_start.py [--db PATH] [--tab quote] [--runs 7] [-- COMMAND ...]
    e.g.  python scripts/benchmark_start.py                       (python -m mtviewer)
          python scripts/benchmark_start.py --db /tmp/mtviewer-bench/q1000000.sqlite --tab quote
          python scripts/benchmark_start.py -- dist/mtviewer/mtviewer

In the same run, alternating, it starts (a) a bare PySide6 window — a QMainWindow with a
QTabWidget, painted — and (b) mtviewer offscreen with MTVIEWER_QUIT_AFTER_PAINT=1 (the app
prints PAINTED after its list's first paint and quits), each in a fresh process with fresh
settings, and prints the medians and the ratio. Target: mtviewer ≤ 2.0 × the bare window.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget(window)
label = QLabel("bare")
tabs.addTab(label, "Tab")
window.setCentralWidget(tabs)
class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Watcher()
label.installEventFilter(watcher)
window.resize(1100, 720)
window.show()
app.exec()
"""


def time_to_paint(command: list[str], env: dict[str, str]) -> float | None:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    seconds = None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            seconds = time.perf_counter() - start
            break
    proc.wait(timeout=120)
    return seconds


def fresh_env(scratch: Path, tab: str | None) -> dict[str, str]:
    config = scratch / "config"
    (config / "mtviewer").mkdir(parents=True, exist_ok=True)
    if tab:
        (config / "mtviewer" / "mtviewer.conf").write_text(f"[window]\ntab={tab}\n")
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MTVIEWER_QUIT_AFTER_PAINT": "1",
            "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(scratch / "data")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="content database (default: the bundled one)")
    parser.add_argument("--tab", help="the tab remembered from last time (default: the first)")
    parser.add_argument("command", nargs="*",
                        help="how to start mtviewer (default: this Python, -m mtviewer)")
    args = parser.parse_args()
    command = args.command or [sys.executable, "-m", "mtviewer"]
    if args.db:
        command = [*command, "--db", str(args.db)]
    bare, ours = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as scratch:
            env = fresh_env(Path(scratch), args.tab)
            bare.append(time_to_paint([sys.executable, "-c", BARE], env))
            ours.append(time_to_paint(command, env))
    if None in bare or None in ours:
        print("a window never painted", file=sys.stderr)
        return 1
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window : median {b:.3f} s (min {min(bare):.3f}, max {max(bare):.3f})")
    print(f"{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(command))}")
    print(f"  list painted      : median {o:.3f} s (min {min(ours):.3f}, max {max(ours):.3f})")
    print(f"  ratio             : {o / b:.2f} × the bare window ({args.runs} runs each, "
          f"alternating; target ≤ 2.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
