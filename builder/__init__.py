"""eokg: knowledge graphs of international election-observation reports.

The pipeline reads in one direction (see README): normalise -> segment -> recognise ->
resolve -> assemble -> validate -> store -> query/export/viz. Each stage is a module.
"""

__version__ = "0.1.0"
