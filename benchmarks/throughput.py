"""Throughput of ``ltreports.extract``, in one run: every figure of the README's speed table.

    .venv/bin/python benchmarks/throughput.py                  # spaCy backend, then stanza, then the CLI
    .venv/bin/python benchmarks/throughput.py --no-stanza --no-batch --sizes 1000,10000

Prints, for the posts of ``../shared/corpus/{train,dev}.jsonl`` (single process, one core):
- posts/s on posts the process has not seen (every word new to its caches) and on the same posts again;
- the same posts through ``spacy.blank("lt")`` (tokenizer only) and the ratio of the two;
- milliseconds per post for each step (text preparation, tokenizer, each component, report), in a process of
  their own whose first pass meets every post for the first time, then on the same posts again;
- peak RSS; the time for one post of 1 kB, 10 kB, 100 kB, 1 MB (built from corpus paragraphs);
- the stanza backend's posts/s and ratio (in a child process, its own RSS);
- ``ltreports --version`` and a cold ``ltreports extract`` of the seed post; ``ltreports batch``
  on the train posts with 1 and 2 workers.
Posts/s, the blank tokenizer's rate, the steps and the long posts are timed in CPU time of this
process (``time.process_time``: one core's work, not the other processes' on a shared machine); the
CLI and batch figures are wall and CPU time (the command and its children). The load average is printed
first and last. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.modules.setdefault("torch", None)  # type: ignore[arg-type]  (as the CLI: thinc need not import torch)
os.environ.setdefault("LTREPORTS_TUNE_GC", "1")  # as the CLI: pipeline.tune_gc() after the load (children inherit)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = [SHARED / "corpus" / "train.jsonl", SHARED / "corpus" / "dev.jsonl"]
SEED = SHARED / "seed" / "000_623d5be2e6b37c1a.txt"
BIN = Path(sys.executable).parent
cpu = time.process_time  # one process, one thread: its CPU time is the work done on one core


def posts(paths: list[Path]) -> list[dict]:
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            out.extend(json.loads(line) for line in f if line.strip())
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def steps(nlp, docs: list[dict]) -> dict[str, float]:
    """Seconds per step over ``docs``, the steps of ``ltreports.extract`` run one by one."""
    from ltreports.api import parse_published
    from ltreports.libraries.component import set_document_context
    from ltreports.report import build_report
    from ltreports.schema import Source
    from ltreports.text_input import prepare

    total: dict[str, float] = {}

    def add(name: str, t0: float) -> float:
        t1 = cpu()
        total[name] = total.get(name, 0.0) + t1 - t0
        return t1

    for d in docs:
        t = cpu()
        prepared = prepare(d["text"])
        t = add("prepare text", t)
        doc = nlp.make_doc(prepared.text)
        doc._.ltr_published = parse_published(d.get("published"))
        doc._.ltr_warnings = []
        set_document_context(doc, url=d.get("url"), gazetteer=None)
        t = add("tokenizer", t)
        for name, proc in nlp.pipeline:
            doc = proc(doc)
            t = add(name, t)
        build_report(doc, Source(id=str(d.get("id"))), [])
        add("report", t)
    return total


def print_steps(docs: list[dict]) -> None:
    """ms per post by step, first on posts new to the process, then on the same posts again; the time of the
    garbage collector's passes apart (they fall in whichever step allocates when a generation fills)."""
    import gc

    import ltreports

    nlp = ltreports.load_pipeline("spacy")
    ltreports.extract(SEED.read_text(encoding="utf-8"))  # warm up on another text, as backend_figures
    print(f"pipeline: {', '.join(nlp.pipe_names)}")
    collecting = [0.0, 0.0]  # start, total

    def timer(phase: str, info: dict) -> None:
        if phase == "start":
            collecting[0] = cpu()
        else:
            collecting[1] += cpu() - collecting[0]

    gc.callbacks.append(timer)
    for label in ("unseen words", "seen words"):
        collecting[1] = 0.0
        total = steps(nlp, docs)
        whole = sum(total.values())
        row = " | ".join(f"{name} {t / len(docs) * 1000:.2f}" for name, t in total.items())
        print(
            f"ms per post, {label} (sum {whole / len(docs) * 1000:.1f}, of which garbage collection "
            f"{collecting[1] / len(docs) * 1000:.2f}): {row}"
        )
    gc.callbacks.remove(timer)


def timed_extract(docs: list[dict], backend: str) -> float:
    import ltreports

    t0 = cpu()
    for d in docs:
        ltreports.extract(d["text"], published=d.get("published"), backend=backend)
    return cpu() - t0


def blank_rate(docs: list[dict], repeat: int = 3) -> float:
    import spacy

    nlp = spacy.blank("lt")
    best = float("inf")
    for _ in range(repeat):
        t0 = cpu()
        for d in docs:
            nlp(d["text"])
        best = min(best, cpu() - t0)
    return len(docs) / best


def backend_figures(backend: str, docs: list[dict]) -> dict:
    """Load, unseen and seen posts/s, the blank tokenizer's posts/s in the same process, peak RSS."""
    import ltreports

    t0 = time.perf_counter()
    ltreports.load_pipeline(backend)
    loaded = time.perf_counter() - t0  # wall time: loading reads files
    ltreports.extract(SEED.read_text(encoding="utf-8"), backend=backend)  # warm up on another text
    blank_before = blank_rate(docs)
    cpu = time.process_time()
    unseen = timed_extract(docs, backend)
    cpu_unseen, cpu = time.process_time() - cpu, time.process_time()
    seen = timed_extract(docs, backend)
    cpu_seen = time.process_time() - cpu
    blank_after = blank_rate(docs)
    blank = (blank_before + blank_after) / 2
    n = len(docs)
    torch = sys.modules.get("torch")
    return {
        "backend": backend, "load_s": loaded, "unseen": n / unseen, "seen": n / seen, "blank": blank,
        "ratio_unseen": n / unseen / blank, "ratio_seen": n / seen / blank, "peak_mb": peak_mb(),
        "torch_threads": torch.get_num_threads() if torch is not None else None,
        "cpu_unseen": n / cpu_unseen, "cpu_seen": n / cpu_seen,  # posts per CPU second: less load-dependent
    }


