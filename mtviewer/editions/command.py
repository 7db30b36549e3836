"""The command line's edition commands: keygen, publish, feed renew/rotate, and edition
install/list/use. Everything printed that came from outside (names in a feed, paths, a
server's words) is escaped: no control character reaches the terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import EditionError, printable
from .store import SHIPPED, Store

EXPIRY_HELP = ("days the feed's signed index stays valid (default 7); clinic PCs refuse a "
               "feed past it, so renew it before then")


def add_commands(commands) -> None:
    """Add ``keygen``, ``publish``, ``feed`` and ``edition`` to the command line."""
    keygen = commands.add_parser(
        "keygen", help="make an Ed25519 key pair for signing a feed",
        description="Write a new Ed25519 private key to KEYFILE (readable by you only) and "
                    "its public key to KEYFILE.pub. Keep the private key off shared folders.")
    keygen.add_argument("keyfile", type=Path)
    keygen.add_argument("--comment", default="mtviewer publisher",
                        help="a name for the key, written in the public key file")
    publish = commands.add_parser(
        "publish", help="build, sign and add a content edition to a feed folder",
        description="Check and build SOURCE and add it to the signed feed (TUF metadata) in "
                    "FEED. A folder without a feed gets a new one, whose root "
                    "(FEED/metadata/1.root.json) the PCs must trust.")
    publish.add_argument("source", type=Path)
    publish.add_argument("outdir", type=Path, metavar="FEED")
    _signing_options(publish, root=True)
    feed = commands.add_parser("feed", help="make a feed, renew it, or rotate its keys")
    actions = feed.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="make an empty feed and its root of trust",
        description="Write FEED/metadata/1.root.json, trusting the --root-key keys for the "
                    "root and the --key keys for the edition list, snapshot and timestamp. "
                    "That file is what PCs trust (their trusted-publishers folder).")
    init.add_argument("outdir", type=Path, metavar="FEED")
    init.add_argument("--root-key", type=Path, action="append", required=True,
                      metavar="KEYFILE", help="a private root key (repeatable)")
    init.add_argument("--key", type=Path, action="append", required=True, metavar="KEYFILE",
                      help="a public or private key for the other roles (repeatable)")
    renew = actions.add_parser(
        "renew", help="sign the feed again with a later expiry",
        description="Sign the feed's edition list, snapshot and timestamp again, valid for "
                    "--expires-days more. Run it from a scheduled task.")
    renew.add_argument("outdir", type=Path, metavar="FEED")
    _signing_options(renew, root=False)
    rotate = actions.add_parser(
        "rotate", help="replace a lost, stolen or old key",
        description="Replace the key OLD (its public key file is enough) by the private key "
                    "NEW in every role, in a new root signed by the root keys; then sign the "
                    "feed again. PCs refuse anything signed by OLD from their next check on.")
    rotate.add_argument("outdir", type=Path, metavar="FEED")
    rotate.add_argument("--old", type=Path, required=True, metavar="KEYFILE")
    rotate.add_argument("--new", type=Path, required=True, metavar="KEYFILE")
    rotate.add_argument("--root-key", type=Path, action="append", required=True,
                        metavar="KEYFILE", help="a private root key of the feed (repeatable)")
    rotate.add_argument("--key", type=Path, action="append", default=[], metavar="KEYFILE",
                        help="private keys of roles that keep their key (repeatable)")
    rotate.add_argument("--expires-days", type=float, default=7, help=EXPIRY_HELP)
    edition = commands.add_parser("edition", help="install, list or choose content editions")
    verbs = edition.add_subparsers(dest="verb", metavar="VERB", required=True)
    install = verbs.add_parser(
        "install", help="verify and install an edition from a feed",
        description="FEED is a feed folder (or a file in one, e.g. from a USB stick) or an "
                    "http(s) address. An edition older than the one in use is refused.")
    install.add_argument("location", metavar="FEED")
    install.add_argument("--version", dest="edition_version", metavar="VERSION",
                         help="the edition to install (default: the newest)")
    verbs.add_parser("list", help="list the installed editions, and which one is used")
    use = verbs.add_parser("use", help="make an installed edition the one in use (also "
                                       "an older one: this is how to go back)")
    use.add_argument("version", help=f"an installed version, or '{SHIPPED}'")
    for parser in (install, verbs.choices["list"], use):
        parser.add_argument("--system", action="store_true",
                            help="the editions installed for every user of this PC")


def _signing_options(parser, root: bool) -> None:
    parser.add_argument("--key", type=Path, action="append", required=True, metavar="KEYFILE",
                        help="private key for the edition list, snapshot and timestamp "
                             "(repeatable)")
    if root:
        parser.add_argument("--root-key", type=Path, action="append", metavar="KEYFILE",
                            help="for a new feed: the root's private key (repeatable; "
                                 "default: --key). Keep it offline.")
    parser.add_argument("--expires-days", type=float, default=7, help=EXPIRY_HELP)


def run(args: argparse.Namespace, one_line) -> int:
    try:
        return _run(args)
    except EditionError as exc:
        print(one_line(f"error: {printable(exc.detail, 1000)}"), file=sys.stderr)
        return 1  # a failure; bad usage (2) is argparse's
    except KeyboardInterrupt:
        print("Stopped; nothing was changed.", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    if args.command == "keygen":
        from .keys import write_pair

        public, key = write_pair(args.keyfile, args.comment)
        print(f"Wrote the private key {printable(args.keyfile)} and the public key "
              f"{printable(public)} (key id {key[:16]}).")
        print("Keep the private key secret and offline; a root key belongs on a machine "
              "that never goes online.")
        return 0
    if args.command == "publish":
        return _publish(args)
    if args.command == "feed":
        return _feed(args)
    store = Store.system() if args.system else Store.user()
    if args.verb == "install":
        from .client import install
        from .fetcher import Job

        offer, path = install(args.location, store, Job(), args.edition_version)
        print(f"Installed edition {offer.version} ({offer.name}, {offer.date}, "
              f"{offer.publisher}) as {printable(path)}; it is now the one in use.")
        return 0
    if args.verb == "use":
        from .in_use import use
        from .versions import version_key

        used, before = use(store, args.version)
        back = (before and args.version != SHIPPED and before != args.version
                and version_key(args.version) < version_key(before))
        shown = f"({printable(used)})" if used else "(the one shipped with the app)"
        print(f"Edition {args.version} is now the one in use {shown}"
              + (f"; this goes back from edition {before}, which is newer." if back else "."))
        return 0
    return _list(store)


def _publish(args) -> int:
    from .publish import publish

    done = publish(args.source, args.outdir, args.key, args.root_key, args.expires_days)
    print(f"Published edition {done.version} ({done.date}) as {printable(done.file)}, "
          f"{done.size:,} bytes; the feed's signed index (timestamp version "
          f"{done.timestamp_version}) is valid for {args.expires_days:g} days.")
    if done.new_feed:
        print(f"This is a new feed. Its root of trust is "
              f"{printable(args.outdir / 'metadata' / '1.root.json')}: give that file to "
              "the PCs that are to trust it (their trusted-publishers folder).")
    return 0


def _feed(args) -> int:
    from .publish import init, renew, rotate

    if args.action == "init":
        root = init(args.outdir, args.root_key, args.key)
        print(f"Wrote {printable(root)}: give it to the PCs that are to trust this feed.")
        return 0
    if args.action == "renew":
        version = renew(args.outdir, args.key, args.expires_days)
        print(f"Signed the feed again (timestamp version {version}), valid for "
              f"{args.expires_days:g} days.")
        return 0
    version = rotate(args.outdir, args.old, args.new, args.root_key, args.key,
                     args.expires_days)
    print(f"Wrote root version {version}, which no longer trusts {printable(args.old)}, "
          "and signed the feed again with the new key. PCs refuse anything signed with the "
          "old key from their next check on.")
    return 0


def shipped_text() -> str:
    """The edition that came with the app, named: 'the content that came with the app
    (edition 1.0 of 2026-12-01, Musikkterapi i rus og psykisk helse)'."""
    from .verify import shipped_edition

    shipped = shipped_edition()
    if shipped is None or not shipped.version:
        return "the content that came with the app"
    parts = [f"edition {shipped.version}" + (f" of {shipped.date}" if shipped.date else "")]
    if shipped.name:
        parts.append(shipped.name)
    return printable("the content that came with the app (" + ", ".join(parts) + ")", 300)


