"""The coding layer: what researchers code from observation reports, each code with its evidence.

Election-observation researchers code reports by hand (Kelley's DIEM: each mission's overall
verdict; NELDA and V-Dem: monitors present, Western monitors, fraud alleged; PEI: eleven
dimensions of electoral integrity; ODIHR's database: recommendations). This package codes
them from the facts the text extractors found (``ReportFacts.assessments`` with their
statements and spans) and from the document's sentences, so that it improves as the
extractors do and works for every language that has a block in
``data/reference/coding.yaml``.

It sits between the text stages and the graph: :func:`code_report` takes a document and its
facts and fills ``verdicts``, ``findings`` and ``recommendations``; the assembler writes them.
"""

from __future__ import annotations

from builder.coding.code import Coder, code_report

__all__ = ["Coder", "code_report"]
