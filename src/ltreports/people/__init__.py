"""People mentions: extraction (component) and resolution (collect).

- ``names``: readings of a word as a given or family name, and the agreeing choice for a whole name;
- ``detect``: name spans over tokens (initials / given names + family name, double family names);
- ``roles``: role phrases before or after a name, normalized (``data/roles.yaml``);
- ``component``: the ``ltr_people`` pipeline component, ``Match[PersonFact]`` in ``doc._.person_matches``;
- ``resolve``: ``collect(doc, libraries) -> list[Person]``, one per person with all mentions.
"""
