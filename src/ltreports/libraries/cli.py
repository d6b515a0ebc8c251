"""``ltreports gazetteer ...``: check a gazetteer file, look names up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="The gazetteer of libraries and branches: check files, look names up.", no_args_is_help=True)

Files = Annotated[
    list[Path] | None,
    typer.Argument(help="User gazetteer files (YAML or JSON) merged with the built-in one; none: the built-in one."),
]


def _load(files: list[Path] | None, builtin: bool = True):
    from .gazetteer import GazetteerError, load_gazetteer

    try:
        return load_gazetteer(files or (), builtin=builtin)
    except GazetteerError as e:
        typer.echo(f"ltreports: error: {e}", err=True)
        raise typer.Exit(1) from None


@app.command("check")
def check_command(
    files: Files = None,
    builtin: Annotated[bool, typer.Option("--builtin/--no-builtin", help="Merge with the built-in gazetteer.")] = True,
) -> None:
    """Check ids, parents, ambiguous names and that every name parses; exit 1 on a broken file.

    Example:

        ltreports gazetteer check my-libraries.yaml
    """
    from .gazetteer import check

    gaz = _load(files, builtin)
    problems = check(gaz)
    for line in problems:
        typer.echo(f"ltreports: error: {line}", err=True)
    if problems:
        where = ", ".join(gaz.sources)
        typer.echo(f"ltreports: gazetteer check failed: {len(problems)} problem(s) in {where}", err=True)
        raise typer.Exit(1)
    kinds: dict[str, int] = {}
    for e in gaz.entries.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    typer.echo(f"gazetteer OK: {len(gaz.entries)} entries ({summary}); {len(gaz.aliases)} names and short forms "
               f"({gaz.dropped} ambiguous derived forms left out); from {', '.join(gaz.sources)}")


@app.command("lookup")
def lookup_command(
    text: Annotated[str, typer.Argument(help='A library name in any case form, e.g. "Elektrėnų SVB".')],
    gazetteer: Annotated[list[Path] | None, typer.Option("--gazetteer", "-g", help="A user gazetteer file.")] = None,
) -> None:
    """Show the entries a name resolves to (exactly, else the nearest by fuzzy matching).

    Example:

        ltreports gazetteer lookup "Elektrėnų SVB"
    """
    gaz = _load(gazetteer)
    found = gaz.lookup(text)
    for e in found:
        typer.echo(f"{e.id}\t{e.kind}\t{e.name}")
    if found:
        return
    candidates = gaz.fuzzy(text)
    for c in candidates:
        typer.echo(f"{c.entry.id}\t{c.entry.kind}\t{c.entry.name}\t~{c.score:.0f} ({c.alias})")
    if not candidates:
        typer.echo("no entry", err=True)
        raise typer.Exit(1)
