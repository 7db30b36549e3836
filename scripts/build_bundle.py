"""Build the self-contained one-folder bundle with PyInstaller: dist/mtviewer/.

    python scripts/build_bundle.py [--dist DIR] [--work DIR]

Run it on the system the bundle is for (PyInstaller does not cross-compile): on Linux it
makes dist/mtviewer/mtviewer, on Windows dist\\mtviewer\\mtviewer.exe. Copy the whole
folder to the clinic PC; it needs no Python and no network.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    return subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--log-level", "WARN", "--distpath", str(args.dist),
                            "--workpath", str(args.work),
                            str(ROOT / "packaging" / "mtviewer.spec")])


if __name__ == "__main__":
    sys.exit(main())
