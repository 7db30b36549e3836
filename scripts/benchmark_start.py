"""Start-up time: process start to the main window's list painted, against a bare window.

    python scripts/benchmark_start.py [--db PATH] [--tab quote] [--runs 7] [--xcb]
                                      [--before SRC] [-- COMMAND ...]
    e.g.  python scripts/benchmark_start.py                       (python -m mtviewer)
          python scripts/benchmark_start.py --xcb                 (a real X window, Xvfb)
          python scripts/benchmark_start.py --before /tmp/old     (an older checkout too)
          python scripts/benchmark_start.py --db /tmp/mtviewer-bench/q1000000.sqlite --tab quote
          python scripts/benchmark_start.py -- dist/mtviewer/mtviewer

In the same run, alternating, it starts (a) a bare PySide6 window — a QMainWindow with a
QTabWidget, painted — and (b) mtviewer with MTVIEWER_QUIT_AFTER_PAINT=1 (the app prints
PAINTED after its list's first paint and quits), each in a fresh process with fresh
settings, and prints the medians and the ratio. ``--before SRC`` also starts the mtviewer
of another source tree (``git archive OLD | tar -x -C SRC``) in the same alternation, so
before and after are measured under the same load. Offscreen by default; ``--xcb`` maps
real X windows, on the display in ``DISPLAY`` or, without one, on an Xvfb started for the
run. Target: mtviewer ≤ 1.5 × the bare window.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """  # its size as ui/window_state.first_size gives a first window (SHARE, LARGEST)
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
room = app.primaryScreen().availableGeometry()  # the size mtviewer's first window takes
window.resize(min(1760, round(room.width() * 0.86)), min(1100, round(room.height() * 0.86)))
window.show()
app.exec()
"""


def time_to_paint(command: list[str], env: dict[str, str],
                  cwd: Path | None = None) -> float | None:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=cwd)
    seconds = None
    for line in proc.stdout:
        if line.startswith("PAINTED"):
            seconds = time.perf_counter() - start
            break
    proc.wait(timeout=120)
    return seconds


def fresh_env(scratch: Path, tab: str | None, platform: str = "offscreen") -> dict[str, str]:
    config = scratch / "config"
    (config / "mtviewer").mkdir(parents=True, exist_ok=True)
    if tab:
        (config / "mtviewer" / "mtviewer.conf").write_text(f"[window]\ntab={tab}\n")
    return {**os.environ, "QT_QPA_PLATFORM": platform, "MTVIEWER_QUIT_AFTER_PAINT": "1",
            "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(scratch / "data")}


@contextlib.contextmanager
def x_display():
    """The X display to map windows on: ``DISPLAY``, or an Xvfb started for the run."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    import shutil

    if shutil.which("Xvfb") is None:
        raise SystemExit("--xcb needs an X display (DISPLAY) or Xvfb installed")
    for number in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24",
                               "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def report(name: str, times: list[float], bare: float, runs: int) -> None:
    middle = statistics.median(times)
    print(name)
    print(f"  list painted      : median {middle:.3f} s (min {min(times):.3f}, "
          f"max {max(times):.3f})")
    print(f"  ratio             : {middle / bare:.2f} × the bare window ({runs} runs each, "
          f"alternating; target ≤ 1.5)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="content database (default: the bundled one)")
    parser.add_argument("--tab", help="the tab remembered from last time (default: the first)")
    parser.add_argument("--xcb", action="store_true",
                        help="map real X windows (DISPLAY, or an Xvfb started for the run)")
    parser.add_argument("--before", type=Path, metavar="SRC",
                        help="also start the mtviewer of this source tree, for before/after")
    parser.add_argument("--no-edition-check", action="store_true",
                        help="skip the installed-edition check's timing")
    parser.add_argument("command", nargs="*",
                        help="how to start mtviewer (default: this Python, -m mtviewer)")
    args = parser.parse_args()
    command = args.command or [sys.executable, "-m", "mtviewer"]
    if args.db:
        command = [*command, "--db", str(args.db)]
    for tree in (Path(__file__).resolve().parents[1],
                 *([args.before.resolve()] if args.before else [])):
        # Bytecode written now, as pip writes it at install: with PYTHONDONTWRITEBYTECODE
        # set, a module edited since would be compiled again at every start.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "mtviewer")],
                       check=False, stdout=subprocess.DEVNULL)
    with x_display() if args.xcb else contextlib.nullcontext() as display:
        platform = "xcb" if args.xcb else "offscreen"
        bare, ours, before = [], [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as scratch:
                env = fresh_env(Path(scratch), args.tab, platform)
                if display:
                    env["DISPLAY"] = display
                bare.append(time_to_paint([sys.executable, "-c", BARE], env))
                ours.append(time_to_paint(command, env))
                if args.before:
                    old = {**env, "PYTHONPATH": str(args.before.resolve())}
                    before.append(time_to_paint(command, old, cwd=args.before))
    if None in bare or None in ours or None in before:
        print("a window never painted", file=sys.stderr)
        return 1
    b = statistics.median(bare)
    print(f"platform {platform}")
    print(f"bare PySide6 window : median {b:.3f} s (min {min(bare):.3f}, max {max(bare):.3f})")
    name = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(command))
    if before:
        report(f"{name}  (before: {args.before})", before, b, args.runs)
    report(name, ours, b, args.runs)
    return 0 if args.no_edition_check else edition_check(args.runs)


