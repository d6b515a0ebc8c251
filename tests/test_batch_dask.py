"""The dask engine: on a LocalCluster its output is byte for byte the local engine's (JSON Lines and
Parquet, several partitions, bad lines included), and ``--resume`` works the same way."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ltreports.cli import app

pytest.importorskip("distributed")

POST = (
    "Spalio 5 d. Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešojoje bibliotekoje lankėsi "
    "rašytojas Petras Jonaitis. Susitikimą vedė bibliotekininkė Rasa Kairienė."
)
LINES = [
    json.dumps({"id": "a", "text": POST, "published": "2023-10-10"}, ensure_ascii=False),
    "",
    "not json",
    json.dumps({"id": "b", "text": "Kitas tekstas be įvykių.", "url": 5}),
    json.dumps({"text": POST.replace("Spalio", "Lapkričio"), "published": "2023-11-20"}, ensure_ascii=False),
    json.dumps({"id": "c", "text": "<p>Vakar</p><p>Kaune</p>"}),
] * 3


@pytest.fixture(scope="module")
def cluster(nlp):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


@pytest.fixture
def src(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(LINES) + "\r\n").encode("utf-8"))
    return path


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *args])
    return result.exit_code, result.stderr


def test_dask_output_identical_to_local(cluster, src: Path, tmp_path: Path) -> None:
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert _run(str(src), "-o", str(local), "--timeout", "0")[0] == 1  # the bad lines fail in both
    code, err = _run(str(src), "-o", str(dask_out), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     "--blocksize", "300")
    assert code == 1, err
    assert dask_out.read_bytes() == local.read_bytes()
    assert len(local.read_text(encoding="utf-8").splitlines()) == len(LINES)
    from ltreports.dask import results_bag

    assert results_bag(src, blocksize=300).npartitions >= 3  # the lines really were cut into partitions


def test_dask_resume(cluster, src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    args = [str(src), "-o", str(out), "--engine", "dask", "--scheduler", cluster.scheduler_address,
            "--blocksize", "500"]
    _run(*args)
    full = out.read_bytes()
    cut = full.index(b"\n", len(full) // 2) + 15
    out.write_bytes(full[:cut])
    code, err = _run(*args, "--resume")
    assert code == 1 and "already there" in err
    assert out.read_bytes() == full


def test_dask_parquet_matches_local(cluster, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [json.loads(x) for x in LINES if x.startswith("{")]
    table = pa.table({
        "id": [r.get("id") for r in rows], "text": [r["text"] for r in rows],
        "published": [r.get("published") for r in rows],
    })
    path = tmp_path / "in.parquet"
    pq.write_table(table, path, row_group_size=4)
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert _run(str(path), "-o", str(local), "--timeout", "0")[0] == 0
    code, err = _run(str(path), "-o", str(dask_out), "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert code == 0, err
    assert dask_out.read_bytes() == local.read_bytes()


def test_dask_refuses_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(POST, encoding="utf-8")
    code, err = _run(str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--engine", "dask")
    assert code == 2 and "jsonl or .parquet" in err


def _slow(real):
    def process(item, *args, **kwargs):
        if item.text == "SLOW":
            time.sleep(60)
        return real(item, *args, **kwargs)

    return process


@pytest.mark.parametrize("daemonic", [False, True])
def test_dask_timeout_gives_error_line_and_goes_on(cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    daemonic: bool) -> None:
    """--timeout under --engine dask: the slow document gets the local engine's error line, the others
    their reports, byte for byte as the local engine; also where the dask worker is a daemonic process
    (dask's default), which multiprocessing forbids to have children."""
    import ltreports.batch.items as items_mod

    monkeypatch.setattr(items_mod, "process", _slow(items_mod.process))  # the cluster's threads run here
    lines = [
        json.dumps({"id": "a", "text": POST, "published": "2023-10-10"}, ensure_ascii=False),
        json.dumps({"id": "slow", "text": "SLOW"}),
        "not json",
        json.dumps({"id": "b", "text": POST.replace("Spalio", "Lapkričio")}, ensure_ascii=False),
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert _run(str(src), "-o", str(local), "--timeout", "1.5")[0] == 1
    if daemonic:
        import multiprocessing

        monkeypatch.setitem(multiprocessing.current_process()._config, "daemon", True)
    started = time.monotonic()
    code, err = _run(str(src), "-o", str(dask_out), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                     "--timeout", "1.5", "--blocksize", "200")
    assert time.monotonic() - started < 40
    assert code == 1, err
    out = [json.loads(x) for x in dask_out.read_text(encoding="utf-8").splitlines()]
    assert [x["source"]["id"] for x in out] == ["a", "slow", "in.jsonl:3", "b"]
    assert "took longer than 1.5 s" in out[1]["error"]
    assert "error" not in out[0] and "error" not in out[3] and "not valid JSON" in out[2]["error"]
    assert dask_out.read_bytes() == local.read_bytes()
