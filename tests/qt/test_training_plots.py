"""The live plots keep their axes still while a run goes on (re-ranging repaints the tick text, the costly part)."""

import numpy as np

from guiapp.qt.train.plots import TrainingPlots


def test_epoch_loss_axis_grows_in_steps_and_otherwise_stays_still(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_run_length(batches=100, epochs=5)
    plots.add_epoch({"loss": 1.0, "val_loss": 0.9, "accuracy": 0.6, "val_accuracy": 0.65}, 1)
    plots.refresh()
    first = plots.loss_plot.viewRange()[1]
    assert first[0] == 0 and first[1] >= 1.0
    for epoch, loss in ((2, 0.7), (3, 0.5)):
        plots.add_epoch({"loss": loss, "val_loss": loss + 0.1, "accuracy": 0.8, "val_accuracy": 0.8}, epoch)
        plots.refresh()
        assert plots.loss_plot.viewRange()[1] == first  # falling loss: the axis does not move
    assert plots.epoch_points("loss") == 3 and plots.epoch_points("val_loss") == 3
    plots.add_epoch({"loss": 2.0, "val_loss": 2.5, "accuracy": 0.5, "val_accuracy": 0.5}, 3)
    plots.refresh()
    assert plots.loss_plot.viewRange()[1][1] >= 2.5  # a loss above the axis grows it
    plots.reset()
    plots.add_epoch({"loss": 0.2, "val_loss": 0.3, "accuracy": 0.9, "val_accuracy": 0.9}, 1)
    plots.refresh()
    assert plots.loss_plot.viewRange()[1][1] < 1.0  # a new run starts its own scale


def test_small_losses_read_as_the_loss_itself(qtbot):
    """Issue #18: losses of 0.1-0.6 were labelled "loss (x0.001)" with ticks 100-600."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_run_length(batches=50, epochs=2)
    for step in range(50):
        plots.add_batch(step, 0.6 - step * 0.01)
    plots.add_epoch({"loss": 0.4, "val_loss": 0.5, "accuracy": 0.9, "val_accuracy": 0.88}, 1)
    plots.refresh()
    for plot in (plots.batch_plot, plots.loss_plot):
        axis = plot.getAxis("left")
        low, high = plot.viewRange()[1]
        assert "x0.001" not in axis.labelString() and axis.autoSIPrefixScale == 1.0
        ticks = [value for level in axis.tickValues(low, high, axis.height() or 150) for value in level[1]]
        labels = axis.tickStrings(ticks, axis.autoSIPrefixScale, 0.1)
        assert ticks and max(float(label) for label in labels) < 1.0  # "0.4", not "400"


def test_a_new_run_starts_on_a_fresh_view(qtbot):
    """A walkthrough found a new run's curves squashed into the last run's ranges: reset emptied the plots, but
    auto-range has nothing to fit in an empty plot, so the old ranges (and the user's zoom) stayed."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(900, 220)
    plots.show()
    plots.set_run_length(batches=5000, epochs=50)
    for step in range(0, 5000, 50):
        plots.add_batch(step, 5.0 - step / 2000)
    for epoch in range(1, 31):
        plots.add_epoch({"loss": 5 / epoch, "val_loss": 5.5 / epoch, "accuracy": 0.3 + epoch / 50,
                         "val_accuracy": 0.3 + epoch / 60}, epoch)
    plots.set_overlay({"loss": [9.0] * 40, "accuracy": [0.5] * 40}, "older run")
    plots.refresh()
    every = (plots.batch_plot, plots.loss_plot, plots.accuracy_plot)
    for plot in every:
        plot.getViewBox().scaleBy((0.3, 0.3))  # as the mouse wheel zooms: auto-range off
    plots.reset()
    assert not plots.overlay_curves and "dashed" not in " ".join(plots.legend_texts()) and plots.batch_points() == 0 and plots.epoch_points("loss") == 0
    for plot in every:
        (x_low, x_high), (y_low, y_high) = plot.viewRange()
        assert -0.1 < x_low and x_high < 1.1 and -0.1 < y_low and y_high < 1.1, (plot, plot.viewRange())
        assert plot.getViewBox().autoRangeEnabled()[0]  # x follows the new data until set_run_length
    assert plots.batch_plot.getViewBox().autoRangeEnabled()[1] and plots.loss_plot.getViewBox().autoRangeEnabled()[1]
    # The new run's first points, before the panel knows its length: drawn on their own scale.
    for step in range(5):
        plots.add_batch(step, 0.5 - step * 0.01)
    plots.add_epoch({"loss": 0.3, "val_loss": 0.35, "accuracy": 0.9, "val_accuracy": 0.88}, 1)
    plots.refresh()
    qtbot.waitUntil(lambda: 3.5 < plots.batch_plot.viewRange()[0][1] < 10)  # fits steps 0-4, not 0-5000
    assert plots.batch_plot.viewRange()[1][1] < 1 and plots.loss_plot.viewRange()[1][1] < 1
    assert plots.loss_plot.viewRange()[0][1] < 5 and plots.accuracy_plot.viewRange()[0][1] < 5
    low, high = plots.accuracy_plot.viewRange()[1]
    assert low <= 0 and 1 <= high < 1.1  # accuracy keeps its whole 0-1 scale, the zoom undone


def test_batch_and_epoch_axes_tick_whole_counts_only(qtbot):
    """Three batches made the batch axis read 0.5, 1.5, …: batches and epochs are counted."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(900, 250)
    plots.show()
    qtbot.waitExposed(plots)
    plots.set_run_length(batches=3, epochs=2)
    for plot in (plots.batch_plot, plots.loss_plot, plots.accuracy_plot):
        axis = plot.getAxis("bottom")
        low, high = plot.viewRange()[0]
        values = [v for _spacing, level in axis.tickValues(low, high, axis.width()) for v in level]
        assert values and all(float(v).is_integer() for v in values), values


def test_narrow_plots_keep_their_first_and_last_x_numbers(qtbot):
    """At the window's minimum size each plot is ~160 px wide; the first and last x labels (a few pixels from the
    axis's ends) were dropped by pyqtgraph as overflowing, so the x axes showed no numbers at all. Both are drawn,
    and the last one fits inside the plot."""
    from PySide6.QtGui import QImage, QPainter

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(620, 390)
    plots.show()
    qtbot.waitUntil(lambda: plots.loss_plot.getAxis("bottom").geometry().width() > 0)
    assert plots.loss_plot.getAxis("bottom").geometry().width() < 200
    for batches, epochs, last in ((1, 1, "2"), (380, 10, "10")):
        plots.set_run_length(batches, epochs)
        plots.refresh()
        for plot in (plots.batch_plot, plots.loss_plot, plots.accuracy_plot):
            axis = plot.getAxis("bottom")
            image = QImage(8, 8, QImage.Format.Format_ARGB32)
            painter = QPainter(image)
            texts = axis.generateDrawSpecs(painter)[2]
            painter.end()
            shown = [text for _, _, text in texts]
            assert len(shown) >= 2 and shown[-1 if plot is not plots.batch_plot else 0] == (
                last if plot is not plots.batch_plot else "0"), shown
            right = axis.mapRectToScene(texts[-1][0]).right()
            assert right <= plot.sceneRect().right(), (shown, right)  # not cut by the plot's edge


def test_an_empty_plot_names_both_ends_of_its_values_in_a_tall_font(qtbot):
    """A Chinese window's taller font: the accuracy plot's y axis showed 0.2-0.8, without its 0 and 1.0, which
    pyqtgraph dropped as reaching past the plot's top and bottom edges."""
    from PySide6.QtGui import QFont, QImage, QPainter

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(620, 390)
    plots.show()
    axis = plots.accuracy_plot.getAxis("left")
    tall = QFont(axis.font())
    tall.setPixelSize(22)  # Noto Sans CJK's line at the window's size
    axis.setStyle(tickFont=tall)
    qtbot.waitUntil(lambda: axis.geometry().height() > 0)
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    shown = [text for _, _, text in axis.generateDrawSpecs(painter)[2]]
    painter.end()
    assert shown[0] == "0" and shown[-1] == "100", shown  # percentages (its title says "%")


def test_tab_does_not_stop_on_the_plots(qtbot):
    """Nothing in a plot answers the keyboard, yet Tab stopped on each of the three and showed nothing."""
    from PySide6.QtCore import Qt

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    for plot in (plots.batch_plot, plots.loss_plot, plots.accuracy_plot):
        assert plot.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_first_epoch_far_above_the_rest_is_left_above_the_loss_axis_and_named(qtbot):
    """A first epoch at 5.0 and later ones near 0.5 drew every later epoch flat on the floor (a walk): with two
    later epochs, the axis fits them, and the loss legend gives the first epoch's loss (a note at the plot's top left
    sat under the legend); a stored run too."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()  # a stored run's axis is auto-ranged as the view is laid out
    plots.set_run_length(batches=100, epochs=5)
    history = {"loss": [5.0, 0.6, 0.45], "val_loss": [5.2, 0.7, 0.5]}
    for epoch in range(3):
        plots.add_epoch({key: values[epoch] for key, values in history.items()}, epoch + 1)
        plots.refresh()
        top = plots.loss_plot.viewRange()[1][1]
        if epoch < 2:  # one later epoch is not yet a pattern
            assert top >= 5.2 and not plots.loss_above_name()
    assert 0.7 <= top < 1.0
    # each curve's first loss, named: "5.20" alone left the reader to guess whose it was (walk 103)
    named = "↑ epoch 1: 5.00 train, 5.20 validation"
    assert plots.loss_above_name() == named and plots.legend_texts()[1].endswith(named)
    plots.add_epoch({"loss": 0.4, "val_loss": 0.48}, 4)
    plots.refresh()
    assert plots.loss_plot.viewRange()[1][1] == top  # later, falling epochs leave the axis still
    plots.reset()
    assert not plots.loss_above_name()  # reset refreshes the emptied curves
    plots.set_history(history, 3)
    plots.refresh()
    assert 0.7 <= plots.loss_plot.viewRange()[1][1] < 1.0 and plots.loss_above_name()
    # a dashed run whose losses lift the axis above the first epoch: the note goes (it named points in plain
    # view: walk 150)
    plots.set_overlay({"loss": [6.0, 5.5, 5.4], "val_loss": [6.1, 5.6, 5.5]}, "other")
    assert plots.loss_plot.viewRange()[1][1] > 5.2 and not plots.loss_above_name()
    # a dashed run's own first epoch left above the axis: said too (only the solid run's was: walk 166)
    plots.set_overlay(None)
    plots.set_history(history, 3)
    plots.set_overlay({"loss": [3.0, 0.5, 0.4], "val_loss": [0.9, 0.6, 0.5]}, "other")
    plots.refresh()
    assert plots.loss_above_name() == named + "; ↑ dashed run's epoch 1: 3.00 train, 0.90 validation"
    plots.set_overlay(None)
    plots.set_history({"loss": [1.0, 0.7, 0.5], "val_loss": [1.1, 0.8, 0.6]}, 3)  # no outlier: the whole run
    plots.refresh()
    # from 0, as the live run's axis was: fitted to the data it began at 0.5 and steepened the fall (walk 150)
    low, high = plots.loss_plot.viewRange()[1]
    assert low == 0 and 1.1 <= high < 1.5
    assert not plots.loss_above_name() and "epoch 1" not in plots.legend_texts()[1]
    plots.set_batches([[step, 1.0 / step] for step in range(1, 30)])  # the batch plot too, from 0
    plots.refresh()
    low, high = plots.batch_plot.viewRange()[1]
    assert low == 0 and 1.0 < high < 1.5


def test_the_legends_sit_under_the_plots_not_over_the_curves(qtbot):
    """Inside the plots, the epoch legends' three or four rows took half a plot's height at 1024×640, covered the
    curves, and in French ran past the plot's left edge (a walk): they are lines of text under the plots, the
    batch plot's under it and the epoch plots' under both of them."""
    from PySide6.QtWidgets import QApplication

    from guiapp.qt import i18n

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(660, 440)  # the Train area's plots at the window's 1024×640
    plots.show()
    plots.set_history({"loss": [4.0, 0.7, 0.5], "val_loss": [4.2, 0.6, 0.8],
                       "accuracy": [0.5, 0.7, 0.8], "val_accuracy": [0.5, 0.6, 0.7]}, 2)
    plots.set_overlay({"loss": [1.0, 0.8], "accuracy": [0.6, 0.7]}, "13:29:40")
    plots.refresh()
    every = (plots.batch_plot, plots.loss_plot, plots.accuracy_plot)
    assert all(plot.getPlotItem().legend is None for plot in every)
    assert [" · ".join(text.split("    ")) for text in plots.legend_texts()] == [
        "── batches · ━━ smoothed · dashed run: per epoch only",
        "━●━ train · ━■━ validation · ╍╍ best (min val. loss) · ↑ epoch 1: 4.00 train, 4.20 validation · ╍○╍╍□╍ "
        "dashed: 13:29:40"]
    qtbot.waitUntil(lambda: plots.epoch_legend.geometry().top() >= plots.loss_plot.geometry().bottom())
    assert plots.batch_legend.geometry().top() >= plots.batch_plot.geometry().bottom()
    assert plots.epoch_legend.geometry().left() >= plots.loss_plot.geometry().left()
    assert plots.epoch_legend.geometry().right() <= plots.accuracy_plot.geometry().right()
    # Every name whole, the longest language included: the label's lines fit its width.
    i18n.install(QApplication.instance(), "fr")
    try:
        french = TrainingPlots()
        qtbot.addWidget(french)
        french.resize(660, 440)
        french.show()
        french.set_history({"loss": [4.0, 0.7, 0.5], "val_loss": [4.2, 0.6, 0.8]}, 2)
        french.refresh()
        label = french.epoch_legend
        qtbot.waitUntil(lambda: label.width() > 0 and label.height() >= label.heightForWidth(label.width()))
        assert "meilleure" in french.legend_texts()[1]
        # Overlaid: the batch legend's note wraps, so the three plots keep their share of the width (the French
        # note, unbroken, ran the accuracy plot off the window at 1024 px: a walk)
        french.resize(560, 440)
        french.set_overlay({"loss": [1.0, 0.8], "accuracy": [0.6, 0.7]}, "13:29:40")
        french.refresh()
        QApplication.processEvents()
        french.layout().activate()
        widths = [plot.width() for plot in (french.batch_plot, french.loss_plot, french.accuracy_plot)]
        assert max(widths) - min(widths) <= 4 and french.accuracy_plot.geometry().right() <= french.width(), widths
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_best_epoch_is_named_in_the_legends_not_on_the_curves(qtbot):
    """The "best" label on the dashed line sat on the curves or under the legend (a walk): the legends name it,
    saying what best means, only while a run has a best epoch."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_run_length(batches=100, epochs=3)

    plots.add_epoch({"loss": 0.5}, None)
    plots.refresh()
    assert plots.best_name() == "" and "best" not in plots.legend_texts()[1]
    plots.add_epoch({"loss": 0.4}, 2)  # no validation split: best is the lowest training loss
    plots.refresh()
    assert plots.best_name() == "best (min loss)"
    plots.set_history({"loss": [1.0, 0.7, 0.5], "val_loss": [0.9, 0.6, 0.8],
                       "accuracy": [0.5, 0.7, 0.8], "val_accuracy": [0.5, 0.6, 0.7]}, 2)
    plots.refresh()
    legend = plots.legend_texts()[1]
    assert legend.count("best (min val. loss)") == 1 and "best (min loss)" not in legend
    for line in plots.best_lines:
        assert line.isVisible() and line.value() == 2 and not getattr(line, "label", None)
    plots.reset()
    assert plots.best_name() == "" and "best" not in plots.legend_texts()[1]
    assert not plots.best_lines[0].isVisible()


def test_a_run_without_validation_has_no_validation_in_its_legend(qtbot):
    """Validation 0 %: the legend listed a validation curve the run never drew (a walk); a stored run's legend
    follows its curves."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.reset(validation=False)
    plots.add_epoch({"loss": 0.5, "accuracy": 0.7}, 1)
    plots.refresh()
    assert "validation" not in plots.legend_texts()[1] and "best (min loss)" in plots.legend_texts()[1]
    plots.set_history({"loss": [0.5, 0.4], "val_loss": [0.6, 0.5]}, 2)
    plots.refresh()
    assert "validation" in plots.legend_texts()[1]
    plots.set_history({"loss": [0.5, 0.4]}, 2)
    plots.refresh()
    assert "validation" not in plots.legend_texts()[1]


def test_the_dark_theme_draws_lighter_curves_and_tells_batches_from_smoothed(qtbot):
    """On a dark plot (a projector) the light theme's blue read dim, and the raw and smoothed batch lines were one
    blue at about one weight (a walk)."""
    from guiapp.qt.theme import dark_palette, light_palette
    from guiapp.qt.train.plots import DARK_SHADES, TRAIN_COLOR

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    raw, smooth = plots.raw_curve.opts["pen"], plots.smooth_curve.opts["pen"]
    assert smooth.widthF() >= 2 * raw.widthF() and raw.color().alpha() < 128
    assert plots.curves["loss"].opts["pen"].color().getRgb()[:3] == TRAIN_COLOR
    plots.setPalette(dark_palette())
    assert plots.curves["loss"].opts["pen"].color().getRgb()[:3] == DARK_SHADES[TRAIN_COLOR]
    assert "rgb(%d,%d,%d)" % DARK_SHADES[TRAIN_COLOR] in plots.batch_legend.text()
    plots.setPalette(light_palette())
    assert plots.curves["loss"].opts["pen"].color().getRgb()[:3] == TRAIN_COLOR


def test_a_continued_run_replaces_the_stopped_epochs_batches_on_the_batch_curve(qtbot):
    """Stopped in epoch 2 and continued, the run trains epoch 2 again: its first batches' points ran over the
    stopped run's, with a jump back (a walk). The core's saved trace keeps one curve as well."""
    from guiapp.core.training.config import TrainingEvent
    from guiapp.core.training.session import BatchLosses

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_batches([[float(step), 1.0 / step] for step in range(1, 16)])  # epoch 1 (10 batches) and 5 of epoch 2
    plots.add_batch(11.0, 0.3)  # the continuation's first batch: epoch 2, batch 1
    steps = plots._steps.view()
    assert list(steps) == [float(step) for step in range(1, 12)] and len(plots._raw.view()) == 11
    losses = BatchLosses()
    losses.trace = [[float(step), 1.0] for step in range(1, 16)]
    losses(TrainingEvent("batch", epoch=2, epochs=4, batch=1, batches=10, loss=0.3))
    assert [point[0] for point in losses.trace] == [float(step) for step in range(1, 12)]


def test_the_curves_stay_put_under_the_mouse_wheel(qtbot):
    """A wheel turned over the curves in a class demo zoomed them into an empty corner, with only a small "A" button
    shown on hover to undo it (a walk): fixed, as the Datasets tab's chart and the confusion matrix are."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    for plot in (plots.batch_plot, plots.loss_plot):
        box = plot.getPlotItem().getViewBox()
        assert box.state["mouseEnabled"] == [False, False]
        assert plot.getPlotItem().buttonsHidden


def test_the_curves_save_as_a_picture_from_a_right_click(qtbot, tmp_path):
    """A teacher wanted the curves on a slide and nothing offered them (walk 116): a right-click on a plot offers
    "Save as picture…", which writes the three plots and their legends as a PNG, through a temporary file."""
    from PIL import Image
    from PySide6.QtCore import Qt

    from guiapp.qt.picture_menu import _menu, save_picture
    from guiapp.qt.train.plots import TrainingPlots

    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(700, 300)
    plots.show()
    qtbot.waitExposed(plots)
    plots.add_epoch({"loss": 1.0, "accuracy": 0.5, "val_loss": 1.1, "val_accuracy": 0.45}, 1)
    for plot in (plots.batch_plot, plots.loss_plot, plots.accuracy_plot):
        assert plot.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    assert [action.text() for action in _menu(plots, "curves").actions()] == ["Save as picture…"]
    written = save_picture(plots, tmp_path / "curves")  # (.png added)
    assert written == tmp_path / "curves.png" and sorted(p.name for p in tmp_path.iterdir()) == ["curves.png"]
    with Image.open(written) as image:
        assert image.format == "PNG" and image.width >= 1400  # twice the screen's pixels, for a slide (walk 131)
    assert save_picture(plots, tmp_path / "missing" / "curves.png") is None  # no such folder: said, not raised


def test_a_picture_is_offered_under_the_name_of_the_model_it_is_of(tmp_path):
    """Every chart was offered as "curves.png" or "confusion-matrix.png", whichever run it showed (walk 150): a
    picture's file is named after its model, as Save as… and Export name a run's model."""
    from guiapp.core.training.runs import RunStore
    from guiapp.qt.picture_menu import picture_file_name
    from guiapp.qt.recognize.model_picker import model_file_name

    run = RunStore(tmp_path / "runs").create({"preset": "lenet"}, "digits")
    assert picture_file_name("curves", lambda: str(run.model_path)) == f"curves-{model_file_name(run)}"
    assert model_file_name(run).startswith("digits-lenet-")
    assert picture_file_name("confusion matrix", lambda: "/somewhere/mine.h5") == "confusion-matrix-mine"
    assert picture_file_name("feature maps", lambda: None) == picture_file_name("feature maps") == "feature-maps"


def test_a_point_for_several_batches_stands_at_their_middle_and_the_smoothed_line_does_not_lag(qtbot):
    """Reports come at most ten times a second, so on a quick run a point stands for several batches. Drawn at the last
    of them, the curve lagged and dropped in a step at every epoch's first point, and the smoothed line (a moving
    average) ran above every point of a falling loss (walk 125)."""
    from guiapp.core.training.config import TrainingEvent
    from guiapp.core.training.session import BatchLosses
    from guiapp.qt.train.plots import centred_mean

    losses = BatchLosses()
    truth = [2.0 - 0.1 * b for b in range(13)]  # the loss of batches 1..13 of a 13-batch epoch, falling
    running = np.cumsum(truth) / np.arange(1, 14)  # what Keras reports: the epoch's running mean
    for batch in (1, 5, 9, 13):  # reported after batches 1, 5, 9 and 13
        losses(TrainingEvent("batch", epoch=1, epochs=2, batch=batch, batches=13, loss=float(running[batch - 1])))
    steps, points = zip(*losses.trace)
    assert steps == (1.0, 3.5, 7.5, 11.5)  # the middle of batches 1, 2–5, 6–9, 10–13
    assert np.allclose(points, [truth[0], np.mean(truth[1:5]), np.mean(truth[5:9]), np.mean(truth[9:13])])
    # and at those steps the points lie on the straight falling line: no step at the epoch's end
    assert np.allclose(points, [2.0 - 0.1 * (step - 1) for step in steps])
    # a batch told twice (a pause reports it, then its own report comes) adds no point
    losses(TrainingEvent("batch", epoch=1, epochs=2, batch=13, batches=13, loss=float(running[12])))
    assert len(losses.trace) == 4
    falling = np.linspace(2.0, 0.5, 40)
    smoothed = centred_mean(falling)
    assert np.allclose(smoothed, falling)  # a straight line is its own centred mean, to its ends: no lag
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_batches([[float(i + 1), loss] for i, loss in enumerate(falling)])
    plots.refresh()
    assert np.allclose(plots.smooth_curve.getData()[1], smoothed)


def test_a_legend_entry_breaks_only_between_entries_in_any_script(qapp):
    """Chinese broke the dashed run's name between two of its characters (walk 124), and French broke "↑ époque 1 :
    1,50 | entraînement" so that it read as two notes (walk 126): a curve's entry and a note marked whole keep
    together; a plain note may still wrap, or it held the batch column too wide at 1024 px."""
    from PySide6.QtGui import QTextDocument

    from guiapp.qt.theme import legend_line

    shown = legend_line([("━●━", (0, 0, 0), "训练"), ("╍╍", (0, 0, 0), "虚线：训练记录 二〇二六"),
                         ("", (0, 0, 0), "↑ époque 1 : 1,50 entraînement", True), ("", (0, 0, 0), "may wrap here")])
    assert "虚\u2060线\u2060：\u2060训" in shown and "录&nbsp;二\u2060〇" in shown
    assert "↑&nbsp;époque&nbsp;1&nbsp;:&nbsp;1,50&nbsp;entraînement" in shown and "may wrap here" in shown
    document = QTextDocument()
    document.setHtml(shown)
    document.setTextWidth(document.idealWidth() * 0.6)  # two lines or more
    document.size()
    block = document.firstBlock()
    layout = block.layout()
    lines = [block.text()[layout.lineAt(i).textStart():][:layout.lineAt(i).textLength()].replace("\u2060", "").strip()
             for i in range(layout.lineCount())]
    assert len(lines) > 1
    for whole in ("虚线：训练记录\u00a0二〇二六", "↑\u00a0époque\u00a01\u00a0:\u00a01,50\u00a0entraînement"):
        assert any(whole in line for line in lines), lines


def test_an_overlaid_runs_losses_stay_in_view_above_a_fixed_loss_axis(qtbot):
    """A run whose first epoch is left above its loss axis fixes the axis to its later epochs (0–0.17): an overlaid
    logreg's losses of 0.56–1.66 were all off the plot, and Overlay compared nothing (walk 127)."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_history({"loss": [1.05, 0.12, 0.1, 0.08], "val_loss": [0.5, 0.15, 0.12, 0.11]}, 4)
    plots.refresh()
    assert plots.loss_above_name() and plots.epoch_y.top < 0.2
    logreg = {"loss": [1.66, 1.0, 0.7, 0.56], "val_loss": [1.2, 0.9, 0.75, 0.6]}
    plots.set_overlay(logreg, "logreg")
    top = plots.loss_plot.getPlotItem().getViewBox().viewRange()[1][1]
    assert top >= 1.0, top  # the dashed run's later epochs in view (its own first one may stay above)


def test_a_count_axis_labels_only_counts_whose_numbers_do_not_run_together(qtbot):
    """Model info's twelve epochs in 250 px read "9 101112" (walk 134): every 1st, 2nd, 5th, 10th … count is
    labelled, the first whose numbers leave a space between them; a wide axis labels every count."""
    from PySide6.QtGui import QFontMetrics

    from guiapp.qt.plot_axes import CountAxis, tick_alike

    axis = CountAxis("bottom")
    width = QFontMetrics(axis.font()).horizontalAdvance("12 ")
    for size, expected in ((11.4 * (width + 4), 1.0), (11.4 * (width + 4) / 2, 2.0)):
        (spacing, values), = axis.tickValues(0.8, 12.2, size)
        assert spacing == expected and values[-1] == 12.0
        assert spacing * size / 11.4 >= width
    (spacing, _values), = axis.tickValues(0, 4000, 200)  # a long run's batches: round steps
    assert spacing in (500, 1000, 2000)
    # Axes side by side step alike, as the narrowest: "1 2 … 10" under the loss, "2 4 … 10" under the accuracy, a
    # few pixels narrower (walk 153)
    wide, narrow = CountAxis("bottom"), CountAxis("bottom")
    tick_alike([wide, narrow, CountAxis("bottom")])  # (the third not laid out yet: no length, not counted)
    wide.resize(11.4 * (width + 4), 30)
    narrow.resize(11.4 * (width + 4) / 2, 30)
    assert wide.tickValues(0.8, 12.2, wide.width())[0][0] == narrow.tickValues(0.8, 12.2, narrow.width())[0][0] == 2.0


def test_every_chart_offered_as_a_picture_is_saved(qtbot, tmp_path):
    """The confusion matrix's "Save as picture…" wrote nothing: a graphics view's render refused the pixmap, and the
    error escaped unsaid (walk 137). Each chart that offers it writes its PNG: the curves, Evaluation's matrix,
    How it learned's matrix and Model info's history."""
    from PIL import Image
    from PySide6.QtCore import Qt

    from guiapp.qt.picture_menu import _menu, save_picture
    from guiapp.qt.recognize.model_history import HistoryPlots
    from guiapp.qt.train.evaluation import EvaluationView
    from guiapp.qt.train.scrubber import EpochScrubber

    from guiapp.qt.train.feature_maps import FeatureMapsView

    evaluation, scrubber, history, maps = EvaluationView(), EpochScrubber(), HistoryPlots(), FeatureMapsView()
    for widget in (evaluation, scrubber, history, maps):
        qtbot.addWidget(widget)
        widget.resize(600, 400)
        widget.show()
    evaluation.heatmap.show_matrix(np.array([[3, 1], [0, 4]]), ["a", "b"])
    history.show_history({"loss": [0.9, 0.4], "accuracy": [0.6, 0.8]}, 2)
    for name, chart, clicked in (("matrix", evaluation.heatmap, evaluation.heatmap),
                                 ("epochs", scrubber.heatmap, scrubber.heatmap),
                                 ("history", history, history.plots["loss"]),
                                 ("maps", maps.canvas, maps.canvas)):  # walk 150: they could not be saved
        assert clicked.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu, name
        assert [action.text() for action in _menu(chart, name).actions()] == ["Save as picture…"]
        written = save_picture(chart, tmp_path / name)
        assert written == tmp_path / f"{name}.png", name
        with Image.open(written) as image:
            assert image.format == "PNG" and image.width >= 2 * chart.width(), name
            plain_height = image.height
        # with a caption under it (walk 139: a slide's chart said not what it was of), wrapped to its width
        captioned = save_picture(chart, tmp_path / f"{name}-captioned.png", "<b>Test accuracy 97.2 %</b>, " * 8)
        with Image.open(captioned) as image:
            assert image.width == 2 * chart.width() * chart.devicePixelRatioF(), name
            band = image.height - plain_height
            line = 2 * chart.fontMetrics().height()
            assert 2 * line <= band <= 6 * line, (name, band, line)  # a few lines, not one cut off
            bottom = np.asarray(image.convert("L"))[plain_height:]
            assert bottom.min() < 100, name  # dark text on the light window
    # A caption's line is broken between its parts, as many on a line as fit: wrapped, a part was cut in two and
    # the next line began with "·" (walk 147); broken at every part, a run's name was three lines (walk 149)
    from guiapp.qt.picture_menu import pack_parts

    fits = lambda text: len(text) <= 24  # noqa: E731
    assert pack_parts("digits · logreg · 11:13", fits) == "digits · logreg · 11:13"
    assert pack_parts("accuracy 97 % · top-3 99 % · macro F1 0.9\nnext", fits) == (
        "accuracy 97 %\ntop-3 99 %\nmacro F1 0.9\nnext")
    assert pack_parts("a · b · a part too long to fit", fits) == "a · b\na part too long to fit"
    # The opened cell's red box is the screen's, not the picture's (walk 144: a slide's matrix kept it)
    evaluation.heatmap.mark(0, 1)
    with Image.open(save_picture(evaluation.heatmap, tmp_path / "marked.png")) as image:
        pixels = np.asarray(image.convert("RGB")).astype(int)
    red = (pixels[..., 0] > 180) & (pixels[..., 1] < 80) & (pixels[..., 2] < 80)
    assert not red.any()
    assert evaluation.heatmap.selection.isVisible()  # still marked on the screen
    # A margin above the chart, in its own ground: the matrix's top row touched the picture's edge (walk 149)
    from guiapp.qt.picture_menu import TOP_MARGIN

    top = pixels[:2 * TOP_MARGIN]
    assert (top == pixels[2 * TOP_MARGIN + 1, 2]).all()


def test_a_run_too_fast_to_watch_is_replayed_slowly_and_put_back_whole(qtbot, monkeypatch):
    """A run on a small dataset was over in three seconds, before a class had seen it (walks 137, 141): Replay draws
    the curves again as they grew, epoch by epoch with the best epoch's line moving as it did, over some seconds;
    stopped (or ended), the whole curves are back as they were."""
    from guiapp.qt.train import replay as replay_module
    from guiapp.qt.train.replay import ReplayButton, best_so_far, replay_seconds

    assert replay_seconds(3) == replay_module.LEAST_SECONDS and replay_seconds(1000) == replay_module.MOST_SECONDS
    assert replay_seconds(3) >= 10  # slower than a 3-epoch run on a small dataset (walk 144)
    history = {"loss": [1.0, 0.6, 0.4, 0.3], "val_loss": [1.1, 0.7, 0.8, 0.75],
               "accuracy": [0.6, 0.8, 0.85, 0.9], "val_accuracy": [0.55, 0.75, 0.7, 0.72]}
    assert [best_so_far(history, n) for n in (1, 2, 3, 4)] == [1, 2, 2, 2]
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    batches = [[step, 2.0 / step] for step in range(1, 41)]
    plots.set_batches(batches)
    plots.set_history(history, 2)
    plots.refresh()
    from PySide6.QtWidgets import QProgressBar

    shown = []
    bar = QProgressBar()
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.setValue(1000)
    bar.setFormat("completed 4 epochs; best epoch 2")
    counted = []  # what the bar said as it replayed (it kept the run's end: walk 144)
    bar.valueChanged.connect(lambda _value: counted.append(bar.format()))
    button = ReplayButton(lambda: plots, lambda: shown.append("curves"), bar)
    qtbot.addWidget(button)
    assert button.can_replay()
    monkeypatch.setattr(replay_module, "LEAST_SECONDS", 0.6)  # (the test need not watch for six seconds)
    seen = []  # (batches, epochs) drawn at each frame
    plots_refresh = plots.refresh
    monkeypatch.setattr(plots, "refresh", lambda: (seen.append((plots.batch_points(), plots.epoch_points())),
                                                  plots_refresh())[1])
    button.click()
    assert shown == ["curves"] and button.text() == "Stop replay"
    qtbot.waitUntil(lambda: button.replay is None, timeout=10_000)
    grown = [frame for frame in seen if 0 < frame[1] < 4]
    assert grown and len({frame[0] for frame in seen}) > 3  # seen growing, batches and epochs, not at once
    assert button.text() == "Replay"
    assert plots.history == history and plots.best_epoch == 2 and plots.batch_points() == 40
    assert {"replaying: epoch 1 of 4", "replaying: epoch 3 of 4"} <= set(counted), counted
    assert (bar.format(), bar.value()) == ("completed 4 epochs; best epoch 2", 1000)  # the run's end again
    # stopped half-way: the whole curves back at once
    monkeypatch.setattr(replay_module, "LEAST_SECONDS", 30.0)
    button.click()
    qtbot.waitUntil(lambda: 0 < plots.batch_points() < 40)
    # paused there, to talk over an epoch (walk 144), and going on from there
    assert button.toggle_pause() and not button.replay.timer.isActive()
    held = plots.batch_points()
    drawn = len(plots.history.get("loss") or [])  # the epochs drawn whole, not the one being drawn (walk 166)
    assert bar.format() == f"replay paused: {drawn} of 4 epochs drawn", bar.format()
    assert not button.toggle_pause() and bar.format().startswith("replaying: epoch ")
    qtbot.waitUntil(lambda: plots.batch_points() > held)
    button.click()
    assert button.replay is None and plots.history == history and plots.batch_points() == 40
    # a run shown meanwhile (the plots fed by another) ends the replay, leaving them to it
    button.click()
    qtbot.waitUntil(lambda: 0 < plots.batch_points())
    plots.reset()
    plots.set_history({"loss": [0.5, 0.4]}, 2)
    qtbot.waitUntil(lambda: button.replay is None)
    assert plots.history == {"loss": [0.5, 0.4]}
    # a run starting abandons it, the plots left to the run (put back, the replayed curves stayed under its own)
    plots.set_batches(batches)
    plots.set_history(history, 2)
    button.click()
    qtbot.waitUntil(lambda: 0 < plots.batch_points() < 40)
    replaying = button.replay
    button.abandon()
    assert button.replay is None and plots.batch_points() < 40 and not replaying.timer.isActive()
    # two runs overlaid: nothing to replay (one run's curves at a time)
    plots.set_history(history, 2)
    plots.set_overlay({"loss": [1.0, 0.8]}, "other")
    assert not button.can_replay()


def test_the_batch_axis_of_a_run_shown_whole_reaches_its_last_batch(qtbot):
    """The batch curve stopped at the plot's right edge short of its last batch (walk 149): the axis was cut at the
    whole number below the last step (11 for 11.3)."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.show()
    plots.set_batches([[0.3 * step, 2.0 / step] for step in range(1, 39)])  # the last at 11.4
    plots.set_history({"loss": [1.0, 0.6], "val_loss": [1.1, 0.7]}, 2)
    plots.fit_x_to_data()
    assert plots.batch_plot.viewRange()[0][1] >= 0.3 * 38


def test_validation_above_train_is_said_and_explained(qtbot):
    """Train accuracy 0.72 under validation's 0.96: "how can it do better on data it never saw?" had no answer on
    screen (walk 155). The legend says it, and its tooltip says why; once train catches up, the note goes."""
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.set_run_length(batches=10, epochs=3)
    plots.add_epoch({"loss": 0.85, "accuracy": 0.72, "val_loss": 0.15, "val_accuracy": 0.96}, 1)
    plots.refresh()
    assert plots.validation_above_train()
    # whole, on one line: "ⓘ validation above" ended one, "train: point here" began the next (walk 160)
    assert "validation better than train: point here" in plots.legend_texts()[1]
    assert "better than train" not in plots.epoch_legend.text()  # its spaces do not break
    assert "dropout" in plots.epoch_legend.toolTip() and "overfitting" in plots.epoch_legend.toolTip()
    # read from the keyboard too: Tab to the legend shows its tooltip ("point here" was the mouse's alone: walk 167)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolTip

    plots.show()
    plots.activateWindow()
    qtbot.waitUntil(plots.isActiveWindow)
    plots.epoch_legend.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "overfitting" in QToolTip.text())
    plots.batch_legend.setFocus()
    plots.add_epoch({"loss": 0.1, "accuracy": 0.97, "val_loss": 0.12, "val_accuracy": 0.97}, 2)
    plots.refresh()
    assert not plots.validation_above_train() and "better than train" not in plots.legend_texts()[1]
