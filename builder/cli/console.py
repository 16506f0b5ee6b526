"""The two consoles of the command line: messages to stderr, tables to stdout.

One message is one line even when piped (``soft_wrap``), so scripts can read errors line by line.
Messages carry user text (file names, query names, server output): :func:`message` prints it
as text, never as terminal markup, so ``[/]`` in a report's name is shown, not interpreted.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

err_console = Console(stderr=True, soft_wrap=True)
out_console = Console()


def message(text: str, label: str = "", style: str = "") -> None:
    """One line on stderr: an optional coloured ``label:`` then ``text`` exactly as given."""
    line = Text()
    if label:
        line.append(f"{label}:", style=style)
        line.append(" ")
    line.append(text)
    err_console.print(line, highlight=False, soft_wrap=True)
