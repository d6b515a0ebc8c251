"""Commands on results: ``ltreports report`` (HTML), ``ltreports convert`` (spreadsheets) and
``ltreports evaluate`` (scores against gold records). Heavy imports happen inside the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

REPORT_EXAMPLE = """Example:

    ltreports batch posts.jsonl -o out.jsonl --include-text
    ltreports report out.jsonl -o report.html
"""
CONVERT_EXAMPLE = """Example:

    ltreports convert out.jsonl -o visits.xlsx     (or visits.csv, visits.parquet)
"""
EVALUATE_EXAMPLE = """Example:

    ltreports evaluate my-gold.jsonl                  (runs the extraction on the gold posts)
    ltreports evaluate my-gold.jsonl out.jsonl --errors
"""


def _fail(message: str) -> typer.Exit:
    typer.echo(f"ltreports: error: {message}", err=True)
    return typer.Exit(2)


def _records(path: Path):  # type: ignore[no-untyped-def]
    from .tables import read_records

    if not path.is_file():
        raise _fail(f"{path}: no such file; give the .jsonl file that `ltreports batch` wrote")
    try:
        return read_records(path)
    except (ValueError, UnicodeDecodeError) as e:
        raise _fail(f"{e}; give the .jsonl file that `ltreports batch` wrote") from None


def _input_texts(path: Path | None) -> dict[str, str]:
    """Post texts by id from the batch input, prepared exactly as the batch prepared them."""
    if path is None:
        return {}
    from .batch import InputError, read_items
    from .text_input import prepare

    try:
        items = list(read_items(path))
    except (InputError, OSError) as e:
        raise _fail(str(e)) from None
    texts = {}
    for item in items:
        if item.text is not None and item.source.id is not None:
            try:
                texts[item.source.id] = prepare(item.text).text
            except Exception:  # a document the batch could not read either; its error line says why
                continue
    return texts


def report(
    results: Annotated[Path, typer.Argument(help="The .jsonl file `ltreports batch` wrote.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    input: Annotated[
        Path | None,
        typer.Option("--input", help="The batch input, to show the posts' text when the results lack it."),
    ] = None,
    title: Annotated[str, typer.Option(help="The page title.")] = "ltreports ataskaita",
) -> None:
    """Write one self-contained HTML page: totals, charts, visits, people, each post highlighted."""
    from .html_report import render_html

    if output.suffix.lower() not in {".html", ".htm"}:
        raise _fail(f"{output.name}: the report is an HTML page; name it with .html")
    if not output.parent.exists():
        raise _fail(f"{output.parent}: the output folder does not exist; create it first")
    records = _records(results)
    page = render_html(records, title=title, texts=_input_texts(input))
    output.write_text(page, encoding="utf-8")
    typer.echo(f"ltreports: report of {len(records.reports) + len(records.errors)} documents → {output}", err=True)


report.__doc__ = f"{report.__doc__}\n\n{REPORT_EXAMPLE}"


def convert(
    results: Annotated[Path, typer.Argument(help="The .jsonl file `ltreports batch` wrote.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output: .xlsx, .csv, .parquet or .jsonl.")],
    csv_delimiter: Annotated[str, typer.Option(help="Field separator of CSV output.")] = ";",
) -> None:
    """Turn batch results into a spreadsheet (visits, people, libraries, warnings) or Parquet."""
    from .output import OutputFormatError, output_format, write_records

    try:
        output_format(output)
    except OutputFormatError as e:
        raise _fail(str(e)) from None
    if output.resolve() == results.resolve():
        raise _fail(f"{output}: that is the input file; write the output to another file")
    if not output.parent.exists():
        raise _fail(f"{output.parent}: the output folder does not exist; create it first")
    records = _records(results)
    fmt = write_records(records, output, csv_delimiter=csv_delimiter)
    typer.echo(f"ltreports: {len(records.reports)} reports, {len(records.errors)} errors → {output} ({fmt})", err=True)


convert.__doc__ = f"{convert.__doc__}\n\n{CONVERT_EXAMPLE}"


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold records: JSON Lines with id, text, published and gold.")],
    predictions: Annotated[
        Path | None, typer.Argument(help="ltreports output to score; without it the gold posts are extracted.")
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List each miss and false hit per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score extraction against your own annotations (the corpus format; same metrics as score.py)."""
    from .evaluation import evaluate as run_evaluation

    gold_docs = _gold(gold)
    if predictions is None:
        preds = _extract_all(gold)
    else:
        preds = {}
        for record in _records(predictions).reports:
            preds[record.source.id] = json.loads(record.to_json())
        for error in _records(predictions).errors:
            preds.setdefault(error.source.id, None)
        preds = {k: v for k, v in preds.items() if v is not None}
    result = run_evaluation(gold_docs, preds)
    if errors:
        for e in result.errors:
            typer.echo(f"{e.id} {e.metric}: missed {e.missed} extra {e.extra}")
    typer.echo(json.dumps(result.as_json(), indent=1) if as_json else result.table())


evaluate.__doc__ = f"{evaluate.__doc__}\n\n{EVALUATE_EXAMPLE}"


def _gold(path: Path) -> list[dict]:
    if not path.is_file():
        raise _fail(f"{path}: no such file; give a JSON Lines file with a 'gold' object on each line")
    docs = []
    with path.open(encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except ValueError as e:
                raise _fail(f"{path}, line {number}: not JSON ({e})") from None
            if not isinstance(doc, dict) or "id" not in doc or not isinstance(doc.get("gold"), dict):
                raise _fail(f"{path}, line {number}: each line needs an 'id' and a 'gold' object (see the README)")
            docs.append(doc)
    return docs


def _extract_all(gold: Path) -> dict[str, dict]:
    from rich.console import Console
    from rich.progress import Progress

    from .batch import process, read_items
    from .schema import Report

    items = list(read_items(gold))
    out: dict[str, dict] = {}
    with Progress(console=Console(stderr=True), disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("extracting", total=len(items))
        for item in items:
            result = process(item)
            if isinstance(result, Report):
                out[result.source.id or ""] = json.loads(result.to_json())
            progress.advance(task)
    return out


def register(app: typer.Typer) -> None:
    app.command()(report)
    app.command()(convert)
    app.command()(evaluate)
