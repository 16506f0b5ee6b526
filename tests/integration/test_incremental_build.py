"""Incremental builds: unchanged reports are reused, changed ones redone, removed ones vanish."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from builder.build import build
from builder.store import GraphStore
from builder.workspace import Workspace

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
