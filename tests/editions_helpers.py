"""Shared pieces of the edition tests: a temporary publisher, a feed, a local web server."""

from __future__ import annotations

import http.server
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mtviewer import paths
from mtviewer.editions.keys import TRUSTED_FOLDER, write_pair
from mtviewer.editions.publish import publish


def make_key(folder: Path, name: str = "publisher", trusted: bool = True) -> Path:
    """A fresh key pair in ``folder``; its public key trusted by the user when ``trusted``."""
    folder.mkdir(parents=True, exist_ok=True)
    private = folder / f"{name}.key"
    public, _key = write_pair(private, f"test key {name}")
    if trusted:
        keys = paths.user_data_dir() / TRUSTED_FOLDER
        keys.mkdir(parents=True, exist_ok=True)
        shutil.copy(public, keys / public.name)
    return private


def set_version(content_dir: Path, version: str) -> None:
    path = content_dir / "edition.toml"
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("version"))
    path.write_text(text.replace(line, f'version = "{version}"'), encoding="utf-8")


def publish_version(content_dir: Path, feed: Path, key: Path, version: str):
    set_version(content_dir, version)
    feed.mkdir(exist_ok=True)
    return publish(content_dir, feed, key)


class _Handler(http.server.SimpleHTTPRequestHandler):
    cut: set[str] = set()
    """Request paths answered with only half of the file (the full length announced)."""
    slow: set[str] = set()
    """Request paths sent 4 KiB at a time, 20 blocks a second."""

    def log_message(self, *args) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:
        name = self.path.lstrip("/")
        if name in self.cut:
            data = source.read()
            outputfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        if name in self.slow:
            for block in iter(lambda: source.read(4096), b""):
                outputfile.write(block)
                time.sleep(0.05)
            return
        super().copyfile(source, outputfile)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A client that went away (a killed installer) is not the server's problem."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


LIFETIME = 120
"""Seconds after which a test's web server stops itself, whatever the test does."""


@contextmanager
def web_server(folder: Path, cut: set[str] | None = None,
               slow: set[str] | None = None) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) while the block runs, at most LIFETIME
    seconds; its address."""
    handler = type("Handler", (_Handler,), {"cut": cut or set(), "slow": slow or set()})

    def make(*args, **kwargs):
        return handler(*args, directory=str(folder), **kwargs)

    server = _Server(("127.0.0.1", 0), make)
    server.timeout = 5
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    deadline = threading.Timer(LIFETIME, server.shutdown)
    deadline.daemon = True
    deadline.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        deadline.cancel()
        server.shutdown()
        server.server_close()
        thread.join(10)


def block_network(monkeypatch) -> list:
    """Make every socket connection fail; the list collects the attempts."""
    import socket

    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


def store_files(root: Path) -> list[str]:
    """Every file under a store, to compare before and after a refused install."""
    if not root.exists():
        return []
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))
