"""A model from elsewhere in the window: it runs on TensorFlow at first, is converted into the cache in the
background (never on the recognition thread), and the next time it opens on its converted form (issue #17)."""

from pathlib import Path

import pytest

from guiapp.qt.main_window import MainWindow
from qt.recognize_helpers import draw_seven, open_window, wait_for_model

pytest.importorskip("tensorflow")


def foreign_h5(path):
    import keras
    import numpy as np

    from guiapp.core.training.presets import build_model

    keras.utils.set_random_seed(0)
    model = build_model("keras-tutorial", (28, 28, 1), 10)
    model(np.zeros((1, 28, 28, 1), np.float32))
    model.save(path)  # plain Keras: no guiapp metadata, no converted form
    return path


def test_a_foreign_model_runs_on_tensorflow_then_is_converted_for_next_time(qtbot, tmp_path):
    from guiapp.core.inference import find_light_form
    from guiapp.core.recognition import Recognizer

    path = foreign_h5(tmp_path / "theirs.h5")
    window = MainWindow(start_backend=False)
    window.preload = False
    qtbot.addWidget(window)
    window.show()
    window.start_backend()
    with qtbot.waitSignal(window.inference.modelConverted, timeout=120_000):
        window.use_model(path)
        wait_for_model(qtbot, window, path)
        assert window.recognize.recognizer.runtime == "tensorflow"
        assert window.tf_state == "ready"  # it needed TensorFlow, and the status bar says so
        with qtbot.waitSignal(window.recognize.predictionShown, timeout=20_000):
            draw_seven(window.recognize.pad)  # recognition works while the conversion runs elsewhere
    assert find_light_form(path).where == "cache"
    assert Recognizer(path).runtime == "litert"
    window.close()


def test_file_export_model_writes_the_model_in_use_with_its_json(qtbot, tmp_path, tiny_digits_model, monkeypatch):
    import json

    window = MainWindow(start_backend=False)
    window.preload = False
    qtbot.addWidget(window)
    window.show()
    window.start_backend()
    window.use_model(tiny_digits_model)
    wait_for_model(qtbot, window, tiny_digits_model)
    target = tmp_path / "mine"  # the suffix of the chosen format is added
    window.export_model(window.current_model_path(), "tflite", str(target))
    qtbot.waitUntil(lambda: "Model exported" in window.statusBar().currentMessage(), timeout=60_000)
    assert (tmp_path / "mine.tflite").is_file()
    info = json.loads((tmp_path / "mine.tflite.json").read_text())
    assert info["labels"] == window.recognize.recognizer.labels
    # A SavedModel is a folder: not named "….keras" as the dialog offered (walk 142)
    from guiapp.core.inference import export

    asked = []
    monkeypatch.setattr(export, "export_model", lambda model, fmt, out: asked.append(out) or [out])
    window.export_model(window.current_model_path(), "savedmodel", str(tmp_path / "mine.keras"))
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == [tmp_path / "mine"]
    window.close()


def test_tensorflow_imported_by_another_part_of_the_window_shows_in_the_status_bar(qtbot):
    """The Train area's descriptions, evaluation and feature maps import TensorFlow in their own threads: the status
    bar no longer says "not loaded yet" beside "Parameters: being worked out (TensorFlow loads…)"."""
    from guiapp.qt.recognize.inference import TensorFlowImports

    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    assert window.tf_status.text() == "TensorFlow: not needed yet"
    TensorFlowImports.instance().changed.emit("loading")  # as guiapp.core.tf_runtime tells it from a helper thread
    assert window.tf_status.text() == "TensorFlow: loading…"
    qtbot.waitUntil(lambda: window.tf_state == "ready", timeout=120_000)
    assert window.tf_status.text().startswith("TensorFlow 2.") and window.tf_status.text().endswith(" ready")
    assert window.device_status.text().startswith("Device: ")
    window.close()


