"""Start-up: the garbage collector paused while the command line imports and the pipeline is built.

The imports and the pipeline's build allocate objects that live as long as the process; the cyclic
collector's ~200 collections during them find almost no garbage (0.07 s of a 0.8 s start-up)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """The cyclic garbage collector off for the block, then as it was. Imports and the pipeline's build
    allocate objects that live as long as the process; the collections they set off (about 200, two of
    them over the whole heap) found almost no garbage and cost 0.07 s of a 0.8 s start-up."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
