"""``guiapp --self-test``: prove the installed app works, offscreen, without touching the user's settings.

It builds the main window, waits for TensorFlow, loads each bundled model and, for characters the model knows,
puts the character's stroke template (KanjiVG / guiapp allographs) on the drawing pad programmatically, exactly as
drawn strokes arrive, and checks the answer that comes back through the real recognition path (pad → worker →
predictions view). With ``--with-training`` it also trains a tiny model for one epoch through the Train area (in
the training process, as Start does). Prints one line per check; exit 0 when all pass, else the failures and
exit 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from guiapp.core.plural import plural
from pathlib import Path

MAX_CHARS_PER_MODEL = 24  # evenly spread over the labels: enough to catch a broken model, quick for kana
PASS_FRACTION = 0.8  # a model must recognize this share of its clean templates (real models get ~all)
TIMEOUT_S = 120.0


def template_drawing(char: str):
    """The character's first written form as a Drawing on the 109×109 template box, or None without a template."""
    from guiapp.core import kana, kana_size
    from guiapp.core.datasets.templates import TemplateError, has_template, templates_for
    from guiapp.core.strokes import Drawing, Stroke

    if len(char) != 1 or not has_template(char):
        return None
    try:
        template = templates_for(char)[0]
    except TemplateError:
        return None
    drawing = Drawing([Stroke(points) for points in template.strokes], 109.0, 109.0)
    # A small kana is written small, as the pad asks (its template has print size): the size is read from the pad.
    return kana_size.written_small(drawing) if char in kana.SMALL_TO_LARGE else drawing


def _wait(app, predicate, timeout_s: float = TIMEOUT_S) -> bool:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def _pick(labels: list[str], limit: int) -> list[str]:
    if len(labels) <= limit:
        return list(labels)
    step = len(labels) / limit
    return [labels[int(i * step)] for i in range(limit)]


def check_model(app, window, path, out=print, pass_fraction: float = PASS_FRACTION) -> list[str]:
    """Load ``path`` in ``window`` and recognize template drawings of its labels. Returns failure messages."""
    name = Path(path).name
    previous_box = window.error_box
    window.use_model(path)
    loaded = _wait(app, lambda: window.current_model_path() == str(path) or window.error_box is not previous_box)
    if not loaded or window.current_model_path() != str(path):
        reason = window.error_box.text() if window.error_box is not previous_box else "timed out"
        return [f"{name}: the model did not load ({reason})"]
    panel = window.recognize
    labels = list(panel.recognizer.labels)
    from guiapp.core.datasets.templates import has_template

    chars = _pick([label for label in labels if has_template(label)], MAX_CHARS_PER_MODEL)
    if not chars:
        out(f"  {name}: no label has a stroke template; only loading was checked")
        return []
    wrong = []
    for char in chars:
        seen = []
        panel.predictionShown.connect(seen.append)
        drawing = template_drawing(char)
        if drawing is None:
            wrong.append(f"{char!r} has no readable stroke template")
            continue
        panel.pad.set_drawing(drawing)
        ok = _wait(app, lambda: bool(seen), 30.0)
        panel.predictionShown.disconnect(seen.append)
        if not ok:
            return [f"{name}: no prediction came back for {char!r}"]
        best, probability = seen[-1].top[0]
        if best != char:
            wrong.append(f"{char!r} → {best!r} ({100 * probability:.0f} %)")
    panel.pad.clear()
    right = len(chars) - len(wrong)
    reader = " with its sound-mark reader" if panel.recognizer.mark_reader is not None else ""
    out(f"  {name}: {right}/{len(chars)} template characters recognized on {panel.recognizer.runtime}{reader}"
        + (f" (wrong: {', '.join(wrong)})" if wrong else ""))
    if right < pass_fraction * len(chars):
        return [f"{name}: only {right}/{len(chars)} recognized; wrong: {', '.join(wrong)}"]
    return []


