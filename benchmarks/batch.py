"""Batch scaling: `ltreports batch` with 1 and 2 worker processes, where the time and the CPU go.

    .venv/bin/python benchmarks/batch.py                         # train (150 posts), then larger archives
    .venv/bin/python benchmarks/batch.py --corpus ../shared/corpus/train.jsonl --repeat 1 --rounds 3
    .venv/bin/python benchmarks/batch.py --seen                  # caches filled before the fork (steady state)

By default three inputs: train (150 posts); train + dev with posts made of the UD treebanks' sentences
(``../shared/data/ud-lt-*``, every text distinct: a small archive of unseen posts); and train + dev four times
over (740 posts, the repeats with distinct ids, ``id#2`` ...). In the last a text comes back four times: one
worker converts its repeats as posts it has seen (cheaper), while two workers each meet about half of them
for the first time, so its speed-up is understated against an archive of 740 distinct posts.

Each run is the real command, ``ltreports batch IN -o OUT --workers N`` through the console script's entry
point (``ltreports.cli.app``), in a fresh process: imports, the pipeline loaded and warmed, workers forked,
documents read, converted and written, workers stopped, the process ended. The only addition is a probe
that notes the CPU time at the fork and when the run ends, and the workers' own account (``Pool.stats``).
The package's bytecode is written first (as an installed package has it; ``scripts/setup.sh`` does too).

Printed, per run: the serial start-up before the first document (CPU: Python and the command line, the
imports, the pipeline, the warm-up post, the tables loaded before the fork; wall), the run (wall; the
parent's CPU while the workers convert: reading, dispatching, writing), each worker's CPU, the serial end
(stopping the workers, leaving the process: CPU from the command's total rusage), and the whole command's
wall and CPU. Then, from CPU times (which the other load on a shared machine inflates far less than wall
times), the wall time on 2 idle cores:

    1 worker:  start + max(worker, parent) + end       (the parent has the other core to itself)
    2 workers: start + (workers + parent) / 2 + end     (a free worker always takes the next document)

and their ratio (the speed-up of the whole command), the speed-up after the fork, the extra CPU that two
workers spend (each meets the words of its posts for the first time: its caches are its own), and the cap
the serial part alone puts on the ratio, (start + W) / (start + W / 2) for the conversion's CPU W: 1.8x needs
a serial part under an eighth of W. Last, the wall-clock
speed-up measured here, with the load average it was measured under, and whether the outputs of 1 and 2
workers are byte-identical. Asserts nothing.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
os.environ.setdefault("LTREPORTS_DATA", str(REPO.parent / "shared" / "data"))
CORPUS = REPO.parent / "shared" / "corpus"
TRAIN = [CORPUS / "train.jsonl"]
ARCHIVE = [CORPUS / "train.jsonl", CORPUS / "dev.jsonl"]
UD = REPO.parent / "shared" / "data"  # ud-lt-*/*.conllu: Lithuanian sentences, for posts no other input has
TARGET = 1.8
POST_CHARS = 2600  # about the corpus posts' mean length


def child(report: Path, seen: bool) -> None:
    """In the child process: the real command (``sys.argv``), with a probe on the pool; what it saw is
    written to ``report`` as the command ends (an ``atexit`` handler)."""
    import atexit

    cpu = time.process_time
    python = cpu()  # the interpreter's own start, up to here
    found: dict = {"parts": {"python": python}}
    mark = cpu()
    import ltreports.cli as cli  # the command line: typer, click

    found["parts"]["command line"] = cpu() - mark
    cli._defer_torch()  # as the command's callback does first: thinc does not import torch
    from ltreports.startup import paused_collector

    with paused_collector():  # as the batch command imports the package (and spaCy with it)
        from ltreports.batch import engines  # the rest is imported by the command itself

    original_init, original_close = engines.Pool.__init__, engines.Pool.close
    original_warm, original_preload = engines.warm, engines.preload_tables

    def timed(name: str, f):
        def wrapper(*args):
            begin = cpu()
            try:
                return f(*args)
            finally:
                found["parts"][name] = found["parts"].get(name, 0.0) + cpu() - begin
        return wrapper

    def init(self, settings, workers, timeout, **kw):
        # what the batch command imported before the pool: the package, spaCy and the rest
        found["parts"]["imports"] = cpu() - python - found["parts"]["command line"]
        from ltreports.pipeline import load_pipeline

        begin = cpu()
        load_pipeline(settings.backend)
        found["parts"]["pipeline"] = cpu() - begin
        if seen:  # every post converted once here: the workers start with these caches full
            from ltreports.batch import convert_local, open_input

            begin = cpu()
            for _ in convert_local(open_input(Path(sys.argv[2])).items, settings):
                pass
            found["parts"]["seen posts"] = cpu() - begin
        engines.warm, engines.preload_tables = timed("first post", original_warm), timed("tables", original_preload)
        begin = cpu()
        original_init(self, settings, workers, timeout, **kw)
        found["parts"]["fork"] = cpu() - begin - sum(found["parts"].get(k, 0.0) for k in ("first post", "tables"))
        found["start_cpu"], found["start_wall"] = cpu(), time.perf_counter() - found["t0"]

    def close(self):
        found["run_wall"] = time.perf_counter() - found["t0"] - found["start_wall"]
        found["parent_cpu"] = cpu() - found["start_cpu"]
        original_close(self)
        found["workers"] = [vars(s) for s in self.stats]

    def write() -> None:
        found["self_cpu"] = cpu()
        found["load"] = os.getloadavg()[0]
        report.write_text(json.dumps(found), encoding="utf-8")

    engines.Pool.__init__, engines.Pool.close = init, close
    atexit.register(write)
    found["t0"] = time.perf_counter() - python_wall_before_main()
    cli.app()


def python_wall_before_main() -> float:
    """Wall seconds since this process started (its start-up before this module ran)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as f:
        started = int(f.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime", encoding="ascii") as f:
        return max(0.0, float(f.read().split()[0]) - started)


def ud_posts(folder: Path = UD) -> list[str]:
    """JSON lines of posts made of the UD treebanks' sentences (``# text = ...``), in their order, about
    POST_CHARS long each, a paragraph every three sentences: text no corpus post has, with its own words."""
    out: list[str] = []
    for file in sorted(folder.glob("ud-lt-*/*.conllu")):
        sentences = [line[len("# text = "):].strip() for line in file.read_text(encoding="utf-8").splitlines()
                     if line.startswith("# text = ")]
        post: list[str] = []
        for sentence in [*sentences, ""]:
            if sentence:
                post.append(sentence)
            if post and (not sentence or sum(len(s) + 1 for s in post) >= POST_CHARS):
                text = "\n\n".join(" ".join(post[k:k + 3]) for k in range(0, len(post), 3))
                out.append(json.dumps({"id": f"{file.stem}:{len(out) + 1}", "text": text}, ensure_ascii=False))
                post = []
    return out


def write_input(corpora: list[Path], repeat: int, path: Path, ud: bool = False) -> int:
    """The corpora's posts ``repeat`` times, the repeats' ids made distinct (``id#2``, ...); lines that are
    not posts are copied as they are."""
    rows = [line for corpus in corpora for line in corpus.read_text(encoding="utf-8").splitlines()]
    if ud:
        rows += ud_posts()
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


def run_child(path: Path, out: Path, workers: int, backend: str, seen: bool, report: Path) -> dict:
    """One `ltreports batch` in a fresh process; its probe's report, the whole command's wall and CPU (its own
    and its workers', from the kernel's account of the finished process) and what happened after the run."""
    import subprocess

    cmd = [sys.executable, __file__, "--child", str(report), *(["--seen"] if seen else []), "--",
           "batch", str(path), "-o", str(out), "--workers", str(workers), "--backend", backend]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"ltreports batch failed ({proc.returncode}): {err[-2000:]}")
    r = json.loads(report.read_text(encoding="utf-8"))
    r["wall"], r["total_cpu"] = wall, usage.ru_utime + usage.ru_stime
    workers_cpu = sum(w["cpu"] for w in r["workers"])
    r["end_cpu"] = max(0.0, r["total_cpu"] - r["start_cpu"] - r["parent_cpu"] - workers_cpu)
    return r


