"""Charts of a batch as inline SVG (matplotlib): visits by library, by month and by topic.

Static SVG needs no JavaScript and no network, so the report opens offline in any browser; the text
stays text (``svg.fonttype: none``), so Lithuanian letters render with the reader's fonts.
"""

from __future__ import annotations

import io
from collections import Counter

from ..tables import UNKNOWN_YEAR, Records, topic_label

TOP_LIBRARIES = 15
BAR_COLOR = "#4c72b0"


def _svg(figure) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    figure.savefig(buf, format="svg", bbox_inches="tight")
    svg = buf.getvalue()
    return svg[svg.index("<svg"):]  # drop the XML prolog and doctype: the SVG goes inline


def _bar_chart(counts: list[tuple[str, int]], *, horizontal: bool) -> str:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    with plt.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 9}):
        labels = [label for label, _ in counts]
        values = [value for _, value in counts]
        height = max(2.2, 0.32 * len(labels) + 0.8) if horizontal else 3.2
        fig, ax = plt.subplots(figsize=(7.5, height))
        if horizontal:
            ax.barh(labels[::-1], values[::-1], color=BAR_COLOR)
            ax.set_xlabel("vizitai")
        else:
            ax.bar(labels, values, color=BAR_COLOR)
            ax.set_ylabel("vizitai")
            ax.tick_params(axis="x", labelrotation=45)
        ax.spines[["top", "right"]].set_visible(False)
        (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
        try:
            return _svg(fig)
        finally:
            plt.close(fig)


def visits_by_library(records: Records) -> list[tuple[str, int]]:
    counts = Counter(v.library.name for r in records.reports for v in r.visits)
    return counts.most_common(TOP_LIBRARIES)


def visits_by_month(records: Records) -> list[tuple[str, int]]:
    """Visits per "YYYY-MM" in calendar order; year-less dates as "MM (metai nežinomi)" after them."""
    counts: Counter[str] = Counter()
    for report in records.reports:
        for visit in report.visits:
            if not visit.date:
                continue
            if visit.date.startswith("--"):
                counts[f"{visit.date[2:4]} ({UNKNOWN_YEAR})"] += 1
            else:
                counts[visit.date[:7]] += 1
    return sorted(counts.items(), key=lambda kv: (UNKNOWN_YEAR in kv[0], kv[0]))


def visits_by_topic(records: Records) -> list[tuple[str, int]]:
    counts = Counter(topic_label(t) for r in records.reports for v in r.visits for t in v.topics)
    return counts.most_common()


CHARTS = (
    ("Vizitai pagal biblioteką", visits_by_library, True),
    ("Vizitai pagal mėnesį", visits_by_month, False),
    ("Vizitai pagal temą", visits_by_topic, True),
)


def charts(records: Records) -> list[tuple[str, str | None]]:
    """(title, inline SVG or None when there is nothing to draw) for each chart."""
    out = []
    for title, count, horizontal in CHARTS:
        data = count(records)
        out.append((title, _bar_chart(data, horizontal=horizontal) if data else None))
    return out
