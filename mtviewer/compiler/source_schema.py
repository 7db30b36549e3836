"""What the content source files under db/content may hold, and checking them.

Each kind lives in its own TOML file as an array of tables. Every problem is reported
as ``file: kind 'id': field: what is wrong`` so an editor can go straight to it.
"""

from __future__ import annotations

import datetime
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Relationship

from ..content.schema import EDITION_VERSION
from .kinds import KINDS as MODELS
from .kinds import kind_of, model_of
from .models import Base, info


@dataclass(frozen=True)
class Field:
    type: type | tuple[type, ...]
    required: bool = False
    ref: str | None = None
    """Kind whose ids this field (or each list item) must name."""
    choices: tuple[str, ...] | None = None
    items: dict[str, Field] | None = None
    """For tables and lists of tables: the fields of each table."""


def _fields(model: type[Base]) -> dict[str, Field]:
    """The source fields of ``model``'s records, in the order the model declares them."""
    fields: dict[str, Field] = {}
    tables: dict[str, dict[str, Field]] = {}
    for name, attribute in vars(model).items():
        declared = info(attribute).get("source")
        if declared is None:
            continue
        field = declared.field or name
        prop = getattr(attribute, "property", None)
        items = None
        if isinstance(prop, Relationship) and prop.secondary is None and declared.ref is None:
            items = _fields(prop.mapper.class_)  # a list of tables: an event's people
        spec = Field(declared.type, declared.required, declared.ref, declared.choices, items)
        top, _, inner = field.partition(".")
        if inner:  # a field of a table in the record: date.year
            tables.setdefault(top, {})[inner] = spec
            fields.setdefault(top, Field(dict, top in model.__required__))
        else:
            fields[field] = spec
    for top, items in tables.items():
        fields[top] = Field(dict, fields[top].required, items=items)
    return fields


KINDS: dict[str, tuple[str, dict[str, Field]]] = {
    kind_of(model): (model.__source__, _fields(model)) for model in MODELS}
"""Each kind's file and fields, derived from its model (``compiler.models``); in dependency
order: a kind only refers to kinds loaded before it or to itself."""


EDITION_FILE = "edition.toml"


MAX_PROBLEM = 300
"""The longest a problem's line may be; long values are cut with "…"."""
MAX_SOURCE_FILE = 64 * 1024 * 1024
INT64 = (-(1 << 63), (1 << 63) - 1)
YEARS = (1, 9999)
YEAR_FIELDS = ("year", "role_until", "founded")
"""Whole-number fields that hold a year (as do those ending in ``_year``)."""
REPLACEMENT = "\ufffd"
"""U+FFFD marks text a reader could not decode; it never belongs in the source, so the app
can take it as a sign of damage."""


class ContentError(Exception):
    """The content source is not valid; ``problems`` lists every place that is wrong."""

    def __init__(self, problems: list[str]):
        problems = [p if len(p) <= MAX_PROBLEM else p[:MAX_PROBLEM - 1] + "…"
                    for p in problems]
        super().__init__("\n".join(problems))
        self.problems = problems


def _short(value: Any) -> str:
    """A value as it appears in a problem: its repr, cut to a readable length."""
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _source_text(path: Path) -> str:
    """A source file's text: a regular file (a pipe would wait forever), UTF-8 with or
    without a byte-order mark. OSError, UnicodeDecodeError or ValueError say why not."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size > MAX_SOURCE_FILE:
        raise ValueError(f"larger than {MAX_SOURCE_FILE // (1024 * 1024)} MB")
    return path.read_bytes().decode("utf-8-sig")


Records = dict[str, list[dict[str, Any]]]


def load_source(folder: Path) -> Records:
    """Read and check every kind's file in ``folder``; raise ContentError on any problem."""
    problems: list[str] = []
    records: Records = {}
    for kind, (filename, _) in KINDS.items():
        records[kind] = _read_file(folder / filename, kind, problems)
    check_records(records, problems)
    return records


def check_records(records: Records, problems: list[str] | None = None) -> None:
    """Check records of every kind (from files or generated); raise ContentError if wrong."""
    problems = [] if problems is None else problems
    ids = {kind: _check_ids(recs, KINDS[kind][0], kind, problems) for kind, recs in records.items()}
    for kind, (filename, fields) in KINDS.items():
        for record in records[kind]:
            where = f"{filename}: {kind} {_short(record.get('id', '?'))}"
            _check_table(record, fields, ids, where, "", problems)
            for check in model_of(kind).__checks__:
                problems += [f"{where}: {problem}" for problem in check(record)]
    if problems:
        raise ContentError(problems)


@dataclass(frozen=True)
class Edition:
    """Who made this content and which edition of it this is (``edition.toml``)."""

    date: datetime.date
    name: str
    version: str
    publisher: str


VERSION_PATTERN = re.compile(EDITION_VERSION)


