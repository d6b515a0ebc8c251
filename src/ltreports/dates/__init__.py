"""Dates mentions: extraction (``component``: lexer → grammar → ``DateFact``), the event decision
(``events``: is this date an event date of the post, and if not, why) and resolution (``resolve.collect``:
years, then event dates only)."""
