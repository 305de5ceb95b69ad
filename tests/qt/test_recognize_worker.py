"""The inference worker runs only the newest request, off the GUI thread, so painting never waits for the network."""

import threading
import time

from guiapp.core.strokes import Drawing, Stroke
from guiapp.qt.workers import InferenceThread, RecognitionJob


class SlowRecognizer:
    """Stands in for a model that takes 200 ms per answer; records which inputs it saw and on which thread."""

    def __init__(self, seconds=0.2):
        self.seconds = seconds
        self.seen = []
        self.threads = set()

    def recognise(self, source, top=5, pen_width=None):
        self.threads.add(threading.get_ident())
        self.seen.append(source)
        time.sleep(self.seconds)
        return ("answer", source)


def test_only_the_latest_request_runs_and_the_gui_thread_stays_free(qtbot):
    inference = InferenceThread()
    try:
        recognizer = SlowRecognizer()
        answers = []
        inference.worker.recognised.connect(lambda generation, prediction: answers.append(generation))
        started = time.perf_counter()
        for generation in range(1, 21):  # 20 pen moves in quick succession
            inference.worker.submit(RecognitionJob(recognizer, f"drawing {generation}", generation))
        submit_seconds = time.perf_counter() - started
        assert submit_seconds < 0.05  # submitting never waits for the model
        qtbot.waitUntil(lambda: 20 in answers, timeout=10_000)
        qtbot.wait(300)
        assert answers[-1] == 20
        assert len(recognizer.seen) <= 3  # the first, maybe one in between, and the newest: no backlog
        assert threading.get_ident() not in recognizer.threads
        assert not inference.worker.busy()
    finally:
        assert inference.stop()


def test_a_failing_recognition_is_reported_and_the_worker_keeps_going(qtbot):
    class Broken:
        def recognise(self, source, top=5, pen_width=None):
            raise ValueError("odd image")

    inference = InferenceThread()
    try:
        with qtbot.waitSignal(inference.worker.recognitionFailed, timeout=5000) as blocker:
            inference.worker.submit(RecognitionJob(Broken(), Drawing([Stroke([[0, 0]])]), 7))
        assert blocker.args == [7, "odd image"]
        with qtbot.waitSignal(inference.worker.recognised, timeout=5000) as blocker:
            inference.worker.submit(RecognitionJob(SlowRecognizer(0.0), "fine", 8))
        assert blocker.args[0] == 8
    finally:
        assert inference.stop()


def test_missing_model_file_is_reported_not_raised(qtbot, tmp_path):
    inference = InferenceThread()
    try:
        with qtbot.waitSignal(inference.worker.modelFailed, timeout=60_000) as blocker:
            inference.requestModel.emit(3, str(tmp_path / "absent.h5"))
        request_id, path, message = blocker.args
        assert request_id == 3 and "absent.h5" in message
    finally:
        assert inference.stop()


def test_tensorflow_failing_to_load_is_explained_and_the_window_stays_usable(qtbot, monkeypatch):
    import guiapp.qt.workers as workers
    from guiapp.qt.main_window import MainWindow

    def broken():
        raise ImportError("libtensorflow_framework.so.2: cannot open shared object file")

    monkeypatch.setattr(workers, "tensorflow_info", broken)
    window = MainWindow(start_backend=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.tensorflowStateChanged, check_params_cb=lambda s: s == "failed", timeout=10_000):
        window.start_backend()
    assert window.tf_status.text() == "TensorFlow failed to load"
    assert "libtensorflow_framework" in window.error_box.text()
    assert "unavailable" in window.recognize.predictions.headline.text()
    from guiapp.core.strokes import Drawing, Stroke

    window.recognize.pad.set_drawing(Drawing([Stroke([[10, 10], [90, 90]])], 109, 109))  # drawing still works
    assert window.recognize.pad.stroke_count() == 1
    window.close()
