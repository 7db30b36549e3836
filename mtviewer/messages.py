"""Messages for the command line: each failure is one line of bounded length."""

from __future__ import annotations

MAX_LINE = 300


def one_line(message: str) -> str:
    """A message as one line of at most MAX_LINE characters."""
    message = " ".join(str(message).split())
    return message if len(message) <= MAX_LINE else message[:MAX_LINE - 1] + "…"
