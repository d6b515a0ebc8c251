"""People mentions: extraction (component) and resolution (collect).

- ``names``: readings of a word as a given or family name, and the agreeing choice for a whole name;
- ``detect``: name spans over tokens (initials / given names + family name, double family names, couples);
- ``role_words``: which words are role nouns (listed, learned from agent suffixes), modifiers, employers;
- ``role_phrase``: the normalized role phrase around a role noun (employer dropped, complements kept);
- ``roles``: attaching a role phrase to a name, before or after it (``data/roles.yaml``);
- ``nonperson``: name-like words that name a title, an organization or a place;
- ``mentions``: partial mentions (a surname alone) of people named in full;
- ``component``: the ``ltr_people`` pipeline component, ``Match[PersonFact]`` in ``doc._.ltr_person_matches``;
- ``resolve``: ``collect(doc, libraries) -> list[Person]``, one per person with all mentions.
"""
