"""Inkling (package ``guiapp``): draw a character, watch a CNN recognise it, grow the data, train the network."""

__version__ = "0.1.0"
APP_NAME = "guiapp"
DISPLAY_NAME = "Inkling"
