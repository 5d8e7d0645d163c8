"""Comparing an article with what a format reads back of it, for the writers' loss reports."""

from collections.abc import Iterator
from typing import cast

import attrs

__all__ = ["differences"]


def differences(ours: object, theirs: object, pointer: str = "") -> Iterator[str]:
    """Yield the JSON pointers at which ``theirs`` differs from ``ours``: attrs fields and tuple
    items are compared one by one, anything else as a whole.

    >>> list(differences((1, 2, 3), (1, 5, 3)))
    ['/1']
    """
    if ours == theirs:
        return
    if attrs.has(type(ours)) and type(ours) is type(theirs):
        for field in attrs.fields(cast("type[attrs.AttrsInstance]", type(ours))):
            yield from differences(
                getattr(ours, field.name), getattr(theirs, field.name), f"{pointer}/{field.name}"
            )
    elif isinstance(ours, tuple) and isinstance(theirs, tuple) and len(ours) == len(theirs):
        for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
            yield from differences(mine, other, f"{pointer}/{index}")
    else:
        yield pointer
