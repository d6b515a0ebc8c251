"""Convert the UD Lithuanian treebanks (CoNLL-U) to spaCy's binary training format (.spacy).

Training data: ALKSNIS dev + HSE train + HSE dev. Model selection: HSE test.
ALKSNIS test is held out entirely (it is what ``benchmarks/morphology.py`` scores on).

    .venv/bin/python training/convert.py [--out training/work]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from ltreports.config import data_dir

# Morphological features the model learns (a subset of UD's keeps the label set small for little data).
KEEP_FEATURES = ("Case", "Gender", "Number", "Definite", "Degree", "VerbForm")

SPLITS = {
    "train": [
        "ud-lt-alksnis/lt_alksnis-ud-dev.conllu",
        "ud-lt-hse/lt_hse-ud-train.conllu",
        "ud-lt-hse/lt_hse-ud-dev.conllu",
    ],
    "dev": ["ud-lt-hse/lt_hse-ud-test.conllu"],
    "test": ["ud-lt-alksnis/lt_alksnis-ud-test.conllu"],  # held out: benchmark only
}


def filter_feats(feats: str) -> str:
    if feats == "_":
        return ""
    kept = [f for f in feats.split("|") if f.split("=", 1)[0] in KEEP_FEATURES]
    return "|".join(kept)


def read_conllu(path: Path) -> Iterator[list[list[str]]]:
    """Sentences as lists of the 10 CoNLL-U columns (multiword-token and empty-node lines dropped)."""
    sent: list[list[str]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            sent.append(cols)
    if sent:
        yield sent


def sentence_doc(vocab, sent: list[list[str]], keep_all_feats: bool = False) -> Doc:
    words = [c[1] for c in sent]
    spaces = ["SpaceAfter=No" not in c[9] for c in sent]
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[c[2] for c in sent],
        pos=[c[3] for c in sent],
        morphs=[(c[5] if c[5] != "_" else "") if keep_all_feats else filter_feats(c[5]) for c in sent],
        sent_starts=[i == 0 for i in range(len(sent))],
    )
    return doc


def load_split(files: list[str], base: Path, vocab, keep_all_feats: bool = False) -> list[Doc]:
    return [sentence_doc(vocab, s, keep_all_feats) for f in files for s in read_conllu(base / f)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "work")
    parser.add_argument("--per-doc", type=int, default=10, help="sentences per training document")
    args = parser.parse_args()
    base = data_dir()
    if base is None:
        raise SystemExit("no data folder: set LTREPORTS_DATA to the folder with ud-lt-alksnis and ud-lt-hse")
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("lt")
    for split, files in SPLITS.items():
        sents = load_split(files, base, nlp.vocab)
        docs = [Doc.from_docs(sents[i : i + args.per_doc]) for i in range(0, len(sents), args.per_doc)]
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{split}.spacy")
        print(f"{split}: {len(sents)} sentences, {sum(len(d) for d in sents)} tokens -> {split}.spacy")


if __name__ == "__main__":
    main()
