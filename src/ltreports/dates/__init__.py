"""Dates mentions: extraction (component) and resolution (collect)."""
