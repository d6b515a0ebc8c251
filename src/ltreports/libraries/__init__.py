"""Libraries mentions: extraction (component) and resolution (collect)."""
