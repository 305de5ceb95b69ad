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