def describe(n: int, r: dict) -> str:
    ws = r["workers"]

    def each(key: str, fmt: str) -> str:
        return " / ".join(format(w[key], fmt) for w in ws)

    parts = " + ".join(f"{k} {v:.2f}" for k, v in r["parts"].items())
    return (f"  {n} worker{'s' if n > 1 else ' '}: start {r['start_cpu']:.2f} s CPU ({parts}), "
            f"{r['start_wall']:.2f} s wall | run {r['run_wall']:.2f} s wall, parent {r['parent_cpu']:.2f} s CPU, "
            f"workers {each('cpu', '.2f')} s CPU ({each('documents', 'd')} documents, waited "
            f"{each('idle', '.2f')} s between them) | end {r['end_cpu']:.2f} s CPU | command {r['wall']:.2f} s wall, "
            f"{r['total_cpu']:.2f} s CPU | load {r['load']:.1f}")


def idle_wall(r: dict) -> float:
    """The command's wall time on as many idle cores as it has workers (at least 2), from its CPU times.

    One worker and its parent each have a core. Several workers share the cores with their parent, and
    share the documents by what each can take (a free worker always gets the next one): on idle cores they
    finish together, so their CPU and the parent's are split evenly. The split measured here follows the
    CPU the shared machine gave each worker, not what the pool did."""
    ws = [w["cpu"] for w in r["workers"]]
    cores = max(2, len(ws))
    run = max(ws[0], r["parent_cpu"]) if len(ws) == 1 else (sum(ws) + r["parent_cpu"]) / cores
    return r["start_cpu"] + run + r["end_cpu"]


