"""Which waiting document a worker of the pool (engines.py) gets next.

The pool keeps the documents read and not yet sent in a list popped from the end: the next in input order
is the last. Two rules change that order, neither the output's (results are written in input order):

- **Long ones first at the end** (``long_ones_last``): once the input is read to its end, documents far
  longer than the others are sent first, so that no worker is left converting a long one while the others
  idle.
- **A site stays with its worker** (``pick``): posts of one site share their words (names, the library and
  its branches, the site's boilerplate), and a worker converts words it has met from its caches while every
  other worker meets them anew. So a worker is given, among the next ``AFFINITY`` documents, the first one
  of a site it has converted before or that no live worker has; failing that, the next in input order.
  On train + dev four times over (the repeats of a post come from its site), two workers spent 20% more
  CPU than one when they took the documents in turn, 7% with this rule; on train, where most sites have
  one or two posts, it changes little (``benchmarks/batch.py`` prints the extra CPU of two workers). Every worker
  still takes a document whenever it is free, so the load stays balanced, and a document passed over is
  taken as soon as its site's worker is free or no other document is left near the front.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Hashable, Sequence
from urllib.parse import urlsplit

from .items import Item

LONG = 4  # at the end of the input, documents this many times longer than the median are sent first
AFFINITY = 16  # documents looked at, from the next in input order, for one of the worker's own sites


def site(item: Item) -> str | None:
    """The site a document comes from: its URL's host (without ``www.``), else a folder input's folder."""
    if item.source.url:
        try:
            host = urlsplit(item.source.url).hostname
        except ValueError:  # a malformed URL (e.g. a bad IPv6 literal): no site
            host = None
        if host:
            return host.removeprefix("www.")
    if item.file is not None:
        return os.path.dirname(item.file)
    return None


def size(item: Item) -> int:
    """How long a document is, to send the longest first: its text, or its file's size."""
    if item.text is not None:
        return len(item.text)
    if item.file is not None:
        with contextlib.suppress(OSError):
            return os.stat(item.file).st_size
    return 0


def long_ones_last(waiting: list[tuple[int, Item]]) -> set[int]:
    """Move the documents over ``LONG`` times the median length to the end of ``waiting`` (which is
    popped from the end), longest last; the others keep their order, so the output keeps flowing.
    Returns the indexes of the documents moved."""
    if len(waiting) < 2:
        return set()
    sizes = {index: size(item) for index, item in waiting}
    ordered = sorted(sizes.values())
    limit = LONG * max(ordered[len(ordered) // 2], 1)
    long = sorted((task for task in waiting if sizes[task[0]] > limit), key=lambda task: sizes[task[0]])
    if long:
        waiting[:] = [task for task in waiting if sizes[task[0]] <= limit] + long
    return {index for index, _ in long}


def pick(sites: Sequence[str | None], worker: Hashable, owner: Callable[[str], Hashable | None]) -> int:
    """The position in ``sites`` (the waiting documents' sites, popped from the end) of the document for
    ``worker``: the first of the last ``AFFINITY`` whose site is the worker's own (``owner(site)``) or
    nobody's; else the last (the next in input order). Documents without a site have no preference."""
    last = len(sites) - 1
    for position in range(last, max(-1, last - AFFINITY), -1):
        key = sites[position]
        if key is not None and owner(key) in (worker, None):
            return position
    return last
