"""``python -m guiapp``: the same as the ``guiapp`` command."""

import sys

from guiapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
