"""A Russian and an English report on the same election are one graph: one election, both
missions, one node per person named in both scripts, and no merge of similar but different
people. The two texts in ``two_reports/`` were written for this test (persons invented)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import FOAF

from builder.graph import iris
from builder.graph.namespaces import EO
from builder.reference.person_keys import PersonKeys
from builder.text import defaults

PROJECT = Path(__file__).resolve().parents[2]
TWO = Path(__file__).resolve().parent / "two_reports"
KEYS = defaults.reference().person_keys
compare, person_key = KEYS.compare, KEYS.key


def person(name: str):
    """The IRI of the person named ``name``, minted from their key."""
    return iris.person(person_key(name))


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Cornelia Jonker", "Корнелия Йонкер"),
        ("Maria Ivanova", "Мария Иванова"),
        ("Philipp Wolff", "Филипп Вольфф"),
    ],
)
def test_one_person_across_scripts(latin, cyrillic):
    match = compare(latin, cyrillic)
    assert match.same_person and match.score == 100.0
    assert person(latin) == person(cyrillic)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cornelia Jonker", "Cornelius Jonker"),
        ("Корнелия Йонкер", "Cornelius Jonker"),
        ("Anna Kowalska", "Anna Kowalski"),
    ],
)
def test_similar_but_different_people_stay_apart(first, second):
    match = compare(first, second)
    assert match.score > 80  # close spellings ...
    assert not match.same_person  # ... yet two people
    assert person(first) != person(second)


def test_the_keys_are_those_of_the_reference_data_given(tmp_path: Path):
    """The folds are reference data: other folds give other keys (none: the raw transliteration)."""
    assert PersonKeys(()).key("Cornelia Jonker") == "cornelia jonker"
    (tmp_path / "transliteration.yaml").write_text("person_name_folds:\n  - [w, v]\n")
    assert PersonKeys.read(tmp_path).key("Philipp Wolff") == "philipp volff"
    assert person_key("Philipp Wolff") == "filipp volff"


def test_russian_names_keep_their_keys():
    assert person_key("Руслан Абдуллаев") == "ruslan abdullaev"
    assert person_key("Ирина Чернова") == "irina chernova"


def _eokg(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "builder.cli.app", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_russian_and_an_english_report_build_one_election(tmp_path: Path):
    _eokg("build", str(TWO), "-w", str(tmp_path), "--no-curation")
    rows = list(csv.DictReader(io.StringIO(_eokg("query", "mission", "-w", str(tmp_path)))))
    assert sorted((r["report"], r["mission"].rsplit("/", 1)[-1]) for r in rows) == [
        ("kz-2022-cis.ru.txt", "cis-kz-2022-11-20"),
        ("kz-2022-odihr.en.txt", "odihr-kz-2022-11-20"),
    ]
    graph = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    elections = {o for o in graph.objects(None, EO.observes)}
    assert elections == {iris.election("KZ", date(2022, 11, 20), "presidential")}
    # the CEC chairman, named in both reports, is one node with a name in each language
    official = person("Nurlan Abdirov")
    names = set(graph.objects(official, FOAF.name))
    assert {Literal("Nurlan Abdirov", lang="en"), Literal("Нурлан Абдиров", lang="ru")} <= names
    # and the graph says why: one transliterated key, the evidence of the merge
    assert list(graph.objects(official, EO.nameKey)) == [Literal(person_key("Нурлан Абдиров"))]
    assert person_key("Nurlan Abdirov") == person_key("Нурлан Абдиров")
    # the CIS head and the ODIHR head have close names but are two people
    assert person("Корнелия Йонкер") != person("Cornelius Jonker")
    assert (person("Корнелия Йонкер"), None, None) in graph
    assert (person("Cornelius Jonker"), None, None) in graph
    keys = {
        str(k)
        for node in (person("Корнелия Йонкер"), person("Cornelius Jonker"))
        for k in graph.objects(node, EO.nameKey)
    }
    assert len(keys) == 2
