"""A proxy that forwards nothing: it records which host a browser tried to reach and refuses.

Firefox is pointed at it for every origin but loopback, so any request a page makes to another
website shows up here by host name, and never leaves the machine.
"""

from __future__ import annotations

import socketserver
import threading
from urllib.parse import urlsplit

# Firefox's own background services (remote settings and the like). Tor Browser turns these
# off itself; they are not requests a page makes, so they are not counted as the site's leaks.
BROWSER_SERVICE_DOMAINS = ("mozilla.com", "mozilla.net", "mozilla.org", "firefox.com")


def host_of(request_line: str) -> str:
    """The host a proxy request line names: `CONNECT host:443 HTTP/1.1` or `GET http://host/ ...`."""
    parts = request_line.split()
    if len(parts) < 2:
        return ""
    target = parts[1]
    if parts[0].upper() == "CONNECT":
        return target.rsplit(":", 1)[0].lower()
    return (urlsplit(target).hostname or "").lower()


def is_browser_service(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in BROWSER_SERVICE_DOMAINS)


class _Refuse(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        line = self.rfile.readline(8192).decode("latin-1").strip()
        self.server.hosts.append(host_of(line))
        self.wfile.write(
            b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )


class LeakProxy(socketserver.ThreadingTCPServer):
    """Listen on a free loopback port; `hosts` lists every host asked for, in order."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Refuse)
        self.hosts: list[str] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        return self.server_address[1]

    def page_hosts(self) -> list[str]:
        """The hosts asked for, less the browser's own services."""
        return [host for host in self.hosts if not is_browser_service(host)]

    def prefs(self) -> dict[str, object]:
        """Firefox preferences that send every request but loopback through this proxy."""
        return {
            "network.proxy.type": 1,
            "network.proxy.http": "127.0.0.1",
            "network.proxy.http_port": self.port,
            "network.proxy.ssl": "127.0.0.1",
            "network.proxy.ssl_port": self.port,
            "network.proxy.no_proxies_on": "",
            "network.proxy.allow_hijacking_localhost": False,
        }

    def close(self) -> None:
        self.shutdown()
        self.server_close()
