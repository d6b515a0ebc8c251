"""``ltreports data install``: verified copies from a local folder, a file:// URL, or a fake fetch."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ltreports import data_install
from ltreports.cli import app


@pytest.fixture(scope="module")
def upstream(shared: Path) -> Path:
    folder = shared / "data" / "hunspell-lt"
    if not (folder / "lt-LT.dic").is_file():
        pytest.skip("no dictionary in ../shared/data")
    return folder


def test_install_from_folder(upstream: Path, tmp_path: Path) -> None:
    dest = data_install.install(tmp_path / "hunspell-lt", source=upstream)
    assert data_install.is_installed(dest)
    assert "Semantika2" in (dest / "SOURCE.txt").read_text(encoding="utf-8")


def test_install_from_file_url(upstream: Path, tmp_path: Path) -> None:
    dest = data_install.install(tmp_path / "d", base_url=upstream.as_uri() + "/")
    assert data_install.is_installed(dest)


def test_upstream_url_is_pinned() -> None:
    assert data_install.UPSTREAM_COMMIT in data_install.UPSTREAM_BASE
    assert data_install.UPSTREAM_BASE.endswith("/Hunspell%20LT%20zodynai/")


def test_checksum_mismatch_keeps_nothing(tmp_path: Path) -> None:
    urls: list[str] = []

    def fake_fetch(url: str) -> bytes:
        urls.append(url)
        return b"not the dictionary"

    with pytest.raises(data_install.ChecksumError):
        data_install.install(tmp_path / "d", fetch=fake_fetch)
    assert urls and urls[0].startswith(data_install.UPSTREAM_BASE)
    assert not (tmp_path / "d" / "lt-LT.aff").exists()


def test_cli_install(upstream: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["data", "install", "--from", str(upstream), "--dest", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    assert "checksums verified" in result.output
    bad = runner.invoke(app, ["data", "install", "--from", str(tmp_path / "missing"), "--dest", str(tmp_path / "y")])
    assert bad.exit_code != 0
