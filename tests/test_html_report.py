"""`ltreports report`: one self-contained HTML page, checked in headless Chromium as a reader sees it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from browser import load_page
from conftest import write_results
from ltreports.cli import app

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "build" / "screenshots"

POSTS = [
    ("p1", "2024-04-20", "Balandžio 12 d. Elektrėnų savivaldybės viešojoje bibliotekoje vyko poetės Onos Jonaitienės "
                         "knygos pristatymas. Renginį vedė bibliotekininkė Rasa Petraitienė."),
    ("p2", "2024-04-20", "Kovo 28 d. metodininkės lankėsi Lazdijų rajono savivaldybės viešojoje bibliotekoje ir "
                         "aptarė projektus su direktore Vaiva Malinauskiene."),
    ("p3", None, "Vasario 2 d. Varėnos viešojoje bibliotekoje atidaryta tautodailininkų paroda."),
]


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "out.jsonl"
    return write_results(path, POSTS, ("broken", "the line is not valid JSON"))


@pytest.fixture(scope="module")
def page(results: Path) -> Path:
    out = results.parent / "report.html"
    result = CliRunner().invoke(app, ["report", str(results), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out


def test_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<link" not in html  # nothing to fetch: it opens offline
    assert not re.search(r"""(src|href)=["']https?://""", html)
    assert html.count("<svg") >= 3


def test_page_shows_records_and_highlights(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "Elektrėnų savivaldybės viešoji biblioteka" in html
    assert "Vaiva Malinauskienė" in html
    assert "02-02 (metai nežinomi)" in html  # a year-less date explained
    assert "the line is not valid JSON" in html  # error lines listed
    # mentions highlighted in displaCy's span style, linked between visits and posts
    for label in ("DATE", "PERSON", "ROLE", "LIBRARY", "TOPIC"):
        assert re.search(rf">\s*{label}\s*<", html), label
    assert 'href="#doc-0"' in html and 'id="doc-0-v1"' in html


def test_report_without_text_takes_it_from_the_input(results: Path, tmp_path: Path) -> None:
    import json

    bare = tmp_path / "bare.jsonl"
    inputs = tmp_path / "in.jsonl"
    lines = [json.loads(x) for x in results.read_text(encoding="utf-8").splitlines()]
    bare.write_text("\n".join(json.dumps({k: v for k, v in x.items() if k not in ("text", "spans")}) for x in lines))
    inputs.write_text("\n".join(json.dumps({"id": i, "text": t}) for i, _, t in POSTS), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(bare), "-o", str(out), "--input", str(inputs)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert re.search(r">\s*PERSON\s*<", html) and "tekstas neįtrauktas" not in html


@pytest.mark.parametrize("name", ["report.pdf", "report"])
def test_report_wants_an_html_name(results: Path, tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(app, ["report", str(results), "-o", str(tmp_path / name)])
    assert result.exit_code == 2 and ".html" in result.stderr


def test_page_renders_in_chromium(page: Path) -> None:
    shot = SCREENSHOTS / "report.png"
    loaded = load_page(page, shot)
    assert loaded.console_errors == [] and loaded.page_errors == [] and loaded.failed_requests == []
    assert loaded.title == "ltreports ataskaita"
    assert len(loaded.chart_boxes) == 3
    assert all(box["width"] > 200 and box["height"] > 100 for box in loaded.chart_boxes)
    assert shot.stat().st_size > 10_000  # the screenshot saved for people to look at
