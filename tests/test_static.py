"""The code passes ruff and mypy, with no mypy error anywhere in the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import REPO

TOOLS = Path(sys.executable).parent


def test_ruff_finds_nothing():
    result = subprocess.run([str(TOOLS / "ruff"), "check", "mtviewer", "tests", "scripts"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_mypy_finds_nothing():
    result = subprocess.run([str(TOOLS / "mypy"), "--no-error-summary"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