CHECK = """
import sys, time
import mtviewer.content, mtviewer.ui.printsel.controller  # loaded by start-up anyway
start = time.perf_counter()
from mtviewer.editions import verify
imported = time.perf_counter() - start
start = time.perf_counter()
choice = verify.choose()  # what app.open_default asks
found = verify.provenance(choice.path)  # what the status bar asks
quick = time.perf_counter() - start
assert choice.edition is not None and found.origin == "installed", "not chosen, or not verified"
start = time.perf_counter()
verdict = verify.check(choice.edition, full=True)
full = time.perf_counter() - start
print(quick, full, verdict, imported)
"""


def edition_check(runs: int) -> int:
    """The installed-edition check at start-up, for the shipped database installed as an
    edition: quick (cached) against full."""
    import shutil

    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        env = {**os.environ, "XDG_DATA_HOME": str(base / "data"),
               "XDG_CONFIG_HOME": str(base / "config"), "MTVIEWER_SYSTEM_DIR": str(base / "sys")}
        setup = f"""
import shutil
from pathlib import Path
from mtviewer import paths
from mtviewer.editions import client
from mtviewer.editions.anchors import FOLDER
from mtviewer.editions.fetcher import Job
from mtviewer.editions.keys import write_pair
from mtviewer.editions.publish import publish
from mtviewer.editions.store import Store
base = Path({str(base)!r})
shutil.copytree({str(root / "db" / "content")!r}, base / "content")
toml = base / "content" / "edition.toml"
toml.write_text(toml.read_text(encoding="utf-8").replace('version = "1.0"', 'version = "9.0"'),
                encoding="utf-8")
write_pair(base / "k.key", "benchmark")
publish(base / "content", base / "feed", [base / "k.key"])
trusted = paths.user_data_dir() / FOLDER
trusted.mkdir(parents=True)
shutil.copy(base / "feed" / "metadata" / "1.root.json", trusted / "b.root.json")
client.install(str(base / "feed"), Store.user(), Job())
"""
        subprocess.run([sys.executable, "-c", setup], env=env, check=True, cwd=root)
        quick, full, imported = [], [], []
        for _ in range(runs):
            out = subprocess.run([sys.executable, "-c", CHECK], env=env, check=True, cwd=root,
                                 capture_output=True, text=True).stdout.split()
            quick.append(float(out[0]))
            full.append(float(out[1]))
            imported.append(float(out[3]))
            if out[2] != "verified":
                print(f"the installed edition did not verify: {out[2]}", file=sys.stderr)
                return 1
        size = next((base / "data").rglob("mtviewer.sqlite")).stat().st_size
        shutil.rmtree(base / "content", ignore_errors=True)
    print(f"installed-edition check at start-up, shipped content as an edition "
          f"({size:,} bytes), {runs} fresh processes:")
    print(f"  cached (start-up) : median {statistics.median(quick) * 1000:.2f} ms "
          f"(max {max(quick) * 1000:.2f}); target ≤ 10 ms")
    print(f"  loading its code  : median {statistics.median(imported) * 1000:.2f} ms "
          "(editions.verify, .store, .anchors; hashlib and json included)")
    print(f"  full (background) : median {statistics.median(full) * 1000:.2f} ms "
          f"(max {max(full) * 1000:.2f}): signatures, root chain and SHA-256, tuf loaded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
