"""Fetching a feed's files for python-tuf's ngclient, from a web server or a folder, bounded
in time and size and stopped at once by Cancel.

- Every download has an overall deadline (``BASE_SECONDS`` plus a second for each
  ``MIN_RATE`` bytes its signed size allows), not only a timeout per read: a server that
  trickles a byte every few seconds is given up on. A timer shuts the connection at the
  deadline, and Cancel shuts it at once, from any thread.
- No more than the signed size is read (ngclient passes it); a larger announced length is
  refused before the first byte.
- Only ``http`` and ``https`` are fetched, and redirects only between them (never from
  https down to http), at most ``MAX_REDIRECTS``.
- HTTPS certificates are checked against the operating system's trust store
  (``truststore``), so a clinic PC's own certificate authorities work, in the bundle too.
- A folder feed's files are opened without blocking and refused unless they are regular
  files inside the feed's folder: a FIFO or a device is never read.
"""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from urllib.parse import urljoin, urlsplit

from tuf.api import exceptions
from tuf.ngclient import FetcherInterface

from .. import __version__
from .errors import printable
from .safeio import open_regular

BASE_SECONDS = 30.0
"""Seconds any download may take, before the allowance for its size."""
MIN_RATE = 16 * 1024
"""Bytes a second below which a download is given up on (on top of ``BASE_SECONDS``)."""
READ_TIMEOUT = 15.0
"""Seconds without a byte after which a connection is given up on."""
MAX_REDIRECTS = 5
CHUNK = 1 << 16
FOLDER = "folder:"
"""How a folder feed's paths are passed through ngclient, which builds addresses."""
REDIRECTS = (301, 302, 303, 307, 308)


class Cancelled(exceptions.DownloadError):
    """The user stopped the transfer."""


class RedirectRefused(exceptions.DownloadError):
    """The server redirected to somewhere that is not http(s), or too often."""


class CertificateRefused(exceptions.DownloadError):
    """The server's HTTPS certificate is not trusted by this PC."""


class Job:
    """One check or installation: Cancel for it (from any thread), and its progress."""

    def __init__(self, progress: Callable[[int, int], None] | None = None):
        self.progress = progress or (lambda done, total: None)
        self.active = time.monotonic()
        """When the last bytes arrived (the window gives up on a job silent for long)."""
        self._stop = threading.Event()
        self._aborts: set[Callable[[], None]] = set()
        self._lock = threading.Lock()

    def cancel(self) -> None:
        """Stop: the transfer under way ends at once (its connection is shut)."""
        self._stop.set()
        with self._lock:
            aborts = list(self._aborts)
        for abort in aborts:
            abort()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        if self._stop.is_set():
            raise Cancelled("cancelled")

    @contextmanager
    def abortable(self, abort: Callable[[], None]) -> Iterator[None]:
        """While the block runs, Cancel also calls ``abort``."""
        with self._lock:
            self._aborts.add(abort)
        try:
            if self._stop.is_set():
                abort()
            yield
        finally:
            with self._lock:
                self._aborts.discard(abort)


def tls_context():
    """Certificates checked against the operating system's own trust store."""
    import ssl

    import truststore

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def deadline_for(length: int) -> float:
    return time.monotonic() + BASE_SECONDS + length / MIN_RATE


def _shut(connection) -> None:
    """End a connection from another thread: a read blocked on it returns at once."""
    sock = getattr(connection, "sock", None)
    if sock is not None:
        try:
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also for TLS
        except OSError:
            pass


