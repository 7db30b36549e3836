"""Desktop integration: the menu entry, icons and metainfo, installed and removed."""

from __future__ import annotations

import configparser
import subprocess
import sys
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from mtviewer import desktop, paths

from .conftest import REPO


def run(*args: str, home) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, check=False,
                          env={"XDG_DATA_HOME": str(home), "PATH": "/usr/bin:/bin",
                               "HOME": str(home)})


def test_install_and_uninstall_desktop_entry(tmp_path):
    home = tmp_path / "share"
    result = run("--install-desktop-entry", home=home)
    assert result.returncode == 0, result.stderr
    entry = home / "applications" / f"{desktop.APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    section = parser["Desktop Entry"]
    assert section["Type"] == "Application" and section["Name"] == "Music therapy resources"
    assert section["Name[nb]"] == "Musikkterapi – ressurser"  # people's name, not the command
    assert section["Icon"] == desktop.APP_ID and "mtviewer" in section["Exec"]
    assert "Education" in section["Categories"] and section["Terminal"] == "false"
    assert section["Comment[nb]"].endswith("om musikkterapi – også uten nett")
    metainfo = ET.parse(home / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == desktop.APP_ID
    assert metainfo.find("launchable").text == f"{desktop.APP_ID}.desktop"
    for size in desktop.ICON_SIZES:
        icon = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{desktop.APP_ID}.png"
        assert QImage(str(icon)).width() == size
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{desktop.APP_ID}.svg").exists()

    result = run("--uninstall-desktop-entry", home=home)
    assert result.returncode == 0
    assert not any(p.is_file() for p in home.rglob("*"))


def test_window_uses_the_application_icon(qapp):
    from mtviewer.app import app_icon

    icon = app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    assert (paths.icons_dir() / "mtviewer.svg").exists()
