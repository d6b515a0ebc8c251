"""Morphology benchmark on UD Lithuanian ALKSNIS test (held out from training), gold tokenization.

    .venv/bin/python benchmarks/morphology.py [--limit N]

Prints lemma accuracy (all words; PROPN words), UPOS accuracy, for the trained model alone and for the
final pipeline (dictionary + model, ``ltr_morphology``), and the cached analysis throughput.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "training"))

from convert import read_conllu  # noqa: E402

from ltreports.config import data_dir  # noqa: E402
from ltreports.matches import register_extensions  # noqa: E402
from ltreports.morphology import get_analyzer  # noqa: E402
from ltreports.morphology.component import MorphologyAnnotator  # noqa: E402
from ltreports.pipeline import base_pipeline, morphology_model_path  # noqa: E402


def score(docs: list[Doc], gold: list[list[list[str]]]) -> dict[str, float]:
    n = lemma_ok = lemma_ci = pos_ok = propn = propn_ok = 0
    for doc, sent in zip(docs, gold, strict=True):
        for token, cols in zip(doc, sent, strict=True):
            n += 1
            lemma_ok += token.lemma_ == cols[2]
            lemma_ci += token.lemma_.lower() == cols[2].lower()
            pos_ok += token.pos_ == cols[3]
            if cols[3] == "PROPN":
                propn += 1
                propn_ok += token.lemma_ == cols[2]
    return {
        "words": n,
        "lemma_acc": lemma_ok / n,
        "lemma_acc_nocase": lemma_ci / n,
        "propn_lemma_acc": propn_ok / max(propn, 1),
        "upos_acc": pos_ok / n,
    }


def throughput(words: list[str], rounds: int = 20) -> float:
    analyzer = get_analyzer()
    for w in words:
        analyzer.analyze(w)
    start = time.perf_counter()
    for _ in range(rounds):
        for w in words:
            analyzer.analyze(w)
    return rounds * len(words) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args()
    base = data_dir()
    if base is None:
        raise SystemExit("set LTREPORTS_DATA to the folder with ud-lt-alksnis")
    gold = list(read_conllu(base / "ud-lt-alksnis" / "lt_alksnis-ud-test.conllu"))
    if args.limit:
        gold = gold[: args.limit]
    register_extensions()
    nlp = base_pipeline()
    print(f"model: {morphology_model_path() or 'none (blank pipeline)'}")
    annotator = MorphologyAnnotator()

    def run(words: list[str], spaces: list[bool]) -> tuple[Doc, Doc]:
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for name, proc in nlp.pipeline:
            if name != "ltr_sentences":
                doc = proc(doc)
        model_only = doc.copy()
        return model_only, annotator(doc)

    start = time.perf_counter()
    model_docs, final_docs = [], []
    for sent in gold:
        m, f = run([c[1] for c in sent], ["SpaceAfter=No" not in c[9] for c in sent])
        model_docs.append(m)
        final_docs.append(f)
    elapsed = time.perf_counter() - start
    print(f"ALKSNIS test: {len(gold)} sentences, gold tokenization, {elapsed:.1f} s")
    for label, docs in (("model only", model_docs), ("dictionary + model", final_docs)):
        s = score(docs, gold)
        print(
            f"  {label:20s} lemma {s['lemma_acc']:.4f} (ignoring case {s['lemma_acc_nocase']:.4f})  "
            f"PROPN lemma {s['propn_lemma_acc']:.4f}  UPOS {s['upos_acc']:.4f}  ({s['words']} words)"
        )
    words = list(dict.fromkeys(c[1] for sent in gold for c in sent))
    print(f"cached analysis throughput: {throughput(words):,.0f} words/s ({len(words)} distinct words)")


if __name__ == "__main__":
    main()
