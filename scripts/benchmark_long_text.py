"""Long text: a 1 MB quote, with and without spaces, chosen in the list and shown in the pane.

    python scripts/benchmark_long_text.py [--runs 5]

Builds the real content plus two quotes of about a million characters (one of words, one
without a single space) through the real build, opens the window offscreen, and times, for
each, choosing it in the Quotes list until the detail pane and the list are repainted. Prints
the median and the slowest run. Target (issue "Never crash, never lose a file"): ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZE = 1_000_000
QUOTES = {"lang-med-ord": ("Musikk gir meg ro og håp. " * (SIZE // 26))[:SIZE],
          "lang-uten-mellomrom": ("musikkterapi" * (SIZE // 12))[:SIZE]}


def build(folder: Path) -> Path:
    from mtviewer.compiler.build import build_database

    source = folder / "content"
    shutil.copytree(REPO / "db" / "content", source)
    extra = "".join(f'''
[[quote]]
id = "{key}"
text = """{text}"""
unnamed = "not_said"
year = 2020
sources = ["fagradet-populart-toppmote"]
''' for key, text in QUOTES.items())
    quotes = source / "quotes.toml"
    quotes.write_text(quotes.read_text(encoding="utf-8") + extra, encoding="utf-8")
    out = folder / "long.sqlite"
    build_database(source, out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mtviewer import app
    from mtviewer.settings import Settings

    folder = Path(tempfile.mkdtemp())
    db = build(folder)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = app.start(db, "en", settings)
    tab = window.show_tab("quote")
    QApplication.processEvents()
    listed = [tab.model.id_at(row) for row in range(tab.model.rowCount())]
    rows = window.content.rows("quote", listed)
    ids = {rows[i].key: i for i in listed if rows[i].key in QUOTES}
    other = next(i for i in listed if i not in ids.values())
    for key, record_id in ids.items():
        timings = []
        for _ in range(args.runs):
            tab.select_record(other)
            QApplication.processEvents()
            start = time.perf_counter()
            tab.select_record(record_id)
            QApplication.processEvents()  # a deferred page is shown from the event loop
            tab.detail.viewport().repaint()
            tab.view.viewport().repaint()
            timings.append((time.perf_counter() - start) * 1000)
        shown = len(tab.detail.toPlainText())
        print(f"{key:>20}: median {statistics.median(timings):6.1f} ms, "
              f"max {max(timings):6.1f} ms over {args.runs} runs "
              f"({shown:,} characters in the pane)")
    window.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
