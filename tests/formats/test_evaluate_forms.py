"""``eokg evaluate`` scores a report published as PDF, web page or Word against its gold file.

The gold's ``report:`` key names the file as it was published; its quotes are found in the
text a build extracts from that file, so a PDF-only (or HTML-only) report is scored the same
way as a ``.txt`` one.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, form_name, gold_facts, report_facts

from builder.corpus.evaluation import evaluate_workspace
from builder.facts.scoring import score
from builder.text import defaults

pytestmark = pytest.mark.slow

TXT = CORPUS / "dev-03-by-presidential-2015-two-missions.ru.txt"


@pytest.mark.parametrize("form", ["pdf", "html", "docx"])
def test_gold_naming_a_published_form_is_scored(
    forms_workspace, made_reports: Path, tmp_path: Path, form: str
) -> None:
    name = form_name(TXT, form)
    shutil.copy(made_reports / name, tmp_path / name)
    gold_text = (CORPUS / TXT.name.replace(".txt", ".gold.yaml")).read_text(encoding="utf-8")
    assert f"report: {TXT.name}\n" in gold_text
    stem = name.rsplit(".", 1)[0]
    gold = tmp_path / f"{stem}.gold.yaml"
    gold.write_text(gold_text.replace(f"report: {TXT.name}\n", f"report: {name}\n"), "utf-8")

    results = evaluate_workspace(forms_workspace, [gold])

    expected = score(report_facts(forms_workspace, name), gold_facts(TXT), defaults.reference())
    assert list(results) == [name]
    assert results[name].overall.tp == expected.overall.tp > 0
    assert results[name].overall.f1 == pytest.approx(expected.overall.f1)
