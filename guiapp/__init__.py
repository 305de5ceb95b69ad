"""Inkling (package ``guiapp``): draw a character, watch a CNN recognize it, grow the data, train the network."""

import os as _os

__version__ = "0.1.0"
APP_NAME = "guiapp"
DISPLAY_NAME = "Inkling"

# TensorFlow's C++ start-up chatter (oneDNN, CUDA probing) would bury the CLI's own lines and the log; it must be
# set before TensorFlow is first imported, which always happens after this package is. Errors still get through,
# and a user's own setting wins.
_os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
