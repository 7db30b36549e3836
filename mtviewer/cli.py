"""Command-line entry point: options, and the commands that need no window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__, paths
from .content.selection import LAYOUTS, MAX_STEP, MIN_STEP, PAGE_SIZES
from .i18n import LANGUAGES
from .messages import count, one_line

SHOWN_PROBLEMS = 50


def make_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="content database to open read-only (default: the installed "
                             "edition in use, else the bundled one)")
    common.add_argument("--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS,
                        help="interface language: " + ", ".join(
                            f"{code} ({language.name})" for code, language in LANGUAGES.items())
                        + "; default: from the system locale")
    parser = argparse.ArgumentParser(
        prog="mtviewer", parents=[common],
        description="Offline viewer of music-therapy resources for Norwegian addiction "
                    "and mental-health services.",
    )
    parser.add_argument("--version", action="version", version=f"mtviewer {__version__}")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add mtviewer to your application menu (Linux) and exit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove mtviewer from your application menu (Linux) and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = commands.add_parser(
        "build-db", help="check the content source and write the SQLite database",
        description="Check the content source files and write the content database. "
                    "Nothing is written when the source has errors.")
    build.add_argument("source", nargs="?", type=Path, default=None,
                       help="folder with the content TOML files (default: db/content)")
    build.add_argument("out", nargs="?", type=Path, default=None,
                       help="database file to write (default: db/mtviewer.sqlite)")
    printing = commands.add_parser(
        "print-quotes", parents=[common],
        help="write chosen quotes to a PDF, as the Print dialog would",
        description="Write quotes to a PDF without opening a window. Nothing is written when "
                    "an id is unknown or the search finds nothing.")
    chosen = printing.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--ids", metavar="1,3", help="quote ids, in the order to print them")
    chosen.add_argument("--search", metavar="TEXT", help="print the quotes this search finds")
    printing.add_argument("--layout", choices=LAYOUTS, default="handout")
    printing.add_argument("--page-size", choices=PAGE_SIZES, default="A4")
    printing.add_argument("--landscape", action="store_true")
    printing.add_argument("--font-step", type=int, default=0, choices=range(MIN_STEP, MAX_STEP + 1),
                          metavar=f"{{{MIN_STEP}..{MAX_STEP}}}",
                          help="type size in steps of 10%% (default 0)")
    more = printing.add_mutually_exclusive_group()
    more.add_argument("--brochure", metavar="ID", help="name this brochure (id or key) in a "
                      "read-more line, with a QR code of its address when it has one")
    more.add_argument("--source", metavar="ID", help="name this source article (id or key) "
                      "in a read-more line, with a QR code of its address")
    printing.add_argument("--title", default="", metavar="TEXT",
                          help="a heading over the quotes, such as the clinic's name")
    printing.add_argument("--pdf", required=True, metavar="OUT.pdf")
    from .editions.command import add_commands

    add_commands(commands)
    return parser


def _read_more_choice(args) -> tuple[str, str] | None:
    if args.brochure is not None:
        return "brochure", args.brochure
    return None if args.source is None else ("source", args.source)


def build_db(source: Path | None, out: Path | None) -> int:
    from .compiler.build import build_database
    from .compiler.source_schema import ContentError

    source = source or paths.content_source()
    out = out or paths.default_database()
    try:
        counts = build_database(source, out)
    except ContentError as exc:
        for problem in exc.problems[:SHOWN_PROBLEMS]:
            print(one_line(f"error: {problem}"), file=sys.stderr)
        if len(exc.problems) > SHOWN_PROBLEMS:
            print(f"… and {len(exc.problems) - SHOWN_PROBLEMS:,} more", file=sys.stderr)
        found = len(exc.problems)
        print(one_line(f"{count(found, 'problem')} found; {out} was not "
                       "written."),
              file=sys.stderr)
        return 1
    except OSError as exc:
        print(one_line(f"error: {out} was not written: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"Wrote {out}: {summary}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run a command; a problem nobody foresaw is still one line and exit code 2."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 (the last guard: never a traceback)
        print(one_line(f"mtviewer: unexpected problem: {type(exc).__name__}: {exc}"),
              file=sys.stderr)
        return 2


def _main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    args.db, args.lang = getattr(args, "db", None), getattr(args, "lang", None)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from . import desktop

        if args.install_desktop_entry:
            written = desktop.install()
            print(f"Added mtviewer to the application menu ({len(written)} files, entry "
                  f"{written[0]}).")
        else:
            removed = desktop.uninstall()
            print(f"Removed mtviewer from the application menu ({len(removed)} files).")
        return 0
    if args.command == "build-db":
        return build_db(args.source, args.out)
    if args.command == "print-quotes":
        from .editions.store import default_database
        from .printing.command import print_quotes

        return print_quotes(args.db or default_database(), args.ids, args.search,
                            args.layout, args.page_size, args.landscape, args.font_step,
                            args.pdf, args.lang, _read_more_choice(args), args.title)
    if args.command in ("keygen", "publish", "feed", "edition"):
        from .editions.command import run

        return run(args, one_line)
    from . import display

    cannot = display.problem(os.environ)
    if cannot:  # before Qt, which would abort with a message about plugins
        print(one_line(cannot), file=sys.stderr)
        return 2
    from .app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(args.db, args.lang)


if __name__ == "__main__":
    sys.exit(main())