def load_edition(folder: Path) -> Edition:
    """The content's edition from ``edition.toml``; ContentError when missing or wrong."""
    path = folder / EDITION_FILE
    try:
        data = tomllib.loads(_source_text(path))
    except FileNotFoundError:
        raise ContentError([f"{EDITION_FILE}: file is missing from {folder}"]) from None
    except (OSError, ValueError, RecursionError) as exc:
        raise ContentError([f"{EDITION_FILE}: cannot be read: {_why(exc)}"]) from None
    problems = []
    date = data.get("date")
    if not isinstance(date, datetime.date) or isinstance(date, datetime.datetime):
        problems.append(f"{EDITION_FILE}: date: expected a date such as 2026-11-23")
    for field in ("name", "version", "publisher"):
        value = data.get(field)
        if not isinstance(value, str) or not value.strip() or REPLACEMENT in value:
            problems.append(f"{EDITION_FILE}: {field}: expected text")
    if isinstance(data.get("version"), str) and not VERSION_PATTERN.fullmatch(data["version"]):
        problems.append(f"{EDITION_FILE}: version: expected numbers and dots such as 1.2, "
                        f"not {_short(data['version'])}")
    unknown = sorted(set(data) - {"date", "name", "version", "publisher"})
    problems += [f"{EDITION_FILE}: {field}: unknown field" for field in unknown]
    if problems:
        raise ContentError(problems)
    assert isinstance(date, datetime.date)  # checked above
    return Edition(date, data["name"].strip(), data["version"], data["publisher"].strip())


def _why(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.start})"
    if isinstance(exc, tomllib.TOMLDecodeError):
        return f"not valid TOML: {exc}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _read_file(path: Path, kind: str, problems: list[str]) -> list[dict[str, Any]]:
    try:
        data = tomllib.loads(_source_text(path))
    except FileNotFoundError:
        problems.append(f"{path.name}: file is missing from {path.parent}")
        return []
    except (OSError, ValueError, RecursionError) as exc:
        problems.append(f"{path.name}: {_why(exc)}")
        return []
    extra = sorted(set(data) - {kind})
    if extra:
        problems.append(f"{path.name}: unexpected top-level key {_short(extra[0])} "
                        f"(expected [[{kind}]])")
    recs = data.get(kind, [])
    if not isinstance(recs, list) or not all(isinstance(r, dict) for r in recs):
        problems.append(f"{path.name}: {kind}: must be an array of tables ([[{kind}]])")
        return []
    return recs


def _check_ids(recs: list[dict[str, Any]], filename: str, kind: str,
               problems: list[str]) -> set[str]:
    seen: set[str] = set()
    for n, record in enumerate(recs, start=1):
        rid = record.get("id")
        if isinstance(rid, str) and rid in seen:
            problems.append(f"{filename}: {kind} {_short(rid)}: id: duplicate id (record {n})")
        if isinstance(rid, str):
            seen.add(rid)
    return seen


def _check_table(table: dict[str, Any], fields: dict[str, Field], ids: dict[str, set[str]],
                 where: str, prefix: str, problems: list[str]) -> None:
    for name in sorted(set(table) - set(fields)):
        problems.append(f"{where}: {prefix}{name}: unknown field")
    for name, spec in fields.items():
        label = f"{prefix}{name}"
        if name not in table:
            if spec.required:
                problems.append(f"{where}: {label}: required field is missing")
            continue
        value = table[name]
        if not isinstance(value, spec.type) or (spec.type is int and isinstance(value, bool)):
            problems.append(f"{where}: {label}: expected {_type_name(spec.type)}, "
                            f"got {type(value).__name__}")
            continue
        if isinstance(value, str) and spec.required and not value.strip():
            problems.append(f"{where}: {label}: must not be empty")
        if isinstance(value, str) and REPLACEMENT in value:
            problems.append(f"{where}: {label}: holds U+FFFD, the sign of text that could not "
                            "be read; retype it")
        if isinstance(value, int) and not isinstance(value, bool):
            low, high = YEARS if name in YEAR_FIELDS or name.endswith("_year") else INT64
            if not low <= value <= high:
                problems.append(f"{where}: {label}: must be between {low} and {high}")
        for chosen in (value if isinstance(value, list) else [value]):
            if spec.choices and chosen not in spec.choices:  # a code, or a list of codes
                problems.append(f"{where}: {label}: {_short(chosen)} is not one of "
                                f"{', '.join(spec.choices)}")
        if isinstance(value, dict) and spec.items:
            _check_table(value, spec.items, ids, where, f"{label}.", problems)
        if isinstance(value, list):
            for i, item in enumerate(value):
                item_label = f"{label}[{i}]"
                if spec.items:
                    if isinstance(item, dict):
                        _check_table(item, spec.items, ids, where, f"{item_label}.", problems)
                    else:
                        problems.append(f"{where}: {item_label}: expected a table")
                elif spec.ref:
                    _check_ref(item, spec.ref, ids, where, item_label, problems)
        elif spec.ref:
            _check_ref(value, spec.ref, ids, where, label, problems)


def _check_ref(value: Any, kind: str, ids: dict[str, set[str]], where: str, label: str,
               problems: list[str]) -> None:
    if not isinstance(value, str):
        problems.append(f"{where}: {label}: expected the id of a {kind}")
    elif value not in ids[kind]:
        problems.append(f"{where}: {label}: no {kind} has id {_short(value)}")


def _type_name(t: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", bool: "true or false", list: "a list",
             dict: "a table"}
    return names.get(t, str(t)) if isinstance(t, type) else " or ".join(map(_type_name, t))
