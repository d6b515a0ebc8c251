"""``ltreports report``: a batch's results as one self-contained HTML page (charts, tables, posts)."""

from __future__ import annotations

from .page import render_html, spans_from_report

__all__ = ["render_html", "spans_from_report"]
