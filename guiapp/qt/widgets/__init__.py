"""Widgets of the main window (PySide6 only; each is a thin view over core objects)."""
