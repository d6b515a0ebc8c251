"""The command line: every output format and input kind, and the errors a user meets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ltreports.cli import app

POST = (
    "Gegužės 3 d. Elektrėnų savivaldybės viešojoje bibliotekoje lankėsi kolegos iš Vilniaus. "
    "Bibliotekos direktorius Jonas Petraitis pristatė naują parodą."
)
KEYS = {"schema_version", "source", "visits", "people", "libraries", "dates", "topics", "warnings"}


@pytest.fixture(scope="module")
def runner(nlp) -> CliRunner:  # the session pipeline is warm before the CLI runs
    return CliRunner()


@pytest.fixture
def post(tmp_path: Path) -> Path:
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    return path


def test_extract_json(runner: CliRunner, post: Path) -> None:
    result = runner.invoke(app, ["extract", str(post), "--published", "2023-05-20"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == KEYS
    assert report["source"]["published"] == "2023-05-20"


def test_extract_jsonl_with_text(runner: CliRunner, post: Path) -> None:
    result = runner.invoke(app, ["extract", str(post), "--format", "jsonl", "--include-text"])
    assert result.exit_code == 0
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["text"] == POST
    for d in report["dates"]:
        assert POST[d["start"]:d["end"]] == d["text"]


def test_extract_csv(runner: CliRunner, post: Path) -> None:
    result = runner.invoke(app, ["extract", str(post), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=";"))
    assert rows and rows[0]["source_id"] == "post"


def test_extract_csv_file_has_a_bom(runner: CliRunner, post: Path, tmp_path: Path) -> None:
    out = tmp_path / "visits.csv"
    result = runner.invoke(app, ["extract", str(post), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_extract_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-"], input=POST.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["id"] == "stdin"


def test_extract_output_file(runner: CliRunner, post: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["extract", str(post), "-o", str(out)])
    assert result.exit_code == 0
    assert set(json.loads(out.read_text(encoding="utf-8"))) == KEYS


def test_missing_file_exit_2_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.count("\n") == 0 and "no such file" in message


def test_bad_published_date(runner: CliRunner, post: Path) -> None:
    result = runner.invoke(app, ["extract", str(post), "--published", "20.05.2023"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_empty_input_warns(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["visits"] == [] and report["people"] == []
    assert any("empty" in w for w in report["warnings"])


def test_undecodable_bytes_warn_not_crash(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(POST.encode() + b" \xff\xfe\x81\x00")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"]


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "a", "text": POST, "published": "2023-05-20", "url": "https://example.org/a", "gold": {}},
        {"id": "b", "text": "", "published": None},
        {"id": "c", "text": POST, "published": "gegužės"},
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n"
    path.write_text(body + json.dumps({"id": "e", "nope": 1}) + "\n", encoding="utf-8")
    return path


def test_batch_jsonl_one_line_per_input_in_order(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(_jsonl(tmp_path)), "-o", str(out)])
    assert result.exit_code == 1, result.output  # two lines failed: the documented status for "some failed"
    assert "2 with errors" in result.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"]["id"] for x in lines] == ["a", "b", "c", "in.jsonl:4", "e"]
    assert lines[0]["source"]["url"] == "https://example.org/a"
    assert any("empty" in w for w in lines[1]["warnings"])
    assert any("not a date" in w for w in lines[2]["warnings"])  # a bad date is a warning, not a lost line
    assert "error" in lines[3] and "error" in lines[4]


def test_batch_folder(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "1.txt").write_text(POST, encoding="utf-8")
    (folder / "2.html").write_text(f"<html><body><article><p>{POST}</p></article></body></html>", encoding="utf-8")
    (folder / "3.md").write_text(f"# Antraštė\n\n{POST}", encoding="cp1257")
    (folder / "skip.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"]["id"] for x in lines] == ["1.txt", "2.html", "3.md"]
    assert all("error" not in x for x in lines)


def test_batch_csv_in_csv_out(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "published", "text"])
        w.writerow(["x1", "2023-05-20", POST])
        w.writerow(["x2", "", "Tekstas be įvykių."])
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert {r["source_id"] for r in rows} == {"x1", "x2"}


def test_batch_xlsx_has_a_row_per_visit(runner: CliRunner, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"p{n}", "text": POST}) for n in range(3)) + "\n", encoding="utf-8")
    out, jsonl = tmp_path / "out.xlsx", tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out)]).exit_code == 0
    assert runner.invoke(app, ["batch", str(src), "-o", str(jsonl)]).exit_code == 0
    visits = sum(len(json.loads(line)["visits"]) for line in jsonl.read_text(encoding="utf-8").splitlines())
    sheet = load_workbook(out)["Vizitai"]
    assert visits >= 3 and sheet.max_row - 1 == visits
    assert not (tmp_path / "out.xlsx.partial.jsonl").exists()


@pytest.mark.parametrize("name", ["out.xls", "out.txt", "out.json.gz"])
def test_batch_refuses_an_unknown_output_suffix_before_writing(runner: CliRunner, tmp_path: Path, name: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": POST}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and "does not write" in result.stderr
    assert not (tmp_path / name).exists()


def test_batch_csv_without_text_column(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text("id,body_html\n1,x\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "text column" in result.stderr


def test_batch_missing_input(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_schema_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "visits" in json.loads(result.stdout)["properties"]


def test_data_status(runner: CliRunner) -> None:
    result = runner.invoke(app, ["data", "status"])
    assert result.exit_code == 0
    assert "Semantika" in result.stdout


def test_batch_published_is_the_default_for_a_folder(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "a.txt").write_text("Gegužės 10 d. Lazdijų rajono savivaldybės viešojoje bibliotekoje vyko paroda.",
                                  encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(folder), "-o", str(out), "--published", "2024-06-01"])
    assert result.exit_code == 0, result.output
    (report,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert report["source"]["published"] == "2024-06-01"
    assert report["visits"][0]["date"] == "2024-05-10"


def test_batch_published_does_not_override_the_documents_own(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "published": "2021-06-01", "text": "Gegužės 10 d. Lazdijų rajono "
                               "savivaldybės viešojoje bibliotekoje vyko paroda."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out), "--published", "2024-06-01"]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["visits"][0]["date"] == "2021-05-10"


def test_batch_bad_published_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), "--published", "gegužė"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


@pytest.mark.parametrize(
    "command",
    ["extract", "batch", "schema", "data status", "data install", "gazetteer check", "gazetteer lookup", "report",
     "convert", "evaluate"],
)
def test_every_command_help_has_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout and "ltreports " + command.split()[0] in result.stdout
