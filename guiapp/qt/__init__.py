"""The Qt layer (PySide6 + pyqtgraph): widgets and workers over guiapp.core. Import PySide6 before pyqtgraph.

pyproject.toml keeps PySide6 below 6.12 on Python 3.11: 6.12.0 corrupts the reference counts of None and True
there and the interpreter aborts after a few thousand paints or signal emissions (tests/qt/test_pyside_refcounts.py).
"""
