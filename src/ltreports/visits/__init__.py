"""Visit assembly: one record per host library and date, with branches, people, topics and evidence.

One module per decision:

| module | decides |
|---|---|
| ``event_dates`` | which of a sentence's dates is its event's date, which days are listed with it, whether
  it announces an event to come (a visit without a date) |
| ``tense`` | whether a sentence reports (or announces) an event, or tells a habit, an invitation or a year
  of history: what an undated visit needs |
| ``hosts`` | whether a library mention is the place of the event (a locative, a room through a genitive chain,
  a destination, an organiser), the subject, a heading over listed items, or where visitors came from |
| ``venues`` | whether an event is held away: another venue (culture centre, school, church, abroad), a town
  with no library, the staff travelling; whether a stretch tells an event at all |
| ``clauses`` | the stretches read: sentences, cut before a second event date that opens a clause of its own |
| ``participants`` | who took part (not credit lines, bylines, people at other venues) |
| ``assembly`` | units of text (dated sentences, library headings, colon lines over dated lists, subheadings that
  continue an event), their hosts and dates, merged into visit records |

Language data: ``data/visits.yaml``.
"""

from __future__ import annotations

from .assembly import assemble

__all__ = ["assemble"]
