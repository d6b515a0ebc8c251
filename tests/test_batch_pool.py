"""The worker pool as it scales: the same bytes whatever the number of workers, documents far longer than
the rest sent first at the end of the input (the output still in input order), what each worker reports,
and one torch thread per worker for the stanza backend unless told otherwise."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ltreports.batch.items as items_mod
from ltreports.batch import Item, run
from ltreports.batch.dispatch import long_ones_last
from ltreports.batch.engines import Pool, Settings
from ltreports.cli import app
from ltreports.schema import ErrorLine, Source

SENTENCES = [
    "Kovo {n} d. Utenos A. ir M. Miškinių viešojoje bibliotekoje vyko susitikimas su keliautoju Tomu Vaitkumi.",
    "Vaikų literatūros skyriuje bibliotekininkė Jurgita Stankevičienė skaitė pasakas.",
    "Kitą savaitę bibliotekoje bus atidaryta fotografijų paroda.",
    "Renginyje dalyvavo {n} moksleiviai iš Sudeikių mokyklos.",
]


def _texts(count: int) -> list[str]:
    return [" ".join(SENTENCES[(n + k) % len(SENTENCES)].format(n=n % 27 + 1) for k in range(1 + n % 3))
            for n in range(count)]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _doc(n: int, text: str) -> str:
    return json.dumps({"id": f"n{n}", "text": text, "published": "2024-03-30"}, ensure_ascii=False)


INPUTS = {
    "plain": lambda: [_doc(n, t) for n, t in enumerate(_texts(9))],
    "bad lines": lambda: [_doc(0, SENTENCES[0].format(n=2)), "", "[1, 2]", '{"id": "x", "text": 5}',
                          _doc(4, SENTENCES[1]), "{broken"],
    "a long one last": lambda: [_doc(n, t) for n, t in enumerate(_texts(6))] + [_doc(6, " ".join(_texts(12)))],
}


@pytest.mark.parametrize("name", list(INPUTS))
def test_workers_give_the_same_bytes(nlp, tmp_path: Path, name: str) -> None:
    src = _write(tmp_path / "in.jsonl", INPUTS[name]())
    outputs = {}
    for label, args in {"in process": ["--timeout", "0"], "1 worker": ["--workers", "1"],
                        "2 workers": ["--workers", "2"]}.items():
        out = tmp_path / f"{label}.jsonl"
        result = CliRunner().invoke(app, ["batch", str(src), "-o", str(out), *args])
        assert result.exit_code in (0, 1), result.output
        outputs[label] = out.read_bytes()
    assert outputs["1 worker"] == outputs["in process"]
    assert outputs["2 workers"] == outputs["in process"]
    assert outputs["in process"].count(b"\n") == len(INPUTS[name]())


@pytest.mark.parametrize(
    ("sizes", "sent"),
    [
        ([10, 12, 11, 9], [0, 1, 2, 3]),  # nothing far longer than the rest: input order
        ([10, 12, 100, 11, 50], [2, 4, 0, 1, 3]),  # over 4x the median: longest first, then the others in order
        ([10, 49, 12], [1, 0, 2]),
        ([10, 48, 12], [0, 1, 2]),  # exactly 4x the median (12) is not far longer
        ([500], [0]),
        ([0, 0, 5], [2, 0, 1]),  # empty texts: the median counts as 1
    ],
)
def test_long_documents_sent_first_at_the_end(sizes: list[int], sent: list[int]) -> None:
    waiting = [(n, Item(Source(id=f"d{n}"), text="x" * size)) for n, size in enumerate(sizes)]
    waiting.reverse()  # the pool keeps the oldest at the end: it pops from the end
    long_ones_last(waiting)
    assert [index for index, _ in reversed(waiting)] == sent


def _stamping(item: Item, *args, **kwargs) -> ErrorLine:
    return ErrorLine(source=item.source, error=str(time.monotonic_ns()))


def test_long_document_converted_first_output_in_order(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(items_mod, "process", _stamping)  # forked workers inherit it: each line says when
    texts = ["trumpas"] * 5 + ["ilgas " * 400]
    items = [Item(Source(id=f"d{n}"), text=t) for n, t in enumerate(texts)]
    lines: list[str] = []
    run(items, lines.append, workers=1, timeout=60)
    records = [json.loads(x) for x in lines]
    assert [r["source"]["id"] for r in records] == [f"d{n}" for n in range(len(texts))]
    when = [int(r["error"]) for r in records]
    assert when[-1] < min(when[:-1])  # the long one, last in the input, was converted first
    assert when[:-1] == sorted(when[:-1])  # the others in input order


@pytest.mark.parametrize("workers", [1, 2])
def test_each_worker_reports_what_it_did(nlp, workers: int) -> None:
    items = [Item(Source(id=f"d{n}"), text=t) for n, t in enumerate(_texts(7))]
    pool = Pool(Settings(), workers, 60)
    results = list(pool.run(items))
    pool.close()
    assert [r.id for r in results] == [f"d{n}" for n in range(7)]
    assert len(pool.stats) == workers
    assert sum(s.documents for s in pool.stats) == 7
    assert all(s.cpu > 0 and s.busy > 0 and s.idle >= 0 for s in pool.stats if s.documents)


def _torch_threads_line(item: Item, *args, **kwargs) -> ErrorLine:
    import torch

    return ErrorLine(source=item.source, error=f"threads {torch.get_num_threads()}")


@pytest.mark.parametrize(("setting", "threads"), [(None, 1), ("2", 2)])
def test_stanza_workers_run_one_torch_thread_unless_told(nlp, monkeypatch: pytest.MonkeyPatch, setting: str | None,
                                                         threads: int) -> None:
    import ltreports
    from ltreports import stanza_backend

    try:
        ltreports.load_pipeline("stanza")
    except (ImportError, RuntimeError) as e:
        pytest.skip(f"stanza backend unavailable: {e}")
    if setting is None:
        monkeypatch.delenv(stanza_backend.ENV_TORCH_THREADS, raising=False)
    else:
        monkeypatch.setenv(stanza_backend.ENV_TORCH_THREADS, setting)
    monkeypatch.setattr(items_mod, "process", _torch_threads_line)
    lines: list[str] = []
    run([Item(Source(id=f"d{n}"), text="Tekstas.") for n in range(3)], lines.append, backend="stanza", workers=2,
        timeout=120)
    assert {json.loads(x)["error"] for x in lines} == {f"threads {threads}"}


@pytest.mark.parametrize(("url", "file", "expected"), [
    ("https://www.zvb.lt/naujienos/1", None, "zvb.lt"),
    ("http://Moletai.RVB.lt:8080/x?y=1", None, "moletai.rvb.lt"),  # hosts are compared in lower case
    ("https://savb.lt", "/posts/a/1.txt", "savb.lt"),  # the URL wins over the folder
    ("https://[::1", None, None),  # a malformed URL: no site
    ("not a url", None, None),
    (None, "/posts/zvb/1.html", "/posts/zvb"),  # a folder input: the file's folder
    (None, None, None),
])
def test_site_of_a_document(url: str | None, file: str | None, expected: str | None) -> None:
    from ltreports.batch.dispatch import site

    assert site(Item(Source(id="d", url=url), text="x", file=file)) == expected


# ``sites`` as the pool keeps them: the next document in input order is the LAST
@pytest.mark.parametrize(("sites", "owners", "expected"), [
    (["a", "b", "a"], {"a": "W1"}, 2),  # its own site next: the next in order
    (["a", "b", "a"], {"a": "W2"}, 1),  # the next is another worker's site: the first of nobody's
    (["a", "b", "a"], {"a": "W2", "b": "W2"}, 2),  # nothing of its own or nobody's: the next in order
    (["b", None, "a"], {"a": "W2"}, 0),  # no site: no preference, passed over like another's
    ([None, None], {}, 1),  # no sites at all: input order
    (["c"] + ["a"] * 16, {"a": "W2"}, 16),  # its site further than AFFINITY documents: the next in order
    (["c"] + ["a"] * 15, {"a": "W2"}, 0),  # within AFFINITY: taken
])
def test_pick_keeps_a_site_with_its_worker(sites: list[str | None], owners: dict[str, str], expected: int) -> None:
    from ltreports.batch.dispatch import pick

    assert pick(sites, "W1", owners.get) == expected


def _pid_line(item: Item, *args, **kwargs) -> ErrorLine:
    time.sleep(0.02)  # every document takes as long: the workers take turns
    import os

    return ErrorLine(source=item.source, error=str(os.getpid()))


def test_two_workers_each_keep_their_sites(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents of two sites in pairs (a a b b a a ...): taken in turn they would be split between the workers;
    each site's documents go to one worker instead (its caches hold the site's words), output in order."""
    monkeypatch.setattr(items_mod, "process", _pid_line)  # forked workers inherit it: each line says who
    hosts = ["https://a.lt/", "https://www.b.lt/"]
    items = [Item(Source(id=f"d{n}", url=f"{hosts[n // 2 % 2]}{n}"), text="tekstas") for n in range(24)]
    lines: list[str] = []
    run(items, lines.append, workers=2, timeout=60)
    records = [json.loads(x) for x in lines]
    assert [r["source"]["id"] for r in records] == [f"d{n}" for n in range(24)]
    for host in hosts:
        pids = [r["error"] for r in records if r["source"]["url"].startswith(host)]
        most = max(pids.count(pid) for pid in set(pids))
        assert most >= 10, (host, pids)  # of 12: at most the last one or two taken by the other worker


@pytest.mark.parametrize("frozen_before", [True, False])
def test_forking_keeps_what_was_frozen_frozen(nlp, frozen_before: bool) -> None:
    """The pool freezes the heap around each fork; it thaws it afterwards only when nothing was frozen before:
    thawing would undo pipeline.tune_gc's freeze, and every full collection (and the shutdown) of this
    process would walk the whole pipeline again."""
    import gc

    was = gc.get_freeze_count()
    if frozen_before:
        gc.freeze()
    else:
        gc.unfreeze()
    try:
        pool = Pool(Settings(), 1, 60)
        pool.close()
        after = gc.get_freeze_count()
    finally:
        gc.unfreeze()
        if was:
            gc.freeze()
    if frozen_before:
        assert after > 0
    else:
        assert after == 0
