"""Writing YAML with comments, every value quoted so it reads back exactly.

PyYAML writes no comments, so the layout is written here and each value is
rendered by PyYAML itself (plain, quoted or escaped as it needs), or folded
over lines where folding cannot change it. The result is read back and
compared before it is returned: a draft that would load differently from
what was found is a bug, not an output.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

import yaml

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


def _dump(value: str | list[str], flow: bool) -> str:
    """PyYAML's rendering of one value; escaped when its readable form would not read back
    (PyYAML folds a NEL or line separator inside single quotes)."""
    dumped: str = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=flow)
    if yaml.safe_load(dumped) != value:
        dumped = yaml.safe_dump(value, allow_unicode=False, width=1_000_000, default_flow_style=flow, default_style='"')
    return dumped.removesuffix("\n").removesuffix("\n...").rstrip("\n")


def _scalar(value: str) -> str:
    return _dump(value, flow=False)


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
        return [f"{indent}{name}: {_dump(value, flow=True).strip()}"]
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
    loaded = yaml.safe_load(text) or {}
    for section in document.sections:
        want = None if section.commented_out else expected(section)
        got = loaded.get(section.name)
        if section.commented_out:
            if section.name in loaded:
                raise AssertionError(f"stub section {section.name} was not commented out")
            got = (yaml.safe_load(uncommented(section)) or {}).get(section.name)
            want = expected(section)
        if got != want:
            raise AssertionError(f"section {section.name} does not read back as written")
