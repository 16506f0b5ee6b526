"""Build: reports in, a validated dataset with one named graph per report out.

For each report: read (a text decoded; a PDF, web page or Word file reduced to its text and a
map back to its pages and metadata, both kept in the workspace's ``texts/``) -> extract
(normalise, segment, recognise, resolve) -> apply the report's curation file, if any -> assemble
RDF -> validate with SHACL. Reports are processed in parallel (``jobs`` worker processes) and
incrementally: a report whose text, curation file and pipeline (code, reference data, ontology)
are unchanged is not processed again; its graph is taken from the workspace cache. A removed
report's graph disappears.

Outputs are written atomically, each file renamed into place, with ``state.json`` last, so a
build that fails or is killed leaves the previous workspace usable.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from builder import __version__
from builder.base.errors import InputError, WorkspaceError
from builder.base.files import atomic_write
from builder.base.resources import resource_dir
from builder.corpus.corpus_validation import validate_corpus
from builder.corpus.curation import curation_path_for
from builder.corpus.integrity import (
    STATE_VERSION,
    WRITING,
    disagreement,
    outputs_record,
    writer_lock,
)
from builder.corpus.store import GraphStore
from builder.corpus.workspace import Workspace
from builder.facts.model import ReportFacts
from builder.graph import iris
from builder.graph.validate import Outcome
from builder.reading.decode import discover
from builder.reading.source import read_source
from builder.reading.source_map import SourceMap, SourceText

if TYPE_CHECKING:  # the stages are imported when a build starts, not with the command line
    from builder.coding import Coder
    from builder.graph.assemble import Assembler
    from builder.graph.validate import Validator
    from builder.text.extract import Extractor

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORTS = Path("data/reports")  # a project folder's reports and curation, from where
DEFAULT_CURATION = Path("data/curation")  # eokg runs (make run runs it at the top)

# Sections of a curation file that replace what extraction found for that report.
CURATED_SECTIONS = ("election", "missions", "events", "assessments", "people")
# Sections the coding layer fills (builder.coding); a curation file's own replace them.
CODED_SECTIONS = ("verdicts", "recommendations")


@dataclass
class ReportJob:
    """What a worker needs to build one report (picklable)."""

    path: str
    name: str
    text: str
    curation_path: str | None
    fingerprint: str
    source: SourceMap | None = None  # pages and metadata of a PDF, web page or Word file


@dataclass
class ReportResult:
    """What a worker returns for one report."""

    name: str
    path: str
    graph_iri: str
    fingerprint: str
    ntriples: str
    triples: int
    conforms: bool
    violations: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    curated: bool = False


@dataclass
class BuildSummary:
    reports: list[ReportResult]
    rebuilt: list[str]
    reused: list[str]
    removed: list[str]
    triples: int
    corpus: Outcome = field(default_factory=lambda: Outcome(True))
    """Results of the corpus-wide shapes, checked over the union once the store is written."""
    notes: list[str] = field(default_factory=list)
    """What the build found wrong in the workspace and repaired, one line each."""

    @property
    def conforms(self) -> bool:
        return self.corpus.conforms and all(r.conforms for r in self.reports)


def pipeline_fingerprint() -> str:
    """Hash of everything besides the report that shapes its graph: code, reference, ontology."""
    digest = hashlib.sha256(__version__.encode())
    for root, pattern in (
        (PACKAGE_ROOT, "**/*.py"),
        (resource_dir("data/reference"), "**/*"),
        (resource_dir("ontology"), "**/*.ttl"),
    ):
        for path in sorted(root.glob(pattern)):
            if path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _merge_curation(extracted: ReportFacts, curation_path: Path, text: str) -> ReportFacts:
    """Curated sections replace the extracted ones; sections the file omits stay extracted."""
    from builder.corpus.curation import curated_sections, load_curation

    curated = load_curation(curation_path, text)
    present = curated_sections(curation_path)
    merged = extracted
    if "is_observation_report" in present:
        merged.is_observation_report = curated.is_observation_report
    for section in CURATED_SECTIONS:
        if section in present:
            setattr(merged, section, getattr(curated, section))
    if "people" not in present:
        known = {p.name for p in merged.people}
        merged.people.extend(p for p in curated.people if p.name not in known)
    # Sections are joined by key: an extracted assessment keeps its event only if the event
    # (its key) is still there, so an event the file removes never lends its link to another.
    merged.unlink_missing_events()
    return merged


def _code(
    doc, facts: ReportFacts, curation_path: Path | None, text: str, coder: Coder
) -> ReportFacts:
    """Code verdicts, findings and recommendations from the (curated) facts; a curation
    file's own verdicts and recommendations replace the coded ones."""
    from builder.coding import code_report
    from builder.corpus.curation import curated_sections, load_curation

    facts = code_report(doc, facts, coder=coder)
    if curation_path is not None:
        present = curated_sections(curation_path)
        curated = load_curation(curation_path, text)
        for section in CODED_SECTIONS:
            if section in present:
                setattr(facts, section, getattr(curated, section))
    return facts


