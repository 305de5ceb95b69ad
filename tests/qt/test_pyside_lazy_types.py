"""PySide6's lazy types crash under an application-wide Python event filter (guiapp/qt/__init__.py says how): the
Qt layer turns them off before PySide6 is first imported, in the app as in the tests."""

import os
import subprocess
import sys


def test_the_qt_layer_turns_lazy_types_off_before_pyside6_is_imported():
    env = {k: v for k, v in os.environ.items() if k != "PYSIDE6_OPTION_LAZY"}
    code = ("import sys, os, guiapp.qt; assert 'PySide6' not in sys.modules; "
            "print(os.environ['PYSIDE6_OPTION_LAZY'])")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "0", done.stderr[-2000:]


def test_the_tests_run_with_lazy_types_off():
    assert os.environ["PYSIDE6_OPTION_LAZY"] == "0"
