"""ltreports: structured, checkable records from Lithuanian library reports and news posts.

    >>> import ltreports
    >>> report = ltreports.extract(text, published="2023-05-20")
    >>> report.visits[0].library.name
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Report", "__version__", "extract", "load_pipeline", "report_from_doc"]

if TYPE_CHECKING:
    from .api import extract, load_pipeline, report_from_doc
    from .schema import Report


def __getattr__(name: str) -> Any:
    # Lazy imports keep `import ltreports` cheap (spaCy loads on first use).
    if name in ("extract", "load_pipeline", "report_from_doc"):
        from . import api

        return getattr(api, name)
    if name == "Report":
        from .schema import Report

        return Report
    raise AttributeError(name)