@dataclass
class ReportStages:
    """The stages that turn one report into its graph, holding the models, reference data,
    shapes and ontology they use: made once at the start of a run (of each worker process in
    a parallel build) and given every report, instead of module-level caches."""

    extractor: Extractor
    coder: Coder
    assembler: Assembler
    validator: Validator

    @classmethod
    def load(cls) -> ReportStages:
        from builder.coding import Coder
        from builder.graph.assemble import Assembler
        from builder.graph.validate import Validator
        from builder.text import defaults
        from builder.text.extract import Extractor

        # The process's models and reference data (read with their analyser): a worker's own,
        # or, for a build in the calling process, those its one-off calls share (a test
        # session builds many times; the tagger loads once).
        reference = defaults.reference()
        extractor = Extractor(reference, defaults.models())
        return cls(extractor, Coder(reference), Assembler(reference), Validator())


def build_report(job: ReportJob, stages: ReportStages | None = None) -> ReportResult:
    """Extract, curate, assemble and validate one report (runs in a worker process)."""
    from builder.text.extract import extract

    stages = stages or ReportStages.load()
    say = _stage_lines(job) if len(job.text) >= LONG_REPORT else None
    doc, facts = extract(job.name, job.text, say, source=job.source, extractor=stages.extractor)
    warnings: list[str] = []
    curated = job.curation_path is not None
    if job.curation_path:
        facts = _merge_curation(facts, Path(job.curation_path), job.text)
    curation = Path(job.curation_path) if job.curation_path else None
    facts = _code(doc, facts, curation, job.text, stages.coder)
    if not facts.is_observation_report:
        warnings.append(f"{job.name}: reports no election observation; no mission facts")
    curation_hash = ""
    if job.curation_path:
        curation_hash = hashlib.sha256(Path(job.curation_path).read_bytes()).hexdigest()
    if say:
        say("assembling its graph")
    graph = stages.assembler(facts, doc, extra_hash=curation_hash)
    if say:
        say(f"checking the shapes of {len(graph)} triples")
    outcome = stages.validator(graph)
    return ReportResult(
        name=job.name,
        path=job.path,
        graph_iri=str(iris.report_graph(job.name)),
        fingerprint=job.fingerprint,
        ntriples=sorted_ntriples(graph),
        triples=len(graph),
        conforms=outcome.conforms,
        violations=[asdict(v) for v in outcome.violations],
        warnings=warnings,
        curated=curated,
    )


# A report at least this long (in characters) tells each of its stages as it starts: it takes
# seconds to minutes, and the build's progress otherwise moves only between reports.
LONG_REPORT = 100_000


def _stage_lines(job: ReportJob) -> Callable[[str], None]:
    """Lines on stderr for the stages of one long report (workers share the build's stderr)."""
    size = f"{len(job.text.encode('utf-8')) // 1024} KB"

    def say(stage: str) -> None:
        print(f"{job.name} ({size}): {stage}", file=sys.stderr, flush=True)

    return say


def sorted_ntriples(graph: Graph) -> str:
    """N-Triples, one per line, sorted: a stable cache format that diffs well."""
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(line for line in lines if line.strip())) + "\n"


def _job_fingerprint(read: SourceText, curation: Path | None, pipeline: str) -> str:
    digest = hashlib.sha256(pipeline.encode())
    digest.update(read.text.encode("utf-8"))
    if read.source.format != "txt" or read.source.address:
        digest.update(read.source.to_json().encode("utf-8"))
    if curation is not None:
        digest.update(curation.read_bytes())
    return digest.hexdigest()


