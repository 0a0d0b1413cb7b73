"""A minimal client for Firefox's Marionette protocol: enough to open a page, read text and take
a screenshot, with no package to install and nothing to download.

Marionette speaks length-prefixed JSON over TCP (`<bytes>:<json>`); commands are
`[0, id, name, params]` and replies `[1, id, error, result]`. Firefox starts it with
`--marionette`; the port comes from the profile's `marionette.port`.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import time
from pathlib import Path

ELEMENT_KEY = "element-6066-11e4-a52e-4f735466cecf"

# Tor Browser's "Safest" level, as far as Firefox ESR's preferences reach, plus quiet start-up:
# no JavaScript, no SVG, no remote fonts, and no background request to any Mozilla service.
SAFEST_PREFS: dict[str, object] = {
    "javascript.enabled": False,
    "svg.disabled": True,
    "gfx.downloadable_fonts.enabled": False,
    "media.play-stand-alone": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "app.update.enabled": False,
    "extensions.update.enabled": False,
}


class MarionetteError(RuntimeError):
    """Firefox answered a command with an error."""


def write_profile(profile: Path, port: int, prefs: dict[str, object] = SAFEST_PREFS) -> None:
    """A fresh Firefox profile whose user.js holds `prefs` and the Marionette port."""
    profile.mkdir(parents=True, exist_ok=True)
    lines = [f"user_pref({json.dumps(k)}, {json.dumps(v)});" for k, v in prefs.items()]
    lines.append(f'user_pref("marionette.port", {port});')
    (profile / "user.js").write_text("\n".join(lines) + "\n", encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Firefox:
    """A headless Firefox with Marionette on, and a session in it."""

    def __init__(self, executable: str, profile: Path, port: int, wait: float = 60.0) -> None:
        self.process = subprocess.Popen(
            [executable, "--headless", "--marionette", "--no-remote", "--profile", str(profile)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.sock = self._connect(port, wait)
        self.buffer = b""
        self.next_id = 0
        self._read()  # the greeting: {"applicationType": "gecko", "marionetteProtocol": 3}
        self.command("WebDriver:NewSession", {"capabilities": {}})

    def _connect(self, port: int, wait: float) -> socket.socket:
        deadline = time.monotonic() + wait
        while True:
            try:
                return socket.create_connection(("127.0.0.1", port), timeout=wait)
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise
                time.sleep(0.2)

    def _read(self) -> object:
        while b":" not in self.buffer:
            self.buffer += self._receive()
        length, _, rest = self.buffer.partition(b":")
        while len(rest) < int(length):
            rest += self._receive()
        message, self.buffer = rest[: int(length)], rest[int(length) :]
        return json.loads(message)

    def _receive(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise MarionetteError("Firefox closed the Marionette connection")
        return chunk

    def command(self, name: str, params: dict | None = None) -> dict:
        self.next_id += 1
        payload = json.dumps([0, self.next_id, name, params or {}]).encode()
        self.sock.sendall(str(len(payload)).encode() + b":" + payload)
        _, _, error, result = self._read()
        if error:
            raise MarionetteError(f"{name}: {error.get('error')}: {error.get('message')}")
        return result

    def navigate(self, url: str) -> None:
        self.command("WebDriver:Navigate", {"url": url})

    def text_of(self, css: str) -> str:
        found = self.command("WebDriver:FindElement", {"using": "css selector", "value": css})
        element = found["value"][ELEMENT_KEY]
        return self.command("WebDriver:GetElementText", {"id": element})["value"]

    def set_size(self, width: int, height: int) -> int:
        """Resize the window; return the width Firefox chose (headless, it is at least 500)."""
        rect = self.command("WebDriver:SetWindowRect", {"width": width, "height": height})
        return rect["width"]

    def screenshot(self, path: Path) -> None:
        data = self.command("WebDriver:TakeScreenshot", {"full": True})["value"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.command("Marionette:Quit", {"flags": ["eForceQuit"]})
        except (OSError, MarionetteError):
            pass
        finally:
            self.sock.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
