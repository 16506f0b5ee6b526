"""Reports are decoded whatever their encoding, or refused with a one-line reason."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from builder.base.errors import InputError
from builder.reading.decode import decode_report, discover

TEXT = "Наблюдатели от МПА СНГ приняли участие в мониторинге выборов.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("cp1251"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1251"],
)
def test_encodings_decode_to_the_same_text(data: bytes) -> None:
    assert decode_report(data, "r.txt") == TEXT


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Überwachung der Wahlen in Kasachstan".encode("latin-1"), "not UTF-8"),
        (b"x" * 2000, "too large"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "too-large"],
)
def test_bad_reports_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_report(data, "bad.txt", max_bytes=1000)
    message = str(info.value)
    assert message.startswith("bad.txt: ")
    assert reason in message
    assert "\n" not in message


def test_discover_finds_txt_files_in_folders_sorted(tmp_path: Path) -> None:
    (tmp_path / "b.ru.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.ru.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in discover([tmp_path])] == ["a.ru.txt", "b.ru.txt"]


def test_discover_refuses_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "missing"])
    with pytest.raises(InputError, match="no reports"):
        discover([tmp_path])
