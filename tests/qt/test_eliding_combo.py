"""Closed boxes show a long name with its middle elided, not cut at the right: the Train tab's dataset box read
"my-handwritin", Evaluation's model box lost a run's time."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from guiapp.qt.eliding_combo import ElidingComboBox
from guiapp.qt.train.evaluation import EvaluationView
from guiapp.qt.train.settings import TrainingSettings


def test_a_long_name_keeps_its_start_and_end(qtbot):
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems(["digits", "my-handwriting+digits · inkling · 2026-12-02 19:01"])
    box.setFixedWidth(150)
    box.show()
    qtbot.waitExposed(box)
    assert box.shown_text() == "digits"
    box.setCurrentIndex(1)
    shown = box.shown_text()
    assert "…" in shown and shown.startswith("my-") and shown.endswith("01")


def test_a_long_name_does_not_widen_the_box(qtbot):
    """Sized to its longest name, the Train tab's dataset box widened the whole settings column."""
    box, plain = ElidingComboBox(), ElidingComboBox()
    qtbot.addWidget(box)
    qtbot.addWidget(plain)
    plain.addItems(["digits"])
    box.addItems(["digits", "my-handwriting-letters-and-symbols"])
    assert box.sizeHint().width() == plain.sizeHint().width()


def test_the_train_and_evaluation_boxes_elide(qtbot):
    settings, evaluation = TrainingSettings(), EvaluationView()
    qtbot.addWidget(settings)
    qtbot.addWidget(evaluation)
    assert isinstance(settings.dataset, ElidingComboBox)
    assert isinstance(evaluation.model, ElidingComboBox) and isinstance(evaluation.dataset_box, ElidingComboBox)


