"""The Qt layer (PySide6 + pyqtgraph): widgets and workers over guiapp.core. Import PySide6 before pyqtgraph.

pyproject.toml keeps PySide6 below 6.12 on Python 3.11: 6.12.0 corrupts the reference counts of None and True
there and the interpreter aborts after a few thousand paints or signal emissions (tests/qt/test_pyside_refcounts.py).

PySide6 builds the Python type of a Qt class when Python first needs it ("lazy" types, 6.10+). An application-wide
event filter (guiapp.qt.a11y, guiapp.qt.wheel_guard) sees every object's events, so it may need a new type while
shiboken is still building another one for the same object, and shiboken crashes (a segfault in
``Shiboken::Module::get`` while ``ModelPicker`` set its tooltip; tests/qt/test_pyside_lazy_types.py). The option
below has PySide6 build its types when each module is imported instead. It is read at PySide6's first import, so
it is set before any guiapp.qt module imports PySide6; the tests' conftest sets it too (pytest-qt imports PySide6
before any test module).
"""

import os

os.environ.setdefault("PYSIDE6_OPTION_LAZY", "0")
