"""Write THIRD-PARTY-NOTICES: every component of other authors that mtviewer ships or
installs, its licence, and the full text of each licence.

    python scripts/third_party_notices.py [--out FILE] [--check]

Without a bundle it lists the Python distributions mtviewer needs at run time, as installed
in this environment (every licence file each ships: a wheel may carry several, such as
PyNaCl's for the libsodium it contains). The wheel carries the file this writes (``--check``
says whether the committed one is current). The PyInstaller spec calls ``bundle_notices``
with the binaries it collected, which adds Python itself and every shared library copied
from the build machine, with its Debian package, version and copyright file, and says where
the source of each LGPL part is and how to replace it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "THIRD-PARTY-NOTICES"
LICENCES = ROOT / "resources" / "licences"
RULE = "=" * 78
LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)
QT_LGPL = (
    "Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public "
    "License version 3 (LGPL-3.0; its text and that of the GNU GPL version 3, which it "
    "builds on, are below). Their source code, for the version named here, is published by "
    "The Qt Company at https://download.qt.io/official_releases/ (Qt: qt/<version>/"
    "<version>/submodules/; Qt for Python: QtForPython/pyside6/, the pyside-setup source "
    "archive). You may replace them with a modified or other compatible build of the same "
    "version: in a pip installation, install your build of PySide6-Essentials and shiboken6 "
    "into the same environment; in the one-folder bundle, Qt's libraries and plugins are "
    "separate files under _internal/PySide6/Qt/lib/, _internal/PySide6/Qt/plugins/ and "
    "_internal/ (libQt6*.so.6, libpyside6*, libshiboken6*), loaded when the app starts, so "
    "replacing those files replaces Qt. Qt contains code of other authors under permissive "
    "licences; Qt's documentation lists them for each version (\"Licenses Used in Qt\").")
EXTRA_TEXTS = {  # distributions whose wheels carry no licence text of their own
    "pyside6-essentials": ("LGPL-3.0.txt", "GPL-3.0.txt"),
    "shiboken6": ("LGPL-3.0.txt", "GPL-3.0.txt"),
}
USED_UNDER = {"pyside6-essentials": "LGPL-3.0-only", "shiboken6": "LGPL-3.0-only"}
"""A choice of licences offered ("A OR B"): the one mtviewer uses."""


@dataclass
class Component:
    name: str
    version: str
    licence: str
    home: str = ""
    notes: list[str] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    """(where the text comes from, the text)."""

    def summary(self) -> str:
        return f"- {self.name} {self.version}: {self.licence}"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(root: str = "mtviewer") -> list[metadata.Distribution]:
    """The distributions ``root`` needs at run time (no extras), installed here, by name."""
    from packaging.requirements import Requirement

    found: dict[str, metadata.Distribution] = {}
    todo = [str(r) for r in metadata.requires(root) or []]
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        key = _key(requirement.name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(requirement.name)
        except metadata.PackageNotFoundError:
            continue  # not needed on this platform
        found[key] = dist
        todo += [str(r) for r in dist.requires or []]
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))  # type: ignore


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the distribution declares it: its SPDX expression, else the licence
    classifiers, else a short License field."""
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    if classifiers:
        return "; ".join(dict.fromkeys(classifiers))
    declared = (meta.get("License") or "").strip()
    return declared if declared and len(declared) < 80 and "\n" not in declared else "see below"


def home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    urls = [u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []]
    for url in [meta.get("Home-page") or "", *urls]:
        if url.startswith("https://"):
            return url
    return ""


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """Every licence, copying, notice or authors file the distribution installed."""
    texts = []
    for file in sorted(dist.files or [], key=str):
        path = str(file)
        if ".dist-info/" not in path or not LICENCE_FILE.search(path):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        texts.append((f"{dist.metadata['Name']}: {path.split('.dist-info/', 1)[1]}",
                      text.strip()))
    return texts


