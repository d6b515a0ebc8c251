"""Outputs people open: CSV that Excel reads, workbooks, Parquet, and refused suffixes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import write_results
from ltreports.cli import app
from ltreports.output import OutputFormatError, output_format, write_records
from ltreports.tables import read_records, readable_date, records_from

POSTS = [
    ("a", "2023-06-01", "Gegužės 10 d. metodininkės lankėsi Lazdijų rajono savivaldybės viešojoje bibliotekoje. "
                        "Susitikome su direktore Vaiva Malinauskiene, aptarėme projektus."),
    ("b", None, "Kovo 3 d. Elektrėnų savivaldybės viešojoje bibliotekoje atidaryta paroda."),
    ("c", None, "Šiame įraše nėra nei datų, nei bibliotekų."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("out") / "out.jsonl"
    return write_results(path, POSTS, ("d", "the line has no \"text\" string"))


@pytest.mark.parametrize(
    ("value", "shown"),
    [("--05-03", "05-03 (metai nežinomi)"), ("2023-05-03", "2023-05-03"), ("2023-05", "2023-05"), (None, None)],
)
def test_year_less_dates_are_spelled_out(value: str | None, shown: str | None) -> None:
    assert readable_date(value) == shown


@pytest.mark.parametrize(
    ("name", "fmt"), [("x.jsonl", "jsonl"), ("x.CSV", "csv"), ("x.xlsx", "xlsx"), ("x.parquet", "parquet")]
)
def test_format_follows_the_suffix(name: str, fmt: str) -> None:
    assert output_format(Path(name)) == fmt


@pytest.mark.parametrize("name", ["x.xls", "x.txt", "x", "report.json.gz"])
def test_unknown_suffix_is_refused(name: str) -> None:
    with pytest.raises(OutputFormatError, match="does not write"):
        output_format(Path(name))


def test_csv_opens_in_excel_with_lithuanian_letters(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "visits.csv"
    write_records(read_records(results), out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";"))
    lazdijai = [r for r in rows if r["source_id"] == "a"]
    assert lazdijai[0]["library"] == "Lazdijų rajono savivaldybės viešoji biblioteka"
    assert "Vaiva Malinauskienė" in lazdijai[0]["people"]
    assert "Projektai" in lazdijai[0]["topics"] and "project" in lazdijai[0]["topic_ids"]
    # every document has a row: the one without visits, and the one that failed with its error
    assert {r["source_id"] for r in rows} == {"a", "b", "c", "d"}
    assert next(r for r in rows if r["source_id"] == "d")["error"]
    assert next(r for r in rows if r["source_id"] == "b")["date"] == "03-03 (metai nežinomi)"


def test_workbook_has_a_row_per_visit_and_four_sheets(results: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    records = read_records(results)
    out = tmp_path / "out.xlsx"
    write_records(records, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Vizitai", "Žmonės", "Bibliotekos", "Įspėjimai"]
    visits = book["Vizitai"]
    assert visits.freeze_panes == "A2"
    header = [c.value for c in visits[1]]
    assert header[:7] == ["Šaltinis", "Nuoroda", "Paskelbta", "Vizitas", "Data", "Pabaiga", "Biblioteka"]
    assert visits.max_row - 1 == sum(len(r.visits) for r in records.reports) >= 2
    assert visits.column_dimensions["G"].width > 30  # sized to the library names
    people = [row[1] for row in book["Žmonės"].iter_rows(min_row=2, values_only=True)]
    assert "Vaiva Malinauskienė" in people
    problems = list(book["Įspėjimai"].iter_rows(min_row=2, values_only=True))
    assert ("d", None, "error", "the line has no \"text\" string") in problems


def test_parquet_tables(results: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "out.parquet"
    write_records(read_records(results), out)
    visits = pq.read_table(out).to_pylist()
    assert {v["library"] for v in visits} >= {"Lazdijų rajono savivaldybės viešoji biblioteka"}
    assert pq.read_table(tmp_path / "out.people.parquet").num_rows >= 1
    assert pq.read_table(tmp_path / "out.warnings.parquet").column("kind").to_pylist() == ["error"]


def test_convert_command_refuses_an_unknown_suffix_and_writes_nothing(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "visits.xls"
    result = CliRunner().invoke(app, ["convert", str(results), "-o", str(out)])
    assert result.exit_code == 2
    assert "does not write .xls" in result.stderr
    assert not out.exists()


def test_convert_command_writes_a_workbook(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "visits.xlsx"
    result = CliRunner().invoke(app, ["convert", str(results), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes()[:2] == b"PK"  # a zip container, not JSON Lines


def test_records_keep_input_order(results: Path) -> None:
    lines = [json.loads(x) for x in results.read_text(encoding="utf-8").splitlines()]
    records = records_from(read_records(results).reports)
    assert [r.source.id for r in records.reports] == [x["source"]["id"] for x in lines if "visits" in x]
