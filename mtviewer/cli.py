"""Command-line entry point: options, and the commands that need no window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__, paths

LANGUAGES = ("nb", "en")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mtviewer",
        description="Offline viewer of music-therapy resources for Norwegian addiction "
                    "and mental-health services.",
    )
    parser.add_argument("--version", action="version", version=f"mtviewer {__version__}")
    parser.add_argument("--db", type=Path, metavar="PATH",
                        help="content database to open (default: the bundled one)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="interface language: nb (Norwegian bokmål) or en (English); "
                             "default: from the system locale")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = commands.add_parser(
        "build-db", help="check the content source and write the SQLite database",
        description="Check the content source files and write the content database. "
                    "Nothing is written when the source has errors.")
    build.add_argument("source", nargs="?", type=Path, default=None,
                       help="folder with the content TOML files (default: db/content)")
    build.add_argument("out", nargs="?", type=Path, default=None,
                       help="database file to write (default: db/mtviewer.sqlite)")
    return parser


def build_db(source: Path | None, out: Path | None) -> int:
    from .data.build import build_database
    from .data.source_schema import ContentError

    source = source or paths.content_source()
    out = out or paths.default_database()
    try:
        counts = build_database(source, out)
    except ContentError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found; {out} was not written.", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"Wrote {out}: {summary}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    if args.command == "build-db":
        return build_db(args.source, args.out)
    from .app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(args.db, args.lang)


if __name__ == "__main__":
    sys.exit(main())
