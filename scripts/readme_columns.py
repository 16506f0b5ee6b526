"""Rewrite the README's table of stored-query columns from the queries' own headers.

Usage: ``.venv/bin/python scripts/readme_columns.py`` (``tests/core/test_queries.py`` fails
while the README and the queries disagree).
"""

from __future__ import annotations

import re
from pathlib import Path

from builder.corpus.queries import COLUMNS_END, COLUMNS_START, columns_table

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    block = re.compile(re.escape(COLUMNS_START) + ".*?" + re.escape(COLUMNS_END), re.S)
    if not block.search(text):
        raise SystemExit(f"{README}: no generated columns block to rewrite")
    README.write_text(block.sub(lambda _m: columns_table(), text, count=1), encoding="utf-8")


if __name__ == "__main__":
    main()
