"""Read a folder of YAML fact files into validated records.

YAML is composed into nodes (never constructed into Python objects by the
YAML library), so no tag in a fact file can run code, and every value keeps
its line number for error messages. All problems in all files are collected
before anything is refused, so an editor sees every mistake in one run.

What a file may say is read off the record dataclasses in knowledge/model.py
(`schema_of`): their fields, types, defaults and the `Rule` in each field's
metadata. The node walker below checks each value against that.
"""

from __future__ import annotations

import dataclasses
import operator
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from multiprocessing import get_context
from pathlib import Path
from types import UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

import yaml
from rapidfuzz import process

from knowledge.freeing import release
from knowledge.model import (
    RECORD_TYPES,
    RULE,
    Deal,
    Entity,
    Event,
    Fact,
    Origin,
    Quote,
    Records,
    RecordType,
    Rule,
    Source,
    Vocabulary,
)
from knowledge.problems import FactBaseError, Problem
from knowledge.text import normalise

# The C parser is several times faster; fall back to pure Python without it.
_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})  # what the safe loader reads as null
_STR = "tag:yaml.org,2002:str"
# Plain scalars the safe loader reads as tags beyond plain data: "<<" (merge) and "=" (value).
_SPECIAL = {"<<": "tag:yaml.org,2002:merge", "=": "tag:yaml.org,2002:value"}


class _YamlLoader(_SafeLoader):  # type: ignore[misc]
    """The safe loader, with a quicker tag for each plain scalar (asked of
    every value in a file). The loader reads every scalar as text and only
    asks whether its tag is null or beyond plain data, which is answered
    exactly as the safe loader's resolvers answer it; a scalar they would
    call a number, a date or a boolean is called text here, which the loader
    reads alike."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        if not self.yaml_path_resolvers:
            # The composer calls these for every node to track the path for
            # path resolvers; with none they do nothing, and a C built-in
            # does nothing quicker than a Python method (1.5 million calls
            # at 100,000 quotes). (parent, index) -> ignored; () -> ignored.
            self.descend_resolver = operator.is_
            self.ascend_resolver = tuple

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and isinstance(value, str):
            if not implicit[0]:
                return _STR  # quoted
            if value in _NULLS:
                return _NULL
            return _SPECIAL.get(value, _STR)
        return str(super().resolve(kind, value, implicit))


MAX_FILE_BYTES = 8 * 1024 * 1024
_YAML_SUFFIXES = (".yaml", ".yml")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}
_NULL = "tag:yaml.org,2002:null"


@dataclass(frozen=True, slots=True)
class FileField:
    """One field as a fact file writes it, read off the model's dataclass."""

    shape: Literal["text", "texts", "choice"]
    required: bool = False
    refers_to: RecordType | None = None
    choices: tuple[str, ...] = ()


def _field_of(cls: type, spec: dataclasses.Field[Any], hint: object) -> FileField:
    rule: Rule = spec.metadata.get(RULE, Rule())
    if get_origin(hint) in (Union, UnionType):
        # `X | None`: optional text, choice or reference.
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
    has_default = spec.default is not dataclasses.MISSING or spec.default_factory is not dataclasses.MISSING
    required = not has_default and not rule.supplied
    if get_origin(hint) is Literal:
        return FileField("choice", required, rule.refers_to, tuple(map(str, get_args(hint))))
    if hint is str:
        return FileField("text", required, rule.refers_to)
    if get_origin(hint) is tuple and get_args(hint) == (str, Ellipsis):
        return FileField("texts", required, rule.refers_to)
    raise TypeError(f"{cls.__name__}.{spec.name}: a fact file has no way to write a {hint}")


def schema_of(cls: type) -> dict[str, FileField]:
    """What a fact file may say about a record: its dataclass fields, in order,
    less those the loader sets itself."""
    hints = get_type_hints(cls)
    return {
        spec.name: _field_of(cls, spec, hints[spec.name])
        for spec in dataclasses.fields(cls)
        if not spec.metadata.get(RULE, Rule()).internal
    }


SCHEMA: dict[str, dict[str, FileField]] = {
    "source": schema_of(Source),
    **{section: schema_of(cls) for section, cls in RECORD_TYPES.items()},
}
_SECTIONS = (*SCHEMA, "synonyms", "places")
_SINGULAR: dict[str, RecordType] = {
    "entities": "entity",
    "deals": "deal",
    "facts": "fact",
    "quotes": "quote",
    "events": "event",
}


