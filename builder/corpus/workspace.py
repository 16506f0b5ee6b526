"""The workspace: where a build leaves its outputs, written so a crash never half-writes them.

Layout of a workspace directory (default ``out/``)::

    graph.trig       the dataset, one named graph per report (the source of truth)
    graph.ttl        the union of all report graphs, as Turtle
    state.json       content hashes per report, for incremental builds
    store/           the embedded Oxigraph store (queries run here)
    texts/           X.pdf.txt + X.pdf.source.json: the text read from each PDF, web page or
                     Word report (the graph's offsets count in it) and its map to the pages
    validation.txt   the last SHACL report
    viz/             pictures and the interactive page

Every file is written to a temporary name in the same directory and renamed into place, so
readers see the old file or the new one, never a part.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from builder.base.errors import WorkspaceError

DEFAULT_WORKSPACE = Path("out")


class Workspace:
    """Paths of one workspace and the way to read what a build left there."""

    def __init__(self, root: Path | str = DEFAULT_WORKSPACE) -> None:
        self.root = Path(root)

    @property
    def trig(self) -> Path:
        return self.root / "graph.trig"

    @property
    def turtle(self) -> Path:
        return self.root / "graph.ttl"

    @property
    def state_file(self) -> Path:
        return self.root / "state.json"

    @property
    def store_dir(self) -> Path:
        return self.root / "store"

    @property
    def texts_dir(self) -> Path:
        """Text read from each PDF, web page or Word report, with its source map."""
        return self.root / "texts"

    @property
    def validation_report(self) -> Path:
        return self.root / "validation.txt"

    @property
    def viz_dir(self) -> Path:
        return self.root / "viz"

    def require_built(self) -> None:
        """Fail with one clear line unless a whole build is here, as ``state.json`` vouches."""
        import json

        from builder.corpus.integrity import disagreement

        if not self.state_file.is_file():
            if not self.trig.is_file() and not self.store_dir.is_dir():
                raise WorkspaceError(
                    f"workspace {self.root}/ has no build yet: "
                    f"run 'eokg build -w {self.root}' first"
                )
            raise WorkspaceError(
                f"{self.state_file} is missing, so nothing vouches for the outputs here; "
                f"run 'eokg build -w {self.root}' to repair the workspace"
            )
        try:
            state = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise WorkspaceError(
                f"{self.state_file} cannot be read ({exc}); run 'eokg build -w {self.root}' "
                "to repair the workspace"
            ) from exc
        problem = disagreement(self, state)
        if problem:
            raise WorkspaceError(f"{problem}; run 'eokg build -w {self.root}' to repair it")

    def load_dataset(self) -> Dataset:
        """The built dataset (one named graph per report), parsed with rdflib."""
        self.require_built()
        dataset = Dataset()
        try:
            dataset.parse(self.trig, format="trig")
        except Exception as exc:  # rdflib raises many parser error types
            raise WorkspaceError(f"{self.trig}: cannot be read ({exc})") from exc
        return dataset