class FeedFetcher(FetcherInterface):
    """ngclient's fetcher for one feed: ``folder`` is the feed's folder, None for the web."""

    def __init__(self, job: Job, folder: Path | None = None, temp_dir: Path | None = None):
        self.job = job
        self.folder = folder
        self.temp_dir = temp_dir
        """Where a download is kept while it is checked (an unnamed file, gone on any exit)."""
        self.seen: dict[str, bytes] = {}
        """Small files fetched so far, by address (a second trusted root need not fetch
        them again, and a refusal can look at what was offered)."""

    @contextmanager
    def download_file(self, url: str, max_length: int) -> Iterator[IO]:
        if url in self.seen:
            with tempfile.TemporaryFile(dir=self.temp_dir) as temp_file:
                temp_file.write(self.seen[url])
                temp_file.seek(0)
                yield temp_file
            return
        with tempfile.TemporaryFile(dir=self.temp_dir) as temp_file:
            self._download(url, max_length, temp_file, report=False)
            if max_length <= 1 << 20:
                self.seen[url] = temp_file.read()
                temp_file.seek(0)
            yield temp_file

    @contextmanager
    def download_to(self, url: str, max_length: int, path: Path) -> Iterator[IO]:
        """Download into a new file at ``path`` (an edition, in the store's temporary
        folder), reporting progress; the open file, from its start, to be checked."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o644)
        with os.fdopen(fd, "w+b") as target:
            self._download(url, max_length, target, report=True)
            yield target

    def _download(self, url: str, max_length: int, sink: IO, report: bool) -> None:
        received = 0
        stream = self._stream(url, max_length)
        try:
            for chunk in stream:
                received += len(chunk)
                self.job.active = time.monotonic()
                if received > max_length:
                    raise exceptions.DownloadLengthMismatchError(
                        f"{printable(url)} sent more than the {max_length:,} bytes that "
                        "were signed")
                sink.write(chunk)
                if report:
                    self.job.progress(received, max_length)
        finally:
            stream.close()
        sink.flush()
        sink.seek(0)

    def _fetch(self, url: str) -> Iterator[bytes]:
        return self._stream(url, None)

    def _stream(self, url: str, max_length: int | None) -> Generator[bytes, None, None]:
        self.job.check()
        deadline = deadline_for(max_length or 0)
        if url.startswith(FOLDER):
            return self._from_folder(url[len(FOLDER):], deadline)
        return self._from_web(url, max_length, deadline)

    # A folder (a share, a USB stick)

    def _from_folder(self, name: str, deadline: float) -> Generator[bytes, None, None]:
        path = Path(name)
        try:
            inside = self.folder is not None and Path(os.path.realpath(path)).is_relative_to(
                os.path.realpath(self.folder))
        except (OSError, ValueError):
            inside = False
        if not inside:
            raise exceptions.DownloadError(f"{printable(path)} is outside the feed's folder")
        if not os.path.lexists(path):
            raise exceptions.DownloadHTTPError(f"{printable(path)} does not exist", 404)
        from .errors import EditionError

        try:
            fd = open_regular(path, "feed file")
        except EditionError as exc:
            raise exceptions.DownloadError(exc.detail) from exc
        with os.fdopen(fd, "rb") as source:
            while True:
                self.job.check()
                if time.monotonic() > deadline:
                    raise exceptions.SlowRetrievalError(
                        f"reading {printable(path)} took too long")
                try:
                    block = source.read(CHUNK)
                except OSError as exc:
                    raise exceptions.DownloadError(
                        f"{printable(path)} cannot be read: {exc.strerror or exc}") from exc
                if not block:
                    return
                yield block

    # A web server

    def _from_web(self, url: str, max_length: int | None,
                  deadline: float) -> Generator[bytes, None, None]:
        for _hop in range(MAX_REDIRECTS + 1):
            location = yield from self._one_request(url, max_length, deadline)
            if location is None:
                return
            target = urljoin(url, location)
            if urlsplit(target).scheme not in ("http", "https"):
                raise RedirectRefused(f"{printable(url)} redirected to {printable(target)}, "
                                      "which is not an http or https address: not followed")
            if urlsplit(url).scheme == "https" and urlsplit(target).scheme == "http":
                raise RedirectRefused(f"{printable(url)} redirected from https to plain http "
                                      f"({printable(target)}): not followed")
            url = target
        raise RedirectRefused(f"{printable(url)} redirected more than {MAX_REDIRECTS} times")

    def _connection(self, url: str):
        import http.client
        from urllib.request import getproxies, proxy_bypass

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise RedirectRefused(f"{printable(url)} is not an http or https address")
        https = parts.scheme == "https"
        port = parts.port or (443 if https else 80)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        proxy = getproxies().get(parts.scheme)
        if proxy and not proxy_bypass(parts.hostname):
            via = urlsplit(proxy if "://" in proxy else "http://" + proxy)
            host, proxy_port = via.hostname or "", via.port or 8080
            connection: http.client.HTTPConnection
            if https:
                connection = http.client.HTTPSConnection(host, proxy_port, timeout=READ_TIMEOUT,
                                                         context=tls_context())
                connection.set_tunnel(parts.hostname, port)
            else:
                connection = http.client.HTTPConnection(host, proxy_port, timeout=READ_TIMEOUT)
                path = url
        elif https:
            connection = http.client.HTTPSConnection(parts.hostname or "", port,
                                                     timeout=READ_TIMEOUT,
                                                     context=tls_context())
        else:
            connection = http.client.HTTPConnection(parts.hostname, port, timeout=READ_TIMEOUT)
        return connection, path

    def _one_request(self, url: str, max_length: int | None, deadline: float):
        """Yield the body of ``url``; return a redirect's Location, or None when done."""
        import http.client
        import ssl

        connection, path = self._connection(url)
        late = threading.Event()

        def too_late() -> None:
            late.set()
            _shut(connection)

        timer = threading.Timer(max(0.0, deadline - time.monotonic()), too_late)
        timer.daemon = True
        timer.start()
        try:
            with self.job.abortable(lambda: _shut(connection)):
                try:
                    connection.connect()
                    self.job.check()
                    connection.request("GET", path, headers={
                        "User-Agent": f"mtviewer/{__version__}",
                        "Accept-Encoding": "identity", "Cache-Control": "no-cache"})
                    response = connection.getresponse()
                    if response.status in REDIRECTS:
                        return response.getheader("Location") or ""
                    if response.status != 200:
                        raise exceptions.DownloadHTTPError(
                            f"{printable(url)}: the server answered {response.status} "
                            f"{printable(response.reason, 80)}", response.status)
                    announced = response.getheader("Content-Length")
                    if (max_length is not None and announced and announced.strip().isdigit()
                            and int(announced) > max_length):
                        raise exceptions.DownloadLengthMismatchError(
                            f"{printable(url)} announced {int(announced):,} bytes, more than "
                            f"the {max_length:,} that were signed")
                    while True:
                        block = response.read1(CHUNK)
                        self.job.check()
                        if late.is_set():
                            raise exceptions.SlowRetrievalError("too slow")
                        if not block:
                            return None
                        yield block
                except exceptions.DownloadError:
                    raise
                except ssl.SSLCertVerificationError as exc:
                    raise CertificateRefused(f"{printable(url)}: the server's certificate is "
                                             f"not trusted ({printable(exc.verify_message)})"
                                             ) from exc
                except (OSError, http.client.HTTPException, ValueError) as exc:
                    self.job.check()
                    if late.is_set():
                        raise exceptions.SlowRetrievalError("too slow") from exc
                    raise exceptions.DownloadError(
                        f"{printable(url)} could not be downloaded: "
                        f"{printable(_reason(exc), 120)}") from exc
        except exceptions.SlowRetrievalError as exc:
            raise exceptions.SlowRetrievalError(
                f"{printable(url)} did not arrive within its deadline") from exc
        finally:
            timer.cancel()
            connection.close()


def _reason(exc: BaseException) -> str:
    import http.client

    if isinstance(exc, http.client.LineTooLong):
        return "the server sent a header line that is too long"
    if isinstance(exc, http.client.BadStatusLine):
        return "the server's answer is not HTTP"
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection closed before the whole file arrived"
    if isinstance(exc, http.client.HTTPException):
        return f"the server's answer is not valid HTTP ({exc})"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