def load_state(workspace: Workspace) -> dict:
    if not workspace.state_file.is_file():
        return {"version": STATE_VERSION, "reports": {}}
    try:
        state = json.loads(workspace.state_file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {"version": STATE_VERSION, "reports": {}}
    if not _well_formed(state):  # another version, or not written by a build: start afresh
        return {"version": STATE_VERSION, "reports": {}}
    return state


_REPORT_FIELDS = {"path": str, "graph_iri": str, "fingerprint": str, "triples": int}


def _well_formed(state: object) -> bool:
    """Whether ``state`` has the shape a build writes (a hand-edited file may not)."""
    if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
        return False
    reports = state.get("reports")
    if not isinstance(reports, dict):
        return False
    return all(
        isinstance(entry, dict)
        and all(isinstance(entry.get(k), t) for k, t in _REPORT_FIELDS.items())
        for entry in reports.values()
    )


def _cache_file(workspace: Workspace, name: str, fingerprint: str) -> Path:
    return workspace.root / "reports" / f"{iris.report_key(name)}-{fingerprint[:16]}.nt"


_WORKER_STAGES: ReportStages | None = None
"""A worker process's stages, made by :func:`_start_worker` when the pool starts it."""


def _start_worker() -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = ReportStages.load()


def _build_in_worker(job: ReportJob) -> ReportResult:
    return build_report(job, _WORKER_STAGES)


def _run_jobs(
    jobs: list[ReportJob], workers: int, progress: Callable[[str], None] | None
) -> list[ReportResult]:
    if not jobs:
        return []
    results: list[ReportResult] = []
    if workers <= 1 or len(jobs) == 1:
        stages = ReportStages.load()
        for job in jobs:
            results.append(build_report(job, stages))
            if progress:
                progress(job.name)
        return results
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=min(workers, len(jobs)), initializer=_start_worker) as pool:
        for result in pool.imap_unordered(_build_in_worker, jobs, chunksize=1):
            results.append(result)
            if progress:
                progress(result.name)
    return results


def build(
    paths: Iterable[Path],
    workspace: Workspace,
    *,
    use_curation: bool = True,
    curation_dir: Path = DEFAULT_CURATION,
    jobs: int | None = None,
    progress_start: Callable[[int], None] | None = None,
    progress: Callable[[str], None] | None = None,
    stage: Callable[[str], None] | None = None,
    skip_unreadable: bool = False,
) -> BuildSummary:
    """Build the dataset of the reports under ``paths`` into ``workspace``.

    ``progress_start`` gets the number of reports to process, ``progress`` each one's name as it
    is done, and ``stage`` what the build does after them (writing, the corpus shapes), so a
    long corpus never looks stalled. The workspace's writer lock is held throughout: a second
    build into the same workspace is refused (:func:`builder.corpus.integrity.writer_lock`).
    """
    with writer_lock(workspace):
        return _build(
            paths,
            workspace,
            use_curation=use_curation,
            curation_dir=curation_dir,
            jobs=jobs,
            progress_start=progress_start,
            progress=progress,
            stage=stage,
            skip_unreadable=skip_unreadable,
        )


