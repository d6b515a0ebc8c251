"""Doc extensions that survive ``doc.to_bytes()``, ``DocBin`` and ``nlp.pipe(n_process=...)``.

The extractors keep their matches as small frozen dataclasses (``Match`` holding a ``DateFact``,
``PersonFact``, ...). spaCy serialises ``doc.user_data`` with srsly's msgpack, which knows no
dataclasses; the encoder and decoder registered here write an ltreports dataclass as a tagged map of
its fields and read it back as the same class. Only classes from ltreports' own modules are rebuilt.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import srsly

TAG = "__ltreports__"


def encode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    cls = type(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type) and cls.__module__.startswith("ltreports."):
        fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        return {TAG: f"{cls.__module__}:{cls.__qualname__}", "fields": fields}
    return obj if chain is None else chain(obj)


def decode(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    if isinstance(obj, dict) and TAG in obj:
        module_name, _, name = str(obj[TAG]).partition(":")
        if not module_name.startswith("ltreports."):
            raise ValueError(f"refusing to rebuild {obj[TAG]!r}: not an ltreports class")
        cls = getattr(importlib.import_module(module_name), name)
        tuples = {f.name for f in dataclasses.fields(cls) if str(f.type).startswith("tuple")}
        fields = {k: tuple(v) if k in tuples and isinstance(v, list) else v for k, v in obj["fields"].items()}
        return cls(**fields)
    return obj if chain is None else chain(obj)


def register() -> None:
    """Register the msgpack hooks with srsly (idempotent)."""
    srsly.msgpack_encoders.register("ltreports", func=encode)
    srsly.msgpack_decoders.register("ltreports", func=decode)
