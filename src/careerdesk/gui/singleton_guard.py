"""A guard against reference-counting bugs in PySide6 6.12.0 that abort the app.

PySide6 6.12.0 returns ``None`` from every Qt function that returns nothing
(``setText``, ``addItem``, ``show``, ``processEvents``…), and ``True`` from a signal's
``emit()``, without taking a reference to it: each such call from Python lowers the
object's reference count by one. On Python 3.12 and later ``None``, ``True`` and
``False`` are immortal and nothing happens; on 3.11 their counts are a few hundred to a
few tens of thousands, and once enough calls have been made (a day of imports and page
changes, a long test run) the interpreter stops with "Fatal Python error: none_dealloc:
deallocating None" (or "bool_dealloc"). PySide6 6.11 does not have the bugs, but its
PDF viewer comes only in the much larger Addons package.

``guard_singletons`` checks whether the running PySide6 has either bug and, only if it
does, gives ``None``, ``True`` and ``False`` as many references as Python 3.12 gives an
immortal object. It changes nothing else; with a fixed PySide6 the check finds no bug
and the guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

#: What Python 3.12 gives an immortal object; far more than any session's calls.
_IMMORTAL = 1 << 32


class _Probe(QObject):
    poked = Signal()


def drops_references() -> bool:
    """Whether a Qt call that returns nothing costs ``None`` a reference, or a signal's
    ``emit()`` costs ``True`` one."""
    probe = _Probe()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("")
        probe.poked.emit()
    return sys.getrefcount(None) < none or sys.getrefcount(True) < true


def guard_singletons() -> bool:
    """Keep ``None``, ``True`` and ``False`` alive whatever PySide6 does to them; True when
    the guard was needed."""
    if sys.version_info >= (3, 12) or not drops_references():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL
    return True