def _list(store: Store) -> int:
    from .anchors import ignored_user_roots
    from .client import last_status
    from .verify import CHANGED, UNSIGNED, UNTRUSTED, check, choose

    choice = choose()
    notes = {CHANGED: "changed since it was installed", UNSIGNED: "not signed",
             UNTRUSTED: "its publisher is not trusted here"}
    stores = [store] if store.scope == "system" else [store, Store.system()]
    for each in stores:
        editions = each.installed()
        title = "for you" if each.scope == "user" else "for every user of this PC"
        print(f"Editions installed {title} ({printable(each.root)}):"
              if editions else f"No editions installed {title} ({printable(each.root)}).")
        for found in editions:
            mark = "*" if found.current else ("previous" if found.previous else "")
            verdict = check(found)
            state = "verified" if verdict == "verified" else \
                f"UNVERIFIED: {notes.get(verdict, verdict)}"
            used = "  <- opens" if choice.edition is not None and \
                choice.edition.database == found.database else ""
            described = (f"{found.field('date') or '?':<10}  {found.field('name') or '?'} — "
                         f"{found.field('publisher') or '?'}" if verdict == "verified"
                         else "(its description is not verified)")
            print(printable(f"{mark:>9} {found.version:<10} {described}  [{state}]{used}", 400))
    if choice.edition is None:
        print(f"The app opens {shipped_text()}.")
    else:
        whose = "yours" if choice.edition.store.scope == "user" else \
            "installed for every user"
        print(f"The app opens edition {choice.edition.version} ({whose}).")
    for skipped, verdict in choice.skipped:
        print(f"Edition {skipped.version} in {printable(skipped.store.root)} is not opened: "
              f"{notes.get(verdict, verdict)}.")
    status = last_status(store)
    if status:
        feed = printable(status.get("feed", "?"))
        if status.get("expired"):
            print(f"Feed {feed}: OUT OF DATE since {printable(status.get('expires'))} "
                  f"(checked {printable(status.get('checked'))}); no newer edition is "
                  "installed from it until the publisher renews it. The edition in use "
                  "stays usable.")
        else:
            print(f"Feed {feed}: checked {printable(status.get('checked'))}, signed until "
                  f"{printable(status.get('expires'))}.")
    for path in ignored_user_roots():
        print(f"Not used on this managed PC: your trusted publisher {printable(path)}.")
    return 0
