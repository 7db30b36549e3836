"""How fast Cancel and closing the window stop an edition download from a trickling server.

    python scripts/benchmark_editions.py [--runs 5]

A server on 127.0.0.1 serves a signed feed's metadata normally and its database a byte
every half second (a stalled or hostile server). In the same run it measures:

- Cancel (library): ``Job.cancel()`` during the download, to the end of the transfer
  (the installing thread has returned and the server saw its connection close);
- Cancel (window): the progress dialog's Cancel button, to the end of the transfer;
- closing the window during the download, to ``close()`` returning and the thread ending;
- the stock approach (``urllib.request.urlopen`` with a 20 s read timeout, Cancel checked
  between blocks, as mtviewer did before), capped at 10 s.

Targets (issue 23): Cancel ends the transfer within 1 s; the window closes within 2 s.
Prints the medians and the worst of each.
"""

from __future__ import annotations

import argparse
import http.server
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Trickle(http.server.BaseHTTPRequestHandler):
    folder: Path
    closed: list

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        path = self.folder / self.path.lstrip("/")
        if "/targets/" not in self.path:
            if not path.is_file():
                self.send_error(404)
                return
            data = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(path.stat().st_size))
        self.end_headers()
        try:
            for _ in range(240):
                self.wfile.write(b"\0")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            self.closed.append(time.monotonic())


def serve(folder: Path):
    closed: list = []
    handler = type("H", (Trickle,), {"folder": folder, "closed": closed})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/", closed


def incoming(store_root: Path) -> bool:
    return store_root.exists() and any(p.name.startswith(".incoming-")
                                       for p in store_root.iterdir())


def wait_for(condition, seconds: float = 30, step=None) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the download to start")
        (step or time.sleep)(0.01)


def library_cancel(address: str) -> float:
    from mtviewer.editions import client
    from mtviewer.editions.errors import EditionError
    from mtviewer.editions.fetcher import Job
    from mtviewer.editions.store import Store

    job = Job()

    def run() -> None:
        try:
            client.install(address, Store.user(), job)
        except EditionError:
            pass

    thread = threading.Thread(target=run)
    thread.start()
    wait_for(lambda: incoming(Store.user().root))
    time.sleep(0.3)
    started = time.monotonic()
    job.cancel()
    thread.join(30)
    return time.monotonic() - started


def stock_cancel(address: str, name: str, cap: float = 10.0) -> float | None:
    """The stock approach: urlopen, a per-read timeout, Cancel checked between blocks."""
    from urllib.request import urlopen

    stop = threading.Event()
    ended: list = []

    def run() -> None:
        try:
            with urlopen(address + "targets/" + name, timeout=20) as response:  # noqa: S310
                while not stop.is_set():
                    if not response.read(1 << 16):
                        break
        except OSError:
            pass
        ended.append(time.monotonic())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    time.sleep(1.0)
    started = time.monotonic()
    stop.set()
    thread.join(cap)
    return ended[0] - started if ended else None


def window_measures(app, address: str) -> tuple[float, float]:
    from PySide6.QtWidgets import QPushButton

    from mtviewer import paths
    from mtviewer.content import open_content
    from mtviewer.editions.store import Store
    from mtviewer.ui.main_window import MainWindow

    folders: list[tempfile.TemporaryDirectory] = []  # each window's own settings, removed

    def new_window():
        from PySide6.QtCore import QSettings

        from mtviewer.settings import Settings

        folders.append(tempfile.TemporaryDirectory(prefix="mtviewer-bench-"))
        settings_file = Path(folders[-1].name) / "settings.ini"
        window = MainWindow(open_content(paths.default_database()),
                            Settings(QSettings(str(settings_file), QSettings.Format.IniFormat)))
        window.show()
        return window

    window = new_window()
    window.editions.install_location(address)
    wait_for(lambda: incoming(Store.user().root), step=lambda s: app.processEvents())
    time.sleep(0.3)
    task = window.editions.task
    started = time.monotonic()
    window.editions.progress.findChild(QPushButton).click()
    task.thread.join(30)
    cancelled = time.monotonic() - started
    window.close()
    window.content.close()

    window = new_window()
    window.editions.install_location(address)
    wait_for(lambda: incoming(Store.user().root), step=lambda s: app.processEvents())
    time.sleep(0.3)
    task = window.editions.task
    started = time.monotonic()
    window.close()
    task.thread.join(30)
    closed = time.monotonic() - started
    window.content.close()
    left = [p.name for p in Store.user().root.iterdir() if p.name != ".lock"]
    if left:
        raise SystemExit(f"the window left {left} behind")
    for folder in folders:
        folder.cleanup()
    return cancelled, closed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="mtviewer-bench-editions."))
    os.environ.update({"XDG_DATA_HOME": str(scratch / "data"),
                       "XDG_CONFIG_HOME": str(scratch / "config"),
                       "MTVIEWER_SYSTEM_DIR": str(scratch / "system")})
    try:
        from PySide6.QtWidgets import QApplication

        from mtviewer import paths
        from mtviewer.editions.anchors import FOLDER
        from mtviewer.editions.keys import write_pair
        from mtviewer.editions.publish import publish

        app = QApplication([sys.argv[0]])
        source = scratch / "content"
        shutil.copytree(ROOT / "db" / "content", source)
        toml = source / "edition.toml"
        toml.write_text(toml.read_text(encoding="utf-8").replace('version = "1.0"',
                                                                 'version = "9.0"'),
                        encoding="utf-8")
        key = scratch / "publisher.key"
        write_pair(key, "benchmark")
        feed = scratch / "feed"
        publish(source, feed, [key])
        trusted = paths.user_data_dir() / FOLDER
        trusted.mkdir(parents=True)
        shutil.copy(feed / "metadata" / "1.root.json", trusted / "bench.root.json")
        name = next((feed / "targets").glob("*.sqlite")).name
        server, address, closed = serve(feed)
        library, window_cancel, window_close, stock = [], [], [], []
        for _ in range(args.runs):
            closed.clear()
            library.append(library_cancel(address))
            cancelled, shut = window_measures(app, address)
            window_cancel.append(cancelled)
            window_close.append(shut)
        stock.append(stock_cancel(address, name))
        server.shutdown()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def line(label: str, values: list[float], target: float) -> None:
        print(f"{label:<34} median {statistics.median(values) * 1000:7.1f} ms   worst "
              f"{max(values) * 1000:7.1f} ms   target ≤ {target * 1000:.0f} ms   "
              f"{'met' if max(values) <= target else 'MISSED'}")

    print(f"Trickling server (1 byte / 0.5 s), {args.runs} runs each:")
    line("Cancel, library (Job.cancel)", library, 1.0)
    line("Cancel, window (progress dialog)", window_cancel, 1.0)
    line("Window closed during download", window_close, 2.0)
    print("Stock approach (urlopen, 20 s read timeout, Cancel between blocks): "
          + ("did not stop within 10 s" if stock[0] is None else f"{stock[0] * 1000:.0f} ms"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
