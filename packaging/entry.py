"""Entry point of the frozen app (both executables): the same as the ``guiapp`` command.

``freeze_support()`` comes first: the synthesiser's spawn-started worker processes re-run this executable, and in
a frozen app that call is what turns such a re-run into a worker instead of a second copy of the application.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from guiapp.cli import main

    sys.exit(main())