def summarize(runs: dict[int, list[dict]], documents: int) -> list[str]:
    import statistics

    def med(n: int, f) -> float:
        return statistics.median(f(r) for r in runs[n])

    start = {n: med(n, lambda r: r["start_cpu"]) for n in runs}
    end = {n: med(n, lambda r: r["end_cpu"]) for n in runs}
    parent = {n: med(n, lambda r: r["parent_cpu"]) for n in runs}
    work = {n: med(n, lambda r: sum(w["cpu"] for w in r["workers"])) for n in runs}
    busier = med(2, lambda r: max(w["cpu"] for w in r["workers"]))
    strings = {n: med(n, lambda r: sum(w.get("new_strings", 0) for w in r["workers"])) for n in runs}
    idle = {n: med(n, idle_wall) for n in runs}
    lines = [
        f"  CPU: start {start[1]:.2f} / {start[2]:.2f} s, parent during the run {parent[1]:.2f} / {parent[2]:.2f} s, "
        f"workers {work[1]:.2f} / {work[2]:.2f} s (2 workers: {work[2] / work[1] - 1:+.0%}; the busier "
        f"{busier:.2f} s), end {end[1]:.2f} / {end[2]:.2f} s (1 / 2 workers)",
        f"  strings added to the workers' vocabularies (words met anew, a count the load does not blur): "
        f"1 worker {strings[1]:,.0f}, 2 workers {strings[2]:,.0f} in all ({strings[2] / max(strings[1], 1) - 1:+.0%})",
        f"  on 2 idle cores (from CPU times): 1 worker {idle[1]:.2f} s, 2 workers {idle[2]:.2f} s: "
        f"the whole command {idle[1] / idle[2]:.2f}x; after the fork {2 * work[1] / (work[2] + parent[2]):.2f}x; "
        f"serial part "
        f"(start + end) {start[2] + end[2]:.2f} s = {(start[2] + end[2]) / idle[2]:.0%} of the 2-worker time",
    ]
    # with the workers' CPU split perfectly (no extra CPU for 2, no parent): what the serial part alone allows;
    # (s + W) / (s + W / 2) >= T needs s <= W (2 - T) / (2 (T - 1)): an eighth of the conversion for 1.8x
    serial = start[2] + end[2]
    cap = (start[1] + work[1] + end[1]) / (serial + work[1] / 2)
    lines.append(f"  the serial part alone caps it at {cap:.2f}x: it is {serial / work[1]:.0%} of the conversion's "
                 f"CPU; {TARGET}x needs under {(2 - TARGET) / (2 * (TARGET - 1)):.1%}")
    wall = {n: med(n, lambda r: r["wall"]) for n in runs}
    lines.append(f"  measured here: {wall[1]:.2f} s / {wall[2]:.2f} s wall = {wall[1] / wall[2]:.2f}x "
                 f"(load average {os.getloadavg()[0]:.1f}: on a shared machine the wall clock understates it)")
    return lines


