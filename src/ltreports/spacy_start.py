"""Start-up: importing spaCy without its command line (``spacy.cli`` runs when first used, not on
``import spacy``), and the garbage collector paused while start-up builds objects that live on.

``import spacy`` runs ``from .cli.info import info``, which imports the whole of spaCy's command line
(``spacy.cli``: weasel, httpx, requests, the project and training commands, some 240 modules, about
0.15 s of CPU) though no extraction uses it. ``defer_cli()`` (called by ``ltreports/__init__``, before
anything of ltreports imports spaCy) puts a finder on ``sys.meta_path`` that, only while spaCy's own
``__init__`` runs, gives ``spacy.cli`` and ``spacy.cli.info`` as deferred modules: their names are
there, their code runs on the first access to anything they define. So ``spacy.cli.download(...)``,
``from spacy.cli import app``, ``import spacy.cli.train``, ``python -m spacy`` and ``spacy.info()`` work as
before, loading the command line when they are used. A process that imported spaCy before ltreports is
left as it is.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.machinery
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

DEFERRED = ("spacy.cli", "spacy.cli.info")
LOADERS = (importlib.machinery.SourceFileLoader, importlib.machinery.SourcelessFileLoader)


class _Deferred(ModuleType):
    """A module whose code runs when a name it lacks is first asked for."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or not _load(self):
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        return getattr(self, name)

    def __setattr__(self, name: str, value: Any) -> None:
        # the import system sets the package's `info` to the submodule; spaCy's __init__ makes it the function
        if self.__name__ == "spacy.cli" and name == "info" and isinstance(value, _Deferred):
            value = _info
        super().__setattr__(name, value)


def _load(module: ModuleType) -> bool:
    """Run the deferred module's real code in it (once); False when it is loaded (or loading) already."""
    real = module.__dict__.pop("_ltreports_real_spec", None)
    if real is None:
        return False
    module.__class__ = ModuleType  # an ordinary module from now on
    module.__spec__, module.__loader__ = real, real.loader
    if module.__name__ == "spacy.cli":  # the package's __init__ imports .info: let that be the real one
        info = sys.modules.get("spacy.cli.info")
        if info is not None:
            _load(info)
    real.loader.exec_module(module)
    return True


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, loaded on the first call."""
    module = sys.modules["spacy.cli.info"]
    _load(module)
    return module.info(*args, **kwargs)


class _Loader:
    def __init__(self, real: importlib.machinery.ModuleSpec) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        module = _Deferred(spec.name)
        module.__dict__["_ltreports_real_spec"] = self.real
        if spec.name == "spacy.cli.info":
            module.__dict__["info"] = _info
        return module

    def exec_module(self, module: ModuleType) -> None:
        pass  # the real code runs on first use (_Deferred.__getattr__)


class _Finder:
    """Gives the deferred modules while spaCy's ``__init__`` runs; at any other time, nothing."""

    @staticmethod
    def find_spec(name: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name == "spacy" and "spacy" not in sys.modules:  # spaCy's import begins: regexes from the cache
            from . import regex_cache

            regex_cache.install()
            return None
        if name not in DEFERRED:
            return None
        spacy = sys.modules.get("spacy")
        if spacy is None or not getattr(getattr(spacy, "__spec__", None), "_initializing", False):
            return None
        real = importlib.machinery.PathFinder.find_spec(name, path)
        if real is None or not isinstance(real.loader, LOADERS):
            return None
        spec = importlib.machinery.ModuleSpec(name, _Loader(real), origin=real.origin,
                                              is_package=real.submodule_search_locations is not None)
        spec.submodule_search_locations = real.submodule_search_locations
        spec.has_location = real.has_location
        spec.cached = real.cached
        if name == DEFERRED[-1]:
            _remove()
        return spec


def _remove() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if f is not _Finder]


def defer_cli() -> None:
    """Make the coming ``import spacy`` leave out its command line (nothing if spaCy is imported already)."""
    if "spacy" in sys.modules or _Finder in sys.meta_path:
        return
    sys.meta_path.insert(0, _Finder)  # type: ignore[arg-type]


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
