#!/usr/bin/env bash
# Train the stanza Lithuanian POS/features tagger and lemmatizer for ltreports, CPU only, no network.
#
#   training/stanza/train.sh            # prepare + tagger + lemmatizer + install into models/stanza/
#   training/stanza/train.sh tagger     # one step: prepare | tagger | lemma | install
#
# Data: ALKSNIS dev + HSE train/dev (train), HSE test (model selection); ALKSNIS test is held out.
# Each model trains in well under 25 minutes on one (shared, niced) CPU thread.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
WORK="$REPO/training/work/stanza"
MODELS="$REPO/models/stanza"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
NICE="nice -n 15"
TAGGER_STEPS="${TAGGER_STEPS:-500}"
LEMMA_EPOCHS="${LEMMA_EPOCHS:-12}"

prepare() { $PY "$HERE/prepare.py" --out "$WORK"; }

tagger() {
  mkdir -p "$WORK/pos"
  cd "$WORK"
  $NICE $PY -m stanza.models.tagger --mode train --cpu --lang lt --shorthand lt_alksnis \
    --train_file train.conllu --eval_file dev.conllu --output_file pos/dev.pred.conllu \
    --no_pretrain --batch_size 32 --hidden_dim 128 --char_hidden_dim 128 \
    --deep_biaff_hidden_dim 128 --composite_deep_biaff_hidden_dim 64 \
    --max_steps "$TAGGER_STEPS" --eval_interval 100 --log_step 50 \
    --save_dir pos --save_name lt_ltreports_tagger.pt 2>&1 | tee pos/train.log
}

lemma() {
  mkdir -p "$WORK/lemma"
  cd "$WORK"
  $NICE $PY -m stanza.models.lemmatizer --mode train --cpu --shorthand lt_alksnis \
    --train_file train.conllu --eval_file dev.conllu --output_file lemma/dev.pred.conllu \
    --hidden_dim 100 --emb_dim 50 --batch_size 64 --num_epoch "$LEMMA_EPOCHS" --log_step 100 \
    --save_dir lemma --save_name lt_ltreports_lemmatizer.pt 2>&1 | tee lemma/train.log
}

install() {
  mkdir -p "$MODELS"
  cp "$WORK/pos/lt_ltreports_tagger.pt" "$MODELS/tagger.pt"
  cp "$WORK/lemma/lt_ltreports_lemmatizer.pt" "$MODELS/lemmatizer.pt"
  du -sh "$MODELS"/*.pt
}

if [ $# -eq 0 ]; then
  prepare; (tagger); (lemma); install
else
  for step in "$@"; do "$step"; done
fi
