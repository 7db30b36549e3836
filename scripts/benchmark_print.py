"""Benchmark: a 500-quote handout PDF from a large generated database.

    python scripts/benchmark_print.py [DB] [--quotes 500] [--layout handout]

DB defaults to the 100k-quote database that scripts/benchmark.py builds (built here if
missing). Prints the time to fetch the quotes, lay them out and write the PDF, and its pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", type=Path,
                        default=Path(tempfile.gettempdir()) / "mtviewer-bench" / "q100000.sqlite")
    parser.add_argument("--quotes", type=int, default=500)
    parser.add_argument("--layout", default="handout", choices=("handout", "poster", "cards"))
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from mtviewer.compiler.synthetic import build_synthetic
    from mtviewer.content import open_content
    from mtviewer.printing.document import QuoteDocument
    from mtviewer.printing.layouts import PrintOptions
    from mtviewer.printing.pdf import write_pdf

    if not args.db.exists():
        build_synthetic(100_000, args.db)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need an application)
    content = open_content(args.db)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "quotes.pdf"
        for run in range(3):
            start = time.perf_counter()
            quotes = content.print_quotes(ids=list(range(1, args.quotes + 1)))
            fetched = time.perf_counter()
            pages = write_pdf(QuoteDocument(quotes, PrintOptions(layout=args.layout)), out)
            done = time.perf_counter()
            print(f"run {run + 1}: {len(quotes)} quotes, {args.layout}: fetch "
                  f"{fetched - start:.2f} s, layout+PDF {done - fetched:.2f} s, total "
                  f"{done - start:.2f} s, {pages} pages, {out.stat().st_size / 1e6:.1f} MB")
    content.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