def icu_component() -> Component | None:
    """ICU, which the PySide6_Essentials wheel carries as separate libraries (Qt uses it for
    text and time zones) under the Unicode licence."""
    try:
        qt_lib = Path(metadata.distribution("PySide6_Essentials").locate_file(
            "PySide6/Qt/lib"))
    except metadata.PackageNotFoundError:
        return None
    found = sorted(qt_lib.glob("libicuuc.so.*"))
    if not found:
        return None
    version = found[0].name.rsplit(".", 1)[-1]
    item = Component("ICU", version, "Unicode-3.0", "https://icu.unicode.org/")
    item.notes.append(f"Inside PySide6_Essentials: PySide6/Qt/lib/libicudata.so.{version}, "
                      f"libicui18n.so.{version} and libicuuc.so.{version}. Copyright (C) 2016 "
                      "and later: Unicode, Inc. and others. License and terms of use: "
                      "https://www.unicode.org/copyright.html")
    item.texts.append(("resources/licences/ICU-Debian-copyright.txt (ICU's licence texts as "
                       "Debian 12 ships them for its ICU 72; the same Unicode licence covers "
                       "this version)", (LICENCES / "ICU-Debian-copyright.txt").read_text(
                           encoding="utf-8").strip()))
    return item


def python_components() -> list[Component]:
    components = []
    for dist in runtime_distributions():
        key = _key(dist.metadata["Name"])
        licence = licence_of(dist)
        if key in USED_UNDER:
            licence = f"{licence} (used under {USED_UNDER[key]})"
        item = Component(dist.metadata["Name"], dist.version, licence, home_of(dist))
        item.texts = licence_texts(dist)
        for name in EXTRA_TEXTS.get(key, ()):
            item.texts.append((f"resources/licences/{name}",
                               (LICENCES / name).read_text(encoding="utf-8").strip()))
        if key in USED_UNDER:
            item.notes.append(QT_LGPL)
        components.append(item)
        if key == "pyside6-essentials" and (icu := icu_component()) is not None:
            components.append(icu)
    return components


def data_components() -> list[Component]:
    """Data of other authors that mtviewer ships as files of its own."""
    item = Component("Snowball stop word lists", "Norwegian (revised 2005) and English",
                     "BSD-3-Clause", "https://snowballstem.org/")
    item.notes.append("resources/search/norwegian-stop.txt and english-stop.txt: the Snowball "
                      "project's stop word lists (algorithms/norwegian/stop.txt and "
                      "algorithms/english/stop.txt), shipped unchanged; search leaves these "
                      "words out of a query.")
    item.texts.append(("resources/licences/Snowball-BSD-3-Clause.txt",
                       (LICENCES / "Snowball-BSD-3-Clause.txt").read_text(
                           encoding="utf-8").strip()))
    return [item]


def render(components: list[Component], version: str, where: str) -> str:
    lines = [f"THIRD-PARTY NOTICES for mtviewer {version}", RULE, "",
             *_wrap(f"mtviewer itself is free software under the MIT licence (the file "
                    f"LICENSE). It {where}: each is listed here with its version and "
                    f"licence, then described with the full text of every licence file it "
                    f"comes with. This file is generated by "
                    f"scripts/third_party_notices.py."),
             "", "COMPONENTS", ""]
    lines += [c.summary() for c in components]
    seen: dict[str, str] = {}
    for c in components:
        lines += ["", RULE, f"{c.name} {c.version}", f"Licence: {c.licence}"]
        if c.home:
            lines.append(f"Home: {c.home}")
        for note in c.notes:
            lines += ["", *_wrap(note)]
        for origin, text in c.texts:
            if text in seen:
                lines += ["", f"--- {origin}: the same text as given above for {seen[text]} ---"]
                continue
            seen[text] = c.name
            lines += ["", f"--- {origin} ---", "", text]
    return "\n".join(lines) + "\n"


def _wrap(text: str, width: int = 78) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def package_notices() -> str:
    """The notices for a pip installation: the Python distributions mtviewer installs."""
    return render([*python_components(), *data_components()], metadata.version("mtviewer"),
                  "uses the Python distributions below, which pip installs beside it, and "
                  "ships the data named after them")


# The bundle: Python and the shared libraries copied from the build machine

