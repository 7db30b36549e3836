"""Shared pieces of the edition tests: a temporary publisher and feed, local web servers
(a well-behaved one, hostile ones, and nginx), and a picture of a store to compare."""

from __future__ import annotations

import hashlib
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mtviewer import paths
from mtviewer.editions.anchors import FOLDER
from mtviewer.editions.keys import write_pair
from mtviewer.editions.publish import publish


def make_key(folder: Path, name: str = "publisher") -> Path:
    """A fresh key pair in ``folder``; the private key's path."""
    folder.mkdir(parents=True, exist_ok=True)
    private = folder / f"{name}.key"
    write_pair(private, f"test key {name}")
    return private


def trust(feed: Path, scope: str = "user", name: str = "test") -> Path:
    """Make the feed's first root a trusted publisher of the user (or of the PC)."""
    base = paths.user_data_dir() if scope == "user" else paths.system_data_dir()
    folder = base / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{name}.root.json"
    shutil.copy(feed / "metadata" / "1.root.json", target)
    return target


def set_version(content_dir: Path, version: str) -> None:
    path = content_dir / "edition.toml"
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("version"))
    path.write_text(text.replace(line, f'version = "{version}"'), encoding="utf-8")


def publish_version(content_dir: Path, feed: Path, key: Path, version: str,
                    trusted: bool = True, expires_days: float = 7, **kwargs):
    """Publish ``version`` of the content into ``feed``; a new feed's root is trusted by
    the user when ``trusted``."""
    set_version(content_dir, version)
    new = not (feed / "metadata").exists()
    done = publish(content_dir, feed, [key], expires_days=expires_days, **kwargs)
    if new and trusted:
        trust(feed)
    return done


def publish_target(feed: Path, key: Path, version: str, custom: dict | None = None,
                   data: bytes | None = None, length: int | None = None) -> None:
    """Sign into an existing feed an edition whose description the test chooses: what a
    publisher (or a stolen key) could sign, valid or not. Its database is the newest one
    in the feed unless ``data`` is given; ``length`` overrides the signed size."""
    from mtviewer.editions.publish import signers
    from mtviewer.editions.repository import Repository, target_name

    repo = Repository(feed)
    targets = repo.current_targets()
    newest = max(targets.values(), key=lambda t: t.path)
    base = dict(newest.unrecognized_fields["custom"]["mtviewer"])
    if data is None:
        data = next((feed / "targets").glob(f"{newest.hashes['sha256']}.*")).read_bytes()
    name = target_name(version)
    target = repo.add_target(name, data, {**base, "version": version, **(custom or {})})
    if length is not None:
        target.length = length
    repo.publish({**targets, name: target}, signers([key]), 7)


def snapshot(root: Path) -> dict[str, str]:
    """Every file, folder and link under a store with its content's hash, to compare
    before and after a refused install."""
    if not os.path.lexists(root):
        return {}
    found = {}
    for path in [root, *sorted(root.rglob("*"))]:
        rel = str(path.relative_to(root))
        if path.is_symlink():
            found[rel] = "link:" + os.readlink(path)
        elif path.is_dir():
            found[rel] = "dir"
        else:
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


store_files = snapshot


class _Handler(http.server.SimpleHTTPRequestHandler):
    cut: set[str] = set()
    """Request paths answered with only half of the file (the full length announced)."""
    slow: set[str] = set()
    """Request paths sent 16 KiB at a time, 20 blocks a second (an edition takes seconds)."""

    def log_message(self, *args) -> None:
        pass

    def copyfile(self, source, outputfile) -> None:
        name = self.path.lstrip("/")
        if any(name.endswith(c) for c in self.cut):
            data = source.read()
            outputfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        if any(name.endswith(s) for s in self.slow):
            for block in iter(lambda: source.read(16384), b""):
                outputfile.write(block)
                time.sleep(0.05)
            return
        super().copyfile(source, outputfile)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A client that went away (a killed or cancelled installer) is not a failure."""
        if not isinstance(sys.exc_info()[1], ConnectionError | OSError):
            super().handle_error(request, client_address)


LIFETIME = 120
"""Seconds after which a test's web server stops itself, whatever the test does."""


@contextmanager
def serving(handler_class, folder: Path | None = None) -> Iterator[str]:
    """Serve with ``handler_class`` on 127.0.0.1 (a free port) while the block runs, at most
    LIFETIME seconds; its address."""
    def make(*args, **kwargs):
        if folder is not None:
            kwargs["directory"] = str(folder)
        return handler_class(*args, **kwargs)

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


