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

import sys

#: What Python 3.12 gives an immortal object; far more than any session's calls.
_IMMORTAL = 1 << 32


def drops_references() -> bool:
    """Whether a Qt call that returns nothing costs ``None`` a reference, or a signal's
    ``emit()`` costs ``True`` one."""
    from PySide6.QtCore import QObject  # (here: importing it costs a module ~1 ms)

    probe = QObject()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(16):
        probe.setObjectName("")
        probe.objectNameChanged.emit("")
    return sys.getrefcount(None) < none or sys.getrefcount(True) < true


def guard_singletons() -> bool:
    """Keep ``None``, ``True`` and ``False`` alive whatever PySide6 does to them; True when
    the guard was needed."""
    if sys.version_info >= (3, 12) or not drops_references():
        return False
    count = _reference_count_type()
    for singleton in (None, True, False):
        count.from_address(id(singleton)).value += _IMMORTAL
    return True


def _reference_count_type() -> type:
    """A C ``Py_ssize_t`` laid over an object's reference count. Built from ``_ctypes``
    (what ``ctypes.c_ssize_t`` is made of) rather than ``ctypes`` itself, whose import
    costs the window's start ~3 ms."""
    import _ctypes

    class PySsizeT(_ctypes._SimpleCData):  # noqa: SLF001 - ctypes' own base for c_ssize_t
        _type_ = "q" if sys.maxsize > 2**32 else "i"  # (as ctypes picks it)

    return PySsizeT
