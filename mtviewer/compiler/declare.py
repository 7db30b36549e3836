"""The vocabulary the content database's models are declared in.

A model's columns and relationships carry, in SQLAlchemy's ``info``, where their values come
from in the content source (``source(...)``), or how they are worked out (``derived(...)``),
and each model says what its search document holds (``Document``). From these the compiler
derives everything else: the fields a source file may hold and how they are checked
(``source_schema``), the rows of every table (``build``) and the search index's documents
(``search_index``). A kind is declared once, in its model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]
Find = Callable[[str, str | None], Record | None]
"""Looks a record up by kind and source id (None when there is no such record)."""


@dataclass(frozen=True)
class From:
    """Where a column's, or a relationship's, values come from in the content source."""

    field: str | None = None
    """The source field: the column's own name when None; dotted for a field inside a table
    (``date.year``)."""
    type: type | tuple[type, ...] = str
    required: bool = False
    ref: str | None = None
    """The kind whose ids the field (or each item of its list) names."""
    choices: tuple[str, ...] | None = None
    default: Any = None
    """The column's value when the field is absent."""


@dataclass(frozen=True)
class Derived:
    """A column worked out from the record and what it refers to, not read from a field."""

    compute: Callable[[Record, Find], Any]


def source(field: str | None = None, type: type | tuple[type, ...] = str,  # noqa: A002
           *, required: bool = False, ref: str | None = None,
           choices: tuple[str, ...] | None = None, default: Any = None) -> dict[str, From]:
    """``info`` for a column or relationship filled from a source field."""
    return {"source": From(field, type, required, ref, choices, default)}


def derived(compute: Callable[[Record, Find], Any]) -> dict[str, Derived]:
    """``info`` for a column (or a link table) worked out by ``compute(record, find)``."""
    return {"derived": Derived(compute)}


@dataclass(frozen=True)
class Words:
    """A coded value searched as the words it stands for (an audience code → its words)."""

    path: str
    words: Mapping[str, str]


@dataclass(frozen=True)
class Reverse:
    """Values of the records of ``kind`` whose ``field`` names this record (an
    organisation's people: ``Reverse("person", "organisation", "name")``). A dotted
    ``field`` names the record from a table inside the other records (a person's parts at
    events: ``Reverse("event", "people.person", "people.role")``); a ``path`` that starts
    with that table's name is then read from the row that names it."""

    kind: str
    field: str
    path: str


@dataclass(frozen=True)
class Computed:
    """Search text worked out from the record (an event's date in every form a Norwegian
    writes it): ``compute(record)`` gives the texts."""

    compute: Callable[[Record], Iterable[str]]


Path = str | Words | Reverse | Computed


@dataclass(frozen=True)
class Document:
    """What a record's search document holds, as paths through the source record: ``name``
    is a field; ``speaker.organisation.name`` follows references (a list is followed into
    each of its items). The columns are those of ``search_index.COLUMNS``."""

    body: tuple[Path, ...]
    """The record's main text as written (ranked first)."""
    title: tuple[Path, ...] = ()
    """What the record is called (its name, its title): a title holding every word typed
    ranks first."""
    extra: tuple[Path, ...] = ()
    """More that finds the record: the names of what it relates to."""
    who: tuple[Path, ...] = ()
    place: tuple[Path, ...] = ()
    source: tuple[Path, ...] = ()
    year: Path | None = None


def values(record: Record | None, path: str, refs: Mapping[tuple[str, str], str],
           kind: str, find: Find) -> Iterator[Any]:
    """Every value at ``path`` in ``record`` (of ``kind``), following references named in
    ``refs`` ((kind, field) → the kind it names) and lists."""
    if record is None:
        return
    head, _, rest = path.partition(".")
    value = record.get(head)
    items = value if isinstance(value, list) else [value]
    target = refs.get((kind, head))
    for item in items:
        if item is None:
            continue
        if not rest:
            yield item
        elif target is not None:
            yield from values(find(target, item), rest, refs, target, find)
        elif isinstance(item, dict):  # a table inside the record (a section, a date)
            yield from values(item, rest, refs, f"{kind}.{head}", find)