def print_backend(f: dict) -> None:
    print(
        f"{f['backend']:7s} load {f['load_s']:.2f} s | CPU time: unseen {f['unseen']:.1f} posts/s | seen "
        f"{f['seen']:.1f} posts/s | blank tokenizer {f['blank']:.0f} posts/s | ratio unseen {f['ratio_unseen']:.3f}, "
        f"seen {f['ratio_seen']:.3f} | peak RSS {f['peak_mb']:.0f} MB"
        + (f" | per CPU second: unseen {f['cpu_unseen']:.1f}, seen {f['cpu_seen']:.1f}" if "cpu_seen" in f else "")
        + (f" | torch threads {f['torch_threads']}" if f.get("torch_threads") else "")
    )


def sized_posts(docs: list[dict], sizes: list[int]) -> list[str]:
    paragraphs = [p for d in docs for p in d["text"].split("\n\n") if p.strip()]
    out = []
    for size in sizes:
        parts: list[str] = []
        length = 0
        i = 0
        while length < size:
            p = paragraphs[i % len(paragraphs)]
            parts.append(p)
            length += len(p) + 2
            i += 1
        out.append("\n\n".join(parts)[:size])
    return out


def run(cmd: list[str], **kw) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - t0


def run_cpu(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (the command and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = run(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def best(cmd: list[str], times: int) -> str:
    wall, cpu = min(run_cpu(cmd) for _ in range(times))
    return f"{wall:.2f} s wall, {cpu:.2f} s CPU (best of {times})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000,1000000", help="post sizes in characters")
    ap.add_argument("--no-stanza", action="store_true")
    ap.add_argument("--no-batch", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)  # run one backend's figures, print JSON
    args = ap.parse_args()
    docs = posts(CORPUS)
    if args.child == "steps":
        print_steps(docs)
        return
    if args.child:
        if args.child == "stanza":
            del sys.modules["torch"]
        print(json.dumps(backend_figures(args.child, docs)))
        return

    print(load())
    print(f"{len(docs)} posts, {sum(len(d['text']) for d in docs) / len(docs) / 1000:.1f} k characters on average")
    figures = backend_figures("spacy", docs)
    print_backend(figures)

    import ltreports

    # the steps in a process of their own: its first pass meets every post (every word, chunk and lexeme) for
    # the first time, as the unseen posts/s above do, where clearing the word caches here would leave the
    # tokenizer's chunks, spaCy's lexemes and the extractors' own caches warm
    out = subprocess.run([sys.executable, __file__, "--child", "steps"], capture_output=True, text=True, check=True)
    print(out.stdout.strip())

    sizes = [int(s) for s in args.sizes.split(",") if s]
    for size, text in zip(sizes, sized_posts(docs, sizes), strict=True):
        t0 = cpu()
        try:
            ltreports.extract(text)
        except Exception as e:  # report it and go on: the other figures still count
            print(f"post of {size / 1000:g} k characters: failed ({type(e).__name__}: {e})")
            continue
        elapsed = cpu() - t0
        print(f"post of {size / 1000:g} k characters: {elapsed:.3f} s ({elapsed / size * 1e6:.1f} µs per character)")
    print(f"peak RSS (spaCy backend, after the long posts): {peak_mb():.0f} MB")

    if not args.no_stanza:
        out = subprocess.run(
            [sys.executable, __file__, "--child", "stanza"], capture_output=True, text=True, check=False
        )
        if out.returncode == 0:
            print_backend(json.loads(out.stdout.strip().splitlines()[-1]))
        else:
            print(f"stanza: unavailable ({out.stderr.strip().splitlines()[-1] if out.stderr.strip() else '?'})")

    cli = str(BIN / "ltreports")
    print(f"ltreports --version: {best([cli, '--version'], 3)}")
    print(f"ltreports --help: {best([cli, '--help'], 3)}")
    print(f"ltreports extract (cold, the seed post): {best([cli, 'extract', str(SEED)], 2)}")
    if not args.no_batch:
        with tempfile.TemporaryDirectory() as tmp:
            times, cpus = {}, {}
            for workers in (1, 2):
                cmd = [cli, "batch", str(CORPUS[0]), "-o", f"{tmp}/out{workers}.jsonl", "--workers", str(workers)]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                times[workers] = run(cmd)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus[workers] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            same = Path(f"{tmp}/out1.jsonl").read_bytes() == Path(f"{tmp}/out2.jsonl").read_bytes()
            print(
                f"ltreports batch train ({len(posts(CORPUS[:1]))} posts): 1 worker {times[1]:.1f} s, "
                f"2 workers {times[2]:.1f} s ({times[1] / times[2]:.2f}×) wall; CPU of the command and its workers "
                f"{cpus[1]:.1f} s / {cpus[2]:.1f} s; outputs identical: {'yes' if same else 'NO'} "
                "(benchmarks/batch.py: where the time goes, the speed-up on idle cores from CPU times)"
            )
    print(load())


if __name__ == "__main__":
    main()
