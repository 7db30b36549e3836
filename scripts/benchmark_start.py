"""Start-up time of mtviewer commands: process start to the main window's list painted.

    python scripts/benchmark_start.py [--runs 7] -- COMMAND [ARGS...]
    e.g.  python scripts/benchmark_start.py -- .venv/bin/mtviewer
          python scripts/benchmark_start.py -- dist/mtviewer/mtviewer

Runs the command offscreen with MTVIEWER_QUIT_AFTER_PAINT=1 (the app prints PAINTED after
its first paint and quits) and prints the median and the spread.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MTVIEWER_QUIT_AFTER_PAINT": "1"}
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        proc = subprocess.Popen(args.command, stdout=subprocess.PIPE, text=True, env=env)
        for line in proc.stdout:
            if line.startswith("PAINTED"):
                times.append(time.perf_counter() - start)
                break
        proc.wait(timeout=60)
    if not times:
        print("the window never painted", file=sys.stderr)
        return 1
    print(f"{' '.join(args.command)}: median {statistics.median(times):.2f} s "
          f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
