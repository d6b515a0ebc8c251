"""Visit assembly: one record per host library and date, with branches, people, topics and evidence.

One module per decision:

| module | decides |
|---|---|
| ``event_dates`` | which of a sentence's dates is its event's date, which days are listed with it |
| ``hosts`` | whether a library mention is the place of the event, the subject, or where visitors came from |
| ``venues`` | whether an event is held at another venue (culture centre, school, abroad, a trip) |
| ``participants`` | who took part (not credit lines, bylines, people at other venues) |
| ``assembly`` | units of text, their hosts and dates, merged into visit records |

Language data: ``data/visits.yaml``.
"""

from __future__ import annotations

from .assembly import assemble

__all__ = ["assemble"]
