"""Batch scaling: the `ltreports batch` path with 1 and 2 worker processes, where the time and the CPU go.

    .venv/bin/python benchmarks/batch.py [--corpus ../shared/corpus/train.jsonl] [--repeat 1] [--rounds 2]
    .venv/bin/python benchmarks/batch.py --corpus ../shared/corpus/{train,dev}.jsonl --repeat 4   # 740 posts
    .venv/bin/python benchmarks/batch.py --seen      # caches filled before the fork (a long batch's steady state)

Each run is a fresh process doing what `ltreports batch FILE -o OUT --workers N` does (imports, the pipeline
loaded and warmed, workers forked, documents read, converted, written), so every post is unseen by it.
Repeated posts (``--repeat``) get distinct ids (``id#2`` ...). The package's bytecode is written first (as an
installed package has it; ``scripts/setup.sh`` does the same). Prints, per run: the start-up before the fork
(wall, CPU; and where its CPU went: Python itself, imports, the pipeline's build, the warm-up post, the tables
loaded before the fork for 2 workers), the run (wall), this process's CPU during the run,
and for each worker its CPU, the wall time it spent converting and waiting, and its page faults. From CPU
times (which the other load on a shared machine does not inflate much, unlike wall times): the speed-up
2 workers would give on 2 idle cores, for the run and for the whole command, and the extra CPU 2 workers
spend. Then the real CLI with 1 and 2 workers (wall, CPU of it and its workers), and whether their outputs
are byte-identical. Asserts nothing.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("LTREPORTS_DATA", str(REPO.parent / "shared" / "data"))
CORPUS = REPO.parent / "shared" / "corpus" / "train.jsonl"
BIN = Path(sys.executable).parent


def _timing(f, name: str, timed: dict[str, float]):
    def timing(*args):
        begin = time.process_time()
        try:
            return f(*args)
        finally:
            timed[name] = time.process_time() - begin

    return timing


def child(path: Path, out: Path, workers: int, backend: str, seen: bool) -> dict:
    """One batch as the CLI runs it, timed step by step (in a fresh process)."""
    t0, c0 = time.perf_counter(), time.process_time()
    python = c0  # this interpreter's own start, up to here
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  (as the CLI: thinc need not import torch)
    os.environ["LTREPORTS_TUNE_GC"] = "1"  # as the CLI: pipeline.tune_gc() after the load
    if backend != "spacy":
        del sys.modules["torch"]
    try:
        from ltreports.startup import paused_collector
    except ImportError:  # an older ltreports (comparisons)
        paused_collector = contextlib.nullcontext
    with paused_collector():  # as the CLI: the imports' objects live on
        from ltreports import api  # noqa: F401  (what the pool's warm-up imports: counted with the imports)
        from ltreports.batch import Settings, Writer, consume, engines, open_input
        from ltreports.batch import Summary as BatchSummary
        from ltreports.pipeline import load_pipeline

    parts = {"python": python, "imports": time.process_time() - c0}
    settings = Settings(backend=backend)
    mark = time.process_time()
    load_pipeline(backend)
    parts["pipeline"] = time.process_time() - mark
    timed: dict[str, float] = {}
    for name in ("warm", "preload_tables"):
        setattr(engines, name, _timing(getattr(engines, name), name, timed))
    if seen:
        for _ in engines.convert_local(open_input(path).items, settings):
            pass
    pool = engines.Pool(settings, workers, 300)
    parts["first post"] = timed.get("warm", 0.0)
    parts["tables"] = timed.get("preload_tables", 0.0)
    t1, c1 = time.perf_counter(), time.process_time()
    with Writer(out) as writer:
        consume(pool.run(open_input(path).items), writer.write, BatchSummary())
    t2, c2 = time.perf_counter(), time.process_time()
    pool.close()
    return {
        "startup_wall": t1 - t0, "startup_cpu": c1, "parts": parts, "run_wall": t2 - t1, "parent_cpu": c2 - c1,
        "workers": [vars(s) for s in pool.stats], "load": os.getloadavg()[0],
    }


def write_input(corpora: list[Path], repeat: int, path: Path) -> int:
    """The corpora's posts ``repeat`` times, the repeats' ids made distinct (``id#2``, ...); lines that are
    not posts are copied as they are."""
    rows = [line for corpus in corpora for line in corpus.read_text(encoding="utf-8").splitlines()]
    out = []
    for k in range(1, repeat + 1):
        for line in rows:
            try:
                obj = json.loads(line)
            except ValueError:
                obj = None
            if k > 1 and isinstance(obj, dict) and isinstance(obj.get("id"), str):
                obj["id"] = f"{obj['id']}#{k}"
                line = json.dumps(obj, ensure_ascii=False)
            out.append(line)
    path.write_text("".join(f"{line}\n" for line in out), encoding="utf-8")
    return len(out)


def run_child(path: Path, out: Path, workers: int, backend: str, seen: bool) -> dict:
    cmd = [sys.executable, __file__, "--child", str(workers), "--corpus", str(path), "--out", str(out),
           "--backend", backend] + (["--seen"] if seen else [])
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(path: Path, out: Path, workers: int, backend: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the CLI and its workers) of `ltreports batch`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([str(BIN / "ltreports"), "batch", str(path), "-o", str(out), "--workers", str(workers),
                    "--backend", backend], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def describe(n: int, r: dict) -> str:
    ws = r["workers"]
    cpu = " / ".join(f"{w['cpu']:.2f}" for w in ws)
    busy = " / ".join(f"{w['busy']:.2f}" for w in ws)
    idle = " / ".join(f"{w['idle']:.3f}" for w in ws)
    first = " / ".join(f"{w['first']:.2f}" for w in ws)
    docs = " / ".join(str(w["documents"]) for w in ws)
    faults = " / ".join(f"{w['page_faults'] / 1000:.0f}k" for w in ws)
    parts = " + ".join(f"{k} {v:.2f}" for k, v in r["parts"].items())
    return (f"{n} worker{'s' if n > 1 else ' '}: start-up {r['startup_cpu']:.2f} s CPU ({parts}; "
            f"{r['startup_wall']:.2f} s wall) | run {r['run_wall']:.2f} s wall, parent {r['parent_cpu']:.2f} s CPU | "
            f"workers: CPU {cpu} s, "
            f"converting {busy} s, waiting {first} s for the first document and {idle} s between documents, "
            f"documents {docs}, page faults {faults} | load {r['load']:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, nargs="+", default=[CORPUS])
    ap.add_argument("--repeat", type=int, default=1, help="the corpus is repeated this many times")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each kind (medians are printed)")
    ap.add_argument("--backend", default="spacy")
    ap.add_argument("--seen", action="store_true", help="convert the posts once before the fork (warm caches)")
    ap.add_argument("--no-cli", action="store_true", help="leave out the runs of the real CLI")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.corpus[0], args.out, args.child, args.backend, args.seen)))
        return

    compileall.compile_dir(str(REPO / "src" / "ltreports"), quiet=2)  # the bytecode an installed package has
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        lines = write_input(args.corpus, args.repeat, path)
        names = "+".join(p.name for p in args.corpus)
        print(f"{lines} documents ({names} x {args.repeat}, distinct ids), backend {args.backend}, "
              f"{'caches filled before the fork' if args.seen else 'every post unseen'}, "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(args.rounds):
            for n in (1, 2):
                r = run_child(path, Path(tmp) / f"out{n}.jsonl", n, args.backend, args.seen)
                runs[n].append(r)
                print(describe(n, r))
        same = (Path(tmp) / "out1.jsonl").read_bytes() == (Path(tmp) / "out2.jsonl").read_bytes()

        def med(n: int, f) -> float:
            return statistics.median(f(r) for r in runs[n])

        start1, start2 = med(1, lambda r: r["startup_cpu"]), med(2, lambda r: r["startup_cpu"])
        w1 = med(1, lambda r: sum(w["cpu"] for w in r["workers"]))
        w2_total = med(2, lambda r: sum(w["cpu"] for w in r["workers"]))
        w2_max = med(2, lambda r: max(w["cpu"] for w in r["workers"]))
        parent = med(2, lambda r: r["parent_cpu"])
        idle2 = med(2, lambda r: max(w["idle"] for w in r["workers"]))
        all1, all2 = start1 + med(1, lambda r: r["parent_cpu"]) + w1, start2 + parent + w2_total
        print(f"CPU: 1 worker: start-up {start1:.2f} s + worker {w1:.2f} s; 2 workers: start-up {start2:.2f} s "
              f"(the tables both would load, loaded once before the fork) + workers {w2_total:.2f} s, the busier "
              f"{w2_max:.2f} s; all CPU {all2:.2f} s against {all1:.2f} s ({all2 / all1 - 1:+.0%}); "
              f"the parent's share with 2 workers {(start2 + parent) / all2:.0%} ({parent:.2f} s during the run)")
        print(f"speed-up on 2 idle cores, from CPU times (start-up + the busier worker): the whole command "
              f"{(start1 + w1) / (start2 + w2_max):.2f}x; after the fork {w1 / w2_max:.2f}x; "
              f"a worker waited at most {idle2:.3f} s in all between documents")
        r1, r2 = med(1, lambda r: r["run_wall"]), med(2, lambda r: r["run_wall"])
        s1 = med(1, lambda r: r["startup_wall"] + r["run_wall"])
        s2 = med(2, lambda r: r["startup_wall"] + r["run_wall"])
        print(f"speed-up, wall clock (load average {os.getloadavg()[0]:.1f}): the run {r1:.2f} s / {r2:.2f} s = "
              f"{r1 / r2:.2f}x, start-up and run {s1:.2f} s / {s2:.2f} s = {s1 / s2:.2f}x")
        print(f"output of 2 workers byte-identical to 1 worker: {'yes' if same else 'NO'}")
        if args.no_cli:
            return
        cli: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        for _ in range(args.rounds):
            for n in (1, 2):
                cli[n].append(run_cli(path, Path(tmp) / f"cli{n}.jsonl", n, args.backend))
        walls = {n: statistics.median(w for w, _ in cli[n]) for n in cli}
        cpus = {n: statistics.median(c for _, c in cli[n]) for n in cli}
        same = (Path(tmp) / "cli1.jsonl").read_bytes() == (Path(tmp) / "cli2.jsonl").read_bytes()
        print(f"ltreports batch --workers 1 / 2: {walls[1]:.2f} s / {walls[2]:.2f} s wall "
              f"({walls[1] / walls[2]:.2f}x), "
              f"{cpus[1]:.2f} s / {cpus[2]:.2f} s CPU; outputs byte-identical: {'yes' if same else 'NO'}; "
              f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
