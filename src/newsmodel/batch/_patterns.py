"""JSON Schema regular expressions with a time bound.

A user's schema can hold a ``pattern`` that backtracks catastrophically (``^(a|a)*$`` against
``aaaa…b``): Python's ``re`` would then run for hours. The keywords that match patterns
(``pattern``, ``patternProperties``, ``additionalProperties``) are replaced here by ones that
share a time budget per document, :data:`PATTERN_SECONDS`; when it runs out,
:class:`PatternTimeout` stops the check of that document.

``unevaluatedProperties`` matches ``patternProperties`` inside ``jsonschema`` (in
``jsonschema._utils``), where no keyword can be replaced: :func:`bound_internal_matching` puts
a stand-in for ``re`` there that keeps the budget of the document being checked in this thread
(:meth:`Budget.active`) and is plain ``re`` otherwise.

The bound comes from the ``regex`` package's ``timeout`` when it is installed (any thread);
otherwise from a ``SIGALRM`` timer, which interrupts ``re`` on POSIX systems in the main thread.
Elsewhere (Windows, or another thread without ``regex``) patterns are matched without a bound.
"""

import functools
import importlib
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = [
    "PATTERN_SECONDS",
    "Budget",
    "PatternTimeout",
    "bound_internal_matching",
    "bounded_keywords",
]

PATTERN_SECONDS = 1.0
"""The time that matching the patterns of a schema may take, per document (or line)."""

try:
    _regex: Any = importlib.import_module("regex")
except ImportError:  # pragma: no cover - depends on the environment
    _regex = None


class PatternTimeout(Exception):
    """Matching ``pattern`` used up the time left for the document."""

    def __init__(self, pattern: str, seconds: float) -> None:
        super().__init__(pattern)
        self.pattern = pattern
        self.seconds = seconds


class _Expired(Exception):
    pass


class Budget:
    """The time left for pattern matching in the document being checked.

    Args:
        seconds: The time per document; by default :data:`PATTERN_SECONDS`.
    """

    def __init__(self, seconds: float | None = None) -> None:
        self.seconds = PATTERN_SECONDS if seconds is None else seconds
        self._deadline = time.monotonic() + self.seconds

    @contextmanager
    def active(self) -> Iterator[None]:
        """Start the budget of a new document, and keep it for ``jsonschema``'s own matching
        in this thread until the block ends."""
        self._deadline = time.monotonic() + self.seconds
        outer = getattr(_current, "budget", None)
        _current.budget = self
        try:
            yield
        finally:
            _current.budget = outer

    def search(self, pattern: str, text: str) -> bool:
        """Whether ``pattern`` matches somewhere in ``text``.

        Raises:
            PatternTimeout: if the budget runs out first.
        """
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise PatternTimeout(pattern, self.seconds)
        compiled = _compiled(pattern) if _regex is not None else None
        try:
            if compiled is not None:
                return compiled.search(text, timeout=left) is not None
            return _search_with_alarm(pattern, text, left)
        except (TimeoutError, _Expired):
            raise PatternTimeout(pattern, self.seconds) from None


_current = threading.local()


class _BoundedRe:
    """Stands for the ``re`` module where ``jsonschema`` matches patterns itself: ``search``
    keeps the active budget of this thread; everything else is ``re``'s."""

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def search(self, pattern: Any, string: Any, flags: int = 0) -> Any:
        """``re.search``, or, with a budget active, whether it matches within the budget."""
        budget = getattr(_current, "budget", None)
        if budget is None or flags or not isinstance(pattern, str) or not isinstance(string, str):
            return re.search(pattern, string, flags)
        return budget.search(pattern, string)


_BOUNDED_RE = _BoundedRe()


def bound_internal_matching(modules: Iterator[Any]) -> None:
    """Put the stand-in for ``re`` in the ``jsonschema`` ``modules`` that match patterns
    themselves (idempotent; a module without ``re`` is left alone)."""
    for module in modules:
        if getattr(module, "re", None) is re:
            module.re = _BOUNDED_RE


@functools.lru_cache(maxsize=512)
def _compiled(pattern: str) -> Any:
    """The pattern compiled by ``regex``, or None if only ``re`` takes it."""
    try:
        return _regex.compile(pattern)
    except (_regex.error, ValueError, TypeError):
        return None


def _expire(_signum: int, _frame: object) -> None:
    raise _Expired


def _search_with_alarm(pattern: str, text: str, seconds: float) -> bool:
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # nobody else's timer is running
    )
    if not usable:
        return re.search(pattern, text) is not None
    previous = signal.signal(signal.SIGALRM, _expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        return re.search(pattern, text) is not None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


Keyword = Callable[[Any, Any, Any, Any], Iterator[Any]]


def bounded_keywords(error_class: type[Exception], budget: Budget) -> dict[str, Keyword]:
    """The pattern-matching keywords of ``jsonschema``, matching within ``budget``.

    Args:
        error_class: ``jsonschema.ValidationError``.
        budget: The time left, shared by every keyword.

    Returns:
        Keyword functions by name, for ``jsonschema.validators.extend``; their messages are
        ``jsonschema``'s own.
    """

    def pattern(validator: Any, wanted: Any, instance: Any, _schema: Any) -> Iterator[Any]:
        if validator.is_type(instance, "string") and not budget.search(wanted, instance):
            yield error_class(f"{instance!r} does not match {wanted!r}")

    def pattern_properties(validator: Any, by_pattern: Any, instance: Any,
                           _schema: Any) -> Iterator[Any]:  # fmt: skip
        if not validator.is_type(instance, "object"):
            return
        for wanted, subschema in by_pattern.items():
            for key, value in instance.items():
                if budget.search(wanted, key):
                    yield from validator.descend(value, subschema, path=key, schema_path=wanted)

    def additional_properties(validator: Any, allowed: Any, instance: Any,
                              schema: Any) -> Iterator[Any]:  # fmt: skip
        if not validator.is_type(instance, "object"):
            return
        named = schema.get("properties", {})
        patterns = list(schema.get("patternProperties", {}))
        extras = [
            key
            for key in instance
            if key not in named and not any(budget.search(p, key) for p in patterns)
        ]
        if validator.is_type(allowed, "object"):
            for extra in extras:
                yield from validator.descend(instance[extra], allowed, path=extra)
        elif not allowed and extras:
            if patterns:
                verb = "does" if len(extras) == 1 else "do"
                joined = ", ".join(repr(each) for each in sorted(extras))
                listed = ", ".join(repr(each) for each in sorted(patterns))
                yield error_class(f"{joined} {verb} not match any of the regexes: {listed}")
            else:
                verb = "was" if len(extras) == 1 else "were"
                joined = ", ".join(repr(each) for each in sorted(extras, key=str))
                yield error_class(
                    f"Additional properties are not allowed ({joined} {verb} unexpected)"
                )

    return {
        "pattern": pattern,
        "patternProperties": pattern_properties,
        "additionalProperties": additional_properties,
    }
