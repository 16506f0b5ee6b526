"""Incremental builds: unchanged reports are reused, changed ones redone, removed ones vanish."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder.corpus.build import build
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus"
SEED = "2017-06-kz-senate-ipa-cis.ru.txt"
DEV = "dev-02-am-parliament-2017.ru.txt"
NO_CURATION = PROJECT / "tests" / "integration" / "no-such-curation-dir"


@pytest.fixture()
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in (SEED, DEV):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _build(reports: Path, workspace: Workspace, curation: Path = NO_CURATION):
    return build([reports], workspace, jobs=1, curation_dir=curation)


def _graphs(workspace: Workspace) -> set[str]:
    store = GraphStore(workspace)
    try:
        return set(store.graph_counts())
    finally:
        store.close()


def test_a_second_build_of_the_same_reports_reuses_everything(reports, tmp_path) -> None:
    workspace = Workspace(tmp_path / "ws")
    first = _build(reports, workspace)
    assert sorted(first.rebuilt) == sorted([DEV, SEED]) and first.reused == []
    trig, turtle = workspace.trig.read_bytes(), workspace.turtle.read_bytes()
    stamp = workspace.trig.stat().st_mtime_ns

    again = _build(reports, workspace)
    assert again.rebuilt == [] and sorted(again.reused) == sorted([DEV, SEED])
    assert again.triples == first.triples and again.conforms
    assert workspace.trig.read_bytes() == trig and workspace.turtle.read_bytes() == turtle
    assert workspace.trig.stat().st_mtime_ns == stamp  # nothing to write, nothing written
    assert len(_graphs(workspace)) == 2


def test_a_changed_report_alone_is_extracted_again(reports, tmp_path) -> None:
    workspace = Workspace(tmp_path / "ws")
    _build(reports, workspace)
    before = workspace.trig.read_bytes()
    text = (reports / DEV).read_text(encoding="utf-8")
    (reports / DEV).write_text(text + "\nДополнительная строка.\n", encoding="utf-8")

    again = _build(reports, workspace)
    assert again.rebuilt == [DEV] and again.reused == [SEED]
    assert workspace.trig.read_bytes() != before


def test_a_removed_report_leaves_the_dataset_and_the_store(reports, tmp_path) -> None:
    workspace = Workspace(tmp_path / "ws")
    _build(reports, workspace)
    assert len(_graphs(workspace)) == 2
    (reports / DEV).unlink()

    again = _build(reports, workspace)
    assert again.removed == [DEV] and again.reused == [SEED]
    assert len(_graphs(workspace)) == 1
    assert "dev-02" not in workspace.trig.read_text(encoding="utf-8")
    assert len(list((workspace.root / "reports").glob("*.nt"))) == 1  # its cache is pruned


def test_a_missing_store_is_written_again_though_no_report_changed(reports, tmp_path) -> None:
    workspace = Workspace(tmp_path / "ws")
    _build(reports, workspace)
    shutil.rmtree(workspace.store_dir)

    again = _build(reports, workspace)
    assert again.rebuilt == []
    assert len(_graphs(workspace)) == 2


def test_a_changed_curation_file_rebuilds_its_report(reports, tmp_path) -> None:
    curation = tmp_path / "curation"
    curation.mkdir()
    shutil.copy(PROJECT / "data" / "curation" / "2017-06-kz-senate-ipa-cis.ru.yaml", curation)
    workspace = Workspace(tmp_path / "ws")
    _build(reports, workspace, curation)
    path = curation / "2017-06-kz-senate-ipa-cis.ru.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# reviewed again\n", encoding="utf-8")

    again = _build(reports, workspace, curation)
    assert again.rebuilt == [SEED] and again.reused == [DEV]


FIVE = [SEED, DEV] + [
    "dev-01-kg-parliament-2015.ru.txt",
    "dev-04-tj-parliament-2020.ru.txt",
    "dev-06-az-presidential-2018.ru.txt",
]


@pytest.fixture()
def five_reports(tmp_path: Path) -> Path:
    folder = tmp_path / "five"
    folder.mkdir()
    for name in FIVE:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _quads(workspace: Workspace) -> set[str]:
    """Everything in the store, named graphs and the default graph (the union)."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(workspace.store_dir))
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def _fresh(reports: Path, tmp_path: Path) -> set[str]:
    workspace = Workspace(tmp_path / "fresh")
    _build(reports, workspace)
    return _quads(workspace)


def bulk_loads(monkeypatch) -> list[int]:
    """Counts the store's full reloads (``replace_from_quads``) from here on."""
    calls: list[int] = []
    original = GraphStore.replace_from_quads

    def counted(self, quads):
        calls.append(len(quads))
        return original(self, quads)

    monkeypatch.setattr(GraphStore, "replace_from_quads", counted)
    return calls


def test_one_changed_report_of_five_updates_just_its_graph(five_reports, tmp_path, monkeypatch):
    workspace = Workspace(tmp_path / "ws")
    _build(five_reports, workspace)
    text = (five_reports / DEV).read_text(encoding="utf-8")
    (five_reports / DEV).write_text(text.replace("2017", "2018", 1), encoding="utf-8")

    calls = bulk_loads(monkeypatch)
    again = _build(five_reports, workspace)
    assert again.rebuilt == [DEV]
    assert calls == []  # updated, not bulk-loaded anew
    assert _quads(workspace) == _fresh(five_reports, tmp_path)


def test_one_removed_report_of_five_drops_just_its_graph(five_reports, tmp_path, monkeypatch):
    workspace = Workspace(tmp_path / "ws")
    _build(five_reports, workspace)
    (five_reports / DEV).unlink()

    calls = bulk_loads(monkeypatch)
    again = _build(five_reports, workspace)
    assert again.removed == [DEV]
    assert calls == []
    assert _quads(workspace) == _fresh(five_reports, tmp_path)


def test_a_store_that_disagrees_with_the_state_is_loaded_anew(five_reports, tmp_path, monkeypatch):
    """As a build killed between updating the store and writing state.json would leave it."""
    workspace = Workspace(tmp_path / "ws")
    first = _build(five_reports, workspace)
    lost = next(r.graph_iri for r in first.reports if r.name == SEED)
    GraphStore(workspace).replace_report_graphs({}, removed=[lost])
    text = (five_reports / DEV).read_text(encoding="utf-8")
    (five_reports / DEV).write_text(text + "\n", encoding="utf-8")

    calls = bulk_loads(monkeypatch)
    _build(five_reports, workspace)
    assert len(calls) == 1
    assert _quads(workspace) == _fresh(five_reports, tmp_path)
