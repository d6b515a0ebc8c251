#!/usr/bin/env bash
# Train the stanza Lithuanian tagger (UPOS + features), lemmatizer and tokenizer for ltreports; CPU, no network.
#
#   training/stanza/train.sh            # prepare + tagger + lemma + tokenizer + install into models/stanza/
#   training/stanza/train.sh tagger     # one step: prepare | tagger | lemma | tokenizer | install
#
# Data: ALKSNIS dev + HSE train/dev (train), HSE test (model selection); ALKSNIS test is held out.
# Each model trains on one niced CPU thread and is stopped after MAX_SECONDS (24 min) at the latest,
# keeping the best checkpoint on the model-selection set (about 47 min for all three on a shared machine).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PY="${PYTHON:-$REPO/.venv/bin/python}"
WORK="$REPO/training/work/stanza"
MODELS="$REPO/models/stanza"
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
NICE="nice -n 15"
TAGGER_STEPS="${TAGGER_STEPS:-2000}"
LEMMA_EPOCHS="${LEMMA_EPOCHS:-12}"
TOKENIZER_STEPS="${TOKENIZER_STEPS:-3000}"
# wall-time guard per model (the best checkpoint so far is kept when it stops a run)
MAX_SECONDS="${MAX_SECONDS:-1440}"

prepare() { $PY "$HERE/prepare.py" --out "$WORK"; }

tagger() {
  mkdir -p "$WORK/pos"
  cd "$WORK"
  timeout "$MAX_SECONDS" $NICE $PY -m stanza.models.tagger --mode train --cpu --lang lt --shorthand lt_alksnis \
    --train_file train.conllu --eval_file dev.conllu --output_file pos/dev.pred.conllu \
    --no_pretrain --batch_size 32 --hidden_dim 128 --char_hidden_dim 128 \
    --deep_biaff_hidden_dim 128 --composite_deep_biaff_hidden_dim 64 \
    --dropout 0.33 --word_dropout 0.2 \
    --max_steps "$TAGGER_STEPS" --eval_interval 100 --log_step 50 \
    --save_dir pos --save_name lt_ltreports_tagger.pt 2>&1 | tee pos/train.log || true
}

tokenizer() {
  mkdir -p "$WORK/tokenize"
  cd "$WORK"
  timeout "$MAX_SECONDS" $NICE $PY -m stanza.models.tokenizer --mode train --cpu --lang lt --shorthand lt_alksnis \
    --txt_file train.txt --label_file train.toklabels --mwt_json_file train-mwt.json \
    --dev_txt_file dev.txt --dev_label_file dev.toklabels --dev_conll_gold dev.conllu \
    --conll_file tokenize/dev.pred.conllu --steps "$TOKENIZER_STEPS" --eval_steps 250 \
    --save_dir tokenize --save_name lt_ltreports_tokenizer.pt 2>&1 | tee tokenize/train.log || true
}

lemma() {
  mkdir -p "$WORK/lemma"
  cd "$WORK"
  timeout "$MAX_SECONDS" $NICE $PY -m stanza.models.lemmatizer --mode train --cpu --shorthand lt_alksnis \
    --train_file train.conllu --eval_file dev.conllu --output_file lemma/dev.pred.conllu \
    --hidden_dim 100 --emb_dim 50 --batch_size 64 --num_epoch "$LEMMA_EPOCHS" --log_step 100 \
    --save_dir lemma --save_name lt_ltreports_lemmatizer.pt 2>&1 | tee lemma/train.log || true
}

install() {
  mkdir -p "$MODELS"
  cp "$WORK/pos/lt_ltreports_tagger.pt" "$MODELS/tagger.pt"
  cp "$WORK/lemma/lt_ltreports_lemmatizer.pt" "$MODELS/lemmatizer.pt"
  cp "$WORK/tokenize/lt_ltreports_tokenizer.pt" "$MODELS/tokenizer.pt"
  echo "{}" > "$MODELS/resources.json"  # stanza needs one; empty: no downloadable packages
  du -sh "$MODELS"/*.pt
}

if [ $# -eq 0 ]; then
  prepare; (tagger); (lemma); (tokenizer); install
else
  for step in "$@"; do "$step"; done
fi
