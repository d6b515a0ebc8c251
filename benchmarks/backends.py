"""The spaCy and stanza backends side by side, printed as one table.

    .venv/bin/python benchmarks/backends.py [--limit N] [--skip-corpus] [--skip-ud] [--markdown]

1. UD Lithuanian ALKSNIS test (held out from all training), gold tokenization: lemma accuracy (exact;
   and ignoring case) and UPOS accuracy for
   - the spaCy backend: trained morphologizer + lemmatizer alone, and with ``ltr_morphology`` (the
     Hunspell dictionary choosing lemmas) — the pipeline as ``load_pipeline("spacy")`` runs it;
   - the stanza backend: stanza's own tagger + lemmatizer alone, and with the same ``ltr_morphology``
     layer (dictionary readings first, stanza's UPOS and Case/Gender/Number choosing among them) — the
     pipeline as ``load_pipeline("stanza")`` runs it.
2. Tokenization on the same test set, from its raw text (words joined as SpaceAfter says, sentences by
   a space, documents by a blank line): token and sentence F1 for the ltreports tokenizer +
   ``ltr_sentences`` and for stanza's tokenizer trained here (``LTREPORTS_STANZA_TOKENIZE=1``).
3. The gold dev corpus (``../shared/corpus/dev.jsonl``): each backend extracts every post in a fresh
   subprocess (documents per second after loading, load time, peak resident memory), and the
   output is scored by ``../shared/tools/score.py`` (F1 per metric). Rows: ``spacy``, ``stanza`` (the
   default: ltreports tokens, stanza tags) and ``stanza-tokenizer`` (``LTREPORTS_STANZA_TOKENIZE=1``).

Run with ``OMP_NUM_THREADS=1`` on a shared machine; the figures are single-threaded CPU figures.
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
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "training"))
sys.path.insert(0, str(REPO / "benchmarks"))

from convert import read_conllu  # noqa: E402  (one CoNLL-U reader for training and benchmarks)
from morphology import score as score_morphology  # noqa: E402

CORPUS = SHARED / "corpus" / "dev.jsonl"
SCORER = SHARED / "tools" / "score.py"
os.environ.setdefault("LTREPORTS_DATA", str(SHARED / "data"))
os.environ.setdefault("OMP_NUM_THREADS", "1")

CORPUS_METRICS = ("people", "people_roles", "libraries", "branches", "dates", "visits", "visit_people", "topics")


# --------------------------------------------------------------------------------------- UD test set


def score_ud(docs: list, gold: list[list[list[str]]]) -> dict[str, float]:
    s = score_morphology(docs, gold)
    return {"lemma": s["lemma_acc"], "lemma_nocase": s["lemma_acc_nocase"], "upos": s["upos_acc"], "words": s["words"]}


def ud_rows(limit: int = 0) -> list[dict]:
    import torch

    torch.set_num_threads(1)
    from spacy.tokens import Doc

    from ltreports.config import data_dir
    from ltreports.matches import register_extensions
    from ltreports.morphology.component import MorphologyAnnotator
    from ltreports.pipeline import base_pipeline, morphology_model_path
    from ltreports.stanza_backend import StanzaTagger, stanza_models_dir

    base = data_dir()
    if base is None:
        raise SystemExit("set LTREPORTS_DATA to the folder holding ud-lt-alksnis")
    gold = list(read_conllu(base / "ud-lt-alksnis" / "lt_alksnis-ud-test.conllu"))
    if limit:
        gold = gold[:limit]
    register_extensions()
    nlp = base_pipeline()
    dictionary = MorphologyAnnotator()

    def new_docs() -> list[Doc]:
        return [
            Doc(
                nlp.vocab,
                words=[c[1] for c in sent],
                spaces=["SpaceAfter=No" not in c[9] for c in sent],
                sent_starts=[True] + [False] * (len(sent) - 1),
            )
            for sent in gold
        ]

    rows = []

    def measure(label: str, tag: Callable[[list[Doc]], None]) -> None:
        docs = new_docs()
        start = time.perf_counter()
        tag(docs)
        tagged = time.perf_counter() - start
        alone = score_ud(docs, gold)
        for doc in docs:
            dictionary(doc)
        final = score_ud(docs, gold)
        words = alone["words"]
        rows.append({"system": f"{label} alone", **alone, "words_per_s": words / tagged})
        rows.append({"system": f"{label} + Hunspell layer (the backend)", **final, "words_per_s": None})

    def spacy_tag(docs: list[Doc]) -> None:
        for doc in docs:
            for name, proc in nlp.pipeline:
                if name != "ltr_sentences":
                    proc(doc)

    model = morphology_model_path()
    measure(f"spaCy {'model ' + model.name if model else '(no trained model)'}", spacy_tag)

    try:
        tagger = StanzaTagger()
        tagger.stanza  # noqa: B018
    except RuntimeError as e:
        print(f"stanza backend skipped: {e}", file=sys.stderr)
        return rows

    def stanza_tag(docs: list[Doc]) -> None:
        for i in range(0, len(docs), 64):
            tagger.annotate(docs[i : i + 64])

    measure(f"stanza ({stanza_models_dir().name}/)", stanza_tag)
    return rows


def gold_text(path: Path) -> tuple[str, set[tuple[int, int]], set[tuple[int, int]]]:
    """Raw text of a CoNLL-U file and its gold token and sentence character spans."""
    text = ""
    tokens: set[tuple[int, int]] = set()
    sentences: set[tuple[int, int]] = set()
    sent: list[tuple[int, int]] = []
    for raw in path.read_text(encoding="utf-8").split("\n"):
        if raw.startswith(("# newdoc", "# newpar")) and text:
            text = text.rstrip(" ") + "\n\n"
        elif not raw.strip():
            if sent:
                sentences.add((sent[0][0], sent[-1][1]))
                text = text.rstrip(" ") + " "
            sent = []
        elif not raw.startswith("#"):
            cols = raw.split("\t")
            if cols[0].isdigit():
                start = len(text)
                text += cols[1]
                sent.append((start, len(text)))
                tokens.add((start, len(text)))
                if "SpaceAfter=No" not in cols[9]:
                    text += " "
    return text, tokens, sentences


def f1(gold: set, pred: set) -> float:
    return 2 * len(gold & pred) / (len(gold) + len(pred)) if gold or pred else 1.0


def tokenization_rows() -> list[dict]:
    import spacy

    from ltreports.config import data_dir
    from ltreports.pipeline import tokenizer_config
    from ltreports.stanza_backend import StanzaTokenizer

    base = data_dir()
    assert base is not None
    text, gold_tokens, gold_sents = gold_text(base / "ud-lt-alksnis" / "lt_alksnis-ud-test.conllu")
    nlp = spacy.blank("lt", config=tokenizer_config())
    nlp.add_pipe("ltr_sentences")

    def spans(doc) -> tuple[set, set]:
        toks = {(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space}
        sents = set()
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if words:
                sents.add((words[0].idx, words[-1].idx + len(words[-1].text)))
        return toks, sents

    rows = []
    systems: list[tuple[str, Callable[[str], object]]] = [("ltreports tokenizer + ltr_sentences", nlp)]
    try:
        tokenizer = StanzaTokenizer(nlp.vocab)
        tokenizer.stanza  # noqa: B018
        systems.append(("stanza tokenizer (trained here)", tokenizer))
    except RuntimeError as e:
        print(f"stanza tokenizer skipped: {e}", file=sys.stderr)
    for label, run in systems:
        start = time.perf_counter()
        doc = run(text)
        elapsed = time.perf_counter() - start
        toks, sents = spans(doc)
        rows.append({"system": label, "tokens": f1(gold_tokens, toks), "sentences": f1(gold_sents, sents),
                     "seconds": elapsed, "gold_tokens": len(gold_tokens), "gold_sentences": len(gold_sents)})
    return rows


# --------------------------------------------------------------------------------------- dev corpus


def peak_rss_kb() -> float:
    """This process's peak resident memory. VmHWM (Linux) starts afresh at exec, unlike ru_maxrss, which
    would carry over the parent's peak into a subprocess."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def worker(label: str, out: Path) -> None:
    """Extract every corpus post with one backend; print timing and peak memory as JSON."""
    backend = "stanza" if label.startswith("stanza") else label
    if label == "stanza-tokenizer":
        os.environ["LTREPORTS_STANZA_TOKENIZE"] = "1"
    import torch

    torch.set_num_threads(1)
    from ltreports import batch, load_pipeline

    items = list(batch.read_items(CORPUS))
    start = time.perf_counter()
    load_pipeline(backend)
    loaded = time.perf_counter()
    errors = 0
    with out.open("w", encoding="utf-8") as f:
        for item in items:
            result = batch.process(item, backend)
            errors += isinstance(result, batch.ErrorLine)
            f.write(batch.to_line(result) + "\n")
    done = time.perf_counter()
    maxrss_kb = peak_rss_kb()
    print(json.dumps({
        "backend": label, "docs": len(items), "errors": errors, "load_s": loaded - start,
        "extract_s": done - loaded, "docs_per_s": len(items) / (done - loaded), "peak_mb": maxrss_kb / 1024,
    }))


