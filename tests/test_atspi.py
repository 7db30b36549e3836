"""The live window as a screen reader sees it: AT-SPI under Xvfb and D-Bus, both languages.

Needs Debian's xvfb, dbus, at-spi2-core and python3-pyatspi (pyatspi runs under
/usr/bin/python3, so tests/atspi_walk.py walks the tree from there), and the X11 libraries
a real window needs; .ci/run installs them. Elsewhere the test is skipped, saying why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mtviewer import display

from .conftest import REPO

SYSTEM_PYTHON = Path("/usr/bin/python3")
WALKER = Path(__file__).with_name("atspi_walk.py")


def missing() -> str | None:
    if not sys.platform.startswith("linux"):
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed"
    if not SYSTEM_PYTHON.exists() or subprocess.run(
            [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True).returncode:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    problem = display.problem({"DISPLAY": ":0"})
    return problem


@pytest.fixture(scope="module")
def x_display():
    reason = missing()
    if reason:
        pytest.skip(f"no real accessibility test here: {reason}")
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-nolisten", "tcp",
                               "-screen", "0", "1280x900x24"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    yield f":{number}"
    server.terminate()
    server.wait(10)


def walk(x_display: str, language: str, seed_db: Path, home: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_display, XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), HOME=str(home))
    result = subprocess.run(
        ["dbus-run-session", "--", str(SYSTEM_PYTHON), str(WALKER), sys.executable,
         str(REPO / "main.py"), language, str(seed_db)],
        env=env, capture_output=True, text=True, timeout=180, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the walk printed nothing: {result.stdout[-500:]} {result.stderr[-1500:]}"
    return json.loads(lines[-1])


@pytest.mark.parametrize(("language", "clear"), [("en", "Clear"), ("nb", "Tøm")])
def test_every_showing_control_has_a_name_a_role_and_a_key(x_display, seed_db, tmp_path,
                                                           language, clear):
    found = walk(x_display, language, seed_db, tmp_path)
    assert "error" not in found, found
    assert found["filled"] >= 2 and found["panel"], found  # fields filled, print panel open
    assert found["unnamed"] == [], found["unnamed"]
    assert found["unreachable"] == [], found["unreachable"]
    assert found["details"] and all(found["details"]), "the detail pane takes focus (links)"
    roles = {entry.split(" '")[0] for entry in found["seen"]}
    assert {"table", "text", "push button", "page tab", "combo box", "spin button",
            "list"} <= roles, roles
    assert any(entry.startswith(f"push button '{clear}' in text") for entry in found["seen"])