def test_the_dataset_lists_say_what_each_built_in_is(qtbot):
    """A fresh-eyes walk: Train's and Evaluation's lists gave "kyoiku", "hiragana-71", "five-fonts" with nothing
    to say what they are (only the Datasets tab did)."""
    from PySide6.QtCore import Qt

    settings, evaluation = TrainingSettings(), EvaluationView()
    qtbot.addWidget(settings)
    qtbot.addWidget(evaluation)
    for box in (settings.dataset, evaluation.dataset_box):
        tip = box.itemData(box.findText("kyoiku"), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("the 1,026 kyōiku kanji"), tip
        assert "71" in box.itemData(box.findText("hiragana-71"), Qt.ItemDataRole.ToolTipRole)


def test_a_name_with_shorter_forms_shows_the_longest_that_fits(qtbot):
    """A taught run's "my-handwriting (taught x o) · keras-tutorial · 12/4/26 4:05:33 AM" read
    "my-handwriti…6 4:05:33 AM": what it learnt was the part lost. The box shows the first shorter form that fits."""
    box = ElidingComboBox()
    qtbot.addWidget(box)
    full = "Latin + my-handwriting (taught x o) · keras-tutorial · 12/4/26 4:05:33 AM"
    box.addItem(full)
    box.set_short_forms(0, ["Latin + my-handwriting (taught x o) · 12/4/26 4:05 AM", "Latin + my-handwriting (taught x o)"])
    box.show()
    qtbot.waitExposed(box)
    metrics = box.fontMetrics()
    for width, expected in ((metrics.horizontalAdvance(full) + 80, full),
                            (metrics.horizontalAdvance("Latin + my-handwriting (taught x o)") + 60, "Latin + my-handwriting (taught x o)")):
        box.setFixedWidth(width)
        assert box.shown_text() == expected
    box.setFixedWidth(120)
    shown = box.shown_text()  # the shortest form, elided in its middle
    assert "…" in shown and shown.startswith("Lat") and shown.endswith("o)")
    # A shortest form ending in "…" (a run's date left out) keeps its start: "shapes …al) · …" read as nothing.
    box.setItemText(0, "shapes (personal) · inkling · 12/4/26 4:05:33 AM")
    box.set_short_forms(0, ["shapes (personal) · …"])
    box.setFixedWidth(metrics.horizontalAdvance("shapes (personal) · …") // 2 + 40)
    shown = box.shown_text()
    assert shown.startswith("shapes (") and shown.endswith("…") and shown.count("…") == 1, shown


def test_a_run_at_its_shortest_never_reads_as_a_bundled_model(tmp_path):
    """A fresh-eyes walk: a run trained on digits, in a narrow box, read "digits" beside the bundled Digits."""
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.recognize.model_picker import model_short_names

    run = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "digits")
    forms = model_short_names(run.model_path)
    assert forms[-1] == "digits · …" and all(form != "digits" for form in forms), forms
    # a line of text names it at its shortest whole (Teach…'s prompt with a run's full title outgrew 1024 px)
    from guiapp import paths
    from guiapp.qt.recognize.model_picker import model_short_name

    assert model_short_name(run.model_path) == min(forms[:-1], key=len)
    assert model_short_name(paths.resource("models") / "digits.h5") == "Digits"


def test_two_runs_started_in_one_minute_differ_in_a_narrow_box(tmp_path):
    """A Rerun a few seconds after its run: the closed box showed both as "digits · 2026-12-04 2:04 PM" (a walk).
    Every shorter form but the last ("digits · …") keeps the seconds of a run of today; an older run's keeps
    its date instead."""
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.recognize.model_picker import model_short_names

    store = RunStore(tmp_path / "runs")
    forms = []
    for seconds in (3, 41):
        run = store.create({"preset": "lenet"}, "digits")
        run.created = QDateTime(QDate.currentDate(), QTime(12, 0, seconds)).toString(Qt.DateFormat.ISODate)
        store.write(run)
        forms.append(model_short_names(run.model_path))
    assert all(a != b for a, b in zip(forms[0][:-1], forms[1][:-1])) and forms[0][-1] == forms[1][-1] == "digits · …"
    # the preset kept before the date: two presets' runs on one dataset were told apart by the time (walk 166)
    assert forms[0][0].startswith("digits · lenet · ") and str(QDate.currentDate().year()) not in forms[0][0]
    old = store.create({"preset": "lenet"}, "digits")
    old.created = "2025-03-01T10:20:30+00:00"
    store.write(old)
    assert all("2025" in form for form in model_short_names(old.model_path)[:-1])


def test_a_second_personalization_is_named_as_its_round(tmp_path):
    """Personalize fine-tunes the model in use, so a second round stacks on the first, and the Runs table named
    both "mine (personal)" (walk 108): each names the model it started from, and the second its round."""
    from guiapp.core.training.runs import PERSONAL_SUFFIX, RunStore
    from guiapp.qt.recognize.model_picker import run_learnt_from

    store = RunStore(tmp_path / "runs")
    trained = store.create({"preset": "lenet"}, "digits")
    chain = [trained]
    for _ in range(2):
        run = store.create({"preset": "lenet"}, "mine" + PERSONAL_SUFFIX)
        run.fine_tuned_from = str(chain[-1].model_path)
        store.write(run)
        chain.append(run)
    assert [run_learnt_from(run) for run in chain] == [
        "digits", "digits + mine (personal)", "digits + mine (personal, round 2)"]
    # A model first trained on the drawings it is personalised on needs no "+": "Solfège + Solfège (personal)"
    # (walk 126)
    own = store.create({"preset": "inkling"}, "Solfège")
    personal = store.create({"preset": "inkling"}, "Solfège" + PERSONAL_SUFFIX)
    personal.fine_tuned_from = str(own.model_path)
    store.write(personal)
    assert run_learnt_from(personal) == "Solfège (personal)"


def test_a_continued_run_at_its_shortest_keeps_its_own_time(tmp_path):
    """"mnist-5k (continued from 7:26:48)" cut in the model box showed the stopped run's time, not its own, and read
    as the half-trained model (walk 111)."""
    from guiapp.core.training.runs import CONTINUES, RunStore
    from guiapp.qt.recognize.model_picker import model_short_names

    store = RunStore(tmp_path / "runs")
    stopped = store.create({"preset": "lenet"}, "mnist-5k")
    continued = store.create({"preset": "lenet"}, "mnist-5k", extra={CONTINUES: stopped.id})
    forms = model_short_names(continued.model_path)
    assert forms[0].startswith("mnist-5k (continued from ") and forms[-1] == "mnist-5k (continued) · …"
    assert forms[-2].startswith("mnist-5k (continued) · ") and forms[-2] != forms[-1]


def test_an_item_can_show_another_text_than_the_one_it_is(qtbot):
    """A built-in dataset's name in the window's language ("数字" for digits: two walks read English names in every
    window): shown so in the closed box and in the list, while the item is still "digits" to findText and
    currentText, which the rest of the window goes by. A new style keeps it."""
    from PySide6.QtWidgets import QStyleFactory, QStyleOptionViewItem

    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItems(["digits", "mnist-5k"])
    box.set_shown_text(0, "数字")
    box.show()
    qtbot.waitExposed(box)
    assert box.shown_text() == "数字" and box.currentText() == "digits" and box.findText("数字") < 0
    box.setCurrentIndex(1)
    assert box.shown_text() == "mnist-5k"

    def listed(row: int) -> str:  # the text the list paints for a row
        option = QStyleOptionViewItem()
        box.view().itemDelegate().initStyleOption(option, box.model().index(row, 0))
        return option.text

    assert listed(0) == "数字" and listed(1) == "mnist-5k"
    style = QStyleFactory.create("Windows")
    style.setParent(box)  # (freed with the box: a style freed while in use crashes)
    box.setStyle(style)
    assert listed(0) == "数字"
    box.showPopup()
    qtbot.waitUntil(lambda: box.view().isVisible())
    box.hidePopup()


def test_a_model_of_only_ones_characters_is_named_by_them_in_a_narrow_box(tmp_path, tiny_digits_model):
    """Teach… "Only my characters" made a model the box showed as "my-handwriting · …", which told nothing of which
    it was (walk 161): before that, its characters (as many as fit), a symbol in quotes."""
    import shutil

    from guiapp.core.modelfile import read_metadata
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.recognize.model_picker import model_short_names

    run = RunStore(tmp_path / "runs").create({"preset": "inkling"}, "my-handwriting")  # as such a round records it
    run.extra = {"taught": ["7"]}
    RunStore(tmp_path / "runs").write(run)
    shutil.copy(tiny_digits_model, run.model_path)
    labels = read_metadata(run.model_path)["labels"]
    forms = model_short_names(run.model_path)
    assert forms[3] == "my-handwriting: " + ", ".join(labels)
    assert forms[4] == "my-handwriting: " + ", ".join(labels[:-1]) + ", …" and forms[-1] == "my-handwriting · …"
