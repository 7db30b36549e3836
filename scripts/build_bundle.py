"""Build the self-contained one-folder bundle with PyInstaller: dist/mtviewer/.

    python scripts/build_bundle.py [--dist DIR] [--work DIR] [--unlocked]

Run it on the system the bundle is for (PyInstaller does not cross-compile): on Linux it
makes dist/mtviewer/mtviewer, on Windows dist\\mtviewer\\mtviewer.exe. Copy the whole
folder to the clinic PC; it needs no Python and no network. It builds only from the
versions in constraints.txt (install with ``pip install -c constraints.txt -e '.[test]'``);
``--unlocked`` builds from whatever is installed, for trying a new version.
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
    parser.add_argument("--unlocked", action="store_true",
                        help="build even when the installed versions are not constraints.txt's")
    args = parser.parse_args()
    differences = unlocked()
    if differences and not args.unlocked:
        print("Not building: this environment is not installed from constraints.txt ("
              + "; ".join(differences[:8]) + (" …" if len(differences) > 8 else "") + "). "
              "Install with: pip install -c constraints.txt -e '.[test]'", file=sys.stderr)
        return 1
    return subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--log-level", "WARN", "--distpath", str(args.dist),
                            "--workpath", str(args.work),
                            str(ROOT / "packaging" / "mtviewer.spec")])


def unlocked() -> list[str]:
    """How the installed versions differ from constraints.txt ('name: 1.0, locked 1.1')."""
    from importlib import metadata

    found = []
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" not in line or line.lstrip().startswith("#"):
            continue
        name, version = (part.strip() for part in line.split("==", 1))
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            if name != "hatchling":  # the build backend is not installed, only used
                found.append(f"{name}: missing, locked {version}")
            continue
        if installed != version:
            found.append(f"{name}: {installed}, locked {version}")
    return found


if __name__ == "__main__":
    sys.exit(main())
