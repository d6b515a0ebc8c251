"""The command line: ``ltreports extract``, ``ltreports batch``, ``ltreports schema``, ``ltreports data``.

Start-up is kept short: this module imports only typer; spaCy and the extractors load in the
command bodies, the ``gazetteer`` sub-commands when they are called (``--help`` and ``--version`` import
neither), rich only for a progress bar on a terminal. thinc (under spaCy) imports torch when it is
installed, which alone takes 1.5 s; the CLI blocks that import (``_defer_torch``) and the stanza backend
lifts the block before it needs torch.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import __version__
from .cli_results import register as register_result_commands

GAZETTEER_HELP = "A user gazetteer file (YAML/JSON) merged with the built-in one; repeatable."
# the same variable as ltreports.libraries.gazetteer.ENV_GAZETTEER (kept here: that package imports spaCy)
ENV_GAZETTEER = "LTREPORTS_GAZETTEER"


def _defer_torch() -> None:
    """Keep thinc from importing torch (1.5 s) in this process: spaCy's pipelines here do not use it.

    ``sys.modules["torch"] = None`` makes ``import torch`` fail fast; ``stanza_backend`` removes the
    marker before it imports stanza. A process that imported torch already is left as it is.
    """
    if "torch" not in sys.modules and not os.environ.get("LTREPORTS_IMPORT_TORCH"):
        sys.modules["torch"] = None  # type: ignore[assignment]


class _LazyGazetteer(TyperGroup):
    """The ``gazetteer`` sub-commands, imported when called (``ltreports.libraries`` imports spaCy)."""

    def _real(self) -> Any:
        from .libraries.cli import app as gazetteer_app

        return typer.main.get_group(gazetteer_app)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        return self._real().make_context(info_name, args, parent=parent, **extra)


class _Group(TyperGroup):
    """The top-level group: the lazily imported ``gazetteer`` sub-commands next to typer's own."""

    def list_commands(self, ctx: Any) -> list[str]:
        return [*super().list_commands(ctx), "gazetteer"]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name == "gazetteer":
            return _LazyGazetteer(
                name="gazetteer", help="The gazetteer of libraries and branches: check files, look names up."
            )
        return super().get_command(ctx, cmd_name)


