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
