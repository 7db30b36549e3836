"""The kinds with a source file, in dependency order: a kind only refers to kinds before it
or to itself. Their models are declared in ``models`` and ``knowledge``; their tables'
names are the kinds' names."""

from __future__ import annotations

from .base import Base, Source
from .knowledge import Research, Topic
from .models import Brochure, Event, Guideline, Organisation, Person, Quote, Report

KINDS: tuple[type[Base], ...] = (Source, Organisation, Person, Guideline, Event, Report,
                                 Research, Quote, Brochure, Topic)


def kind_of(model: type[Base]) -> str:
    return str(model.__tablename__)


def model_of(kind: str) -> type[Base]:
    return next(model for model in KINDS if kind_of(model) == kind)