@contextmanager
def web_server(folder: Path, cut: set[str] | None = None,
               slow: set[str] | None = None) -> Iterator[str]:
    """Serve ``folder`` as a static web server would."""
    handler = type("Handler", (_Handler,), {"cut": cut or set(), "slow": slow or set()})
    with serving(handler, folder) as address:
        yield address


class Hostile(http.server.BaseHTTPRequestHandler):
    """A server that misbehaves once the feed's metadata is served: ``mode`` says how."""

    mode = "trickle"
    folder: Path
    location = ""
    targets_only = True
    served: list

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        self.served.append(self.path)
        path = self.folder / self.path.lstrip("/")
        hostile = "/targets/" in self.path or not self.targets_only
        if not hostile:
            if not path.is_file():
                self.send_error(404)
                return
            data = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        getattr(self, "_" + self.mode.replace("-", "_"))(path)

    def _trickle(self, path: Path) -> None:
        """A byte every half second, for ever (until the client goes)."""
        self.send_response(200)
        self.send_header("Content-Length", str(path.stat().st_size))
        self.end_headers()
        try:
            for _ in range(600):
                self.wfile.write(b"\0")
                self.wfile.flush()
                time.sleep(0.5)
        except OSError:
            return

    def _endless(self, path: Path) -> None:
        """Far more data than was signed, with no length announced."""
        self.send_response(200)
        self.end_headers()
        try:
            for _ in range(100_000):
                self.wfile.write(b"\0" * 65536)
        except OSError:
            return

    def _lying_length(self, path: Path) -> None:
        """Announces a huge length, then sends endless data."""
        self.send_response(200)
        self.send_header("Content-Length", str(1 << 40))
        self.end_headers()
        self._endless(path)

    def _short_length(self, path: Path) -> None:
        """Announces the right length, sends a third of it and closes."""
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 3])
        self.close_connection = True

    def _redirect(self, path: Path) -> None:
        self.send_response(302)
        self.send_header("Location", self.location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _escape_404(self, path: Path) -> None:
        """A reason phrase with terminal escape sequences in it."""
        self.wfile.write(b"HTTP/1.1 404 \x1b]0;owned\x07\x1b[31mNot here\x1b[0m\r\n"
                         b"Content-Length: 0\r\n\r\n")

    def _garbage(self, path: Path) -> None:
        self.wfile.write(b"\x00\x01garbage \x1b[2J status line\r\n\r\n")

    def _huge_header(self, path: Path) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n")


@contextmanager
def hostile_server(folder: Path, mode: str, location: str = "",
                   targets_only: bool = True) -> Iterator[tuple[str, list]]:
    served: list = []
    handler = type("H", (Hostile,), {"mode": mode, "folder": folder, "location": location,
                                     "targets_only": targets_only, "served": served})
    with serving(handler) as address:
        yield address, served


# nginx, as a clinic's IT department would serve a feed

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx")
                                  else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def nginx(folder: Path, work: Path) -> Iterator[str]:
    """Debian's nginx serving ``folder`` on 127.0.0.1, with a configuration of its own in
    ``work``; stopped after the block."""
    assert NGINX is not None
    work.mkdir(parents=True, exist_ok=True)
    conf = work / "nginx.conf"
    for attempt in range(3):  # another test process may take the free port first
        port = _free_port()
        conf.write_text(_nginx_conf(folder, work, port))
        (work / "nginx.pid").unlink(missing_ok=True)
        process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(work)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if _listening(process, work / "nginx.pid", port):
            break
        error = process.stderr.read().decode(errors="replace")
        if "Address already in use" not in error or attempt == 2:
            raise RuntimeError("nginx did not start: " + error)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


def _listening(process: subprocess.Popen, pid: Path, port: int) -> bool:
    """Whether ``process`` listens on ``port`` within ten seconds: nginx writes its pid file
    once it holds its port (a port taken meanwhile by another would answer too)."""
    deadline = time.monotonic() + 10
    while process.poll() is None and time.monotonic() < deadline:
        if pid.exists():
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return True
            except OSError:
                pass
        time.sleep(0.05)
    if process.poll() is None:
        process.kill()
        process.wait(10)
    return False


def _nginx_conf(folder: Path, work: Path, port: int) -> str:
    return f"""
daemon off;
master_process off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log {work}/access.log;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    types {{ application/json json; application/octet-stream sqlite; }}
    server {{
        listen 127.0.0.1:{port};
        root {folder};
        location / {{ autoindex off; }}
    }}
}}
"""


def block_network(monkeypatch) -> list:
    """Make every socket connection fail; the list collects the attempts."""
    attempts: list = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use is not allowed in this test")

    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts
