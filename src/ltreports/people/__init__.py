"""People mentions: extraction (component) and resolution (collect)."""
