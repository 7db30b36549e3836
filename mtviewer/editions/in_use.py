"""Which edition is in use, and choosing one on purpose (going back included): the local
side of editions, with no feed and no network."""

from __future__ import annotations

from pathlib import Path

from .errors import EditionError, printable
from .store import Store
from .versions import version_key


def in_use(store: Store) -> tuple[str | None, str]:
    """The version of the edition shown now, for the store an install goes into, and
    where it comes from ("user", "system" or "shipped")."""
    from .verify import choose

    if store.scope == "user":
        chosen = choose().edition
        if chosen is not None:
            return chosen.version, chosen.store.scope
    else:
        current = store.current()
        if current is not None:
            return current.version, "system"
    return shipped_version(), "shipped"


def shipped_version() -> str | None:
    from .verify import shipped_edition

    shipped = shipped_edition()
    return shipped.version if shipped is not None else None


def use(store: Store, version: str) -> tuple[Path | None, str | None]:
    """Make an installed edition (or the shipped one) the one in use, on purpose: the
    database (None for the shipped one) and the version it replaced."""
    from .store import SHIPPED
    from .verify import VERIFIED
    from .verify import check as verify

    before, _scope = in_use(store)
    if version == SHIPPED:
        chosen, path = None, None
    else:
        found = store.read(version)
        if found is None:
            have = ", ".join(e.version for e in store.installed()) or "none"
            raise EditionError("none", f"edition {printable(version, 40)} is not installed "
                               f"(installed: {have}; or '{SHIPPED}')")
        verdict = verify(found)
        if verdict != VERIFIED:
            raise EditionError("checksum", f"edition {version} in {printable(store.root)} "
                               f"failed its check ({verdict}): it is not used")
        chosen, path = version, found.database
    if store.scope == "user":
        system = Store.system().current()
        shown = (version_key(version) if chosen else version_key(shipped_version() or "0"))
        if system is not None and version_key(system.version) > shown and \
                verify(system) == VERIFIED:
            raise EditionError("managed", f"edition {system.version}, installed for every "
                               "user of this PC, is newer and would still be shown; ask your "
                               "IT department to change it")
    with store.locked():
        store.use(chosen)
    return path, before

