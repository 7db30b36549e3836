"""README.md and docs/ say what the project really does: the README's two set-up commands are
the ones CI runs and the project defines, every `mtviewer` command they show exists with the
options shown (and a concrete command line parses), every relative link and every file path
they name exists, and the README's examples are what the app produces."""

from __future__ import annotations

import argparse
import datetime
import re
import shlex
import tomllib
from pathlib import Path

import pytest

from .conftest import REPO

README = REPO / "README.md"
DOCS = sorted((REPO / "docs").glob("*.md"))
CI = REPO / ".ci" / "run"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))

FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<info>[^\n`]*)\n(?P<body>.*?)^(?P=indent)```[ ]*$",
                   re.M | re.S)
EXAMPLE = re.compile(r"<!-- example: (?P<style>\w+) (?P<lang>\w+) (?P<key>[\w-]+) -->\s*\n")
EXAMPLE_DAY = datetime.date(2026, 12, 7)
"""The day README's citation examples were copied on (their "Read …" date)."""
PLANNED = {"db/content/videos.toml", "content/pages/video.py", "ui/pages/video.py"}
"""Files ARCHITECTURE.md names as an example of adding a kind: they do not exist, on purpose."""


def text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def blocks(markdown: str) -> list[tuple[str, str, int]]:
    """Each fenced block: its info string, its body without the indent, where it starts."""
    found = []
    for match in FENCE.finditer(markdown):
        indent = len(match["indent"])
        body = "\n".join(line[indent:] for line in match["body"].splitlines())
        found.append((match["info"].strip(), body, match.start()))
    return found


def prose(markdown: str) -> str:
    """The text outside fenced blocks."""
    return FENCE.sub("", markdown)


def inline_code(markdown: str) -> list[str]:
    """Each `code span` outside fenced blocks, a span broken over lines joined again."""
    return [" ".join(span.split()) for span in re.findall(r"`([^`]+)`", prose(markdown))]