def check_training(app, window, out) -> list[str]:
    """One epoch of a tiny model on synthesised digits through the Train area, exactly as Start runs it (in the
    training process), then the saved model loaded back."""
    from guiapp.core.datasets.builtin import load_builtin
    from guiapp.core.modelfile import ModelFileError, load_model
    from guiapp.core.training.config import TrainConfig
    from guiapp.core.training.request import TrainingRequest

    panel = window.train_area
    window.show_area(panel)  # starts the training process, as a user's first look at the Train tab does
    digits = load_builtin("digits", samples_per_class=10, use_cache=False)
    config = TrainConfig(preset="logreg", epochs=1, batch_size=16, validation_split=0.2, test_split=0.0)
    finished = []
    panel.trainingFinished.connect(finished.append)
    if not panel.start(TrainingRequest(config, "digits", 10, data=digits)):
        return [f"training: did not start ({panel.status.text()})"]
    if not _wait(app, lambda: finished or panel.progress.format() == "failed"):  # the panel's two ends
        return ["training: no result in time"]
    outcome = finished[0] if finished else None
    if outcome is None or not outcome.stopped.finished or outcome.model_path is None:
        return [f"training: {panel.result_label.text() or 'ended without a model'}"]
    try:
        labels = load_model(outcome.model_path).labels
    except ModelFileError as exc:
        return [f"training: the saved model does not load: {exc}"]
    if labels != digits.classes:
        return [f"training: the saved model has labels {labels}"]
    out("training: 1 epoch in the training process, "
        f"{outcome.seconds:.1f} s; the saved model loads")
    return []


def run_self_test(model_paths: list | None = None, pass_fraction: float = PASS_FRACTION, out=print,
                  training: bool = False) -> int:
    """Exit status: 0 all checks passed, 1 something failed (printed). ``training``: also run
    :func:`check_training`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    # Never touch the user's settings, recent files, runs or logs, wherever they are: a GUIAPP_HOME of their own
    # (a portable install) had its settings emptied and its recent files replaced by the bundled models.
    users_home = os.environ.get("GUIAPP_HOME")
    home = tempfile.TemporaryDirectory(prefix="guiapp-self-test-")
    os.environ["GUIAPP_HOME"] = home.name
    try:
        return _run(model_paths, pass_fraction, out, training)
    finally:
        if users_home is None:
            os.environ.pop("GUIAPP_HOME", None)
        else:
            os.environ["GUIAPP_HOME"] = users_home
        home.cleanup()


def window_first_recognition(window, started: float) -> float:
    """Seconds from the self-test's start to the first model being active (recognition possible)."""
    return (window.first_model_at or time.perf_counter()) - started


def _import_tensorflow() -> None:
    from guiapp.core.tf_runtime import ensure_tensorflow

    try:
        ensure_tensorflow()
    except Exception:  # noqa: BLE001 — the inference thread imports again and reports the failure in the window
        pass


def _run(model_paths, pass_fraction, out, training) -> int:
    import threading

    # Recognition runs the converted models without TensorFlow; only the training check needs it, so only then
    # does its import start now, beside building the window (the inference thread's own import then waits for
    # this one and finds the modules loaded).
    if training:
        threading.Thread(target=_import_tensorflow, name="tf-import", daemon=True).start()
    from guiapp.qt.app import create_application
    from guiapp.qt.main_window import MainWindow
    from guiapp.qt.settings import Settings
    from guiapp.qt.recognize.model_picker import bundled_models

    failures: list[str] = []
    started = time.perf_counter()
    app = create_application()
    window = MainWindow(Settings(reset=True), start_backend=False)
    window.show()
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    from guiapp.qt.i18n import translate

    if tabs != [translate("main_window", name) for name in ("Recognize", "Datasets", "Train")]:  # in any language
        failures.append(f"window: tabs are {tabs}")
    else:
        out(f"window: built with tabs {', '.join(tabs)}")
    window.start_backend()
    paths = [Path(p) for p in model_paths] if model_paths is not None else [p for _, p in bundled_models()]
    if not paths:
        out("no bundled models are installed (resources/models/ is empty): checked the window only")
    for path in paths:
        failures.extend(check_model(app, window, path, out, pass_fraction))
    if window.recognize.recognizer is not None:
        out(f"first recognition possible {window_first_recognition(window, started):.2f} s after start; "
            f"TensorFlow {'imported' if 'tensorflow' in sys.modules else 'not imported'}")
    if training:
        window.load_tensorflow()
        if not _wait(app, lambda: window.tf_state in ("ready", "failed")) or window.tf_state != "ready":
            failures.append(f"TensorFlow did not load ({window.tf_status.text()})")
        else:
            out(f"TensorFlow {window.tf_info.get('version')} ready on {window.tf_info.get('device')}")
            failures.extend(check_training(app, window, out))
    if window.error_box is not None:  # a dialog the window showed says what went wrong in its own words
        out(f"dialog: {window.error_box.windowTitle()}: {window.error_box.text()}")
    window.close()
    window.inference.stop(20_000)
    seconds = time.perf_counter() - started
    if failures:
        for failure in failures:
            out(f"FAILED: {failure}")
        out(f"self-test failed ({plural('%n problem(s)', len(failures))}, {seconds:.1f} s)")
        return 1
    out(f"self-test passed ({seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(run_self_test())
