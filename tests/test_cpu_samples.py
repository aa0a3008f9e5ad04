"""benchmarks/cpu_samples.py: a sample counts every function on the stack once, the running
one as its own time, and with --under only the samples taken inside that function, shared
among what it calls (not its callers)."""

from __future__ import annotations

import sys
from types import FrameType

from tests.conftest import REPO

BENCHMARKS = str(REPO / "benchmarks")
sys.path.insert(0, BENCHMARKS)
try:
    from cpu_samples import Samples
finally:
    sys.path.remove(BENCHMARKS)


def inner(samples: Samples) -> None:
    samples.take(0, sys._getframe())


def outer(samples: Samples) -> None:
    inner(samples)


def recursive(samples: Samples, depth: int) -> None:
    if depth:
        recursive(samples, depth - 1)
    else:
        inner(samples)


def names(counted: dict[str, int]) -> dict[str, int]:
    # "test_cpu_samples.inner:20" -> "inner"
    return {name.split(".")[-1].split(":")[0]: count for name, count in counted.items()}


def test_every_function_on_the_stack_is_counted_once() -> None:
    samples = Samples(None)
    outer(samples)
    recursive(samples, 3)
    assert (samples.taken, samples.kept) == (2, 2)
    inside = names(samples.inside)
    assert (inside["inner"], inside["outer"], inside["recursive"]) == (2, 1, 1)
    assert inside[sys._getframe().f_code.co_name] == 2  # this test, a caller
    assert names(samples.own) == {"inner": 2}


def test_under_keeps_only_the_samples_inside_the_function() -> None:
    samples = Samples("outer")
    outer(samples)
    inner(samples)  # not inside outer: taken, not kept
    assert (samples.taken, samples.kept) == (2, 1)
    assert names(samples.inside) == {"outer": 1, "inner": 1}  # not this test, its caller
    assert names(samples.own) == {"inner": 1}


def test_a_frame_is_named_by_module_function_and_line() -> None:
    frame: FrameType = sys._getframe()
    samples = Samples(None)
    samples.take(0, frame)
    code = frame.f_code
    assert list(samples.own) == [f"test_cpu_samples.{code.co_name}:{code.co_firstlineno}"]
