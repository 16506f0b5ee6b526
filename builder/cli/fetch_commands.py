"""The ``fetch`` command (registered by :mod:`builder.cli.app`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from builder.base.errors import InputError
from builder.cli.console import err_console


@click.command()
@click.argument("urls", nargs=-1)
@click.option(
    "-i",
    "--input",
    "address_list",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file of addresses, one a line (# starts a comment).",
)
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/reports"),
    show_default=True,
    help="The reports folder the files go to.",
)
@click.option(
    "--timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(0, min_open=True),
    help="Seconds per request.",
)
@click.option(
    "--retries",
    default=3,
    show_default=True,
    type=click.IntRange(1, 10),
    help="Tries per address for what may pass (time-outs, refused connections, 5xx).",
)
@click.option(
    "--delay",
    default=1.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds between requests to one site.",
)
def fetch(
    urls: tuple[str, ...],
    address_list: Path | None,
    out_dir: Path,
    timeout: float,
    retries: int,
    delay: float,
) -> None:
    """Download reports (web pages, PDFs, Word files) into the reports folder.

    Each file gets FILE.source.json beside it (its address, retrieval time and SHA-256), which
    the build records in the graph. Redirects are followed, robots.txt is obeyed, the user agent
    names eokg. An address that gives a 404, no answer in time, or something that is no report
    is one line on stderr and no file; the exit code is then 1.

    \b
    Example:
      eokg fetch https://example.org/press/statement.pdf -o data/reports
      eokg fetch -i addresses.txt && eokg build data/reports
    """
    from builder.reading.fetch import Fetched, FetchOptions, fetch_all, read_address_list

    addresses = list(urls) + (read_address_list(address_list) if address_list else [])
    if not addresses:
        raise InputError("no addresses: give URLs or --input FILE")

    def echo(result: Fetched) -> None:
        if result.path is not None:
            click.echo(f"{result.url} -> {result.path}")
        else:
            err_console.print(
                f"[red]error:[/] {result.url}: {result.error}", highlight=False, soft_wrap=True
            )

    options = FetchOptions(out_dir, timeout=timeout, retries=retries, delay=delay)
    results = fetch_all(addresses, options, echo)
    if any(r.path is None for r in results):
        sys.exit(1)


COMMANDS = [fetch]
