"""How the project starts headless Chromium: Debian's browser, never one a test tool downloads.

Shared by the browser tests and the time-to-first-render benchmark. The flags keep Chromium
from reaching for the network (this machine has none but the package registries) and from
needing a sandbox or a GPU.
"""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
