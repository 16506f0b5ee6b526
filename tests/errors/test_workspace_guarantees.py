"""Issue 15: one writer at a time, outputs that agree or are repaired, one-line errors.

Each test is one defect that was found by trying the tool as a hostile but fair user would.
"""

from __future__ import annotations

import errno
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.base.errors import InputError, WorkspaceError
from builder.corpus.integrity import writer_lock
from builder.corpus.workspace import Workspace

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
ONE = CORPUS / "dev-01-kg-parliament-2015.ru.txt"
TWO = CORPUS / "dev-02-am-parliament-2017.ru.txt"


def eokg(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "builder.cli.app", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two reports built into a workspace, kept pristine (tests copy it)."""
    root = tmp_path_factory.mktemp("guarantees")
    reports = root / "reports"
    reports.mkdir()
    for path in (ONE, TWO):
        shutil.copy(path, reports / path.name)
    ws = root / "ws"
    result = eokg("build", str(reports), "-w", str(ws), "--no-curation")
    assert result.returncode == 0, result.stderr
    return reports, ws


@pytest.fixture()
def ws(built: tuple[Path, Path], tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(built[1], target)
    return target


# 1. two builds into one workspace
def test_a_second_build_is_refused_while_one_writes(built, ws: Path) -> None:
    with writer_lock(Workspace(ws)):
        result = eokg("build", str(built[0]), "-w", str(ws), "--no-curation")
    line = one_line_error(result, "another build (pid ", "is writing", str(ws))
    assert f"pid {__import__('os').getpid()}" in line
    assert eokg("query", "mission", "-w", str(ws)).returncode == 0


@pytest.mark.slow
def test_concurrent_builds_never_mix_their_inputs(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, report in ((a, ONE), (b, TWO)):
        folder.mkdir()
        shutil.copy(report, folder / report.name)
    for round_ in range(3):
        ws = tmp_path / f"ws{round_}"
        cmd = [sys.executable, "-m", "builder.cli.app", "build", "--no-curation", "-w", str(ws)]
        first = subprocess.Popen([*cmd, str(a)], cwd=PROJECT, stderr=subprocess.PIPE, text=True)
        second = subprocess.Popen([*cmd, str(b)], cwd=PROJECT, stderr=subprocess.PIPE, text=True)
        outcomes = [(p.wait(timeout=300), p.stderr.read()) for p in (first, second)]
        refused = [err for code, err in outcomes if code == 2]
        assert len(refused) <= 1 and all("another build (pid" in e for e in refused)
        Workspace(ws).require_built()  # whole: the state vouches for every output
        trig = (ws / "graph.trig").read_text(encoding="utf-8")
        rows = eokg("query", "mission", "-w", str(ws), "--format", "csv").stdout
        for report in (ONE, TWO):  # graph.trig and the store tell the same story
            assert (report.name in trig) == (report.name in rows)


# 2 and 4. outputs that disagree with state.json
def test_a_truncated_trig_is_refused_then_repaired(built, ws: Path) -> None:
    good = (ws / "graph.trig").read_bytes()
    (ws / "graph.trig").write_bytes(good[: len(good) // 2])
    one_line_error(eokg("export", "--format", "turtle", "-w", str(ws)), "graph.trig", "repair")
    repaired = eokg("build", str(built[0]), "-w", str(ws), "--no-curation")
    assert repaired.returncode == 0 and "rewritten" in repaired.stderr
    assert (ws / "graph.trig").read_bytes() == good


def test_an_interrupted_build_is_seen_by_every_command(built, ws: Path) -> None:
    import json

    state = json.loads((ws / "state.json").read_text(encoding="utf-8"))
    (ws / "state.json").write_text(json.dumps({**state, "writing": True}), encoding="utf-8")
    one_line_error(eokg("query", "mission", "-w", str(ws)), "unfinished build", "eokg build")
    assert eokg("build", str(built[0]), "-w", str(ws), "--no-curation").returncode == 0
    assert eokg("query", "mission", "-w", str(ws)).returncode == 0


@pytest.mark.slow
def test_a_kill_at_any_instant_leaves_the_old_or_new_workspace_or_a_refusal(
    built, tmp_path: Path
) -> None:
    """Kill a build that changes a report at instants sweeping the whole build, 0.4 s apart."""
    reports, pristine = built
    changed = tmp_path / "changed"
    shutil.copytree(reports, changed)
    text = (changed / ONE.name).read_text(encoding="utf-8")
    (changed / ONE.name).write_text(text.replace("наблюдател", "Наблюдател", 1), "utf-8")
    old_trig = (pristine / "graph.trig").read_bytes()
    seen = {"old": 0, "refused": 0, "new": 0}
    delay = 0.2
    while True:
        ws = tmp_path / f"ws-{delay:.1f}"
        shutil.copytree(pristine, ws)
        cmd = [sys.executable, "-m", "builder.cli.app", "build", str(changed), "-w", str(ws)]
        proc = subprocess.Popen(
            [*cmd, "--no-curation"],
            cwd=PROJECT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        try:
            Workspace(ws).require_built()
        except WorkspaceError as exc:
            assert "eokg build" in str(exc)
            seen["refused"] += 1
        else:
            trig = (ws / "graph.trig").read_bytes()
            seen["old" if trig == old_trig else "new"] += 1
            assert eokg("query", "mission", "-w", str(ws)).returncode == 0
        if finished or delay > 60:
            break
        delay += 0.4
    assert seen["new"] >= 1 and seen["old"] >= 1
    # the last killed workspace that was refused is repaired by the next build
    result = eokg("build", str(changed), "-w", str(ws), "--no-curation")
    assert result.returncode == 0
    Workspace(ws).require_built()


# 3. a damaged store
@pytest.mark.parametrize("damage", ["CURRENT", "sst"])
def test_a_damaged_store_is_one_line_then_moved_aside_and_rebuilt(built, ws, damage) -> None:
    store = ws / "store"
    if damage == "CURRENT":
        (store / "CURRENT").write_text("garbage\n")
    else:
        for sst in store.glob("*.sst"):
            sst.write_bytes(sst.read_bytes()[: max(1, sst.stat().st_size // 3)])
    one_line_error(eokg("query", "mission", "-w", str(ws)), "store", "eokg build")
    result = eokg("build", str(built[0]), "-w", str(ws), "--no-curation")
    assert result.returncode == 0, result.stderr
    assert "moved aside" in result.stderr and (ws / "store.damaged-1").is_dir()
    assert "ipa-cis-kg-2015" in eokg("query", "mission", "-w", str(ws)).stdout


# 5. tracebacks instead of one-line errors
def test_a_state_json_of_the_wrong_shape_is_rebuilt_not_a_traceback(built, ws: Path) -> None:
    (ws / "state.json").write_text('{"version": 2, "reports": [1, 2]}', encoding="utf-8")
    one_line_error(eokg("query", "mission", "-w", str(ws)), "state.json", "eokg build")
    result = eokg("build", str(built[0]), "-w", str(ws), "--no-curation")
    assert result.returncode == 0 and "Traceback" not in result.stderr


def test_a_bad_iri_parameter_is_one_line(ws: Path) -> None:
    result = eokg("query", "timeline", "--param", "mission=http://x/>", "-w", str(ws))
    one_line_error(result, "not a valid IRI", "'>'")


def test_markup_in_user_text_is_printed_as_text(ws: Path) -> None:
    one_line_error(eokg("query", "[/]", "-w", str(ws)), "'[/]'")
    one_line_error(eokg("query", "[red]x[/red]", "-w", str(ws)), "'[red]x[/red]'")


@pytest.mark.parametrize(
    "code,words",
    [(errno.ENOSPC, ["No space left", "free some space"]), (errno.EROFS, ["Read-only", "-w"])],
)
def test_os_errors_are_one_line_with_the_path(monkeypatch, capsys, code, words) -> None:
    import os

    from builder.cli import app
    from builder.corpus import build

    def full(*_args, **_kwargs):
        raise OSError(code, os.strerror(code), "/ws/graph.trig")

    monkeypatch.setattr(build, "build", full)
    with pytest.raises(SystemExit) as stop:
        app.main(["build", str(ONE), "-w", "/ws"])
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: /ws/graph.trig: ") and "\n" not in err
    for word in words:
        assert word in err


def test_a_read_only_workspace_is_one_line(tmp_path: Path) -> None:
    """A file where the workspace folder should be: it cannot be written, whoever runs this."""
    blocker = tmp_path / "ws"
    blocker.write_text("not a folder")
    result = eokg("build", str(ONE), "-w", str(blocker / "inner"), "--no-curation")
    one_line_error(result, str(blocker / "inner"))


def test_service_in_a_stored_query_is_refused_unless_allowed(tmp_path: Path, ws: Path) -> None:
    from builder.corpus.queries import load_query, run_stored

    path = tmp_path / "fetch.rq"
    path.write_text(
        "# title: t\n# columns: s\nSELECT ?s WHERE { SERVICE <http://169.254.169.254/x> "
        "{ ?s ?p ?o } }\n",
        encoding="utf-8",
    )
    query = load_query(path)
    with pytest.raises(InputError, match=r"SERVICE <http://169\.254\.169\.254/x> is refused"):
        run_stored(query, Workspace(ws))
    path.write_text(
        "# title: t\n# columns: s\nSELECT ?s WHERE { SERVICE ?where { ?s ?p ?o } }\n", "utf-8"
    )
    with pytest.raises(InputError, match="fixed IRI"):
        run_stored(load_query(path), Workspace(ws), allow_service=["169.254.169.254"])


# 6. look-alike names
def test_look_alike_report_names_are_refused(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    text = ONE.read_text(encoding="utf-8")
    (reports / "Доклад 1.txt").write_text(text, encoding="utf-8")
    (reports / "доклад_1.txt").write_text(text, encoding="utf-8")
    result = eokg("build", str(reports), "-w", str(tmp_path / "ws"), "--no-curation")
    one_line_error(result, "would share the graph", "rename one")


# 13. misleading messages
def test_a_missing_trig_beside_a_store_is_not_called_no_build(ws: Path) -> None:
    (ws / "graph.trig").unlink()
    line = one_line_error(eokg("query", "mission", "-w", str(ws)), "graph.trig is missing")
    assert "no build yet" not in line


@pytest.fixture()
def small_disk(tmp_path: Path):
    """A tmpfs of a few MB where the machine allows mounting one (root, no sandbox veto)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.strip()}); ENOSPC is simulated above")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_the_next_build_repairs(small_disk: Path, built) -> None:
    reports, _ = built
    ws = small_disk / "ws"
    first = eokg("build", str(reports), "-w", str(ws), "--no-curation")
    assert first.returncode == 0, first.stderr
    filler = small_disk / "filler"
    # fill what is left of the disk, unbuffered: no bytes are left to flush (and fail) on close
    with filler.open("ab", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    more = small_disk.parent / "more"
    shutil.copytree(reports, more)
    shutil.copy(CORPUS / "dev-03-by-presidential-2015-two-missions.ru.txt", more)
    full = eokg("build", str(more), "-w", str(ws), "--no-curation")
    assert full.returncode == 2 and "Traceback" not in full.stderr
    assert "No space left" in full.stderr and "free some space" in full.stderr
    try:  # the workspace is whole as before, or refused until repaired: never a mix
        Workspace(ws).require_built()
        assert eokg("query", "mission", "-w", str(ws)).returncode == 0
    except WorkspaceError as exc:
        assert "eokg build" in str(exc)
    filler.unlink()
    repaired = eokg("build", str(more), "-w", str(ws), "--no-curation")
    assert repaired.returncode == 0, repaired.stderr
    Workspace(ws).require_built()
    assert "by-presidential" in (ws / "graph.trig").read_text(encoding="utf-8")
