"""Helpers to write small fact bases for tests."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from knowledge import default_folder

VALID = """\
source:
  id: src
  title: A test article
  seed: test.txt
entities:
  - id: ann-smith
    name: Ann Smith
    kind: person
    role: Chief of tests
    aliases: [Smithy]
  - id: acme
    name: Acme
    kind: company
    role: Widget maker
deals:
  - id: widget-deal
    name: Widget deal
    status: signed
    summary: Acme makes widgets.
    companies: [acme]
facts:
  - id: widget-signed
    deal: widget-deal
    topic: status
    text: The widget deal was signed.
quotes:
  - id: ann-widgets
    speaker: ann-smith
    kind: direct
    deal: widget-deal
    text: We love widgets.
events:
  - id: widget-signing
    deal: widget-deal
    when: last week
    text: The deal was signed.
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def copy_shipped(folder: Path) -> Path:
    """A writable copy of the shipped fact files (not the index built beside them)."""
    shutil.copytree(str(default_folder()), folder, ignore=shutil.ignore_patterns(".factbot-index"))
    return folder


def line_of(path: Path, record: str) -> int:
    """The line of a record's `- id:` in a fact file."""
    return path.read_text(encoding="utf-8").splitlines().index(f"  - id: {record}") + 1


def broken_herts(folder: Path) -> Path:
    """The shipped fact base with the Herts file, where G4S is defined, unreadable."""
    path = folder / "herts-g4s-back-office.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: g4s\n", "  - id: g4s\n    name: [G4S\n", 1))
    return path
