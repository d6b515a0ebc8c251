#!/usr/bin/env bash
# Retrain the morphology model into models/lt_ltreports_morph/ (about 10-15 min on 2 CPU cores).
#   bash training/train_morph.sh            (run from the repository root)
# Needs LTREPORTS_DATA (or ../shared/data) with ud-lt-alksnis/ and ud-lt-hse/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
export LTREPORTS_DATA=${LTREPORTS_DATA:-$(cd .. && pwd)/shared/data}
$PY training/convert.py --out training/work
nice -n 10 $PY -m spacy train training/morph.cfg --output training/work/output \
    --paths.train training/work/train.spacy --paths.dev training/work/dev.spacy \
    --nlp.batch_size 256 "$@"
rm -rf models/lt_ltreports_morph
cp -r training/work/output/model-best models/lt_ltreports_morph
$PY training/finalize_model.py models/lt_ltreports_morph
echo "model saved to models/lt_ltreports_morph"
