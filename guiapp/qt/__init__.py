"""The Qt layer (PySide6 + pyqtgraph). Importing this package first applies the work-around below.

PySide6 6.12 is built for Python ≥ 3.12, where ``None``, ``True``, ``False`` and small ints are immortal and their
reference counts are never used. Under Python 3.11 it drops references it never took: every Python override
that Qt calls and that returns ``None`` (``paintEvent``, a delegate's ``paint``…) and every ``Signal.emit`` (which
returns ``True``) lowers the count by one, until the interpreter aborts with "none_dealloc: deallocating None"
(or "bool_dealloc") after a few thousand calls. Giving those singletons a reference count no program can
exhaust makes them immortal in effect, as Python 3.12 does. It only touches objects that are never freed.
"""

import sys

if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    import ctypes

    for _singleton in (None, True, False, Ellipsis, NotImplemented, (), "", *range(-5, 257)):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
