"""A 5 MB quote printed: `mtviewer print-quotes` in every layout, each in a fresh process.

    python scripts/benchmark_long_print.py [--size 5000000] [--uncut SECONDS]

Builds the real content plus one quote of ``--size`` characters (Norwegian words) through
the real build, then times print-quotes of it as a handout, a poster and cards (the quote is
cut at ``printable.MAX_TEXT`` characters, with a marker, before layout). ``--uncut`` also
times the same prints with the cut turned off, stopping each after that many seconds (as
the app printed before the cut: over 60 s in every layout). Target: a few seconds.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UNCUT = ("import sys; from mtviewer.content import printable; printable.MAX_TEXT = 10**9; "
         "from mtviewer.cli import main; sys.exit(main(sys.argv[1:]))")


def build(folder: Path, size: int) -> tuple[Path, int]:
    from mtviewer.compiler.build import build_database

    source = folder / "content"
    shutil.copytree(REPO / "db" / "content", source)
    text = ("Musikk gir meg ro og håp. " * (size // 26 + 1))[:size]
    quotes = source / "quotes.toml"
    quotes.write_text(quotes.read_text(encoding="utf-8") + f'''
[[quote]]
id = "fem-megabyte"
text = """{text}"""
unnamed = "not_said"
year = 2020
sources = ["fagradet-populart-toppmote"]
''', encoding="utf-8")
    out = folder / "long.sqlite"
    counts = build_database(source, out)
    return out, counts["quote"]


def run(command: list[str], timeout: float) -> tuple[float, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              env=env, check=False)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - start, f"stopped after {timeout:.0f} s"
    outcome = done.stdout.strip() if done.returncode == 0 else done.stderr.strip()
    return time.perf_counter() - start, outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--uncut", type=float, default=0.0, metavar="SECONDS")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mtviewer-longprint-"))
    try:
        db, quote_id = build(folder, args.size)
        print(f"{args.size:,}-character quote (id {quote_id}), database {db.stat().st_size:,} "
              "bytes")
        for layout in ("handout", "poster", "cards"):
            common = ["print-quotes", "--db", str(db), "--ids", str(quote_id), "--layout",
                      layout, "--pdf", str(folder / f"{layout}.pdf")]
            seconds, outcome = run([sys.executable, "-m", "mtviewer", *common], 600)
            print(f"{layout:8} cut:   {seconds:6.2f} s  {outcome}")
            if args.uncut:
                seconds, outcome = run([sys.executable, "-c", UNCUT, *common], args.uncut)
                print(f"{layout:8} uncut: {seconds:6.2f} s  {outcome}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