def _build(
    paths: Iterable[Path],
    workspace: Workspace,
    *,
    use_curation: bool,
    curation_dir: Path,
    jobs: int | None,
    progress_start: Callable[[int], None] | None,
    progress: Callable[[str], None] | None,
    stage: Callable[[str], None] | None,
    skip_unreadable: bool = False,
) -> BuildSummary:
    skipped: list[Path] | None = [] if skip_unreadable else None
    reports = discover(list(paths), skipped)
    names: dict[str, Path] = {}
    for path in reports:
        if path.name in names:
            raise InputError(
                f"two reports share the file name {path.name}: {names[path.name]}, {path}"
            )
        names[path.name] = path
    _check_unique_graphs(names)
    texts = {path.name: read_source(path) for path in reports}  # fail fast, before any work
    pipeline = pipeline_fingerprint()
    _sweep_temporary_files(workspace)
    state = load_state(workspace)
    previous: dict[str, dict] = state.get("reports", {})

    todo: list[ReportJob] = []
    reused: dict[str, ReportResult] = {}
    for name, path in names.items():
        curation = curation_path_for(path, curation_dir) if use_curation else None
        fingerprint = _job_fingerprint(texts[name], curation, pipeline)
        _keep_text(workspace, name, texts[name])
        old = previous.get(name)
        cache = _cache_file(workspace, name, fingerprint)
        if old and old.get("fingerprint") == fingerprint and cache.is_file():
            reused[name] = ReportResult(
                name=name,
                path=str(path),
                graph_iri=old["graph_iri"],
                fingerprint=fingerprint,
                ntriples=cache.read_text(encoding="utf-8"),
                triples=old["triples"],
                conforms=old["conforms"],
                violations=old.get("violations", []),
                warnings=old.get("warnings", []),
                curated=old.get("curated", False),
            )
            continue
        todo.append(
            ReportJob(
                str(path),
                name,
                texts[name].text,
                str(curation) if curation else None,
                fingerprint,
                texts[name].source,
            )
        )

    if progress_start:
        progress_start(len(todo))
    workers = jobs or os.cpu_count() or 1
    built = {r.name: r for r in _run_jobs(todo, workers, progress)}
    for result in built.values():
        atomic_write(_cache_file(workspace, result.name, result.fingerprint), result.ntriples)

    notes: list[str] = []
    for folder in skipped or []:
        notes.append(f"{folder}: folder cannot be read; skipped, its reports keep their graphs")
        for name, entry in previous.items():
            cache = _cache_file(workspace, name, entry["fingerprint"])
            if name not in names and _inside(Path(entry["path"]), folder) and cache.is_file():
                names[name] = Path(entry["path"])
                reused[name] = ReportResult(
                    name=name,
                    path=entry["path"],
                    graph_iri=entry["graph_iri"],
                    fingerprint=entry["fingerprint"],
                    ntriples=cache.read_text(encoding="utf-8"),
                    triples=entry["triples"],
                    conforms=entry.get("conforms", True),
                    violations=entry.get("violations", []),
                    warnings=entry.get("warnings", []),
                    curated=entry.get("curated", False),
                )
    results = [built.get(name) or reused[name] for name in sorted(names)]
    removed = sorted(set(previous) - set(names))
    problem = disagreement(workspace, state) if previous else "no previous build"
    store_quads = _store_quads(workspace, notes)
    outputs = state.get("outputs") or {}
    if store_quads is None or store_quads != (outputs.get("store") or {}).get("quads"):
        problem = problem or f"{workspace.store_dir} does not hold what the last build wrote"
    if built or removed or problem:
        if stage:
            stage("writing graph.trig, graph.ttl and the store")
        if problem and previous and not notes:
            notes.append(f"{problem}: rewritten")
        # until the final state.json, every command sees an unfinished build, never a mix
        atomic_write(workspace.state_file, json.dumps({**state, WRITING: True}, indent=2))
        changed = [built[name] for name in sorted(built)]
        removed_iris = [previous[name]["graph_iri"] for name in removed]
        update = None if problem else _store_update(workspace, previous, changed, removed_iris)
        write_outputs(workspace, results, update)
        store_quads = _store_quads(workspace, notes)
        outputs = outputs_record(workspace, store_quads or 0)
    if stage:
        stage("checking the corpus-wide shapes")
    corpus = validate_corpus(GraphStore(workspace))
    new_state = {
        "version": STATE_VERSION,
        "outputs": outputs,
        "pipeline": pipeline,
        "reports": {
            r.name: {
                "path": r.path,
                "graph_iri": r.graph_iri,
                "fingerprint": r.fingerprint,
                "triples": r.triples,
                "conforms": r.conforms,
                "violations": r.violations,
                "warnings": r.warnings,
                "curated": r.curated,
            }
            for r in results
        },
    }
    atomic_write(
        workspace.state_file, json.dumps(new_state, ensure_ascii=False, indent=2, sort_keys=True)
    )
    _prune_cache(workspace, results)
    _prune_texts(workspace, set(names))
    return BuildSummary(
        reports=results,
        rebuilt=sorted(built),
        reused=sorted(reused),
        removed=removed,
        triples=sum(r.triples for r in results),
        corpus=corpus,
        notes=notes,
    )


def _store_quads(workspace: Workspace, notes: list[str]) -> int | None:
    """The number of quads in the store, or None when there is none; a store that cannot be
    read is moved aside (``store.damaged-N``), said in ``notes``, and rebuilt by the caller."""
    if not workspace.store_dir.is_dir():
        return None
    store = GraphStore(workspace)
    try:
        return len(store)
    except WorkspaceError as exc:
        store.close()
        n = 1
        while workspace.store_dir.with_name(f"store.damaged-{n}").exists():
            n += 1
        aside = workspace.store_dir.with_name(f"store.damaged-{n}")
        os.replace(workspace.store_dir, aside)
        notes.append(f"{exc.args[0].split(';')[0]}; moved aside to {aside} and rebuilt")
        return None
    finally:
        store.close()


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _check_unique_graphs(names: dict[str, Path]) -> None:
    """Refuse two reports whose names give one graph IRI ("Доклад 1.txt", "доклад_1.txt"):
    their facts would be merged into one graph and each listed under both files."""
    by_key: dict[str, str] = {}
    for name in sorted(names):
        key = iris.report_key(name)
        if key in by_key:
            raise InputError(
                f"{names[by_key[key]]} and {names[name]} would share the graph "
                f"<{iris.report_graph(name)}> (names differing only in case, spaces or "
                "punctuation give one IRI): rename one of them"
            )
        by_key[key] = name


