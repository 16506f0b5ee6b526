"""What the benchmark scripts share: the project on ``sys.path``, replica IRIs, progress lines.

Importing this module puts the project root first on ``sys.path``, so a script run as
``.venv/bin/python benchmarks/NAME.py`` imports :mod:`builder` from this checkout.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

EOR = "https://w3id.org/eokg/resource/"

PER_REPORT = re.compile(
    r"(<" + re.escape(EOR) + r"(?:graph|report|build|span|mission|election|event|assessment"
    r"|post|membership)/)([^/>]+)"
)
"""Resources minted per report, renamed in replicas (group 1: kind, group 2: local part).
People, states, places, organisations and concepts are shared across reports in real
corpora, so they keep their IRIs."""


def log(message: str) -> None:
    """Progress on stderr, so a long run shows where it is (stdout stays the result)."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)
