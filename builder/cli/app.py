"""The ``eokg`` command line: build, validate, query, export, evaluate, and more.

Every subcommand says what it does with an example in ``--help``. Expected failures print one
line on stderr and exit 2 (bad usage or input) or 1 (the work found a problem); ``--debug``
shows the traceback instead.
"""

from __future__ import annotations

import errno
import sys

import click

from builder.base.errors import EokgError
from builder.cli import (
    corpus_commands,
    evaluate_commands,
    fetch_commands,
    picture_commands,
    query_commands,
    server_commands,
)
from builder.cli.console import message


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.version_option(package_name="eokg")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Knowledge graphs of election-observation reports.

    \b
    Example:
      eokg build data/reports      # extract, curate, assemble, validate -> out/
      eokg query mission           # answer a stored question
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


for _module in (
    corpus_commands,
    fetch_commands,
    query_commands,
    evaluate_commands,
    picture_commands,
    server_commands,
):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI, turning expected failures into one-line errors."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=argv, prog_name="eokg", standalone_mode=False)
    except EokgError as exc:
        if debug:
            raise
        message(str(exc), "error", "red")
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        message("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except KeyboardInterrupt:
        message("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except OSError as exc:  # a folder not writable, a full disk, a file gone meanwhile
        if debug:
            raise
        message(os_error_line(exc), "error", "red")
        sys.exit(2)


def os_error_line(exc: OSError) -> str:
    """One line for an operating-system error: the path, what happened, what to do."""
    where = f"{exc.filename}: " if exc.filename else ""
    what = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        todo = "free some space and run the command again (a build keeps the previous workspace)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        todo = "check the permissions, or choose another workspace with -w"
    else:
        todo = "check the path and run the command again"
    return f"{where}{what}; {todo}"


if __name__ == "__main__":
    main()
