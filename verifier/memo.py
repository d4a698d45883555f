"""What one check works out about its sentences, kept for that check only.

The verdict rules compare a claim with the sentences of its pool, and the pool is decided on again and again
(widened by a window, a frame, the claim's main clause, the claims around it): the seed check on the full
corpus compares 1,570 pairs, 730 of them different, and reads the same words, names and dates of a sentence
once for every sentence it is compared with. A function wrapped in `per_check` answers each question once
within `one_check()`; outside it (a test, a script asking one rule) it simply runs.

An analysis is known by its contents, not its identity: the claim's main clause is analysed afresh for each
decision, and two objects that hold the same words, names, negations and dates get the same answers from
every rule. Each object's contents are read once (by its id; the object is kept beside its number, so that
the id stays its own). A wrapped function must read nothing but its arguments, and what it returns must not
be changed by its callers (a frozenset, a tuple, a bool or an immutable record).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import ParamSpec, TypeVar

from verifier.normalize import Analysis

P = ParamSpec("P")
R = TypeVar("R")


class _CheckMemo:
    def __init__(self) -> None:
        self.answers: dict[tuple, object] = {}
        self.numbers: dict[tuple, int] = {}
        self.by_object: dict[int, tuple[Analysis, int]] = {}

    def number(self, analysis: Analysis) -> int:
        """The number of the analysis's contents: the same for two objects that hold the same."""
        entry = self.by_object.get(id(analysis))
        if entry is not None and entry[0] is analysis:
            return entry[1]
        number = self.numbers.setdefault(_contents(analysis), len(self.numbers))
        self.by_object[id(analysis)] = (analysis, number)
        return number


_MEMO: ContextVar[_CheckMemo | None] = ContextVar("check_memo", default=None)


@contextmanager
def one_check() -> Iterator[None]:
    """Within the block, each `per_check` function answers each question once. Nothing outlives it."""
    token = _MEMO.set(_CheckMemo())
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_check(function: Callable[P, R]) -> Callable[P, R]:
    """`function`, its answers kept within `one_check()`: by its arguments, an analysis by its contents."""

    @wraps(function)
    def memoised(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _MEMO.get()
        if memo is None:
            return function(*args, **kwargs)
        by_object = memo.by_object
        key: list = [function]
        for arg in args:
            if type(arg) is Analysis:
                entry = by_object.get(id(arg))
                arg = entry[1] if entry is not None and entry[0] is arg else memo.number(arg)
            key.append(arg)
        if kwargs:
            key += (_KEYWORDS, *kwargs.items())
        found = memo.answers.get(frozen := tuple(key), _MISSING)
        if found is _MISSING:
            found = memo.answers[frozen] = function(*args, **kwargs)
        return found  # type: ignore[return-value]

    return memoised


# What sets a call's keyword arguments apart from its positional ones in the key, and what no answer is.
_KEYWORDS = object()
_MISSING = object()


def _contents(analysis: Analysis) -> tuple:
    """Everything a rule reads of an analysis: its text, words, names and negations, and its dates and counts
    when they were set otherwise than from its text (the claim's main clause has its own). A `when` not yet
    worked out is the text's own, worked out on first use; reading it here would cost what it saves."""
    when = analysis.when
    return (analysis.text, tuple(analysis.tokens), analysis.keys, tuple(analysis.surfaces.items()),
            tuple(analysis.entities), analysis.negated, analysis.entity_keys, analysis.predicate_keys,
            None if when is None else (tuple(when.quantities), when.days, when.months, when.years,
                                       when.relative, when.seasons, when.periods, when.has_past_reference))
