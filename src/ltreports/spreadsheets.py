"""Excel workbooks (openpyxl) and Parquet files (pyarrow) from batch output.

A workbook has four sheets — visits, people, libraries, warnings — each with a frozen, bold header
row, an auto-filter and columns sized to their contents. Parquet gets the same tables as files side by
side: ``out.parquet`` holds the visits, ``out.people.parquet``, ``out.libraries.parquet`` and
``out.warnings.parquet`` the rest, with plain column types a data team can query.
"""

from __future__ import annotations

from pathlib import Path

from .tables import SHEETS, Records

MAX_WIDTH = 60

# Lithuanian sheet titles shown in Excel; the Parquet files keep the English table names.
SHEET_TITLES = {"visits": "Vizitai", "people": "Žmonės", "libraries": "Bibliotekos", "warnings": "Įspėjimai"}
HEADERS = {
    "source_id": "Šaltinis", "source_url": "Nuoroda", "published": "Paskelbta", "visit": "Vizitas",
    "date": "Data", "date_end": "Pabaiga", "library": "Biblioteka", "library_id": "Bibliotekos ID",
    "branches": "Padaliniai", "people": "Dalyviai", "topics": "Temos", "topic_ids": "Temų ID",
    "evidence": "Ištrauka", "evidence_start": "Nuo", "evidence_end": "Iki", "name": "Vardas, pavardė",
    "role": "Pareigos", "gender": "Lytis", "organization": "Organizacija", "mentions": "Paminėjimai",
    "kind": "Rūšis", "settlement": "Gyvenvietė", "parent_id": "Priklauso", "message": "Pranešimas",
}


def write_xlsx(records: Records, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, columns, rows in SHEETS:
        sheet = book.create_sheet(SHEET_TITLES[name])
        sheet.append([HEADERS.get(c, c) for c in columns])
        widths = [len(HEADERS.get(c, c)) for c in columns]
        for row in rows(records):
            values = [row.get(c) for c in columns]
            sheet.append(values)
            for i, value in enumerate(values):
                widths[i] = max(widths[i], min(MAX_WIDTH, len(str(value)) if value is not None else 0))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        if sheet.max_row > 1:
            sheet.auto_filter.ref = sheet.dimensions
        for i, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(i)].width = width + 2
            if width >= MAX_WIDTH:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def parquet_paths(path: Path) -> dict[str, Path]:
    """Where each table goes: the visits at ``path``, the others beside it."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return {name: path if name == "visits" else path.with_name(f"{stem}.{name}{path.suffix}") for name, _, _ in SHEETS}


def write_parquet(records: Records, path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    targets = parquet_paths(path)
    for name, columns, rows in SHEETS:
        data = list(rows(records))
        table = pa.Table.from_pylist(data, schema=_schema(columns)) if data else _schema(columns).empty_table()
        pq.write_table(table, targets[name])


INT_COLUMNS = {"visit", "evidence_start", "evidence_end", "mentions"}


def _schema(columns: tuple[str, ...]):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in INT_COLUMNS else pa.string()) for c in columns])