def section(markdown: str, heading: str) -> str:
    start = markdown.index(f"\n## {heading}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start:end if end >= 0 else None]


# -- the two set-up commands -------------------------------------------------------------

def setup_commands() -> tuple[str, str]:
    """README's install-and-launch and install-and-test commands, as written."""
    found = [line.strip() for info, body, _ in blocks(section(text(README), "Install and run"))
             if info == "sh" for line in body.splitlines() if line.startswith("python3 -m venv")]
    assert len(found) == 2, f"README's Install section should show two commands: {found}"
    test = [c for c in found if "pytest" in c]
    assert len(test) == 1, found
    return next(c for c in found if c not in test), test[0]


def check_install(step: str) -> None:
    """A `pip install` step names a constraints file that exists, and this project with extras
    it declares."""
    words = shlex.split(step)
    assert words[:2] == [".venv/bin/pip", "install"], step
    targets, rest = [], iter(words[2:])
    for word in rest:
        if word == "-c":
            assert (REPO / next(rest)).is_file(), f"{step}: no such constraints file"
        elif word != "-e":
            targets.append(word)
    assert len(targets) == 1, step
    path, _, extras = targets[0].partition("[")
    assert (REPO / path / "pyproject.toml").is_file(), step
    declared = PYPROJECT["project"].get("optional-dependencies", {})
    for extra in filter(None, extras.rstrip("]").split(",")):
        assert extra in declared, f"{step}: pyproject.toml declares no extra {extra!r}"


def test_the_launch_command_installs_this_project_and_starts_its_script():
    launch, _ = setup_commands()
    venv, install, start = launch.split(" && ")
    assert venv == "python3 -m venv .venv"
    check_install(install)
    assert start.startswith(".venv/bin/")
    assert start.removeprefix(".venv/bin/") in PYPROJECT["project"]["scripts"], start


def test_the_test_command_is_the_one_ci_runs():
    _, command = setup_commands()
    venv, install, run = command.split(" && ")
    assert venv == "python3 -m venv .venv"
    check_install(install)
    assert "-c constraints.txt" in install and "[test]" in install, "the tested versions"
    assert run == ".venv/bin/python -m pytest"
    assert any(r.startswith("pytest") for r in PYPROJECT["project"]["optional-dependencies"]["test"])
    ci = text(CI)
    assert command in [line.strip() for line in ci.splitlines()], \
        ".ci/run must run README's test command as written"
    pinned = re.search(r'^export PIP_CONSTRAINT="\$PWD/([^"]+)"$', ci, re.M)
    assert pinned and pinned[1] == "constraints.txt", "CI pins the build backend too"


def test_the_system_packages_named_are_the_ones_the_app_asks_for():
    """The libraries the app checks for before it opens a window (and names when missing)
    are in README's apt-get line, with python3-venv, and CI installs them."""
    from mtviewer.display import XCB_LIBRARIES

    lines = [body for info, body, _ in blocks(section(text(README), "Install and run"))
             if "apt-get install" in body]
    assert len(lines) == 1, "one apt-get line"
    named = set(lines[0].replace("\\\n", " ").split())
    wanted = {debian for debian, _fedora in XCB_LIBRARIES.values()}
    assert "python3-venv" in named
    assert wanted <= named, wanted - named
    ci_packages = set(re.findall(r"[\w.+-]+", " ".join(re.findall(
        r'SYSTEM_PACKAGES="([^"]*)"', text(CI), re.S))))
    assert wanted <= ci_packages, wanted - ci_packages


# -- commands ---------------------------------------------------------------------------

def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def mtviewer_lines(markdown: str) -> list[tuple[str, bool]]:
    """Every `mtviewer …` command in code (where a command starts: not `find mtviewer`), to
    its end, and whether it is one to run: a line of a fenced block without synopsis
    brackets, alternatives or ellipses (a code span in a sentence may name a command
    without the arguments it needs)."""
    codes = [(span, False) for span in inline_code(markdown)]
    for _info, body, _ in blocks(markdown):
        for line in body.replace("\\\n", " ").splitlines():
            codes.append((re.sub(r"(^|\s)#.*", "", line), True))
    found = []
    for code, fenced in codes:
        for match in re.finditer(r"(?:^|[;&|(])\s*mtviewer(?![\w/.-])(?P<rest>[^\n]*)", code):
            rest = re.split(r"\s(?:\|\s+(?=[a-z])|&&|;)", match["rest"])[0]
            command = "mtviewer" + rest.rstrip(" .,;:)")
            found.append((command, fenced and not re.search(r"[\[\](){}|…<>]", command)))
    return found


def test_every_mtviewer_command_shown_exists_with_its_options():
    from mtviewer.cli import make_parser

    main = make_parser()
    seen = ran = 0
    for path in (README, *DOCS):
        for command, runnable in mtviewer_lines(text(path)):
            parser = main
            for word in command.split()[1:]:  # the command's names come before its options
                names = subcommands(parser)
                if not names or not re.fullmatch(r"[a-z][a-z-]*(\|[a-z][a-z-]*)*", word):
                    break
                for name in word.split("|"):
                    assert name in names, f"{path.name}: `{command}`: no command {name!r}"
                parser = names[word.split("|")[0]]
                seen += 1
            known = set(parser._option_string_actions)
            for option in re.findall(r"(?<![\w-])--[a-z][a-z-]*", command):
                assert option in known, f"{path.name}: `{command}`: no option {option}"
            if runnable:
                ran += 1
                try:
                    main.parse_args(shlex.split(command)[1:])
                except SystemExit as exc:
                    pytest.fail(f"{path.name}: `{command}` does not parse ({exc.code})")
    assert seen >= 10 and ran >= 8, "README and docs show the commands"


# -- links and paths ----------------------------------------------------------------------

def slug(heading: str) -> str:
    """A heading's anchor, as GitHub makes it."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    return {slug(h) for h in re.findall(r"^#+ (.+)$", prose(text(path)), re.M)}


def test_every_relative_link_leads_to_a_file_or_heading_that_exists():
    checked = 0
    for path in (README, *DOCS):
        for target in re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", prose(text(path))):
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            linked = (path.parent / file).resolve() if file else path
            assert linked.exists(), f"{path.name}: link to {target}: no such file"
            assert linked.is_relative_to(REPO), f"{path.name}: {target} leaves the project"
            if anchor:
                assert linked.suffix == ".md" and anchor in anchors(linked), \
                    f"{path.name}: link to {target}: no such heading"
            checked += 1
    assert checked >= 20, "README and docs link to each other"


def test_readme_links_to_every_page_of_docs():
    linked = set(re.findall(r"\]\(docs/([\w-]+\.md)\)", text(README)))
    assert linked == {p.name for p in DOCS}


PACKAGES = {p.name for p in (REPO / "mtviewer").iterdir() if p.is_dir()}


def test_every_file_path_named_in_code_exists():
    """`tests/test_static.py`, `scripts/benchmark.py`, `content/query.py`…: each path in a code
    span that starts at the project's top or inside the package names a file there."""
    top = {p.name for p in REPO.iterdir()} - {".venv", ".git"}
    checked = 0
    for path in (README, *DOCS):
        for span in inline_code(text(path)):
            if not re.fullmatch(r"[\w.-]+(/[\w.-]+)+/?", span) or span in PLANNED:
                continue
            first = span.split("/")[0]
            if first in top:
                assert (REPO / span).exists(), f"{path.name}: `{span}` does not exist"
            elif first in PACKAGES and span.endswith(".py"):
                assert (REPO / "mtviewer" / span).exists(), f"{path.name}: `{span}` does not exist"
            else:
                continue
            checked += 1
    assert checked >= 50


# -- examples ---------------------------------------------------------------------------

@pytest.fixture
def shipped():
    """The bundled database, which the README's examples come from."""
    from mtviewer import paths
    from mtviewer.content import open_content

    opened = open_content(paths.default_database())
    yield opened
    opened.close()


def in_language(app, language: str, make):
    from mtviewer.i18n import install_translators, remove_translators

    translators = install_translators(app, language)
    try:
        return make()
    finally:
        remove_translators(app, translators)


def test_readme_citations_are_what_copy_as_citation_copies(qapp, shipped):
    """Each example block is the app's own style or APA 7 of the record it names, made by the
    functions the window's Copy as citation and Copy as APA 7 references call."""
    from mtviewer.ui.citation import cite, cite_apa

    readme = text(README)
    shown = set()
    for match in EXAMPLE.finditer(readme):
        after = readme[match.end():]
        assert re.match(r"[ ]*```", after), "an example marker stands right before its block"
        _info, body, _ = blocks(after)[0]
        page = next(p for p in (shipped.page("quote", i) for i in shipped.ids("quote"))
                    if p is not None and p.key == match["key"])
        style = {"cite": cite, "apa": cite_apa}[match["style"]]
        copied = in_language(qapp, match["lang"], lambda s=style, p=page: s(p, EXAMPLE_DAY))
        assert body.strip() == copied.plain, f"README's {match[0].strip()} is stale"
        shown.add((match["style"], match["lang"]))
    assert {("cite", "nb"), ("cite", "en"), ("apa", "nb")} <= shown


def test_the_edition_named_in_readme_and_docs_is_the_shipped_one(qapp, shipped):
    """Every quoted "edition 1.0 of 1 December 2026" is a text the status bar, About or the
    edition dialogs show for the bundled database."""
    from mtviewer.ui.edition_label import edition_label, shipped_text

    def texts() -> set[str]:
        edition = shipped.edition()
        return {*edition_label(shipped)[0], shipped_text(edition.version, edition.date)}

    said = in_language(qapp, "en", texts)
    quoted = []
    for path in (README, *DOCS):
        flat = " ".join(text(path).split())
        for found in re.findall(r'"([^"]*\b[Ee]dition \d[\d.]*(?: of|,) \d{1,2} \w+ \d{4}\)?)"',
                                flat):
            assert found in said, f"{path.name}: \"{found}\" is not what the app shows: {said}"
            quoted.append(found)
    readme = " ".join(text(README).split())
    assert sum(t in readme for t in said) >= 2, "README names the edition as the status bar does"
    assert len(quoted) >= 3
