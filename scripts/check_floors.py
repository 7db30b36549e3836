"""Check that the dependency floors in pyproject.toml really work: install every runtime
dependency, and the build backend, at its lowest allowed version in a fresh virtual
environment, then run the print, build, search, calendar and edition tests and check the
wheel the oldest backend writes with ``twine check --strict``.

    python scripts/check_floors.py [--keep DIR] [-- PYTEST ARGS]

The test tools come at the versions of constraints.txt (they are not what users install).
Exits 0 when every step passed; prints each step and its outcome.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ["tests/test_build.py", "tests/test_printing.py", "tests/test_print_layouts.py",
         "tests/test_search.py", "tests/test_calendar.py", "tests/test_editions.py"]
FLOOR = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*>=\s*([^,;\s]+)")


def floors(requirements: list[str]) -> dict[str, str]:
    """Each requirement's name and its floor (the version after ``>=``)."""
    found = {}
    for requirement in requirements:
        match = FLOOR.match(requirement)
        if match is None:
            raise SystemExit(f"no floor (>=) in the requirement {requirement!r}")
        found[match.group(1)] = match.group(2)
    return found


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].strip()


def constraints(project: dict) -> tuple[str, dict[str, str]]:
    """The constraints for the check, and the floors it pins."""
    pinned = floors(project["project"]["dependencies"])
    pinned.update(floors([r for r in project["build-system"]["requires"]
                          if _name(r) == "hatchling"]))
    locked = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, version = line.split("==", 1)
            locked[re.sub(r"[-_.]+", "-", name.strip().lower())] = (name.strip(), version.strip())
    tools = [_name(r) for r in project["project"]["optional-dependencies"]["test"]]
    lines = [f"{name}=={version}" for name, version in pinned.items()]
    for tool in tools:
        key = re.sub(r"[-_.]+", "-", tool.lower())
        if key in locked:
            lines.append("{}=={}".format(*locked[key]))
    return "\n".join(lines) + "\n", pinned


def step(title: str, command: list[str], **kwargs) -> bool:
    print(f"\n== {title}\n$ {' '.join(command)}", flush=True)
    done = subprocess.run(command, check=False, **kwargs)
    print(f"-> {'passed' if done.returncode == 0 else f'FAILED (exit code {done.returncode})'}",
          flush=True)
    return done.returncode == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build the environment here and keep it")
    parser.add_argument("pytest_args", nargs="*", help="more arguments for pytest")
    args = parser.parse_args()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    text, pinned = constraints(project)
    work = args.keep or Path(tempfile.mkdtemp(prefix="mtviewer-floors-"))
    work.mkdir(parents=True, exist_ok=True)
    pins = work / "floors.txt"
    pins.write_text(text, encoding="utf-8")
    print("Floors: " + ", ".join(f"{n} {v}" for n, v in pinned.items()))
    venv, python = work / "venv", work / "venv" / "bin" / "python"
    env = {**os.environ, "PIP_CONSTRAINT": str(pins), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("CI", None)  # the bundle test is not part of this check
    results = {}
    results["fresh environment"] = step("a fresh virtual environment",
                                        [sys.executable, "-m", "venv", "--clear", str(venv)])
    results["install at the floors"] = results["fresh environment"] and step(
        "install mtviewer and its test tools with every dependency at its floor",
        [str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"], env=env)
    if results["install at the floors"]:
        installed = subprocess.run([str(python), "-m", "pip", "list", "--format=freeze"],
                                   capture_output=True, text=True, check=False, env=env).stdout
        print(installed, end="", flush=True)
        versions = {_norm(line.split("==")[0]): line.split("==")[1]
                    for line in installed.splitlines() if "==" in line}
        wrong = [f"{name} {versions.get(_norm(name))} (floor {floor})"
                 for name, floor in pinned.items() if name != "hatchling"
                 and not _same(versions.get(_norm(name)), floor)]
        results["the floors are what got installed"] = not wrong
        print("-> installed at their floors" if not wrong else f"-> NOT at the floor: {wrong}")
        results["tests at the floors"] = step(
            "the print, build, search, calendar and edition tests",
            [str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *TESTS,
             *args.pytest_args], cwd=ROOT, env=env)
        dist = work / "dist"
        results["sdist and wheel by the oldest backend"] = step(
            "install build and twine", [str(python), "-m", "pip", "install", "-q", "build",
                                        "twine"], env=env) and step(
            f"build the sdist and the wheel with hatchling {pinned['hatchling']}",
            [str(python), "-m", "build", "--outdir", str(dist), str(ROOT)], env=env,
            stdout=subprocess.DEVNULL) and _built_by(dist, pinned["hatchling"])
        results["twine check --strict"] = results["sdist and wheel by the oldest backend"] and step(
            "twine check --strict", [str(venv / "bin" / "twine"), "check", "--strict",
                                     *map(str, sorted(dist.glob("mtviewer-*")))], env=env)
    print("\nSummary:")
    for name, ok in results.items():
        print(f"  {'passed' if ok else 'FAILED'}  {name}")
    if args.keep is None:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    return 0 if results and all(results.values()) else 1


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.lower())


def _same(installed: str | None, floor: str) -> bool:
    """'2.0.0' is the floor '2.0'."""
    from packaging.version import Version

    return installed is not None and Version(installed) == Version(floor)


def _built_by(dist: Path, hatchling: str) -> bool:
    """Whether the wheel in ``dist`` says the floor's hatchling wrote it."""
    import zipfile

    wheels = sorted(dist.glob("mtviewer-*.whl"))
    with zipfile.ZipFile(wheels[0]) as wheel:
        name = next(n for n in wheel.namelist() if n.endswith(".dist-info/WHEEL"))
        generator = next(line for line in wheel.read(name).decode().splitlines()
                         if line.startswith("Generator:"))
    print(f"-> {wheels[0].name}: {generator}")
    return _same(generator.split()[-1], hatchling)


if __name__ == "__main__":
    sys.exit(main())