def test_export_model_exports_the_run_the_train_tab_shows_and_names_it(qtbot, tmp_path, tiny_digits_model,
                                                                        monkeypatch):
    """A student exported the bundled Digits model ("digits.tflite") believing it was the run the Train tab showed
    (a walk): with the Train tab in front, its shown run's model is exported, the dialog names it and offers the
    run's name; a refused export leaves no "Exporting…" behind."""
    import shutil

    from PySide6.QtWidgets import QFileDialog

    from guiapp.core.training.runs import RunStore

    run = RunStore().create({"preset": "keras-tutorial", "epochs": 1}, "digits")
    shutil.copy(tiny_digits_model, run.model_path)
    window = open_window(qtbot, tiny_digits_model)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args[1:4]) or ("", ""))
    window.export_model_dialog()  # the Recognize tab in front: the model in use
    from guiapp.core.inference.export import formats_here, onnx_converter_present

    # not in the packaged app; where its converter is missing, what it needs is said in the list (walk 142)
    onnx = "ONNX (*.onnx)" if onnx_converter_present() else "ONNX, needs pip install tf2onnx onnx (*.onnx)"
    assert (onnx in asked[-1][2].split(";;")) == ("onnx" in formats_here()), asked[-1][2]
    # Keras first: the format Inkling opens again (walks 113, 117 took LiteRT, the first, and were refused)
    assert asked[-1][2].split(";;")[0] == "Keras (*.keras)"
    asked[-1] = asked[-1][:2]
    assert window.model_to_export() == str(tiny_digits_model) and asked[-1][1].endswith("tiny-digits.keras")
    window.tabs.setCurrentWidget(window.train_area)
    window.train_area.show_run(RunStore().load(run.id))
    window.export_model_dialog()
    assert window.model_to_export() == str(run.model_path)
    title, start, _offered = asked[-1]
    # offered as the run is named, not by its folder's id ("Solf-ge-personal" for "Solfège (personnalisé)": walk 126)
    assert "digits" in title and "keras-tutorial" in title
    # ... and without spaces, which the maker's script on a Raspberry Pi tripped on (walk 142)
    assert Path(start).name == f"digits-keras-tutorial-{run.id[:15]}.keras", start
    run.name = "Solfège: v2 (personnalisé)"
    RunStore().write(run)
    window.export_model_dialog()
    assert Path(asked[-1][1]).name == "Solfège- v2 (personnalisé).keras"
    window.export_model(str(run.model_path), "onnx", str(tmp_path / "theirs"))  # refused: no tf2onnx here
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=60_000)
    assert window.error_box.text().startswith("Exporting to ONNX needs tf2onnx")  # a sentence, capitalised
    # The JSON beside an earlier export is not replaced without a word (walk 142: the dialog asked of the model
    # alone): asked, and Cancel exports nothing
    from qt.dialogs import answer_box

    (tmp_path / "pi.tflite.json").write_text("{}")
    exported, seen, asked = [], [], []
    monkeypatch.setattr(window, "export_model", lambda *args: exported.append(args))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or (
        str(tmp_path / "pi"), "LiteRT / TF Lite (*.tflite)"))
    answer_box("Cancel", seen)
    window.export_model_dialog()
    assert seen == [f"The export replaces what is in {tmp_path} already:\npi.tflite.json"] and exported == []
    # one question for all it replaces: the dialog's own is left out (it named the model, ours the JSON: walk 148)
    assert asked[-1][-1] == QFileDialog.Option.DontConfirmOverwrite
    (tmp_path / "pi.tflite").write_bytes(b"")
    answer_box("Replace", seen)
    window.export_model_dialog()
    assert seen[-1].endswith(":\npi.tflite\npi.tflite.json") and exported == [(str(run.model_path), "tflite",
                                                                               str(tmp_path / "pi"))]
    assert asked[-1][4] == "LiteRT / TF Lite (*.tflite)"  # the format chosen before, offered first (walk 148)
    for name in ("pi.tflite.json", "pi.tflite"):  # nothing there: nothing asked
        (tmp_path / name).unlink()
    window.export_model_dialog()
    assert len(seen) == 2 and len(exported) == 2
