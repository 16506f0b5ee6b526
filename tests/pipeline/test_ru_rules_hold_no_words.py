"""The Russian rules hold no Russian words (issue 10, "Russian inside the rules").

Every word the modules of ``builder/text/languages/ru/`` (the recognisers of ``recognise/``,
the segmenter, the inflector) compare is named data: a cue list of the language's
``cues.yaml`` reached through the ``Lexicon``, or the names' endings of ``names.yaml``; a regex
with Russian words is built from those lists (``lex.regex("{prep_in}\\s+")``). So a reader
finds the words of the grammar in one place, named for their role, and a rule reads as grammar.

The check parses each module with ``ast`` and reports every string constant outside docstrings
(comments are not constants) that holds a Cyrillic letter, except:

- a regex's character classes, which name the script and no word (``"[А-ЯЁA-Z]"``), and a cue
  list's placeholder in a pattern (``"{prep_in}"``);
- the language's one spelling fold, the letters "ё"/"Ё" and "е"/"Е" alone
  (``.replace("ё", "е")``): orthography, not a word.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

LANGUAGE = Path(__file__).resolve().parents[2] / "builder" / "text" / "languages" / "ru"

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")
_CUE_PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_.]*\}")
_SPELLING_FOLD = frozenset({"ё", "е", "Ё", "Е"})


def russian_words(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string constant of ``source`` outside docstrings that holds a
    Cyrillic letter outside character classes and cue placeholders."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in docstrings or node.value in _SPELLING_FOLD:
            continue
        bare = _CUE_PLACEHOLDER.sub("", _CHARACTER_CLASS.sub("", node.value))
        if _CYRILLIC.search(bare):
            found.append((node.lineno, node.value))
    return sorted(found)


def _modules() -> list[Path]:
    return sorted(LANGUAGE.rglob("*.py"))


def test_the_rules_are_all_checked() -> None:
    """The check reads the recognisers, the segmenter and the inflector (a moved folder would
    leave it checking nothing)."""
    names = {str(p.relative_to(LANGUAGE)) for p in _modules()}
    assert {"recognise/mission.py", "recognise/people.py", "segment.py", "inflect.py"} <= names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(LANGUAGE)))
def test_rules_compare_no_russian_word(path: Path) -> None:
    found = russian_words(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: Russian words in the code, not in cues.yaml: " + ", ".join(
        f"line {line}: {text!r}" for line, text in found
    )


@pytest.mark.parametrize(
    "source",
    [
        'def f(t):\n    return t.lemma == "миссия"\n',
        'def f(t):\n    """Doc."""\n    return t.lower in {"с", "со"}\n',
        'import re\nX = re.compile(r"(?:в|во)\\s+[а-яё]+")\n',
        'def f(s):\n    return "по его словам" in s\n',
        'def f(name):\n    return f"глава {name}"\n',
    ],
)
def test_a_planted_word_is_found(source: str) -> None:
    assert russian_words(source)


@pytest.mark.parametrize(
    "source",
    [
        '"""Module: "миссия наблюдателей" in a docstring."""\n',
        'def f():\n    """ "Группа наблюдателей от X"."""\n',
        'import re\nX = re.compile(r"^[А-ЯЁA-Z][а-яё-]+")\n',
        'def f(lex):\n    return lex.regex(r"\\s*{prep_in}\\s+[а-яё]+")\n',
        'def f(w):\n    return w.lower().replace("ё", "е")\n',
        "def f(t):\n    # a comment: миссия\n    return t.lemma in {'x'}\n",
    ],
)
def test_docstrings_scripts_and_the_spelling_fold_are_allowed(source: str) -> None:
    assert russian_words(source) == []
