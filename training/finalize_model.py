"""Write the model's meta (name, licence, data sources) after training."""

from __future__ import annotations

import json
import sys
from pathlib import Path

META = {
    "lang": "lt",
    "name": "ltreports_morph",
    "version": "0.1.0",
    "description": "ltreports Lithuanian morphology: tok2vec + morphologizer (UPOS, Case/Gender/Number/"
    "Definite/Degree/VerbForm) + edit-tree lemmatizer. Trained on UD Lithuanian ALKSNIS dev + HSE "
    "train/dev; ALKSNIS test held out.",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "UD Lithuanian ALKSNIS v2.17 (dev split)", "license": "CC BY-SA 4.0",
         "url": "https://github.com/UniversalDependencies/UD_Lithuanian-ALKSNIS"},
        {"name": "UD Lithuanian HSE (train and dev splits)", "license": "CC BY-SA 4.0",
         "url": "https://github.com/UniversalDependencies/UD_Lithuanian-HSE"},
    ],
}


def main(path: str) -> None:
    meta_path = Path(path) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
