"""Steps that build hundreds of thousands of Python objects at once (an import, the demo).

Python's cycle collector runs after every few hundred new container objects and, as the
long-lived ones pile up, walks all of them again: on a 100,000-row import that was about a
third of the time, spent finding no garbage (these steps make no reference cycles). Such a
step pauses it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cycle collector for the ``with`` block (or the decorated function).

    Nested and concurrent uses are fine: only the outermost one turns it back on. Reference
    counting frees memory as usual meanwhile; only objects caught in cycles wait.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
