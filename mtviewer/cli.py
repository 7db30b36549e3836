"""Command-line entry point: options, and the commands that need no window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__, paths
from .i18n import LANGUAGES
from .messages import count, one_line
from .pyside_imports import read_fewer_sources

read_fewer_sources()  # PySide6 is loaded (with the languages): what follows starts sooner

SHOWN_PROBLEMS = 50
PLURALS = {"person": "people", "research": "research records"}
SINGULARS = {"research": "research record"}
"""The kinds whose plural is not the singular and an "s"."""
FAILURE, USAGE = 1, 2
EXIT_CODES = """exit codes:
  0    done
  1    failure: a file or database that cannot be read or written, a source with errors,
       nothing found to print, no display for the window
  2    bad usage: an unknown option, a malformed value, an argument that is not UTF-8 text
  130  interrupted (Ctrl+C); temporary files are removed, as on SIGTERM"""


WINDOW_OPTIONS = ("--db", "--lang")
"""Options taking a value that open the window as well as commands do."""


def names_a_command(argv: list[str]) -> bool:
    """Whether ``argv`` names a command, or asks for help: anything but the window's own
    options. (Starting the window builds no parser for the commands, nor loads their code.)"""
    values = False
    for argument in argv:
        if values:
            values = False
        elif argument in WINDOW_OPTIONS:
            values = True
        elif not argument.startswith("--") or argument in ("--help", "--") or (
                argument.startswith("-") and not argument.startswith("--")):
            return True
    return False


def make_parser(commands_too: bool = True) -> argparse.ArgumentParser:
    """The command line; ``commands_too=False``: only the window's options."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, metavar="PATH", default=argparse.SUPPRESS,
                        help="content database to open read-only (default: the installed "
                             "edition in use, else the bundled one)")
    common.add_argument("--lang", choices=list(LANGUAGES), default=argparse.SUPPRESS,
                        help="interface language: " + ", ".join(
                            f"{code} ({language.name})" for code, language in LANGUAGES.items())
                        + "; default: from the system locale")
    parser = argparse.ArgumentParser(
        prog="mtviewer", parents=[common], epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Offline viewer of music-therapy resources for Norwegian addiction "
                    "and mental-health services.",
    )
    parser.add_argument("--version", action="version", version=f"mtviewer {__version__}")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add mtviewer to your application menu (Linux) and exit")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove mtviewer from your application menu (Linux) and exit")
    if not commands_too:
        parser.set_defaults(command=None)
        return parser
    from .printing.layouts import LAYOUTS, MAX_STEP, MIN_STEP, PAGE_SIZES

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    build = commands.add_parser(
        "build-db", help="check the content source and write the SQLite database",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check the content source files and write the content database. "
                    "Nothing is written when the source has errors. SOURCE and OUT are "
                    "required unless mtviewer runs from its source checkout.")
    build.add_argument("source", nargs="?", type=Path, default=None,
                       help="folder with the content TOML files (default in a checkout: "
                            "db/content)")
    build.add_argument("out", nargs="?", type=Path, default=None,
                       help="database file to write (default in a checkout: "
                            "db/mtviewer.sqlite)")
    printing = commands.add_parser(
        "print-quotes", parents=[common], epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="write chosen quotes to a PDF, as the Print dialog would",
        description="Write quotes to a PDF without opening a window. Nothing is written when "
                    "an id is unknown or the search finds nothing.")
    chosen = printing.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--ids", metavar="KEY,…", help="the quotes to print, in order: each "
                        "by its key, as its page in the window shows it (or its number)")
    chosen.add_argument("--search", metavar="TEXT", help="print the quotes this search finds")
    printing.add_argument("--layout", choices=list(LAYOUTS), default="handout")
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
    printing.add_argument("--pdf", required=True, metavar="OUT.pdf",
                          help="the PDF to write; '-' writes it to standard output (not to "
                               "a terminal)")
    printing.add_argument("--pdfa", action="store_true",
                          help="write PDF/A-1b, for archiving (fonts embedded, the PDF/A "
                               "marker in its metadata)")
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
    from .files import SaveError

    if (source is None or out is None) and not paths.in_checkout():
        return usage("build-db needs SOURCE and OUT: mtviewer is installed, and without them "
                     "it would rewrite the database inside the installation")
    if out is not None and str(out) == "-":
        return usage("build-db cannot write a database to standard output ('-'); name a file")
    source = source or paths.content_source()
    out = out or paths.default_database()
    if not source.is_dir():  # one line, not one for each file it would have held
        what = "is not a folder" if source.exists() else "does not exist"
        print(one_line(f"error: the content source {source} {what}; {out} was not written."),
              file=sys.stderr)
        return 1
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
    except SaveError as exc:
        print(one_line(f"error: {out} was not written: {exc.reason}"), file=sys.stderr)
        return 1
    except OSError as exc:
        print(one_line(f"error: {out} was not written: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    summary = ", ".join(
        f"{n:,} {SINGULARS.get(kind, kind) if n == 1 else PLURALS.get(kind, kind + 's')}"
        for kind, n in counts.items())
    print(f"Wrote {out}: {summary}")
    return 0


def usage(message: str) -> int:
    """Bad usage: one line, exit code 2."""
    print(one_line(f"mtviewer: {message}; nothing was done."), file=sys.stderr)
    return USAGE


def not_utf8(argv: list[str]) -> str | None:
    """The first argument that is not UTF-8 text (Python keeps such bytes as surrogates),
    shown with its bytes escaped; None when all are."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = os.fsencode(argument).decode("utf-8", "backslashreplace")
            return shown if len(shown) <= 60 else shown[:59] + "…"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run a command; a problem nobody foresaw is still one line, logged, and exit code 1.
    Temporary files are removed when a signal (SIGTERM, SIGINT, SIGHUP) ends the process."""
    from .files import remove_temporaries_on_signals

    argv = sys.argv[1:] if argv is None else argv
    bad = not_utf8(argv)
    if bad is not None:
        return usage(f"the argument '{bad}' is not UTF-8 text")
    if threading_main():
        remove_temporaries_on_signals()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 (the last guard: never a traceback)
        where = _log_unexpected(exc)
        print(one_line(f"mtviewer: unexpected problem: {type(exc).__name__}: {exc}{where}"),
              file=sys.stderr)
        return FAILURE


def threading_main() -> bool:
    """Whether this is the main thread (only it may set signal handlers)."""
    import threading

    return threading.current_thread() is threading.main_thread()


def _log_unexpected(exc: Exception) -> str:
    """Write the traceback to the log in the state folder; ' (details in …)', or ''."""
    import logging

    from .files import special_file

    path = paths.log_dir() / "mtviewer.log"
    try:
        if special_file(path) is not None:
            return ""
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return ""
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("mtviewer.cli")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.error("Unexpected error in %s", " ".join(sys.argv[:1]), exc_info=exc)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return f" (details in {path})"


def _main(argv: list[str]) -> int:
    args = make_parser(names_a_command(argv)).parse_args(argv)
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
        from .editions.verify import default_database
        from .printing.command import print_quotes
        from .printing.layouts import PrintOptions

        options = PrintOptions(layout=args.layout, page_size=args.page_size,
                               landscape=args.landscape, font_step=args.font_step,
                               title=args.title)
        return print_quotes(args.db or default_database(), args.ids, args.search, options,
                            args.pdf, args.lang, _read_more_choice(args), archival=args.pdfa)
    if args.command in ("keygen", "publish", "feed", "edition"):
        from .editions.command import run

        refused = _editions_refusal(args)
        if refused is not None:
            return refused
        return run(args, one_line)
    from . import display

    cannot = display.problem(os.environ)
    if cannot:  # before Qt, which would abort with a message about plugins
        print(one_line(cannot), file=sys.stderr)
        return FAILURE
    from .app import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(args.db, args.lang)


def _editions_refusal(args) -> int | None:
    """Refuse, before the edition commands run, what this command line can tell is wrong:
    keygen to standard output, and a user data folder that leads to / or the home folder
    (installing removes folders in it)."""
    if args.command == "keygen" and str(args.keyfile) == "-":
        return usage("keygen writes two files, KEYFILE and KEYFILE.pub; '-' names none")
    if args.command == "edition" and not getattr(args, "system", False):
        problem = paths.data_folder_problem(paths.user_data_dir())
        if problem is not None:
            print(one_line(f"mtviewer: the data folder {paths.user_data_dir()} cannot be used: "
                           f"{problem}; nothing was done."), file=sys.stderr)
            return FAILURE
    return None


if __name__ == "__main__":
    sys.exit(main())
