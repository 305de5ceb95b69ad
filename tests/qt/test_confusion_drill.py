"""“Draw what it confuses” in the real window: after an evaluation the most confused classes are collected on the
pad, the evaluated model is the one fine-tuned, and its accuracy on those classes is shown before and after."""

from types import SimpleNamespace

import pytest

from guiapp.core.confusions import confused_classes
from guiapp.qt.main_window import MainWindow
from qt.recognize_helpers import wait_for_model

pytest.importorskip("tensorflow")


@pytest.fixture
def window(qtbot, tiny_digits_model):
    w = MainWindow()
    w.preload = False
    qtbot.addWidget(w)
    w.use_model(tiny_digits_model)
    w.show()
    wait_for_model(qtbot, w, tiny_digits_model)
    yield w
    w.close()


def test_the_confused_classes_are_collected_then_measured_before_and_after(qtbot, window, tiny_digits_model, digits):
    view = window.train_area.evaluation
    assert view.drill_button.isHidden()
    with qtbot.waitSignal(view.evaluated, timeout=120_000) as done:
        view.evaluate(str(tiny_digits_model), digits, split="all")
    report = done.args[0]
    classes = confused_classes(report)
    assert classes and not view.drill_button.isHidden()  # a 2-epoch model confuses some digits

    view.drill_button.click()
    bar = window.collect_bar
    assert list(dict.fromkeys(bar.prompts)) == classes  # the collect session asks for exactly those classes
    assert len(bar.prompts) == 8 * len(classes)
    assert window.teacher.active and window.teacher.base_path == str(tiny_digits_model)
    assert window.tabs.currentWidget() is window.recognize
    assert " ".join(classes) in view.drill_note.text()

    # The fine-tuning itself is the Teach flow's (tested there); here its result comes back as the Train area
    # announces it, and the drill measures that model on the same data and split.
    finished = SimpleNamespace(model_path=tiny_digits_model, stopped=SimpleNamespace(finished=True), message="")
    with qtbot.waitSignal(view.evaluated, timeout=120_000) as again:
        window.train_area.trainingFinished.emit(finished)
    assert again.args[0].n_samples == report.n_samples and again.args[0].split == "all"
    note = view.drill_note.text()
    assert note.startswith("After drawing them:") and all(f"{label}: " in note for label in classes)
    assert "→" in note and not window.teacher.active
