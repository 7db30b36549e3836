"""The command line's edition commands: keygen, publish, edition install/list/use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import EditionError
from .store import SHIPPED, Store


def add_commands(commands) -> None:
    """Add ``keygen``, ``publish`` and ``edition`` to the command line's subcommands."""
    keygen = commands.add_parser(
        "keygen", help="make a publisher key pair for signing editions",
        description="Write a new Ed25519 private key to KEYFILE (readable by you only) and "
                    "its public key to KEYFILE.pub. Keep the private key off shared folders.")
    keygen.add_argument("keyfile", type=Path)
    keygen.add_argument("--comment", default="mtviewer publisher",
                        help="a name for the key, written in the public key file")
    publish = commands.add_parser(
        "publish", help="build, sign and add a content edition to a feed folder",
        description="Check and build SOURCE, sign the database with KEYFILE, and write it, "
                    "its signed description and the updated editions.json to OUTDIR.")
    publish.add_argument("source", type=Path)
    publish.add_argument("outdir", type=Path)
    publish.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    edition = commands.add_parser("edition", help="install, list or choose content editions")
    verbs = edition.add_subparsers(dest="verb", metavar="VERB", required=True)
    install = verbs.add_parser(
        "install", help="verify and install an edition from a file or a feed",
        description="FILE is a published database (with its .edition.json beside it); FEED "
                    "is a feed folder, an editions.json file or an http(s) address.")
    install.add_argument("location", metavar="FILE|FEED")
    install.add_argument("--version", dest="edition_version", metavar="VERSION",
                         help="the edition to install from a feed (default: the newest)")
    verbs.add_parser("list", help="list the installed editions")
    use = verbs.add_parser("use", help="make an installed edition the default")
    use.add_argument("version", help=f"an installed version, or '{SHIPPED}'")
    for parser in (install, verbs.choices["list"], use):
        parser.add_argument("--system", action="store_true",
                            help="the editions installed for every user of this PC")


def run(args: argparse.Namespace, one_line) -> int:
    try:
        return _run(args)
    except EditionError as exc:
        print(one_line(f"error: {exc.detail}"), file=sys.stderr)
        return 1  # a failure; bad usage (2) is argparse's


def _run(args: argparse.Namespace) -> int:
    if args.command == "keygen":
        from .keys import write_pair

        public, key = write_pair(args.keyfile, args.comment)
        print(f"Wrote the private key {args.keyfile} and the public key {public} (id {key}).")
        print("Keep the private key secret; trust the public key by putting it in a "
              "trusted-keys folder.")
        return 0
    if args.command == "publish":
        from .publish import publish

        entry = publish(args.source, args.outdir, args.key)
        print(f"Published edition {entry.version} ({entry.date}) as {args.outdir / entry.file}, "
              f"{entry.size:,} bytes, signed with key {entry.key}.")
        return 0
    store = Store.system() if args.system else Store.user()
    if args.verb == "install":
        from .install import install, resolve

        entry, address = resolve(args.location, args.edition_version)
        path = install(store, entry, address)
        print(f"Installed edition {entry.version} ({entry.name}, {entry.date}, {entry.publisher})"
              f" as {path}; it is now the default.")
        return 0
    if args.verb == "use":
        from .install import use

        path = use(store, args.version)
        print(f"Edition {args.version} is now the default"
              + (f" ({path})." if path else " (the one shipped with the app)."))
        return 0
    editions = store.installed()
    if not editions:
        print(f"No editions are installed in {store.root}; the app shows the shipped one.")
    for found in editions:
        entry = found.entry
        mark = "*" if found.current else ("previous" if found.previous else "")
        print(f"{mark:>8} {entry.version:<10} {entry.date}  {entry.name} — {entry.publisher}")
    return 0