def debian_package(path: str) -> tuple[str, str, str] | None:
    """(package, version, source package) that installed ``path``, by dpkg."""
    for candidate in dict.fromkeys([path, str(Path(path).resolve())]):
        found = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True,
                               text=True, check=False)
        if found.returncode == 0:
            package = found.stdout.split(":", 1)[0].strip()
            shown = subprocess.run(["dpkg-query", "-W", "-f", "${Version}\t${source:Package}",
                                    package], capture_output=True, text=True, check=False)
            version, source = (shown.stdout.split("\t") + [""])[:2]
            return package, version, source or package
    return None


def _copyright_licences(text: str) -> str:
    """The licences a Debian copyright file names (DEP-5 ``License:`` fields)."""
    names = [m.group(1).strip() for m in re.finditer(r"^License:\s*(\S[^\n]*)$", text, re.M)]
    return ", ".join(dict.fromkeys(names)) if names else "see the copyright file below"


LGPL = re.compile(r"LGPL|Lesser General Public|Library General Public")


def library_components(binaries: list[tuple[str, str]]) -> tuple[list[Component], list[str]]:
    """The Debian packages whose libraries the bundle carries (``binaries``: (name in the
    bundle, path on the build machine)), and the names no package claims."""
    packages: dict[str, Component] = {}
    files: dict[str, list[str]] = {}
    unknown = []
    for name, source in sorted(binaries):
        if "site-packages" in source or "/PySide6/" in source or "/shiboken6/" in source:
            continue  # part of a Python distribution, listed with it
        if "/lib-dynload/" in source or Path(source).name.startswith("libpython"):
            continue  # Python's own, listed as Python
        found = debian_package(source)
        if found is None:
            unknown.append(name)
            continue
        package, version, src = found
        files.setdefault(package, []).append(name)
        if package in packages:
            continue
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        text = (copyright_file.read_text(encoding="utf-8", errors="replace").strip()
                if copyright_file.is_file() else "")
        item = packages[package] = Component(package.split(":")[0], version,
                                             _copyright_licences(text))
        if text:
            item.texts.append((str(copyright_file), text))
        if LGPL.search(item.licence) or LGPL.search(text):
            item.notes.append(
                f"Parts of it may be under the GNU LGPL. Its source is the Debian source "
                f"package {src}, version {version} (apt-get source {src}={version}). To "
                f"replace it, put a compatible build of the same library, under the same "
                f"file name, in the bundle's _internal/ folder.")
    for package, names in files.items():
        packages[package].notes.insert(0, "In the bundle: " + ", ".join(names) + ".")
    return sorted(packages.values(), key=lambda c: c.name), unknown


def python_itself() -> Component:
    version = ".".join(map(str, sys.version_info[:3]))
    item = Component("Python", version, "PSF-2.0", "https://www.python.org/")
    for folder in (Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}."
                   f"{sys.version_info[1]}", Path(sys.base_prefix)):
        licence = folder / "LICENSE.txt"
        if licence.is_file():
            item.texts.append(("Python's LICENSE.txt",
                               licence.read_text(encoding="utf-8").strip()))
            break
    item.notes.append("The interpreter and its standard library (libpython and the "
                      "extension modules in _internal/lib-dynload/).")
    return item


def bundle_notices(binaries: list[tuple[str, str]]) -> str:
    """The notices for the one-folder bundle built from ``binaries``; ValueError names any
    library whose licence cannot be found (the bundle must not carry it unlisted)."""
    libraries, unknown = library_components(binaries)
    if unknown:
        raise ValueError("no package claims these bundled libraries: " + ", ".join(unknown))
    return render([python_itself(), *python_components(), *data_components(), *libraries],
                  metadata.version("mtviewer"),
                  "is bundled with Python, the Python distributions, and the shared "
                  "libraries below")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true",
                        help="only say whether --out is current (exit 1 if not)")
    args = parser.parse_args()
    text = package_notices()
    if args.check:
        current = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out} is {'current' if current else 'out of date'}")
        return 0 if current else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"Wrote {args.out} ({text.count(chr(10)):,} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