def _sweep_temporary_files(workspace: Workspace) -> None:
    """Remove temporary files that a killed build left (they were never renamed into place)."""
    if workspace.root.is_dir():
        for path in workspace.root.rglob(".*.tmp"):
            if path.is_file():
                path.unlink(missing_ok=True)


def _text_files(workspace: Workspace, name: str) -> tuple[Path, Path]:
    return workspace.texts_dir / f"{name}.txt", workspace.texts_dir / f"{name}.source.json"


def _keep_text(workspace: Workspace, name: str, read: SourceText) -> None:
    """Keep the text read from a PDF, web page or Word file, and its source map, in the
    workspace: the graph's offsets count in that text, and the map leads back to the page.
    Written only when they changed, so a build where nothing changed writes nothing."""
    if read.source.format == "txt" and not read.source.address:
        return
    text_path, map_path = _text_files(workspace, name)
    for path, content in ((text_path, read.text), (map_path, read.source.to_json())):
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            atomic_write(path, content)


def _prune_texts(workspace: Workspace, names: set[str]) -> None:
    if not workspace.texts_dir.is_dir():
        return
    for path in workspace.texts_dir.iterdir():
        name = path.name.removesuffix(".source.json").removesuffix(".txt")
        if path.is_file() and name not in names:
            path.unlink(missing_ok=True)


def _prune_cache(workspace: Workspace, results: list[ReportResult]) -> None:
    keep = {_cache_file(workspace, r.name, r.fingerprint).name for r in results}
    for path in (workspace.root / "reports").glob("*.nt"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


@dataclass
class StoreUpdate:
    """The report graphs a build changed, when the store can take them as one update."""

    changed: list[ReportResult]
    removed: list[str]


# Above this share of changed graphs one bulk load beats updating graph by graph.
INCREMENTAL_STORE_SHARE = 0.25


def _store_update(
    workspace: Workspace, previous: dict[str, dict], changed: list[ReportResult], removed: list[str]
) -> StoreUpdate | None:
    """An update for the store when it holds exactly the previous build's graphs, else None.

    A build killed after updating the store but before writing ``state.json`` leaves a store
    ahead of the state; comparing each graph's size with the state catches that (the update is
    idempotent, so a store that merely repeats a change is fine) and the store is rebuilt.
    """
    if not previous or len(changed) + len(removed) > INCREMENTAL_STORE_SHARE * len(previous):
        return None
    if not workspace.store_dir.is_dir():
        return None
    expected = {entry["graph_iri"]: entry["triples"] for entry in previous.values()}
    store = GraphStore(workspace)
    try:
        actual = store.graph_counts()
    except WorkspaceError:
        return None
    finally:
        store.close()
    return StoreUpdate(changed, removed) if actual == expected else None


def write_outputs(
    workspace: Workspace, results: list[ReportResult], update: StoreUpdate | None = None
) -> None:
    """graph.trig (the dataset) and graph.ttl (the union), sorted and stable, then the store.

    The quads come straight from the reports' N-Triples; no rdflib graph of the whole corpus
    is made, since parsing and serialising it with rdflib took longer than building it. The
    store takes ``update`` (a few report graphs replaced in one transaction) when given, or is
    bulk-loaded anew beside the old one.
    """
    from builder.graph.serialise import report_quads, trig, turtle

    quads = [q for r in results for q in report_quads(r.graph_iri, r.ntriples)]
    workspace.root.mkdir(parents=True, exist_ok=True)
    atomic_write(workspace.trig, trig(quads))
    atomic_write(workspace.turtle, turtle(quads))
    store = GraphStore(workspace)
    try:
        if update is not None:
            store.replace_report_graphs(
                {r.graph_iri: r.ntriples for r in update.changed}, removed=update.removed
            )
        else:
            store.replace_from_quads(quads)
    except OSError as exc:
        raise WorkspaceError(f"{workspace.store_dir}: cannot update the store ({exc})") from exc