def _closest(word: str, options: tuple[str, ...] | list[str]) -> str:
    hit = process.extractOne(word, options, score_cutoff=70)
    return f" (did you mean '{hit[0]}'?)" if hit else ""


class _FileReader:
    """Turns one file's node tree into raw item dicts, noting problems."""

    def __init__(self, name: str, problems: list[Problem], refused: dict[str, str]) -> None:
        self.name = name
        self.problems = problems
        self.refused = refused  # id -> where, for records that could not be read
        self._seen_nodes: set[int] = set()

    def refuse(self, fields: dict[str, Any]) -> None:
        ident = fields.get("id")
        if isinstance(ident, str) and ident:
            self.refused.setdefault(ident, f"{self.name}:{fields['_line']}")

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.name, line, message))

    def line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1

    def check_node(self, node: yaml.Node) -> bool:
        """Refuse tags beyond plain data and shared (aliased) collections."""
        if node.tag not in _PLAIN_TAGS:
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            self.error(self.line(node), f"tag {tag} is not allowed: fact files hold plain data only")
            return False
        if isinstance(node, yaml.CollectionNode):
            if id(node) in self._seen_nodes:
                self.error(self.line(node), "anchors and aliases (& and *) are not supported")
                return False
            self._seen_nodes.add(id(node))
        return True

    def text(self, node: yaml.Node, what: str) -> str | None:
        if node.__class__ is yaml.ScalarNode and node.tag in _PLAIN_TAGS:  # most values: check_node passes
            return "" if node.tag == _NULL else node.value.strip()
        if not self.check_node(node):
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.error(self.line(node), f"{what} must be text, not a {_shape(node)}")
            return None
        if node.tag == _NULL or not str(node.value).strip():
            return ""
        return str(node.value).strip()

    def texts(self, node: yaml.Node, what: str) -> tuple[str, ...] | None:
        if not self.check_node(node):
            return None
        if not isinstance(node, yaml.SequenceNode):
            self.error(self.line(node), f"{what} must be a list like [a, b], not a {_shape(node)}")
            return None
        out: list[str] = []
        for child in node.value:
            value = self.text(child, f"each item of {what}")
            if value == "":
                self.error(self.line(child), f"{what} has an empty item")
            elif value is not None:
                out.append(value)
        return tuple(out)

    def mapping(self, node: yaml.Node, what: str) -> Iterator[tuple[str, yaml.Node, yaml.Node]]:
        """(field name, value node, name node) for each field of a mapping."""
        if not self.check_node(node):
            return
        if not isinstance(node, yaml.MappingNode):
            self.error(self.line(node), f"{what} must be a mapping of field: value, not a {_shape(node)}")
            return
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = self.text(key_node, "a field name")
            if not key:
                continue
            if key in seen:
                self.error(self.line(key_node), f"field '{key}' is given twice")
                continue
            seen.add(key)
            yield key, value_node, key_node

    def item(self, node: yaml.Node, section: str) -> dict[str, Any] | None:
        """One record's fields, checked against the schema; None if unusable."""
        spec = SCHEMA[section]
        what = _SINGULAR.get(section, section)
        if not isinstance(node, yaml.MappingNode):
            if self.check_node(node):
                self.error(self.line(node), f"each {what} must be a mapping of field: value, not a {_shape(node)}")
            return None
        fields: dict[str, Any] = {"_line": self.line(node)}
        ok = True
        for key, value_node, key_node in self.mapping(node, what):
            field = spec.get(key)
            if field is None:
                self.error(self.line(key_node), f"unknown field '{key}' in {what}{_closest(key, list(spec))}")
                ok = False
                continue
            value: Any
            if field.shape == "texts":
                value = self.texts(value_node, f"'{key}'")
            else:
                if value_node.__class__ is yaml.ScalarNode and value_node.tag in _PLAIN_TAGS:
                    value = "" if value_node.tag == _NULL else value_node.value.strip()  # self.text's quick way
                else:
                    value = self.text(value_node, f"'{key}'")
                if value == "" and field.required:
                    self.error(self.line(value_node), f"'{key}' of {what} is empty")
                    value = None
                elif value == "":
                    value = None
                elif value is not None and field.shape == "choice" and value not in field.choices:
                    options = ", ".join(field.choices)
                    hint = _closest(value, field.choices)
                    self.error(self.line(value_node), f"'{key}' must be one of: {options}; got '{value}'{hint}")
                    value = None
            if value is None and field.required:
                ok = False
            if value is not None or field.required:  # an empty optional field is as good as left out
                fields[key] = value
        for key, field in spec.items():
            if field.required and key not in fields:
                self.error(fields["_line"], f"{what} is missing required field '{key}'")
                ok = False
        ident = fields.get("id")
        if isinstance(ident, str) and not _ID.match(ident):
            self.error(fields["_line"], f"id '{ident}' must be lower-case letters, digits and hyphens")
            ok = False
        if not ok:
            self.refuse(fields)
            return None
        return fields