def measure(corpora: list[Path], repeat: int, ud: bool, rounds: int, backend: str, seen: bool, tmp: Path) -> None:
    path = tmp / "in.jsonl"
    documents = write_input(corpora, repeat, path, ud)
    # once on one post, not measured: the derived-data cache (resources.derived) filled, as after an install
    first = tmp / "first.jsonl"
    first.write_text(path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n", encoding="utf-8")
    run_child(first, tmp / "first-out.jsonl", 1, backend, False, tmp / "report.json")
    names = "+".join([p.stem for p in corpora] + (["UD treebank sentences"] if ud else []))
    print(f"{documents} documents ({names} x {repeat}{', distinct ids' if repeat > 1 else ''}), backend {backend}, "
          f"{'caches filled before the fork' if seen else 'every post unseen by the process'}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(rounds):
        for n in (1, 2):
            r = run_child(path, tmp / f"out{n}.jsonl", n, backend, seen, tmp / "report.json")
            runs[n].append(r)
            print(describe(n, r))
    for line in summarize(runs, documents):
        print(line)
    same = (tmp / "out1.jsonl").read_bytes() == (tmp / "out2.jsonl").read_bytes()
    print(f"  outputs of 1 and 2 workers byte-identical: {'yes' if same else 'NO'}")


def main() -> None:
    if "--child" in sys.argv:  # the command itself: --child REPORT [--seen] -- batch ...
        at = sys.argv.index("--")
        options, sys.argv[1:] = sys.argv[1:at], sys.argv[at + 1:]
        sys.argv[0] = "ltreports"
        child(Path(options[1]), "--seen" in options)
        return
    import argparse
    import compileall
    import importlib.util
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, nargs="+", help="the input's posts (default: train, then the archive)")
    ap.add_argument("--repeat", type=int, default=1, help="with --corpus: the posts are repeated this many times")
    ap.add_argument("--ud", action="store_true", help="with --corpus: add posts made of the UD treebanks' sentences")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each kind (medians are printed)")
    ap.add_argument("--backend", default="spacy")
    ap.add_argument("--seen", action="store_true", help="convert the posts once before the fork (warm caches)")
    args = ap.parse_args()

    spec = importlib.util.find_spec("ltreports")  # this checkout's, or the one $PYTHONPATH names (comparisons)
    package = Path(spec.origin).parent if spec and spec.origin else REPO / "src" / "ltreports"
    compileall.compile_dir(str(package), quiet=2)  # the bytecode an installed package has
    print(f"ltreports from {package}")
    inputs = [(args.corpus, args.repeat, args.ud)] if args.corpus else [(TRAIN, 1, False), (ARCHIVE, 1, True),
                                                                         (ARCHIVE, 4, False)]
    with tempfile.TemporaryDirectory() as tmp:
        for corpora, repeat, ud in inputs:
            measure(corpora, repeat, ud, args.rounds, args.backend, args.seen, Path(tmp))


if __name__ == "__main__":
    main()
