"""Batch inputs: every input line, row or file is one Item, in order, whatever it holds (no pipeline here)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from ltreports.batch import InputError, open_input, read_items
from ltreports.batch.inputs import MAX_LINE_BYTES, list_folder, parse_block, split_lines
from ltreports.batch.outputs import OutputError, check_output

TEXT = "Gegužės 3 d. Kauno bibliotekoje lankėsi svečiai."


def _write_lines(path: Path, lines: list[bytes], end: bytes = b"\n") -> Path:
    path.write_bytes(end.join(lines) + end)
    return path


def _ids_and_errors(path: Path) -> list[tuple[str, str | None]]:
    return [(item.id, item.error) for item in read_items(path)]


@pytest.mark.parametrize(
    ("line", "error_part"),
    [
        (b"", "is empty"),
        (b"   \t ", "is empty"),
        (b"not json", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b"42", "is a number, not an object"),
        (b'"text"', "is a string, not an object"),
        (b"[1, 2]", "is an array, not an object"),
        (b"null", "is null, not an object"),
        (b'{"id": "x"}', 'no "text"'),
        (b'{"id": "x", "text": 5}', '"text" that is int'),
        (b'{"id": "x", "text": ["a"]}', '"text" that is list'),
    ],
)
def test_bad_jsonl_line_is_an_error_item(tmp_path: Path, line: bytes, error_part: str) -> None:
    good = json.dumps({"id": "ok", "text": TEXT}).encode()
    path = _write_lines(tmp_path / "in.jsonl", [good, line, good])
    items = list(read_items(path))
    assert len(items) == 3
    assert items[0].error is None and items[2].error is None
    assert error_part in (items[1].error or "")
    assert items[1].id in ("in.jsonl:2", "x")


@pytest.mark.parametrize("key", ["url", "title", "path"])
@pytest.mark.parametrize("value", [5, 1.5, True, ["a"], {"a": 1}])
def test_source_field_of_wrong_type_is_ignored_with_a_warning(tmp_path: Path, key: str, value: object) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [json.dumps({"id": "a", "text": TEXT, key: value}).encode()])
    (item,) = read_items(path)
    assert item.error is None and getattr(item.source, key) is None
    assert any(f'"{key}"' in w for w in item.warnings)


@pytest.mark.parametrize(
    ("value", "expected"), [(7, "7"), (2.5, "2.5"), ("x", "x"), (None, "in.jsonl:1"), ("", "in.jsonl:1")]
)
def test_id_values(tmp_path: Path, value: object, expected: str) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [json.dumps({"id": value, "text": TEXT}).encode()])
    (item,) = read_items(path)
    assert item.id == expected


def test_id_with_lone_surrogate_is_cleaned(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "in.jsonl", [b'{"id": "a\\ud800b", "text": "x \\udc00 y"}'])
    (item,) = read_items(path)
    assert item.id == "a\ufffdb"
    item.id.encode("utf-8")  # writable
    assert any("surrogate" in w for w in item.warnings)


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_line_ends(tmp_path: Path, end: bytes) -> None:
    lines = [json.dumps({"id": str(n), "text": TEXT}).encode() for n in range(3)]
    path = _write_lines(tmp_path / "in.jsonl", lines, end)
    assert _ids_and_errors(path) == [("0", None), ("1", None), ("2", None)]


def test_bare_cr_does_not_merge_lines(tmp_path: Path) -> None:
    a, b = (json.dumps({"id": x, "text": TEXT}).encode() for x in "ab")
    path = tmp_path / "in.jsonl"
    path.write_bytes(a + b"\r" + b + b"\n")
    assert _ids_and_errors(path) == [("a", None), ("b", None)]


@pytest.mark.parametrize(
    ("data", "lines"),
    [
        (b"", []),
        (b"\n", [b""]),
        (b"a", [b"a"]),
        (b"a\n", [b"a"]),
        (b"a\r\nb\n", [b"a", b"b"]),
        (b"a\rb\r", [b"a", b"b"]),
        (b"a\r\r\n", [b"a", b""]),
        (b"a\n\nb", [b"a", b"", b"b"]),
    ],
)
def test_split_lines(data: bytes, lines: list[bytes]) -> None:
    assert split_lines(data) == lines


def test_block_numbers_continue(tmp_path: Path) -> None:
    items = parse_block(b'{"text": "a"}\n\n', 41, "f.jsonl")
    assert [i.id for i in items] == ["f.jsonl:41", "f.jsonl:42"]


def test_line_over_the_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ltreports.batch.inputs as inputs

    monkeypatch.setattr(inputs, "MAX_LINE_BYTES", 1000)
    long = json.dumps({"id": "long", "text": "ž" * 5000}).encode()
    path = _write_lines(tmp_path / "in.jsonl", [b'{"id": "a", "text": "x"}', long, b'{"id": "b", "text": "y"}'])
    items = list(read_items(path))
    assert [i.id for i in items] == ["a", "in.jsonl:2", "b"]
    assert "bytes long" in (items[1].error or "")
    assert MAX_LINE_BYTES > 20_000_000  # the real limit holds any post under the size limit


def test_cp1257_jsonl_line_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": "Šiaulių žiedas"}, ensure_ascii=False).encode("cp1257") + b"\n")
    (item,) = read_items(path)
    assert item.text == "Šiaulių žiedas"
    assert any("cp1257" in w for w in item.warnings)


# -- CSV ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1257"])
def test_csv_delimiters_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    path = tmp_path / "in.csv"
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(["id", "published", "Text"])
        w.writerow(["x1", "2023-05-20", "Šiaulių bibliotekoje, sakė; jis"])
        w.writerow(["", "", "Antras įrašas"])
    items = list(read_items(path))
    assert [i.id for i in items] == ["x1", "in.csv:2"]
    assert items[0].text == "Šiaulių bibliotekoje, sakė; jis"
    assert items[0].source.published == "2023-05-20"
    assert (encoding == "cp1257") == any("not UTF-8" in w for w in items[0].warnings)


def test_csv_short_row_still_an_item(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,text\na,Pirmas\nb\nc,Trečias\n", encoding="utf-8")
    items = list(read_items(path))
    assert [i.id for i in items] == ["a", "b", "c"]
    assert items[1].error is not None and items[0].error is None


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id;body_html\n1;x\n", encoding="utf-8")
    with pytest.raises(InputError, match="text column"):
        open_input(path)


# -- folders --------------------------------------------------------------------------------------------


def test_folder_non_utf8_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    bad = os.path.join(os.fsencode(folder), b"\xe0\xfe.txt")
    with open(bad, "wb") as f:
        f.write(TEXT.encode("utf-8"))
    items = list(read_items(folder))
    assert [i.id for i in items] == ["a.txt", "\\xe0\\xfe.txt"]
    for item in items:
        item.id.encode("utf-8")
        assert Path(item.file or "").read_bytes() == TEXT.encode()


def test_folder_symlinks_out_are_skipped_and_reported(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("slapta", encoding="utf-8")
    folder = tmp_path / "posts"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "sub" / "b.md").write_text(TEXT, encoding="utf-8")
    (folder / "out.txt").symlink_to(outside / "secret.txt")
    (folder / "in.txt").symlink_to(folder / "a.txt")
    (folder / "dir").symlink_to(outside, target_is_directory=True)
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "image.png").write_bytes(b"\x89PNG")
    source = open_input(folder)
    assert [i.id for i in source.items] == ["a.txt", "in.txt", "sub/b.md"]
    skipped = "\n".join(source.skipped)
    for name, why in [("out.txt", "outside"), ("dir", "not followed"), ("broken.txt", ""), ("pipe.txt", "regular"),
                      ("1 files", "suffix")]:
        assert name in skipped and why in skipped


def test_folder_listing_is_sorted(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a.txt", "c/d/e.html"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, _ = list_folder(tmp_path)
    assert [f for f, _ in files] == ["a/z.txt", "a.txt", "b.txt", "c/d/e.html"]


# -- opening inputs and outputs -----------------------------------------------------------------------------


def test_unknown_suffix_and_missing(tmp_path: Path) -> None:
    (tmp_path / "x.xml").write_text("<a/>", encoding="utf-8")
    with pytest.raises(InputError, match=r"give a \.jsonl"):
        open_input(tmp_path / "x.xml")
    with pytest.raises(InputError, match="no such file"):
        open_input(tmp_path / "none.jsonl")


@pytest.mark.parametrize("how", ["same", "symlink", "folder", "no-parent"])
def test_bad_output_refused(tmp_path: Path, how: str) -> None:
    src = _write_lines(tmp_path / "in.jsonl", [b'{"text": "x"}'])
    output = {
        "same": src,
        "symlink": tmp_path / "link.jsonl",
        "folder": tmp_path,
        "no-parent": tmp_path / "none" / "o.jsonl",
    }[how]
    if how == "symlink":
        output.symlink_to(src)
    with pytest.raises(OutputError):
        check_output(output, src)
    assert src.read_bytes() == b'{"text": "x"}\n'


def test_parquet_rows(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    table = pa.table({"id": ["a", None, "c"], "text": [TEXT, "Antras", None], "url": ["u", None, None]})
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=2)
    items = list(read_items(tmp_path / "in.parquet"))
    assert [(i.id, i.error is None) for i in items] == [("a", True), ("in.parquet:2", True), ("c", False)]
