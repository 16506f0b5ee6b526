"""The ``serve`` and ``push`` commands (registered by :mod:`builder.cli.app`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from builder.cli.options import workspace_option
from builder.corpus.workspace import Workspace


def _echo(line: str) -> None:
    click.echo(line, err=True)


@click.command()
@workspace_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL Update and Graph Store writes (default: read-only).",
)
@click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="Let queries' SERVICE clauses call HOST (repeatable; default: SERVICE is refused).",
)
def serve(
    workspace_dir: Path, host: str, port: int, allow_update: bool, allow_service: tuple[str, ...]
) -> None:
    """Serve the built graph as a SPARQL 1.1 endpoint (Oxigraph) until Ctrl-C.

    Queries go to http://HOST:PORT/query (GET or POST, SPARQL 1.1 Protocol); the page at
    http://HOST:PORT/ is a query editor. The default graph is the union (RDF merge) of the
    report graphs. Read-only and loopback-only unless told otherwise.

    \b
    Example:
      eokg serve -w out --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3' \\
           http://127.0.0.1:7878/query
    """
    from builder.serving.serve import ServerOptions
    from builder.serving.serve import serve as run

    options = ServerOptions(host, port, allow_update, allow_service=allow_service)
    code = run(Workspace(workspace_dir), options, echo=_echo)
    sys.exit(code)


@click.command()
@workspace_option
@click.option(
    "--endpoint",
    required=True,
    help="SPARQL query endpoint of the target store (used to find and check graphs).",
)
@click.option(
    "--graph-store",
    default=None,
    help="Graph Store Protocol URL (default: ENDPOINT's '/query' or '/sparql' -> '/store').",
)
@click.option(
    "--retries",
    default=6,
    show_default=True,
    type=click.IntRange(1, 20),
    help="Tries per request for what may pass (connection errors, time-outs, 5xx).",
)
@click.option(
    "--timeout",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0, min_open=True),
    help="Seconds per HTTP request.",
)
@click.option("--no-verify", is_flag=True, help="Skip comparing remote triple counts.")
def push(
    workspace_dir: Path,
    endpoint: str,
    graph_store: str | None,
    retries: int,
    timeout: float,
    no_verify: bool,
) -> None:
    """Load the built dataset into a SPARQL 1.1 Graph Store (Fuseki, GraphDB, Oxigraph...).

    Each report graph is replaced whole with HTTP PUT; report graphs of removed reports are
    deleted. Pushing again after a rebuild leaves no duplicated or stale triples.

    \b
    Example:
      eokg push --endpoint http://127.0.0.1:7878/query
      eokg push --endpoint http://localhost:3030/ds/sparql \\
                --graph-store http://localhost:3030/ds/data
    """
    from rich.console import Console
    from rich.progress import Progress

    from builder.serving.push import Client, RetryPolicy
    from builder.serving.push import push as run

    client = Client(RetryPolicy(attempts=retries, timeout_s=timeout))
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task("pushing graphs", total=None)
        summary = run(
            Workspace(workspace_dir),
            endpoint,
            graph_store,
            client=client,
            verify=not no_verify,
            progress=lambda _iri: bar.advance(task),
        )
    _echo(
        f"pushed {len(summary.pushed)} graphs ({summary.triples} triples) to "
        f"{summary.graph_store}; deleted {len(summary.deleted)}"
    )


COMMANDS = [serve, push]
