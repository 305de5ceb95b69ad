"""The inference worker runs only the newest request, off the GUI thread, so painting never waits for the network."""

import threading

from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.recognize.inference import Inference, RecognitionJob


class SlowRecognizer:
    """Stands in for a slow model: each answer waits until the test opens ``gate``; records which inputs it saw
    and on which thread."""

    def __init__(self, open_gate=False):
        self.gate = threading.Event()
        if open_gate:
            self.gate.set()
        self.seen = []
        self.threads = set()

    def recognize(self, source, top=5, pen_width=None, size_reference=None):
        self.threads.add(threading.get_ident())
        self.seen.append(source)
        self.gate.wait(30)
        return ("answer", source)


def test_only_the_latest_request_runs_and_the_gui_thread_stays_free(qtbot):
    inference = Inference()
    try:
        recognizer = SlowRecognizer()
        answers = []
        inference.recognized.connect(lambda generation, prediction: answers.append(generation))
        for generation in range(1, 21):  # 20 pen moves while the model is busy with the first
            inference.submit(RecognitionJob(recognizer, f"drawing {generation}", generation))
        assert len(recognizer.seen) <= 1  # submitting returned while the model still works: it never waits
        recognizer.gate.set()
        qtbot.waitUntil(lambda: 20 in answers, timeout=10_000)
        qtbot.waitUntil(lambda: not inference.busy(), timeout=10_000)
        assert answers[-1] == 20
        assert len(recognizer.seen) <= 3  # the first, maybe one in between, and the newest: no backlog
        assert threading.get_ident() not in recognizer.threads
        assert not inference.busy()
    finally:
        assert inference.stop()


def test_a_failing_recognition_is_reported_and_the_worker_keeps_going(qtbot):
    class Broken:
        def recognize(self, source, top=5, pen_width=None, size_reference=None):
            raise ValueError("odd image")

    inference = Inference()
    try:
        with qtbot.waitSignal(inference.recognitionFailed, timeout=5000) as blocker:
            inference.submit(RecognitionJob(Broken(), Drawing([Stroke([[0, 0]])]), 7))
        assert blocker.args == [7, "odd image"]
        with qtbot.waitSignal(inference.recognized, timeout=5000) as blocker:
            inference.submit(RecognitionJob(SlowRecognizer(open_gate=True), "fine", 8))
        assert blocker.args[0] == 8
    finally:
        assert inference.stop()


def test_missing_model_file_is_reported_not_raised(qtbot, tmp_path):
    inference = Inference()
    try:
        with qtbot.waitSignal(inference.modelFailed, timeout=60_000) as blocker:
            inference.load_model(3, str(tmp_path / "absent.h5"))
        request_id, path, message = blocker.args
        assert request_id == 3 and "absent.h5" in message
    finally:
        assert inference.stop()


def test_tensorflow_failing_to_load_is_explained_and_the_window_stays_usable(qtbot, monkeypatch):
    import guiapp.qt.recognize.inference as workers
    from guiapp.qt.main_window import MainWindow

    def broken():
        raise ImportError("libtensorflow_framework.so.2: cannot open shared object file")

    monkeypatch.setattr(workers, "tensorflow_info", broken)
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    window.start_backend()
    with qtbot.waitSignal(window.tensorflowStateChanged, check_params_cb=lambda s: s == "failed", timeout=10_000):
        window.load_tensorflow()  # only what needs TensorFlow asks for it (training, a model not converted)
    assert window.tf_status.text() == "TensorFlow failed to load"
    assert "libtensorflow_framework" in window.error_box.text()
    assert "unavailable" in window.error_box.text()
    from guiapp.core.strokes import Drawing, Stroke

    window.recognize.pad.set_drawing(Drawing([Stroke([[10, 10], [90, 90]])], 109, 109))  # drawing still works
    assert window.recognize.pad.stroke_count() == 1
    window.close()
