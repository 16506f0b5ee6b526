"""What a workspace guarantees: one writer at a time, and outputs that agree or are repaired.

* **One writer.** A build holds an OS file lock on ``W/.lock`` (``fcntl.flock``) from before
  it reads the workspace until ``state.json`` is written. A second build into the same
  workspace is refused at once with the first one's pid: two builds never mix their outputs.
  The lock dies with its process, so a killed build never leaves a stale lock.
* **Outputs vouched for.** ``state.json`` records, for each output it vouches for
  (``graph.trig``, ``graph.ttl``, the store), a SHA-256 hash (and the size and modification
  time that let a reader skip rehashing an untouched file), and for the store its number of
  quads. A build first writes ``state.json`` marked ``"writing"``, then the outputs, then the
  final ``state.json``: a build killed at any instant leaves either the old workspace whole or
  one that every command recognises as unfinished. Commands refuse an output that disagrees
  (truncated, edited, left by a killed build) in one line, and the next build rewrites it.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from builder.base.errors import WorkspaceError
from builder.corpus.workspace import Workspace

LOCK_NAME = ".lock"
WRITING = "writing"


@contextlib.contextmanager
def writer_lock(workspace: Workspace) -> Iterator[None]:
    """Hold the workspace's writer lock for the block, or refuse naming the holder."""
    try:
        workspace.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(workspace.root / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise WorkspaceError(
            f"{workspace.root}: cannot write the workspace ({exc.strerror}); "
            "choose another folder with -w"
        ) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EACCES):
                raise
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise WorkspaceError(
                f"another build (pid {holder}) is writing {workspace.root}/; "
                "wait for it to finish, or build into another folder with -w"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def file_record(path: Path) -> dict:
    """What ``state.json`` keeps about one output file."""
    info = path.stat()
    return {"sha256": _sha256(path), "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def file_agrees(path: Path, record: dict | None) -> bool:
    """Whether ``path`` is the file ``record`` describes (rehashed only if size or time moved)."""
    if not isinstance(record, dict):
        return False
    try:
        info = path.stat()
    except OSError:
        return False
    if info.st_size != record.get("size"):
        return False
    if info.st_mtime_ns == record.get("mtime_ns"):
        return True
    return _sha256(path) == record.get("sha256")


STATE_VERSION = 2  # 2: state.json vouches for the outputs


def outputs_record(workspace: Workspace, store_quads: int | None) -> dict:
    """The ``outputs`` entry of ``state.json`` for the outputs present in ``workspace``."""
    record: dict = {}
    for path in (workspace.trig, workspace.turtle):
        if path.is_file():
            record[path.name] = file_record(path)
    if store_quads is not None:
        record["store"] = {"quads": store_quads}
    return record


def vouch(workspace: Workspace) -> None:
    """Write a ``state.json`` that vouches for the outputs now in ``workspace`` (no reports).

    For outputs made by other means than a build (test fixtures, a restored backup)."""
    import json

    from builder.base.files import atomic_write
    from builder.corpus.store import GraphStore

    quads = len(GraphStore(workspace)) if workspace.store_dir.is_dir() else None
    state = {"version": STATE_VERSION, "reports": {}, "outputs": outputs_record(workspace, quads)}
    atomic_write(workspace.state_file, json.dumps(state, indent=2, sort_keys=True))


def disagreement(workspace: Workspace, state: object) -> str | None:
    """Why the workspace's files are not what ``state.json`` vouches for, or None if they are.

    The store is checked only for being there; its content is checked by reading it (a build
    counts its quads, a query meets RocksDB's own checksums).
    """
    if not isinstance(state, dict) or not isinstance(state.get("reports"), dict):
        return f"{workspace.state_file} is not a build record"
    if state.get(WRITING):
        return f"{workspace.root}/ holds an unfinished build (interrupted or failed)"
    outputs = state.get("outputs")
    if not isinstance(outputs, dict):
        return f"{workspace.state_file} vouches for no outputs (written by an older eokg?)"
    for path in (workspace.trig, workspace.turtle):
        if path.name not in outputs and path != workspace.trig:
            continue
        if not path.is_file():
            return f"{path} is missing"
        if not file_agrees(path, outputs.get(path.name)):
            return (
                f"{path} is not what the last build wrote (damaged, edited, or left by an "
                "interrupted build)"
            )
    if "store" in outputs and not workspace.store_dir.is_dir():
        return f"{workspace.store_dir} is missing"
    return None
