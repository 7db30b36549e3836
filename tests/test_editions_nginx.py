"""A feed served by a real static web server, as an IT department would: Debian's nginx,
started by the test on 127.0.0.1 with a configuration of its own (``.ci/run`` installs it;
elsewhere the test is skipped, saying why)."""

from __future__ import annotations

import pytest

from mtviewer.content import open_content
from mtviewer.editions import client
from mtviewer.editions.errors import EditionError
from mtviewer.editions.fetcher import Job
from mtviewer.editions.store import Store
from mtviewer.editions.verify import default_database

from .editions_helpers import NGINX, make_key, nginx, publish_version, snapshot

pytestmark = pytest.mark.skipif(
    NGINX is None, reason="needs nginx (Debian: apt-get install nginx; .ci/run installs it)")


def test_nginx_serves_a_feed_that_installs_updates_and_refuses_tampering(tmp_path,
                                                                        content_dir):
    key = make_key(tmp_path / "keys")
    feed = tmp_path / "feed"
    publish_version(content_dir, feed, key, "2.0")
    with nginx(feed, tmp_path / "nginx") as address:
        report = client.check(address, Store.user(), Job())
        assert [o.version for o in report.offers] == ["2.0"]
        first = client.install(address, Store.user(), Job())[1]
        assert default_database() == first
        publish_version(content_dir, feed, key, "2.1")  # published while nginx serves
        offer, second = client.install(address, Store.user(), Job())
        assert offer.version == "2.1" and default_database() == second
        assert open_content(second).about().version == "2.1"
        publish_version(content_dir, feed, key, "2.2")
        target = next((feed / "targets").glob("*.mtviewer-2.2.sqlite"))
        data = bytearray(target.read_bytes())
        data[1000] ^= 0xFF
        target.write_bytes(bytes(data))
        before = snapshot(Store.user().root)
        with pytest.raises(EditionError, match="not the one that was signed") as caught:
            client.install(address, Store.user(), Job())
    assert caught.value.code == "checksum"
    assert snapshot(Store.user().root) == before and default_database() == second
    assert (tmp_path / "nginx" / "access.log").read_text().count("GET /metadata/timestamp.json") == 4
