"""The one TensorFlow import of a process tells its listeners (the window's status bar) whichever thread does it."""

import subprocess
import sys

import pytest

pytest.importorskip("tensorflow")

SCRIPT = """
import threading
from guiapp.core import tf_runtime
states = []
tf_runtime.listen(lambda state: states.append((state, threading.current_thread().name)))
worker = threading.Thread(target=tf_runtime.ensure_tensorflow, name="helper")
worker.start(); worker.join()
tf_runtime.ensure_tensorflow()  # imported already: nothing to tell
print(states)
"""


def test_an_import_in_any_thread_is_told_once_as_loading_then_ready():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[('loading', 'helper'), ('ready', 'helper')]"


def test_autograph_saying_it_cannot_read_sources_is_not_printed():
    """The packaged app has no .py sources: converting a model printed seven paragraphs of AutoGraph's "could not
    transform … Unable to locate the source code" to the terminal (a walk of the frozen app). Other TensorFlow
    warnings still pass."""
    import logging

    from guiapp.core.tf_runtime import ensure_tensorflow

    ensure_tensorflow()
    logger = logging.getLogger("tensorflow")

    def record(message: str) -> logging.LogRecord:
        return logger.makeRecord("tensorflow", logging.WARNING, __file__, 1, message, (), None)

    assert not logger.filter(record("AutoGraph could not transform %s and will run it as-is.\nCause: Unable to "
                                    "locate the source code of %s."))
    assert logger.filter(record("Compiled the loaded model, but the compiled metrics have yet to be built."))


def test_the_autograph_filter_is_set_with_the_logging_before_tensorflow_is_imported():
    """`guiapp recognize` converts a model without the window's TensorFlow set-up, and the packaged app printed
    AutoGraph's paragraphs there (a walk): the CLI's logging set-up filters them, whichever path imports TensorFlow
    (the packaging check runs the real case)."""
    script = ("import logging, sys\n"
              "from guiapp.logs import setup_logging\n"
              "setup_logging()\n"
              "assert 'tensorflow' not in sys.modules\n"
              "logger = logging.getLogger('tensorflow')\n"
              "record = logger.makeRecord('tensorflow', logging.WARNING, 'x', 1, 'AutoGraph could not transform %s', "
              "('f',), None)\n"
              "print(logger.filter(record))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "False", done.stderr[-1500:]
