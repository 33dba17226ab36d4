"""Writing YAML with comments, every value quoted so it reads back exactly.

PyYAML writes no comments, so the layout is written here; a value is
written plain when it plainly reads back as itself, folded over lines where
folding cannot change it, and otherwise rendered by PyYAML (quoted or
escaped as it needs). The result is read back and
compared before it is returned: a draft that would load differently from
what was found is a bug, not an output.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

import yaml

# libyaml when PyYAML has it: the same results, many times faster.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# Text YAML reads back as itself unquoted: no indicator first, no quote, tab or bracket anywhere.
_PLAIN = re.compile(r"^[A-Za-z(][^\n\r\t\"'`|>&*!%@{}\[\]]*$")
_RESERVED = re.compile(r"^(?:y|n|yes|no|true|false|on|off|null|~)$", re.I)

Value = str | list[str] | None
_WIDTH = 88
_FOLDABLE_MAX = 72


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: Value  # None: left empty for the editor to fill
    comments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Item:
    fields: tuple[Field, ...]
    comments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    items: tuple[Item, ...] = ()
    comments: tuple[str, ...] = ()
    commented_out: bool = False  # a stub: written as comments, for the editor to complete
    single: bool = False  # one mapping (the source), not a list
    trailer: tuple[str, ...] = ()  # comment lines after the items
    banner: tuple[str, ...] = ()  # comment lines before the section, never part of it


@dataclass(frozen=True, slots=True)
class Document:
    header: tuple[str, ...]
    sections: tuple[Section, ...] = field(default_factory=tuple)


def _dump(value: str) -> str:
    """PyYAML's rendering of one text; escaped when its readable form would not read back
    (PyYAML folds a NEL or line separator inside single quotes)."""
    dumped: str = yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=1_000_000)
    if yaml.load(dumped, Loader=_Loader) != value:  # noqa: S506 - a safe loader, C or Python
        dumped = yaml.dump(value, Dumper=_Dumper, allow_unicode=False, width=1_000_000, default_style='"')
    return dumped.removesuffix("\n").removesuffix("\n...").rstrip("\n")


def _plain(value: str, flow: bool) -> bool:
    """Text that YAML reads back as itself without quotes; most names and sentences are."""
    return (
        bool(_PLAIN.match(value))
        and value.isprintable()
        and ": " not in value
        and " #" not in value
        and not value.endswith((":", " "))
        and not _RESERVED.match(value)
        and not (flow and any(ch in value for ch in ",[]{}?"))
        and _reads_back(value, flow)
    )


def _reads_back(value: str, flow: bool) -> bool:
    """The last word: YAML's own parser reads the unquoted text as itself, in its place."""
    text = f"[{value}]" if flow else f"k: {value}"
    try:
        loaded = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader, C or Python
    except yaml.YAMLError:
        return False
    return bool(loaded == ([value] if flow else {"k": value}))


def _scalar(value: str, flow: bool = False) -> str:
    if _plain(value, flow):
        return value
    return _dump(value) if not flow else yaml.dump(value, Dumper=_Dumper, width=1_000_000, default_style='"').strip()


def _foldable(value: str) -> bool:
    return (
        len(value) > _FOLDABLE_MAX
        and value == value.strip()
        and "  " not in value
        and value.isprintable()
        and not value.startswith(("#", "-", "?", ":", "'", '"', "[", "{", "|", ">", "!", "&", "*", "%", "@", "`"))
    )


def _value_lines(name: str, value: Value, indent: str) -> list[str]:
    if value is None:
        return [f"{indent}{name}:"]
    if isinstance(value, list):
        return [f"{indent}{name}: [{', '.join(_scalar(v, flow=True) for v in value)}]"]
    if _foldable(value):
        lines = textwrap.wrap(value, _WIDTH - len(indent) - 2, break_long_words=False, break_on_hyphens=False)
        return [f"{indent}{name}: >-", *(f"{indent}  {line}" for line in lines)]
    return [f"{indent}{name}: {_scalar(value)}"]


def _comment_lines(comments: tuple[str, ...], indent: str) -> list[str]:
    out: list[str] = []
    for comment in comments:
        wrapped = textwrap.wrap(comment, _WIDTH - len(indent) - 2, break_long_words=False, break_on_hyphens=False)
        for n, line in enumerate(wrapped or [""]):
            out.append(f"{indent}# {'  ' if n else ''}{line}".rstrip())
    return out


def _section_lines(section: Section) -> list[str]:
    # A stub's own comments go inside it, so that uncommenting the block leaves valid YAML.
    inside = _comment_lines(section.comments, "  ") if section.commented_out else []
    lines = [f"{section.name}:", *inside]
    for item in section.items:
        if section.single:
            lines.extend(_comment_lines(item.comments, "  "))
            for f in item.fields:
                lines.extend(_comment_lines(f.comments, "  "))
                lines.extend(_value_lines(f.name, f.value, "  "))
            continue
        lines.extend(_comment_lines(item.comments, "  "))
        for n, f in enumerate(item.fields):
            lines.extend(_comment_lines(f.comments, "    "))
            value = _value_lines(f.name, f.value, "    ")
            if n == 0:
                value[0] = "  - " + value[0][4:]
            lines.extend(value)
        lines.append("")
    if lines and lines[-1] == "":
        lines.pop()
    lines.extend(_comment_lines(section.trailer, "  "))
    if section.commented_out:
        return [*_comment_lines(section.banner, ""), *(f"# {line}".rstrip() for line in lines)]
    return [*_comment_lines(section.banner, ""), *_comment_lines(section.comments, ""), *lines]


def expected(section: Section) -> dict[str, Value] | list[dict[str, Value]]:
    """What YAML should read back for a section."""

    def item(fields: tuple[Field, ...]) -> dict[str, Value]:
        return {f.name: f.value for f in fields}

    if section.single:
        return item(section.items[0].fields)
    return [item(i.fields) for i in section.items]


def render(document: Document) -> str:
    lines = _comment_lines(document.header, "")
    for section in document.sections:
        lines.append("")
        lines.extend(_section_lines(section))
    text = "\n".join(lines).rstrip("\n") + "\n"
    _check(text, document)
    return text


def uncommented(section: Section) -> str:
    """A stub section as the editor would have it once uncommented (used to check stubs)."""
    return "\n".join(_section_lines(Section(section.name, section.items, single=section.single)))


def _check(text: str, document: Document) -> None:
    loaded = yaml.load(text, Loader=_Loader) or {}  # noqa: S506 - a safe loader, C or Python
    for section in document.sections:
        want = None if section.commented_out else expected(section)
        got = loaded.get(section.name)
        if section.commented_out:
            if section.name in loaded:
                raise AssertionError(f"stub section {section.name} was not commented out")
            got = (yaml.load(uncommented(section), Loader=_Loader) or {}).get(section.name)  # noqa: S506
            want = expected(section)
        if got != want:
            raise AssertionError(f"section {section.name} does not read back as written")
