"""Turning content into files other programs read: calendar entries (.ics)."""
