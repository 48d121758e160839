"""The cycle collector is paused for bulk work and always turned back on."""

from __future__ import annotations

import gc

import pytest

from careerdesk.core.services.bulk_work import bulk_work


def test_bulk_work_pauses_the_collector_and_the_outermost_resumes_it() -> None:
    assert gc.isenabled()
    with bulk_work():
        assert not gc.isenabled()
        with bulk_work():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one leaves it to the outer
    assert gc.isenabled()


def test_bulk_work_resumes_the_collector_after_an_error() -> None:
    @bulk_work()
    def fails() -> None:
        assert not gc.isenabled()
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        fails()
    assert gc.isenabled()


def test_bulk_work_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with bulk_work():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
