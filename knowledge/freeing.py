"""Freeing big structures without holding up other threads.

Freeing a big structure in one go is one long chain of deallocations inside a
single bytecode, which never lets go of the GIL: with 100,000 quotes an event
loop in another thread would stall for the 0.2 s it takes. Taken apart a
slice at a time, the interpreter hands the GIL over between slices.
"""

from __future__ import annotations

import gc
import sys
import time
from types import MappingProxyType
from typing import Any

_SLICE = 5000
_BIG = 256  # smaller containers are simply dropped: freeing them is quick


def release(stack: list[object]) -> None:
    """Free the objects in `stack` a slice at a time (the list is emptied).

    Only what nothing else refers to is taken apart. What the old fact base
    shares within itself (one index held by two others) waits until its other
    holders are gone; what something outside still holds (an answer running
    on the old fact base) is left whole, to be freed as usual.
    """
    shared: list[object] = []
    while stack or shared:
        if not stack:
            # Retry what was shared; stop once a pass frees none of it.
            before = len(shared)
            stack, shared = shared, []
            _take_apart_all(stack, shared)
            if len(shared) == before:
                shared.clear()
            continue
        _take_apart_all(stack, shared)


def _take_apart_all(stack: list[object], shared: list[object]) -> None:
    while stack:
        obj = stack.pop()
        # Two references: `obj` and getrefcount's argument; more means shared.
        if sys.getrefcount(obj) > 2:
            shared.append(obj)
            continue
        if isinstance(obj, dict):
            _drain(obj, stack)
        elif isinstance(obj, list):
            _drain_list(obj, stack)
        elif isinstance(obj, tuple | frozenset | set):
            items = list(obj)
            del obj  # frees only the shell: `items` holds what it held
            _drain_list(items, stack)
        else:
            # An object: its __dict__, or what its slots hold. (A mapping
            # proxy's one referent is the dict it shows.)
            stack.extend(r for r in gc.get_referents(obj) if isinstance(r, dict) or _worth_taking_apart(r))
        time.sleep(0)


def _worth_taking_apart(value: object) -> bool:
    if isinstance(value, dict | list | set | tuple | frozenset):
        return len(value) >= _BIG
    if isinstance(value, MappingProxyType) or (hasattr(value, "__dict__") and not isinstance(value, type)):
        return True
    # A slotted record is small, unless one of its slots holds a big container.
    return hasattr(type(value), "__slots__") and any(
        isinstance(r, dict | list | tuple | set | frozenset) and len(r) >= _BIG for r in gc.get_referents(value)
    )


def _drain(table: dict[Any, Any], stack: list[object]) -> None:
    while table:
        for _ in range(min(_SLICE, len(table))):
            _, value = table.popitem()
            if _worth_taking_apart(value):
                stack.append(value)
        time.sleep(0)


def _drain_list(items: list[object], stack: list[object]) -> None:
    while items:
        chunk = items[-_SLICE:]
        del items[-_SLICE:]
        stack.extend(v for v in chunk if _worth_taking_apart(v))
        del chunk
        time.sleep(0)
