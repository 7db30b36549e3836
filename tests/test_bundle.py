"""The self-contained bundle: built with PyInstaller, run from elsewhere without network.

Slow (about a minute to build), so it runs in CI (CI=true) or with MTVIEWER_BUNDLE_TEST=1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import REPO

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("MTVIEWER_BUNDLE_TEST")),
                       reason="builds the PyInstaller bundle; set MTVIEWER_BUNDLE_TEST=1"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_bundle.py"), "--dist",
                    str(work / "dist"), "--work", str(work / "work")], check=True,
                   capture_output=True, timeout=900)
    moved = work / "elsewhere" / "mtviewer"  # run it from a folder of its own, as a clinic would
    shutil.copytree(work / "dist" / "mtviewer", moved, symlinks=True)
    return moved


def run_isolated(bundle: Path, *args: str, cwd: Path, trace: Path | None = None,
                 env: dict | None = None):
    """Run the bundle with a bare environment, no network (when unshare can), no Python."""
    command = [str(bundle / "mtviewer"), *args]
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"],
                                                  capture_output=True).returncode == 0:
        command = ["unshare", "-n", *command]
    if trace is not None:
        command = ["strace", "-f", "-e", "trace=openat,open,execve", "-o", str(trace), *command]
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_bundle_runs_version_and_prints_without_python_or_network(bundle, tmp_path):
    version = run_isolated(bundle, "--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("mtviewer ")
    out = tmp_path / "gitar.pdf"
    trace = tmp_path / "trace.log" if shutil.which("strace") else None
    printed = run_isolated(bundle, "print-quotes", "--search", "gitar", "--pdf", str(out),
                           cwd=tmp_path, trace=trace)
    assert printed.returncode == 0, printed.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Gitarspillingen hjelper meg å samle meg" in text
    if trace is not None:
        opened = set(re.findall(r'open(?:at)?\(.*?"([^"]+)".*\) = \d+', trace.read_text()))
        outside = {p for p in opened if not p.startswith(str(bundle))}
        forbidden = [p for p in outside
                     if p.startswith((str(REPO), sys.prefix, sys.base_prefix))
                     or "site-packages" in p]
        assert forbidden == [], "the bundle reached outside its folder for Python files"


KEPT_OUT = {
    "the GTK platform theme": "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "GTK itself": "libgtk-3.so.0",
    "cairo": "libcairo.so.2",
    "pango": "libpango-1.0.so.0",
    "CUPS (the PC's own is used)": "libcups.so.2",
    "gnutls": "libgnutls.so.30",
    "gmp": "libgmp.so.10",
    "Kerberos": "libgssapi_krb5.so.2",
    "Avahi": "libavahi-client.so.3",
    "QtNetwork (VNC, TUIO)": "PySide6/Qt/lib/libQt6Network.so.6",
    "the VNC platform": "PySide6/Qt/plugins/platforms/libqvnc.so",
    "EGLFS": "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
    "the TIFF image plugin": "PySide6/Qt/plugins/imageformats/libqtiff.so",
}
FROM_THE_PC = re.compile(r"^(libc|libm|libdl|libpthread|librt|libresolv|ld-linux[-\w]*|libGL|"
                         r"libEGL|libOpenGL|libGLX|libxcb|libwayland-[\w-]+|libcups)\.so")
"""What the bundle uses from the PC: the C library, OpenGL drivers, the X connection
library, Wayland, and CUPS for printing."""


def _elf_files(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
            and p.open("rb").read(4) == b"\x7fELF"]


def test_bundle_carries_only_what_qt_and_python_need(bundle):
    internal = bundle / "_internal"
    for what, name in KEPT_OUT.items():
        assert not (internal / name).exists(), f"the bundle carries {what}: {name}"
    for needed in ("PySide6/Qt/plugins/platforms/libqxcb.so",
                   "PySide6/Qt/plugins/platforms/libqwayland.so",
                   "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                   "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
                   "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "libxkbcommon-x11.so.0"):
        assert (internal / needed).exists(), needed
    names = {p.name for p in internal.rglob("*")}
    missing = {}
    for elf in _elf_files(bundle):
        dump = subprocess.run(["objdump", "-p", str(elf)], capture_output=True, text=True,
                              check=True).stdout
        for line in dump.splitlines():
            if line.strip().startswith("NEEDED"):
                library = line.split()[1]
                if library not in names and not FROM_THE_PC.match(library):
                    missing.setdefault(library, []).append(elf.name)
    assert missing == {}, "libraries the bundle needs but does not carry"


def test_bundle_notices_list_every_library_it_carries(bundle):
    notices = (bundle / "_internal" / "mtviewer" / "_shipped" / "THIRD-PARTY-NOTICES"
               ).read_text(encoding="utf-8")
    assert "- Python 3." in notices and "- PySide6_Essentials " in notices
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "apt-get source" in notices
    for library in (bundle / "_internal").glob("lib*.so*"):
        if not library.name.startswith(("libQt6", "libpyside6", "libshiboken6", "libpython")):
            assert library.name in notices, f"{library.name} is not in the notices"
    assert (bundle / "_internal" / "mtviewer" / "_shipped" / "LICENSE").is_file()


def test_bundle_opens_its_window(bundle, tmp_path):
    result = run_isolated(bundle, "--lang", "en", cwd=tmp_path,
                          env={"QT_QPA_PLATFORM": "offscreen", "MTVIEWER_QUIT_AFTER_PAINT": "1"})
    assert result.returncode == 0 and "PAINTED" in result.stdout, result.stderr


def test_bundle_verifies_and_installs_a_signed_edition(bundle, tmp_path, content_dir):
    from .editions_helpers import make_key, publish_version

    key = make_key(tmp_path / "keys")
    publish_version(content_dir, tmp_path / "feed", key, "3.0", trusted=False)
    trusted = tmp_path / ".local" / "share" / "mtviewer" / "mtviewer" / "trusted-publishers"
    trusted.mkdir(parents=True)  # HOME is tmp_path in the bundle
    shutil.copy(tmp_path / "feed" / "metadata" / "1.root.json", trusted / "test.root.json")
    installed = run_isolated(bundle, "edition", "install", str(tmp_path / "feed"), cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "Installed edition 3.0" in installed.stdout
    listed = run_isolated(bundle, "edition", "list", cwd=tmp_path)
    assert "* 3.0" in listed.stdout and "[verified]" in listed.stdout


def test_bundle_fetches_https_with_the_system_trust_store(bundle, tmp_path):
    """Fetching over https builds a truststore context first: a missing module would say so
    instead of the connection's own failure (no server listens on port 9)."""
    tried = run_isolated(bundle, "edition", "install", "https://127.0.0.1:9/feed/",
                         cwd=tmp_path)
    assert tried.returncode == 1  # a failure (2 is bad usage)
    assert "127.0.0.1:9" in tried.stderr and "could not be downloaded" in tried.stderr
    assert "No module named" not in tried.stderr and "unexpected" not in tried.stderr
