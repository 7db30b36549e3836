"""Back and forward over the records shown and the tabs switched to, as in a web browser."""

from __future__ import annotations

from dataclasses import dataclass

LIMIT = 200
"""Steps kept; the oldest are forgotten first."""


@dataclass(frozen=True)
class Step:
    """What the window showed: a list (by its kind) and the record in its pane, if any."""

    list_kind: str
    kind: str | None = None
    record_id: int | None = None


class History:
    """Steps in the order they were shown, and where in them the window is."""

    def __init__(self, limit: int = LIMIT):
        self.limit = limit
        self.steps: list[Step] = []
        self.position = -1

    @property
    def current(self) -> Step | None:
        return self.steps[self.position] if self.steps else None

    def visit(self, step: Step) -> None:
        """A step shown by the user (not by going back or forward): forward is forgotten."""
        current = self.current
        if step == current:
            return
        del self.steps[self.position + 1:]
        if current is not None and current.kind is None and current.list_kind == step.list_kind:
            self.steps[-1] = step  # a tab switched to, then its record shown: one step
        else:
            self.steps.append(step)
        if len(self.steps) > self.limit:
            del self.steps[:len(self.steps) - self.limit]
        self.position = len(self.steps) - 1

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.steps) - 1

    def back(self) -> Step | None:
        if not self.can_go_back():
            return None
        self.position -= 1
        return self.steps[self.position]

    def forward(self) -> Step | None:
        if not self.can_go_forward():
            return None
        self.position += 1
        return self.steps[self.position]

    def clear(self) -> None:
        self.steps.clear()
        self.position = -1
