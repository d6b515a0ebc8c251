"""Build the stanza training and model-selection files from the UD Lithuanian treebanks.

train = ALKSNIS dev + HSE train + HSE dev; dev (model selection) = HSE test. ALKSNIS test is held out
for the benchmark only. The files go to ``training/work/stanza/`` (git-ignored): the treebanks are
never copied into the repository. For the tokenizer, each CoNLL-U file also gets its raw text
(``*.txt``: words joined as SpaceAfter says, a blank line between documents and paragraphs) and
stanza's character labels (``*.toklabels``, by ``stanza.utils.datasets.prepare_tokenizer_data``).

Harmonisation: HSE's own XPOS scheme differs from ALKSNIS's, so XPOS is dropped everywhere (ltreports
uses UPOS + features only); HSE lowercases many proper-noun lemmas ("Vanda" → "vanda"), so a PROPN or
capitalised-initial lemma takes the word form's initial capital, as ALKSNIS does. The enhanced
dependencies (DEPS) column is blanked.

    python training/stanza/prepare.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from ltreports.config import data_dir  # noqa: E402

WORK = REPO / "training" / "work" / "stanza"
TRAIN = [
    ("ud-lt-alksnis", "lt_alksnis-ud-dev.conllu"),
    ("ud-lt-hse", "lt_hse-ud-train.conllu"),
    ("ud-lt-hse", "lt_hse-ud-dev.conllu"),
]
DEV = [("ud-lt-hse", "lt_hse-ud-test.conllu")]
TEST = ("ud-lt-alksnis", "lt_alksnis-ud-test.conllu")


def treebank(folder: str, name: str) -> Path:
    base = data_dir()
    if base is None:
        raise SystemExit("no data folder: set LTREPORTS_DATA to the folder holding ud-lt-alksnis/ud-lt-hse")
    path = base / folder / name
    if not path.is_file():
        raise SystemExit(f"missing treebank file {path}")
    return path


def fix_line(line: str, hse: bool) -> str:
    cols = line.rstrip("\n").split("\t")
    if len(cols) != 10 or not cols[0].isdigit():
        return line + "\n"
    form, lemma, upos = cols[1], cols[2], cols[3]
    if hse and form[:1].isupper() and lemma[:1].islower() and (upos == "PROPN" or lemma.endswith(".")):
        cols[2] = lemma[:1].upper() + lemma[1:]
    cols[4] = "_"
    cols[8] = "_"
    return "\t".join(cols) + "\n"


def convert(sources: list[tuple[str, str]], out: Path) -> int:
    sentences = 0
    with out.open("w", encoding="utf-8") as w:
        for folder, name in sources:
            hse = folder == "ud-lt-hse"
            text = treebank(folder, name).read_text(encoding="utf-8").strip("\n")
            for line in text.split("\n"):
                if line.startswith("# sent_id"):
                    sentences += 1
                w.write(fix_line(line, hse) if line.strip() and not line.startswith("#") else line + "\n")
            w.write("\n")
    return sentences


def raw_text(conllu: Path, out: Path) -> None:
    """The text the tokens were cut from: SpaceAfter=No joins, a space otherwise, "\\n\\n" at new docs/paragraphs."""
    parts: list[str] = []
    sentence: list[str] = []
    for line in conllu.read_text(encoding="utf-8").split("\n"):
        if line.startswith(("# newdoc", "# newpar")) and parts:
            parts[-1] = parts[-1].rstrip(" ") + "\n\n"
        elif not line.strip():
            if sentence:
                parts.append("".join(sentence).rstrip(" ") + " ")
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    out.write_text("".join(parts).rstrip() + "\n", encoding="utf-8")


def tokenizer_labels(stem: Path) -> None:
    from stanza.utils.datasets import prepare_tokenizer_data

    conllu, txt = stem.with_suffix(".conllu"), stem.with_suffix(".txt")
    raw_text(conllu, txt)
    labels, mwt = stem.with_suffix(".toklabels"), stem.parent / f"{stem.name}-mwt.json"
    prepare_tokenizer_data.main([str(txt), str(conllu), "-o", str(labels), "-m", str(mwt)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=WORK)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    n_train = convert(TRAIN, args.out / "train.conllu")
    n_dev = convert(DEV, args.out / "dev.conllu")
    n_test = convert([TEST], args.out / "test.conllu")
    for name in ("train", "dev", "test"):
        tokenizer_labels(args.out / name)
    print(f"train {n_train} sentences, dev {n_dev}, test (held out) {n_test} → {args.out}")


if __name__ == "__main__":
    main()