def _shape(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return "single value"


@dataclass
class _Raw:
    """Items gathered from every file, before cross-file checks."""

    sources: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    items: dict[str, list[dict[str, Any]]] = dataclasses.field(default_factory=lambda: {k: [] for k in _SINGULAR})
    synonyms: list[tuple[str, ...]] = dataclasses.field(default_factory=list)
    places: list[tuple[str, int, str]] = dataclasses.field(default_factory=list)  # name, line, file
    # Ids that a file or record failed to provide -> where ("file" or "file:line"),
    # so that a reference to one is not mistaken for a reference to nothing.
    refused: dict[str, str] = dataclasses.field(default_factory=dict)

    def merge(self, later: _Raw) -> None:
        """Add what later files hold, as if they had been read into this one."""
        self.sources += later.sources
        for section, items in later.items.items():
            self.items[section] += items
        self.synonyms += later.synonyms
        self.places += later.places
        for ident, where in later.refused.items():
            self.refused.setdefault(ident, where)


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _too_big(name: str, size: int) -> Problem | None:
    if size <= MAX_FILE_BYTES:
        return None
    limit = MAX_FILE_BYTES / 1_048_576
    return Problem(name, 1, f"file is {size / 1_048_576:.1f} MB; the limit is {limit:g} MB per file (split it)")


# `id: x` as a line of a block mapping or inside a flow one ({id: x, ...}).
_ID_IN_TEXT = re.compile(r"""(?:^|[\s{,-])id[ \t]*:[ \t]*["']?([a-z0-9][a-z0-9-]*)""", re.MULTILINE)


def _failed(name: str, text: str, raw: _Raw) -> None:
    """Note the ids a file that failed to load seems to define, read from its
    bare text: references to them are then reported as unchecked, not unknown."""
    for match in _ID_IN_TEXT.finditer(text):
        raw.refused.setdefault(match.group(1), name)


# Contexts that name something opened and never closed: its opening line is
# the fault, however far on the parser noticed.
_UNCLOSED = ("while scanning a quoted scalar", "while parsing a flow")


def _syntax_problem(name: str, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A YAML syntax error at the line of the fault, never past the end of the file.

    An unclosed quote or bracket is noticed lines later, often at the end of
    the stream, one line past the last: the line that opens it is the fault.
    """
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    problem, context = exc.problem_mark, exc.context_mark
    what = " ".join(part for part in (exc.context, exc.problem) if part)
    if context is not None and (exc.context or "").startswith(_UNCLOSED) and context.line < lines:
        line = context.line + 1
        if problem is None or problem.line >= lines:
            what += " (it opens on this line and runs to the end of the file)"
        elif problem.line != context.line:
            what += f" (it opens on this line; noticed on line {problem.line + 1})"
    elif problem is not None and problem.line < lines:
        line = problem.line + 1
    else:
        line = lines
    return Problem(name, line, f"YAML syntax error: {what}")


def _read_file(name: str, data: bytes, raw: _Raw, problems: list[Problem]) -> None:
    if (big := _too_big(name, len(data))) is not None:
        problems.append(big)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _line_of_offset(data, exc.start)
        problems.append(Problem(name, line, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"))
        _failed(name, data.decode("utf-8", errors="replace"), raw)
        return
    if not text.strip():
        problems.append(Problem(name, 1, "file is empty"))
        return
    loader = _YamlLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        problems.append(_syntax_problem(name, text, exc))
        _failed(name, text, raw)
        return
    except yaml.YAMLError as exc:
        problems.append(Problem(name, 1, f"YAML error: {exc}"))
        _failed(name, text, raw)
        return
    finally:
        loader.dispose()
    if root is None:
        problems.append(Problem(name, 1, "file holds no data (only comments?)"))
        return
    reader = _FileReader(name, problems, raw.refused)
    if not isinstance(root, yaml.MappingNode):
        if reader.check_node(root):
            reader.error(
                reader.line(root),
                f"the file must be a mapping of sections ({', '.join(_SECTIONS)}), not a {_shape(root)}",
            )
        _failed(name, text, raw)
        return
    file_source: str | None = None
    source_failed = False
    sections = [(key, node, reader.line(key_node)) for key, node, key_node in reader.mapping(root, "the file")]
    for key, node, key_line in sections:
        if key == "source":
            item = reader.item(node, "source")
            if item is not None:
                item["_file"] = name
                raw.sources.append(item)
                file_source = item["id"]
            else:
                source_failed = True
        elif key not in _SECTIONS:
            reader.error(key_line, f"unknown section '{key}'{_closest(key, list(_SECTIONS))}")
    for key, node, key_line in sections:
        if key in _SINGULAR:
            if not reader.check_node(node):
                continue
            if not isinstance(node, yaml.SequenceNode):
                reader.error(key_line, f"'{key}' must be a list of {key}, not a {_shape(node)}")
                continue
            for child in node.value:
                item = reader.item(child, key)
                if item is None:
                    continue
                item["_file"] = name
                if item.get("source") is None:
                    if file_source is None:
                        if not source_failed:  # else the source's own problem says it all
                            reader.error(
                                item["_line"],
                                f"{_SINGULAR[key]} '{item['id']}' has no source: add 'source:' to it or to the file",
                            )
                        reader.refuse(item)
                        continue
                    item["source"] = file_source
                raw.items[key].append(item)
        elif key == "synonyms":
            if not reader.check_node(node):
                continue
            if not isinstance(node, yaml.SequenceNode):
                reader.error(key_line, "'synonyms' must be a list of lists of words")
                continue
            for child in node.value:
                group = reader.texts(child, "each synonym group")
                if group:
                    raw.synonyms.append(group)
        elif key == "places" and reader.texts(node, "'places'") and isinstance(node, yaml.SequenceNode):
            # Checked as a list of text above; read again for each place's line.
            raw.places += [(str(child.value).strip(), reader.line(child), name) for child in node.value]


def default_folder() -> Traversable:
    """The fact base shipped inside the package."""
    return files("knowledge") / "data"


def fact_files(folder: Traversable) -> list[Traversable]:
    """The fact files of a folder, in the order they are read."""
    return sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(_YAML_SUFFIXES)),
        key=lambda f: f.name,
    )


def _display_name(folder_label: str, name: str) -> str:
    return f"{folder_label}/{name}" if folder_label else name


def read_records(folder: Traversable | Path, label: str | None = None, workers: int = 1) -> Records:
    """Read and validate every fact file in `folder`.

    With `workers` above 1 (only in a process of its own with no other
    thread: they are forked), the files are parsed by that many processes,
    each a share of them; what they find is put together in file order, so
    the records and problems are the same as from one process.

    Raises FactBaseError listing every problem found, in file order.
    """
    folder_label = label if label is not None else str(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise FactBaseError([Problem(folder_label, 0, "no such folder of fact files")])
    try:
        files = fact_files(folder)
    except OSError as exc:
        raise FactBaseError([Problem(folder_label, 0, f"cannot list the folder: {exc.strerror}")]) from None
    if not files:
        raise FactBaseError([Problem(folder_label, 0, "no .yaml fact files in this folder")])
    named = [(file, _display_name(folder_label, file.name)) for file in files]
    raw = _Raw()
    made: _Made | None = None
    if workers > 1 and len(named) > 1 and all(isinstance(file, Path) for file, _ in named):
        made = _Made()
        for part, found in _read_in_parallel(named, workers):
            raw.merge(part)
            problems += found
            made.add(part)  # while the other files are parsed
    else:
        for file, name in named:
            _read_one(file, name, raw, problems)
            time.sleep(0)  # a reload runs in a thread: let the event loop in between files
    records = _build(raw, problems, made)
    if made is None:  # maybe in a thread beside an event loop: the raw items freed without stalling it
        spent: list[object] = [raw]
        del raw
        release(spent)
    # else a process of its own (forked workers): freed in one go, no slicing or yielding needed
    if problems:
        raise FactBaseError(sorted(problems, key=lambda p: (p.file, p.line)))
    return records


def _read_one(file: Traversable, name: str, raw: _Raw, problems: list[Problem]) -> None:
    try:
        # Refuse a huge file before reading it into memory.
        if isinstance(file, Path) and (big := _too_big(name, file.stat().st_size)) is not None:
            problems.append(big)
            return
        data = file.read_bytes()
    except OSError as exc:
        problems.append(Problem(name, 0, f"cannot read: {exc.strerror}"))
        return
    _read_file(name, data, raw, problems)


_FILES_AT_ONCE = 8  # files a parsing process is handed at a time


def _read_share(share: list[tuple[str, str]]) -> tuple[_Raw, list[Problem]]:
    """In a parsing process: some files (path, name), read as one process would."""
    raw = _Raw()
    problems: list[Problem] = []
    for path, name in share:
        _read_one(Path(path), name, raw, problems)
    return raw, problems


def _read_in_parallel(named: list[tuple[Traversable, str]], workers: int) -> Iterator[tuple[_Raw, list[Problem]]]:
    """What each few files hold, in file order, parsed by `workers` forked processes."""
    shares = [
        [(str(file), name) for file, name in named[start : start + _FILES_AT_ONCE]]
        for start in range(0, len(named), _FILES_AT_ONCE)
    ]
    with get_context("fork").Pool(min(workers, len(shares))) as pool:
        yield from pool.imap(_read_share, shares)


def summary(records: Records) -> str:
    """How much a fact base holds, in one line ("2 sources, 21 people and organisations, ...")."""
    r = records
    return (
        f"{len(r.sources)} sources, {len(r.entities)} people and organisations, "
        f"{len(r.deals)} deals, {len(r.quotes)} quotes, {len(r.facts)} facts, {len(r.events)} events"
    )


class _Made:
    """The records of items read, made as each file's items come in (from a
    parsing process), before the checks across files: used if those find
    nothing wrong, else thrown away. In the order the items are in."""

    def __init__(self) -> None:
        self.records: dict[str, list[Any]] = {section: [] for section in _SINGULAR}

    def add(self, part: _Raw) -> None:
        for section, items in part.items.items():
            made = self.records[section]
            cls = RECORD_TYPES[section]
            for item in items:
                fields = {k: v for k, v in item.items() if k[0] != "_"}
                if cls is Event:
                    fields["order"] = len(made)
                made.append(cls(origin=Origin(item["_file"], item["_line"]), **fields))


def _build(raw: _Raw, problems: list[Problem], made: _Made | None = None) -> Records:
    """Cross-file checks (ids, references, aliases, quotations) and record
    construction (`made`: the records made already, as items came in)."""
    first_seen: dict[str, tuple[str, int]] = {}
    kinds: dict[str, str] = {}

    def claim(item: dict[str, Any], kind: str) -> bool:
        ident = item["id"]
        if ident in first_seen:
            file, line = first_seen[ident]
            problems.append(
                Problem(item["_file"], item["_line"], f"duplicate id '{ident}' (first defined at {file}:{line})")
            )
            return False
        first_seen[ident] = (item["_file"], item["_line"])
        kinds[ident] = kind
        return True

    sources = [s for s in raw.sources if claim(s, "source")]
    groups = {key: [i for i in items if claim(i, _SINGULAR[key])] for key, items in raw.items.items()}

    def check_ref(item: dict[str, Any], key: str, target: str) -> None:
        value = item.get(key)
        for ref in value if isinstance(value, tuple) else (value,):
            if ref is None or kinds.get(ref) == target:
                continue
            what = f"'{key}' of {_SINGULAR[item['_section']]} '{item['id']}'"
            if ref not in kinds and ref in raw.refused:
                message = f"{what} names {target} '{ref}': not checked: {raw.refused[ref]} failed to load"
            else:
                hint = _closest(ref, [i for i, k in kinds.items() if k == target])
                found = f" (it is a {kinds[ref]})" if ref in kinds else ""
                message = f"{what} names unknown {target} '{ref}'{found}{hint}"
            problems.append(Problem(item["_file"], item["_line"], message))

    for key, items in groups.items():
        references = _REFERENCES[key]
        for item in items:
            item["_section"] = key
            for field_name, target in references:
                value = item.get(field_name)
                # Most references name what they should: checked here, said by check_ref if not.
                if value is None or (
                    kinds.get(value) == target
                    if value.__class__ is str
                    else all(kinds.get(ref) == target for ref in value)
                ):
                    continue
                check_ref(item, field_name, target)
    _check_aliases(groups["entities"] + groups["deals"], problems)
    _check_quotations(groups["quotes"], problems)

    def origin(item: dict[str, Any]) -> Origin:
        return Origin(item["_file"], item["_line"])

    def fields(item: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in item.items() if not k.startswith("_") and v is not None}

    def records_of(section: str, cls: type[_R]) -> tuple[_R, ...]:
        if made is not None:
            # With nothing wrong, every item was claimed: the records made as they came in are these.
            return tuple(made.records[section])
        if cls is Event:
            return tuple(_made(cls, {**i, "order": n}) for n, i in enumerate(groups[section]))
        return tuple(_made(cls, i) for i in groups[section])

    if problems:
        return Records()
    return Records(
        sources=tuple(
            Source(
                origin=origin(s),
                label=s.get("label") or s.get("title") or s["id"],
                **{k: v for k, v in fields(s).items() if k != "label"},
            )
            for s in sources
        ),
        entities=records_of("entities", Entity),
        deals=records_of("deals", Deal),
        facts=records_of("facts", Fact),
        quotes=records_of("quotes", Quote),
        events=records_of("events", Event),
        vocabulary=Vocabulary(
            synonyms=tuple(raw.synonyms),
            places=tuple(name for name, _, _ in raw.places),
            place_origins=tuple(Origin(file, line) for _, line, file in raw.places),
        ),
    )


# Each section's fields that name other records: (field, the type they name).
_REFERENCES = {
    section: [(name, field.refers_to) for name, field in SCHEMA[section].items() if field.refers_to is not None]
    for section in _SINGULAR
}
_R = TypeVar("_R", Entity, Deal, Fact, Quote, Event)


def _made(cls: type[_R], item: dict[str, Any]) -> _R:
    """The record of an item read and checked (the item is used up: its own keys go)."""
    origin = Origin(item.pop("_file"), item.pop("_line"))
    del item["_section"]
    # An item holds no None but a required field's, and an item missing one is refused.
    return cls(origin=origin, **item)


def _check_quotations(quotes: list[dict[str, Any]], problems: list[Problem]) -> None:
    """Pieces of one quotation (`continues`) form a chain in article order:
    each direct quote continues an earlier direct quote by the same speaker,
    from the same source, and no quote is continued twice."""
    by_id = {q["id"]: (n, q) for n, q in enumerate(quotes)}
    continued_by: dict[str, str] = {}
    for n, quote in enumerate(quotes):
        ref = quote.get("continues")
        if ref is None or ref not in by_id:
            continue  # no such quote: check_ref has said so
        where, earlier = by_id[ref]
        head = f"quote '{quote['id']}' continues '{ref}'"
        if quote["kind"] == "reported":
            problems.append(
                Problem(
                    quote["_file"],
                    quote["_line"],
                    f"{head}, but reported speech is no quotation: only direct quotes continue one",
                )
            )
            continue
        mismatch = [
            f"{key} '{earlier[key]}', not '{quote[key]}'"
            for key in ("speaker", "kind", "source")
            if earlier[key] != quote[key]
        ]
        if where >= n:
            problems.append(
                Problem(quote["_file"], quote["_line"], f"{head}, which is not before it: list pieces in order")
            )
        elif mismatch:
            problems.append(
                Problem(
                    quote["_file"],
                    quote["_line"],
                    f"{head}, but that is another quotation: it has {' and '.join(mismatch)}",
                )
            )
        elif ref in continued_by:
            problems.append(
                Problem(
                    quote["_file"],
                    quote["_line"],
                    f"{head}, which '{continued_by[ref]}' already continues: a quotation's pieces form one chain",
                )
            )
        else:
            continued_by[ref] = quote["id"]


def _check_aliases(items: list[dict[str, Any]], problems: list[Problem]) -> None:
    """An alias may not be another entry's name or alias: it would be ambiguous."""
    owner: dict[str, dict[str, Any]] = {}
    for item in items:
        names = [item["name"], *(item.get("aliases") or ())]
        for name in dict.fromkeys(normalise(n) for n in names):
            if not name:
                continue
            other = owner.get(name)
            if other is not None and other["id"] != item["id"]:
                problems.append(
                    Problem(
                        item["_file"],
                        item["_line"],
                        f"name or alias '{name}' of '{item['id']}' is already used by "
                        f"'{other['id']}' ({other['_file']}:{other['_line']})",
                    )
                )
            else:
                owner[name] = item
