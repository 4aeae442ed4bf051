"""Headless Chromium driven over the DevTools protocol, and a PNG reader: enough to test the HTML
report in a real browser (load, evaluate, type, click, screenshot) with the standard library and
websocket-client only. Chromium is Debian's ``chromium`` package (``.ci/run`` installs it)."""

from __future__ import annotations

import base64
import json
import shutil
import struct
import subprocess
import time
import urllib.request
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

BROWSER_NAMES = ("chromium", "chromium-browser")
START_TIMEOUT_SECONDS = 30.0
CALL_TIMEOUT_SECONDS = 60.0


def browser_path() -> str | None:
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class ProtocolError(RuntimeError):
    pass


class Chromium:
    """One headless browser with one page. ``events`` keeps every event the page sent."""

    def __init__(self, profile: Path, width: int = 1200, height: int = 900) -> None:
        import websocket  # websocket-client, a test dependency

        executable = browser_path()
        if executable is None:
            raise RuntimeError("chromium is not installed (apt-get install chromium)")
        self._process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--disable-background-networking", "--hide-scrollbars",
             "--remote-debugging-port=0", f"--user-data-dir={profile}",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        port = self._port(profile / "DevToolsActivePort")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            pages = [t for t in json.load(answer) if t["type"] == "page"]
        self._socket = websocket.create_connection(
            pages[0]["webSocketDebuggerUrl"], timeout=CALL_TIMEOUT_SECONDS, suppress_origin=True)
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Runtime", "Network"):
            self.call(f"{domain}.enable")
        self.resize(width, height)

    def resize(self, width: int, height: int) -> None:
        """The page's viewport (the window's size would include what headless counts as chrome)."""
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    def _port(self, announced: Path) -> int:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self._process.returncode}")
            if announced.exists():
                first = announced.read_text().split("\n", 1)[0]
                if first.isdigit():
                    return int(first)
            time.sleep(0.05)
        raise RuntimeError("chromium did not open its DevTools port")

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next_id += 1
        self._socket.send(json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self._socket.recv())
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise ProtocolError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def wait_for(self, event: str) -> dict[str, Any]:
        for seen in self.events:
            if seen.get("method") == event:
                self.events.remove(seen)
                return seen
        while True:
            message: dict[str, Any] = json.loads(self._socket.recv())
            if message.get("method") == event:
                return message
            self.events.append(message)

    def load(self, url: str) -> float:
        """Open ``url`` and wait for its load event; returns the seconds it took."""
        self.events.clear()
        started = time.perf_counter()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        return time.perf_counter() - started

    def evaluate(self, expression: str) -> Any:
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in answer:
            raise ProtocolError(f"{expression!r}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def press(self, key: str) -> None:
        """A key typed by a person: keydown (with its text), keyup."""
        text = key if len(key) == 1 else ""
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, text=text,
                  code=f"Key{key.upper()}" if text else key)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key)

    def _middle(self, selector: str, block: str) -> tuple[float, float]:
        x, y = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            f" e.scrollIntoView({{block: '{block}'}});"
            " const r = e.getClientRects()[0]; return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        return x, y

    def click(self, selector: str) -> None:
        """Scroll the element into view and click its middle (its first line's) with the mouse."""
        x, y = self._middle(selector, "center")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def hover(self, selector: str) -> None:
        """Move the mouse over the element, scrolling only if it is out of view."""
        x, y = self._middle(selector, "nearest")
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def mouse_away(self) -> None:
        """Put the mouse at the window's top left corner, over no content."""
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=0, y=0)

    def screenshot(self) -> bytes:
        return base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])

    def requested_urls(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events
                if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            self._socket.close()
        finally:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


# --- PNG --------------------------------------------------------------------------------------

_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel (8-bit, no palette)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the pixels (one ``bytes`` per pixel) of an 8-bit, non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    position, idat = 8, b""
    width = height = channels = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in _CHANNELS or interlace:
                raise ValueError(f"unsupported PNG: depth {depth}, colour type {colour}")
            channels = _CHANNELS[colour]
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        row_filter, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if row_filter == 1:
                row[i] = (row[i] + left) & 0xFF
            elif row_filter == 2:
                row[i] = (row[i] + up) & 0xFF
            elif row_filter == 3:
                row[i] = (row[i] + (left + up) // 2) & 0xFF
            elif row_filter == 4:
                estimate = left + up - corner
                pa, pb, pc = abs(estimate - left), abs(estimate - up), abs(estimate - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        rows.append(row)
        previous = row
    pixels = [bytes(row[x : x + channels]) for row in rows for x in range(0, stride, channels)]
    return width, height, pixels


def colour_variety(data: bytes) -> tuple[int, float]:
    """How many distinct colours a PNG has, and the share of its most common colour."""
    _, _, pixels = png_pixels(data)
    counts = Counter(pixels)
    return len(counts), counts.most_common(1)[0][1] / len(pixels)
