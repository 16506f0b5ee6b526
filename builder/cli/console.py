"""The two consoles of the command line: messages to stderr, tables to stdout.

One message is one line even when piped (``soft_wrap``), so scripts can read errors line by line.
"""

from __future__ import annotations

from rich.console import Console

err_console = Console(stderr=True, soft_wrap=True)
out_console = Console()