app = typer.Typer(
    cls=_Group,
    help="Structured records (visits, people, libraries, dates, topics) from Lithuanian library posts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
data_app = typer.Typer(help="The Lithuanian dictionary and treebanks ltreports uses.", no_args_is_help=True)
app.add_typer(data_app, name="data")


PUBLISHED_HELP = "Publication date YYYY-MM-DD; resolves year-less dates."
FORMAT_HELP = "json (indented), jsonl (one line) or csv (a row per visit, ';'-separated, for Excel)."
TEXT_HELP = "Add the extracted text the offsets refer to."
BATCH_INPUT_HELP = (
    "A .jsonl file (id, text, published, url), a folder of .txt/.html/.md files, a .csv with a text column, "
    "or a .parquet file with a text column."
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
    _defer_torch()
    os.environ.setdefault("LTREPORTS_TUNE_GC", "1")  # a command converts many posts: pipeline.tune_gc()


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
    """Extract one post and print its report.

    Example:

        ltreports extract post.html --published 2024-05-20
        ltreports extract post.txt --format csv -o visits.csv
    """
    from .startup import paused_collector

    with paused_collector():  # the imports' objects live on: collections would find no garbage
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
        try:
            raw = file.read_bytes()
        except OSError as e:
            raise fail(f"{path}: cannot read it ({e.strerror or e}); make it readable") from None
        source = Source(id=file.stem, path=str(file))
    _check_gazetteer(gazetteer)
    _check_backend(backend.value)
    try:
        report = run_extract(
            raw, published=published, source=source, backend=backend.value, include_text=include_text,
            gazetteer=gazetteer or None,
        )
    except ValueError as e:  # a post over the size limit
        raise fail(str(e)) from None
    for warning in report.warnings:
        typer.echo(f"ltreports: warning: {warning}", err=True)
    if format is Format.csv:
        text = to_csv([report])
    elif format is Format.jsonl:
        text = report.to_json(include_text=include_text) + "\n"
    else:
        text = report.to_json(include_text=include_text, indent=2) + "\n"
    if output:
        try:
            # a CSV file starts with a byte-order mark so that Excel reads it as UTF-8
            output.write_text(text, encoding="utf-8-sig" if format is Format.csv else "utf-8")
        except OSError as e:
            raise fail(f"{output}: cannot write it ({e.strerror or e}); name a file in a writable folder") from None
    else:
        sys.stdout.write(text)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


BATCH_EXIT_HELP = (
    "Exit status: 0 when every document was converted; 1 when some got an error line (their count is in the "
    "summary); 2 when nothing was done (bad input, output or option); 130 when interrupted (rerun with --resume)."
)


@app.command(epilog=BATCH_EXIT_HELP)
def batch(
    input: Annotated[Path, typer.Argument(help=BATCH_INPUT_HELP)],
    output: Annotated[Path, typer.Option("--output", "-o", help=BATCH_OUTPUT_HELP)],
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (forked after the pipeline is loaded).")] = 1,
    include_text: Annotated[bool, typer.Option("--include-text", help="Add each document's extracted text.")] = False,
    backend: Annotated[Backend, typer.Option(help="Linguistic backend.")] = Backend.spacy,
    gazetteer: Annotated[list[Path] | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Go on after the documents already in the output.")] = False,
    timeout: Annotated[float, typer.Option(
        min=0, help="Seconds one document may take before it is stopped with an error line; 0: no limit.")] = 300,
    max_chars: Annotated[int | None, typer.Option(
        min=1, help="Longest text (characters) converted; longer posts get an error line (default 1,000,000).")] = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine; dask: a dask cluster (.jsonl/.parquet).")] = (
        Engine.local),
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://HOST:8786); without it a local dask cluster of --workers.")] = None,
    blocksize: Annotated[str, typer.Option(help="Dask partition size of a .jsonl input.")] = "32MiB",
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD of the documents that give none (a folder, a CSV without the column).")
    ] = None,
) -> None:
    """Convert many posts: one output line per input document, in input order.

    Example:

        ltreports batch posts.jsonl -o out.jsonl --workers 2
        ltreports batch posts/ -o visits.xlsx --published 2024-05-20
        ltreports batch archive.jsonl -o out.jsonl --resume      (after a kill or a crash)
    """
    from .startup import paused_collector

    with paused_collector():  # the imports' objects live on: collections would find no garbage
        from . import batch as batch_mod
        from .api import parse_published

    try:
        parse_published(published)
    except ValueError as e:
        raise fail(str(e)) from None

    try:
        source = batch_mod.open_input(input)
        batch_mod.check_output(output, input)
        if engine is Engine.dask and source.kind not in ("jsonl", "parquet"):
            raise batch_mod.InputError(f"{input}: --engine dask reads .jsonl or .parquet files; use --engine local")
    except batch_mod.InputError as e:
        raise fail(str(e)) from None
    _check_gazetteer(gazetteer)
    _check_backend(backend.value)
    if gazetteer:  # worker processes inherit the environment: the extractor merges these files in
        os.environ[ENV_GAZETTEER] = os.pathsep.join(str(p) for p in gazetteer)
    try:
        done = batch_mod.completed(output) if resume else []
    except batch_mod.OutputError as e:
        raise fail(str(e)) from None
    for entry in source.skipped:
        typer.echo(f"ltreports: skipped {entry}", err=True)
    try:
        summary = _run_batch(batch_mod, source, output, done, workers=workers, timeout=timeout or None,
                             engine=engine, scheduler=scheduler, blocksize=blocksize,
                             settings=batch_mod.Settings(backend.value, include_text, max_chars, published))
    except batch_mod.OutputError as e:
        raise fail(str(e)) from None
    except KeyboardInterrupt:
        typer.echo(f"ltreports: interrupted; every document written to {output} is complete: rerun with --resume",
                   err=True)
        raise typer.Exit(130) from None
    resumed = f", {summary.resumed} already there (--resume)" if summary.resumed else ""
    typer.echo(f"ltreports: {summary.converted} documents converted, {summary.failed} with errors{resumed} "
               f"→ {output}", err=True)
    if summary.duplicates:
        first, count = next(iter(summary.duplicates.items()))
        typer.echo(f"ltreports: warning: {len(summary.duplicates)} ids appear more than once (e.g. {first!r}, "
                   f"{count} times): give each document its own id, or --resume cannot tell them apart", err=True)
    if summary.failed:
        typer.echo(f"ltreports: {summary.failed} documents could not be converted: see the \"error\" of their lines",
                   err=True)
        raise typer.Exit(1)


def _run_batch(batch_mod, source, output: Path, done: list[str], *, workers: int, timeout: float | None,
               engine: Engine, scheduler: str | None, blocksize: str, settings):
    """The batch itself: results written to ``output`` document by document, a progress bar on a terminal."""
    with batch_mod.Writer(output, append=bool(done)) as writer, _progress() as advance:

        if engine is Engine.dask:
            from .dask import convert_dask

            summary = batch_mod.Summary(resumed=len(done))
            results = convert_dask(source.path, settings, scheduler=scheduler, workers=workers,
                                   blocksize=blocksize, done=done, timeout=timeout)
            return batch_mod.consume(results, writer.write, summary, done, advance)
        return batch_mod.run(
            source.items, writer.write, workers=workers, backend=settings.backend, include_text=settings.include_text,
            timeout=timeout, max_chars=settings.max_chars, published=settings.published, done=done, progress=advance,
        )


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[], None] | None]:
    """A progress bar on standard error when it is a terminal (rich, imported only then): a function to call
    per document, drawn at most 10 times a second (this process shares the cores with the workers)."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]ltreports batch"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True, highlight=False), auto_refresh=False,  # no thread: workers are forked
    ) as progress:
        task = progress.add_task("documents", total=None)
        shown = [0.0]

        def advance() -> None:
            progress.advance(task)
            if time.monotonic() - shown[0] >= 0.1:
                progress.refresh()
                shown[0] = time.monotonic()

        yield advance


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
    """Print the JSON Schema of the output contract.

    Example:

        ltreports schema > ltreports-schema.json
    """
    from .schema import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@data_app.command("status")
def data_status() -> None:
    """Say which dictionary, data folder and models are in use.

    Example:

        ltreports data status
    """
    from .config import data_location
    from .morphology.analyzer import find_dictionary
    from .pipeline import morphology_model_path

    loc = data_location()
    folder, stem, description = find_dictionary()
    typer.echo(f"data folder: {loc.path or 'not found'} ({loc.origin})")
    typer.echo(f"dictionary:  {description}")
    if folder is not None and stem == "lt-LT":
        from .morphology.store import is_built, store_path

        path = store_path(folder, stem)
        missing = "not built: run `ltreports data install` or training/build_morph_store.py"
        state = "built" if is_built(path) else missing
        typer.echo(f"morphology store: {path} ({state})")
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
    """Download the Lithuanian Hunspell dictionary (Semantika, pinned, SHA-256 checked).

    Example:

        ltreports data install
        ltreports data install --from ~/Downloads/hunspell-lt      (no network: lt-LT.dic and lt-LT.aff)
    """
    from .data_install import install_command

    try:
        typer.echo(install_command(source, dest, force))
    except Exception as exc:  # checksum, network, missing file
        raise fail(f"data install failed: {exc}") from exc


register_result_commands(app)  # report, convert, evaluate (cli_results.py)

if __name__ == "__main__":  # pragma: no cover
    app()
