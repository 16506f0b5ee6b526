"""Issue 15, items 8 and 9: mixed encodings and unreadable folders are never silent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from builder.base.errors import InputError
from builder.reading.decode import decode_report, discover

PROJECT = Path(__file__).resolve().parents[2]
ONE = PROJECT / "tests" / "corpus" / "dev-01-kg-parliament-2015.ru.txt"
TWO = PROJECT / "tests" / "corpus" / "dev-02-am-parliament-2017.ru.txt"


def test_a_utf8_report_with_one_windows_1251_line_is_decoded_line_by_line() -> None:
    lines = ONE.read_text(encoding="utf-8").splitlines()
    pasted = "Наблюдатели посетили избирательные участки в Бишкеке."
    data = "\n".join(lines[:3]).encode("utf-8") + b"\n" + pasted.encode("cp1251") + b"\n"
    data += "\n".join(lines[3:]).encode("utf-8")
    text = decode_report(data, "mixed.ru.txt")
    assert text.splitlines()[3] == pasted
    assert text.splitlines()[:3] == lines[:3] and text.splitlines()[4:] == lines[3:]


def test_a_line_in_neither_encoding_is_refused_by_its_number() -> None:
    data = (
        "Миссия наблюдателей СНГ.\nВыборы прошли спокойно.\n".encode() + b"\xa4\xa6\xa7 \xb0\xb1\n"
    )
    with pytest.raises(InputError, match=r"mixed\.ru\.txt: line 3 is neither UTF-8"):
        decode_report(data, "mixed.ru.txt")


def test_a_whole_windows_1251_report_still_decodes() -> None:
    text = ONE.read_text(encoding="utf-8")
    assert decode_report(text.encode("cp1251"), "old.ru.txt") == text


def _unlistable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Listing ``folder`` fails as it does for a folder without read permission (tests run as
    root, for whom permission bits do not forbid anything)."""
    real = os.scandir

    def scandir(path=".", *args):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_folder_is_an_error_naming_it(tmp_path: Path, monkeypatch) -> None:
    locked = tmp_path / "reports" / "locked"
    locked.mkdir(parents=True)
    shutil.copy(ONE, locked / ONE.name)
    shutil.copy(TWO, tmp_path / "reports" / TWO.name)
    _unlistable(monkeypatch, locked)
    with pytest.raises(InputError, match=r"locked: folder cannot be read.*--skip-unreadable"):
        discover([tmp_path / "reports"])
    skipped: list[Path] = []
    assert discover([tmp_path / "reports"], skipped) == [tmp_path / "reports" / TWO.name]
    assert skipped == [locked]


def test_skip_unreadable_keeps_what_was_built_from_the_folder(tmp_path: Path, monkeypatch) -> None:
    from builder.corpus.build import build
    from builder.corpus.workspace import Workspace

    reports = tmp_path / "reports"
    (reports / "locked").mkdir(parents=True)
    shutil.copy(ONE, reports / "locked" / ONE.name)
    shutil.copy(TWO, reports / TWO.name)
    ws = Workspace(tmp_path / "ws")
    first = build([reports], ws, use_curation=False, jobs=1)
    assert [r.name for r in first.reports] == sorted([ONE.name, TWO.name])
    _unlistable(monkeypatch, reports / "locked")
    with pytest.raises(InputError, match="folder cannot be read"):
        build([reports], ws, use_curation=False, jobs=1)
    second = build([reports], ws, use_curation=False, jobs=1, skip_unreadable=True)
    assert second.removed == []
    assert sorted(r.name for r in second.reports) == sorted([ONE.name, TWO.name])
    assert any("folder cannot be read; skipped" in n for n in second.notes)


@pytest.mark.parametrize("encoding", ["koi8_r", "iso8859_5"])
def test_a_koi8r_report_is_refused_rather_than_read_as_windows_1251_garbage(encoding) -> None:
    """Every byte is a Cyrillic letter in Windows-1251, so a KOI8-R file used to decode into
    nonsense ("оБВМАДБФЕМЙ РТЙВЩМЙ") and build as a report of no observation."""
    data = ONE.read_text(encoding="utf-8").replace("—", "-").encode(encoding)
    with pytest.raises(InputError, match=r"old\.ru\.txt: not UTF-8; .*capitals.*KOI8-R"):
        decode_report(data, "old.ru.txt")


def test_a_windows_1251_report_with_a_capitals_heading_still_decodes() -> None:
    text = "ЗАЯВЛЕНИЕ МИССИИ НАБЛЮДАТЕЛЕЙ ОТ СНГ\n\n" + ONE.read_text(encoding="utf-8")
    assert decode_report(text.encode("cp1251"), "old.ru.txt") == text
    short = "ЗАЯВЛЕНИЕ МИССИИ НАБЛЮДАТЕЛЕЙ ОТ СНГ"
    assert decode_report(short.encode("cp1251"), "short.ru.txt") == short
