"""``guiapp --self-test``: the window, each model, synthetic strokes of known characters through the real pad, and
with ``--with-training`` one epoch through the Train area's training process."""

import os
import subprocess
import sys

import pytest

pytest.importorskip("tensorflow")


def test_self_test_passes_with_a_model_and_reports_a_broken_one(qtbot, tiny_digits_model, tmp_path):
    from guiapp.qt.self_test import run_self_test
    from guiapp.qt.settings import Settings, settings_path

    # the person's own settings, in the GUIAPP_HOME they chose (a portable install): left as they were
    settings = Settings()
    settings.pen_width = 30.0
    settings.last_model = str(tiny_digits_model)
    settings.qsettings.sync()
    before = settings_path().read_bytes()

    lines = []
    assert run_self_test([tiny_digits_model], pass_fraction=0.3, out=lines.append) == 0, lines
    assert any("template characters recognized" in line for line in lines), lines
    assert lines[-1].startswith("self-test passed")
    assert settings_path().read_bytes() == before
    broken = tmp_path / "broken.h5"
    broken.write_bytes(b"\x89HDF\r\n\x1a\n not really")
    lines.clear()
    assert run_self_test([broken], out=lines.append) == 1
    assert any(line.startswith("FAILED: broken.h5") for line in lines), lines


@pytest.mark.slow
def test_guiapp_self_test_command(tmp_path):
    env = dict(os.environ, GUIAPP_HOME=str(tmp_path), TF_CPP_MIN_LOG_LEVEL="3")
    result = subprocess.run([sys.executable, "-m", "guiapp", "--self-test", "--with-training"], capture_output=True,
                            text=True, env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    # The Train area's own path: a spawned training process started from `python -m guiapp`, a saved model.
    assert "training: 1 epoch in the training process" in result.stdout and "the saved model loads" in result.stdout
