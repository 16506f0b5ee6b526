"""Errors the command line turns into one-line messages and exit codes.

Exit codes follow the project convention: 0 success, 1 the work found a problem (graph does
not conform, evaluation below threshold), 2 bad usage or input.
"""

from __future__ import annotations


class EokgError(Exception):
    """An expected failure with a message fit for one line on stderr."""

    exit_code = 2


class InputError(EokgError):
    """Bad input: a report, curation file, query, shapes file or parameter is unusable."""

    exit_code = 2


class WorkspaceError(EokgError):
    """The workspace is missing, never built, or unusable."""

    exit_code = 2


class ServiceError(EokgError):
    """A server could not be started or reached."""

    exit_code = 2


class ProblemFound(EokgError):
    """The work ran and found a problem (non-conforming graph, evaluation below threshold)."""

    exit_code = 1
