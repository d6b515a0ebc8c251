"""The command line: ``ltreports extract``, ``ltreports batch``, ``ltreports schema``, ``ltreports data``."""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .cli_results import register as register_result_commands
from .libraries.cli import app as gazetteer_app
from .libraries.gazetteer import ENV_GAZETTEER

GAZETTEER_HELP = "A user gazetteer file (YAML/JSON) merged with the built-in one; repeatable."

app = typer.Typer(
    help="Structured records (visits, people, libraries, dates, topics) from Lithuanian library posts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="The Lithuanian dictionary and treebanks ltreports uses.", no_args_is_help=True)
app.add_typer(data_app, name="data")
app.add_typer(gazetteer_app, name="gazetteer")
err = Console(stderr=True, highlight=False)


PUBLISHED_HELP = "Publication date YYYY-MM-DD; resolves year-less dates."
FORMAT_HELP = "json (indented), jsonl (one line) or csv (a row per visit, ';'-separated, for Excel)."
TEXT_HELP = "Add the extracted text the offsets refer to."
BATCH_INPUT_HELP = (
    "A .jsonl file (id, text, published, url), a folder of .txt/.html/.md files, or a .csv with a text column."
)
BATCH_OUTPUT_HELP = "Output file: .jsonl (one report per line) or .csv (a row per visit)."


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class Backend(StrEnum):
    spacy = "spacy"
    stanza = "stanza"


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error that says what to do, and exit."""
    typer.echo(f"ltreports: error: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ltreports {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    pass


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A .txt, .html or .md file, or - for standard input.")],
    published: Annotated[str | None, typer.Option(help=PUBLISHED_HELP)] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help=FORMAT_HELP)] = Format.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here, not to standard output.")] = None,
    include_text: Annotated[bool, typer.Option("--include-text", help=TEXT_HELP)] = False,
    backend: Annotated[Backend, typer.Option(help="Linguistic backend.")] = Backend.spacy,
    gazetteer: Annotated[list[Path] | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
) -> None:
    """Extract one post and print its report."""
    from .api import extract as run_extract
    from .api import parse_published
    from .output import to_csv
    from .schema import Source

    try:
        parse_published(published)
    except ValueError as e:
        raise fail(str(e)) from None
    if path == "-":
        raw: bytes = sys.stdin.buffer.read()
        source = Source(id="stdin")
    else:
        file = Path(path)
        if not file.is_file():
            raise fail(f"{path}: no such file; give the path of a .txt or .html post, or - to read standard input")
        raw = file.read_bytes()
        source = Source(id=file.stem, path=str(file))
    _check_gazetteer(gazetteer)
    _check_backend(backend.value)
    report = run_extract(
        raw, published=published, source=source, backend=backend.value, include_text=include_text,
        gazetteer=gazetteer or None,
    )
    for warning in report.warnings:
        typer.echo(f"ltreports: warning: {warning}", err=True)
    if format is Format.csv:
        text = to_csv([report])
    elif format is Format.jsonl:
        text = report.to_json(include_text=include_text) + "\n"
    else:
        text = report.to_json(include_text=include_text, indent=2) + "\n"
    if output:
        # a CSV file starts with a byte-order mark so that Excel reads it as UTF-8
        output.write_text(text, encoding="utf-8-sig" if format is Format.csv else "utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def batch(
    input: Annotated[Path, typer.Argument(help=BATCH_INPUT_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help=BATCH_OUTPUT_HELP)],
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    include_text: Annotated[bool, typer.Option("--include-text", help="Add each document's extracted text.")] = False,
    backend: Annotated[Backend, typer.Option(help="Linguistic backend.")] = Backend.spacy,
    gazetteer: Annotated[list[Path] | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
) -> None:
    """Convert many posts: one output line per input document, in input order."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from . import batch as batch_mod
    from .output import CSV_COLUMNS, csv_rows
    from .schema import Report

    try:
        items = list(batch_mod.read_items(input))
    except batch_mod.InputError as e:
        raise fail(str(e)) from None
    except OSError as e:
        raise fail(f"{input}: cannot read it ({e.strerror or e})") from None
    if output.parent and not output.parent.exists():
        raise fail(f"{output.parent}: the output folder does not exist; create it first")
    _check_backend(backend.value)
    as_csv = output.suffix.lower() == ".csv"
    show = sys.stderr.isatty()
    with output.open("w", encoding="utf-8", newline="") as out, Progress(
        TextColumn("[bold]ltreports batch"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, disable=not show, transient=False,
    ) as progress:
        task = progress.add_task("documents", total=len(items))
        if as_csv:
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            writer.writeheader()

            def write(line: str) -> None:
                obj = json.loads(line)
                if "error" in obj and "visits" not in obj:
                    writer.writerow({"source_id": obj["source"].get("id"), "error": obj["error"]})
                else:
                    writer.writerows(csv_rows(Report.model_validate(obj)))
        else:

            def write(line: str) -> None:
                out.write(line + "\n")

        if gazetteer:
            _check_gazetteer(gazetteer)
            # worker processes inherit the environment: the extractor merges these files in
            os.environ[ENV_GAZETTEER] = os.pathsep.join(str(p) for p in gazetteer)
        ok, errors = batch_mod.run(
            items, write, workers=workers, backend=backend.value, include_text=include_text,
            progress=lambda: progress.advance(task),
        )
    typer.echo(f"ltreports: {ok} documents converted, {errors} with errors → {output}", err=True)


def _check_backend(backend: str) -> None:
    """Load the backend's pipeline once, so a missing stanza install or model stops with what to do."""
    if backend != "stanza":
        return
    from .pipeline import load_pipeline
    from .stanza_backend import StanzaModelsMissing

    try:
        load_pipeline(backend)
    except StanzaModelsMissing as e:
        raise fail(str(e)) from None


def _check_gazetteer(files: list[Path] | None) -> None:
    """Load the user gazetteer files once, so a broken file stops the command with its message."""
    if not files:
        return
    from .libraries.gazetteer import GazetteerError, load_gazetteer

    try:
        load_gazetteer(files)
    except GazetteerError as e:
        raise fail(str(e)) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output contract."""
    from .schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@data_app.command("status")
def data_status() -> None:
    """Say which dictionary, data folder and models are in use."""
    from .config import data_location
    from .morphology.analyzer import find_dictionary
    from .pipeline import morphology_model_path

    loc = data_location()
    folder, _, description = find_dictionary()
    typer.echo(f"data folder: {loc.path or 'not found'} ({loc.origin})")
    typer.echo(f"dictionary:  {description}")
    model = morphology_model_path()
    typer.echo(f"spaCy model: {model or 'none (rules and dictionary only)'}")
    if folder is None:
        typer.echo(
            "No Lithuanian dictionary: run `ltreports data install`, "
            "or set LTREPORTS_DATA to a folder with hunspell-lt/."
        )


@data_app.command("install")
def data_install(
    source: Annotated[
        Path | None,
        typer.Option("--from", help="Install from a local folder holding lt-LT.dic and lt-LT.aff."),
    ] = None,
    dest: Annotated[Path | None, typer.Option("--dest", help="Target folder (default: the user data folder).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Reinstall even when the files are there.")] = False,
) -> None:
    """Download the Lithuanian Hunspell dictionary (Semantika, pinned, SHA-256 checked)."""
    from .data_install import install_command

    try:
        typer.echo(install_command(source, dest, force))
    except Exception as exc:  # checksum, network, missing file
        raise fail(f"data install failed: {exc}") from exc


register_result_commands(app)  # report, convert, evaluate (cli_results.py)

if __name__ == "__main__":  # pragma: no cover
    app()