def corpus_rows() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for backend in ("spacy", "stanza", "stanza-tokenizer"):
            out = Path(tmp) / f"{backend}.jsonl"
            run = subprocess.run(
                [sys.executable, __file__, "--worker", backend, "--out", str(out)],
                capture_output=True, text=True, check=False,
            )
            if run.returncode != 0:
                print(f"{backend}: the worker failed:\n{run.stderr[-2000:]}", file=sys.stderr)
                continue
            stats = json.loads(run.stdout.strip().splitlines()[-1])
            scored = subprocess.run(
                [sys.executable, str(SCORER), str(CORPUS), str(out), "--json"],
                capture_output=True, text=True, check=False,
            )
            figures = json.loads(scored.stdout)
            rows.append({**stats, **{m: figures[m]["f1"] for m in CORPUS_METRICS}})
    return rows


# --------------------------------------------------------------------------------------- the table


def render(ud: list[dict], tokenization: list[dict], corpus: list[dict], markdown: bool) -> str:
    lines: list[str] = []

    def table(header: list[str], body: list[list[str]]) -> None:
        if markdown:
            lines.append("| " + " | ".join(header) + " |")
            lines.append("|" + "|".join("---" for _ in header) + "|")
            lines.extend("| " + " | ".join(r) + " |" for r in body)
        else:
            widths = [max(len(x) for x in col) for col in zip(header, *body, strict=True)]
            for r in [header, *body]:
                lines.append("  ".join(x.ljust(w) for x, w in zip(r, widths, strict=True)))
        lines.append("")

    if ud:
        lines.append(f"UD Lithuanian ALKSNIS test, gold tokenization ({ud[0]['words']} words):")
        table(
            ["system", "lemma", "lemma (ignoring case)", "UPOS", "tagging words/s"],
            [
                [r["system"], f"{r['lemma']:.4f}", f"{r['lemma_nocase']:.4f}", f"{r['upos']:.4f}",
                 f"{r['words_per_s']:,.0f}" if r["words_per_s"] else "—"]
                for r in ud
            ],
        )
    if tokenization:
        first = tokenization[0]
        lines.append(
            f"Tokenization, ALKSNIS test raw text ({first['gold_tokens']} tokens, {first['gold_sentences']} sentences):"
        )
        table(
            ["system", "token F1", "sentence F1", "seconds"],
            [[r["system"], f"{r['tokens']:.4f}", f"{r['sentences']:.4f}", f"{r['seconds']:.1f}"] for r in tokenization],
        )
    if corpus:
        lines.append(f"Dev corpus ({corpus[0]['docs']} posts), F1 by ../shared/tools/score.py; speed and memory:")
        table(
            ["backend", *CORPUS_METRICS, "docs/s", "load s", "peak MB", "errors"],
            [
                [r["backend"], *(f"{r[m]:.3f}" for m in CORPUS_METRICS), f"{r['docs_per_s']:.2f}",
                 f"{r['load_s']:.1f}", f"{r['peak_mb']:.0f}", str(r["errors"])]
                for r in corpus
            ],
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="UD: only the first N test sentences")
    parser.add_argument("--skip-corpus", action="store_true")
    parser.add_argument("--skip-ud", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--worker", choices=("spacy", "stanza", "stanza-tokenizer"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.out)
        return
    ud = [] if args.skip_ud else ud_rows(args.limit)
    tokenization = [] if args.skip_ud else tokenization_rows()
    corpus = [] if args.skip_corpus else corpus_rows()
    print(render(ud, tokenization, corpus, args.markdown))


if __name__ == "__main__":
    main()
