"""Before and after a change, in the same run: this checkout against another one.

    python scripts/benchmark_compare.py --before ../old-checkout [--sizes 100000 1000000]
                                        [--rounds 2] [--start-runs 9]

Each checkout is measured with its own ``.venv`` and its own benchmark scripts
(``benchmark.py``: keystrokes, detail pane, peak memory, typos; ``benchmark_start.py``:
process start to the list painted, against a bare window), alternating between the two
checkouts round by round so a busy machine weighs on both alike. Prints the medians over
the rounds, side by side.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
ROW = re.compile(r"^\s*(\d+)\s+(?:ours|list)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)"
                 r"\s+([\d.-]+)\s+(\d+)\s+([\d.-]+)")
FIELDS = ("start s", "p50 ms", "p95 ms", "max ms", "detail95 ms", "RSS MB", "typo max ms")


def run(tree: Path, script: str, *args: str) -> str:
    python = tree / ".venv" / "bin" / "python"
    return subprocess.run([str(python), str(tree / "scripts" / script), *args], cwd=tree,
                          capture_output=True, text=True, check=True).stdout


def benchmark(tree: Path, sizes: list[str], cache: Path) -> dict[int, list[float]]:
    views = (["--views", "list"]  # the list view, which older trees measure as "ours"
             if "--views" in (tree / "scripts" / "benchmark.py").read_text(encoding="utf-8")
             else [])
    out = run(tree, "benchmark.py", "--sizes", *sizes, "--cache", str(cache),
              "--stock-up-to", "0", *views)
    found = {}
    for line in out.splitlines():
        match = ROW.match(line)
        if match:
            found[int(match.group(1))] = [float(v) if v != "-" else float("nan")
                                          for v in match.groups()[1:]]
    return found


def start(tree: Path, runs: int) -> tuple[float, float]:
    out = run(tree, "benchmark_start.py", "--runs", str(runs))
    ours = re.search(r"list painted\s*:\s*median ([\d.]+) s", out)
    ratio = re.search(r"ratio\s*:\s*([\d.]+) ×", out)
    return (float(ours.group(1)) if ours else float("nan"),
            float(ratio.group(1)) if ratio else float("nan"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True)
    parser.add_argument("--sizes", nargs="+", default=["100000", "1000000"])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--start-runs", type=int, default=9)
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": HERE}
    caches = {name: Path(tempfile.gettempdir()) / f"mtviewer-bench-{name}" for name in trees}
    results: dict[str, list[dict[int, list[float]]]] = {name: [] for name in trees}
    starts: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for round_ in range(1, args.rounds + 1):
        for name, tree in trees.items():
            results[name].append(benchmark(tree, args.sizes, caches[name]))
            starts[name].append(start(tree, args.start_runs))
            print(f"# round {round_}: {name} measured", flush=True)
    print(f"{'quotes':>9} {'tree':>7} " + " ".join(f"{f:>12}" for f in FIELDS))
    for size in map(int, args.sizes):
        for name in trees:
            rows = [r[size] for r in results[name] if size in r]
            medians = [statistics.median(col) for col in zip(*rows, strict=True)] if rows else []
            print(f"{size:>9} {name:>7} " + " ".join(f"{v:12.2f}" for v in medians))
    print(f"\n{'start':>9} {'tree':>7} {'painted s':>12} {'x bare':>12}")
    for name in trees:
        painted = statistics.median(s[0] for s in starts[name])
        ratio = statistics.median(s[1] for s in starts[name])
        print(f"{'':>9} {name:>7} {painted:12.3f} {ratio:12.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
