"""The Evaluation view's Model list: the models the window adds (this run, the shown run, the loaded model, a
file), each once and named as the Recognize area names it, and what follows from a choice (the "on" dataset the
model learnt from). A mixin of :class:`~guiapp.qt.train.evaluation.EvaluationView` (its ``model`` box, its
``dataset_box``, ``summary`` and figures)."""

from __future__ import annotations


from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFileDialog

from guiapp.qt import file_dialogs
from guiapp.qt.i18n import localise, translate
from guiapp.qt.recognize.model_picker import model_display_name, model_short_names
from guiapp.qt.train.evaluation_text import model_part

LABELLED = Qt.ItemDataRole.UserRole + 1  # a model choice the window added (this run, loaded model…), not a bundled one
LABEL = Qt.ItemDataRole.UserRole + 2  # what such a choice is ("this run"), before its model's name
IN_USE = QT_TRANSLATE_NOOP("train", "loaded model")  # the choice of the model the pad reads with
USED_BEFORE = QT_TRANSLATE_NOOP("train", "used before")  # a model the pad read with earlier in this session


def _same_file(listed, path: str) -> bool:
    """Whether a choice's model file ``listed`` is ``path`` (however either is spelt)."""
    if not listed:
        return False
    if listed == path:
        return True
    try:
        return Path(listed).resolve() == Path(path).resolve()
    except OSError:
        return False

class ModelChoicesMixin:
    dataset_picked = False  # "on" chosen by the person: a model the window adds no longer changes it
    model_in_use: str | None = None  # the model the pad reads with (see choose_model_in_use)
    _used: tuple[str, ...] = ()  # the models the pad has read with

    def choose_model_in_use(self, path: str | None) -> None:
        """The model the pad reads with, listed as "loaded model" (once: where it is listed already, that entry)."""
        self.model_in_use = path
        if path and path not in self._used:
            self._used += (path,)
        self.add_model_choice(translate("train", IN_USE), path)

    def add_model_choice(self, label: str, path: str | None, dataset: str | None = None) -> None:
        """``dataset``: the one the model learnt from, chosen as "on" unless the person chose one (a run shown
        after a restart, trained on mnist-5k, was to be evaluated on digits: walk 103)."""
        if dataset and not self.dataset_picked and self.dataset_box.findText(dataset) >= 0:
            self.dataset_box.setCurrentText(dataset)
        # (a bundled model's own entry too: "loaded model: Digits" stood above "bundled: Digits", walk 153)
        listed = next((i for i in range(self.model.count()) if path and _same_file(self.model.itemData(i), path)), -1)
        index = self.model.findText(label, Qt.MatchFlag.MatchStartsWith)
        replaced = self.model.itemData(index) if index >= 0 and index != listed else None
        if replaced and any(_same_file(replaced, used) for used in self._used):
            # A model the pad reads or read with stays listed, as that: "this run: …" of the run on the pad went
            # with the next run, and a teacher could not evaluate the model on the pad (walk 166)
            now = _same_file(replaced, self.model_in_use or "")
            self.model.setItemData(index, translate("train", IN_USE if now else USED_BEFORE), LABEL)
            self._name_choice(index)
        elif index >= 0 and index != listed:
            self.model.removeItem(index)
            listed -= 1 if listed > index else 0
        if listed >= 0:
            # One entry a model ("loaded model: …" and "this run: …" listed the same file twice), the one already
            # there: the run just trained, used on the pad and then replaced there by a bundled model, went from the
            # list with its "loaded model" entry, and a teacher found it only by showing the run again (walk 132)
            self.model.setCurrentIndex(listed)
            return
        if path:
            # Named as the Recognize area names models: "this run: model.h5" and "loaded model: model.h5" were
            # two different models under one name.
            self.model.insertItem(0, "", path)
            self.model.setItemData(0, path, Qt.ItemDataRole.ToolTipRole)
            self.model.setItemData(0, True, LABELLED)
            self.model.setItemData(0, label, LABEL)
            self._name_choice(0)
            self.model.setCurrentIndex(0)

    def _name_choice(self, index: int) -> None:
        """The model choice at ``index`` named as the Recognize area names its model, after what it is ("this run:
        …"); at its narrowest the box drops "this run: " before it drops the model's own name."""
        path, label = self.model.itemData(index), self.model.itemData(index, LABEL)
        name = model_display_name(path)
        # The language's colon: French writes "modèle chargé : …" (the box read "modèle chargé: shapes").
        labelled = translate("train", "{0}: {1}", "a model of Evaluation's list: which model it is, its name").format
        self.model.setItemText(index, labelled(label, name))
        short = model_short_names(path)
        self.model.set_short_forms(index, [labelled(label, form) for form in short] + [name, *short])

    def rename_models(self) -> None:
        """A run renamed: the choices and the figures' line name its model anew (they kept its old name beside the
        Runs list's new one: walk 149)."""
        for index in range(self.model.count()):
            if self.model.itemData(index, LABEL):
                self._name_choice(index)
        if self._of_model and self.report_path:
            fresh = model_part(self.report_path)
            self._figures_text = self._figures_text.replace(self._of_model, fresh)
            self._of_model = fresh
            self._mark_figures()

    def forget_models(self, gone) -> None:
        """Model choices whose file ``gone(path)`` says was deleted leave the list; figures measured with one go."""
        for index in reversed(range(self.model.count())):
            if gone(self.model.itemData(index)):
                self.model.removeItem(index)
        if gone(self.report_path) or gone(self.evaluated_path):
            self.report = self.report_path = self.evaluated_path = None
            self._again = None
            self._clear_results()
            self.summary.setText(translate("train", "The evaluated model was deleted with its run. Evaluate a model to "
                                           "see its accuracy, confusion matrix and weakest classes."))

    def _follow_model(self, index: int) -> None:
        """A model chosen that knows none of the "on" dataset's classes: "on" becomes the dataset it learnt from."""
        from guiapp.core.evaluation import dataset_to_evaluate
        from guiapp.core.modelfile import ModelFileError, read_metadata

        if self.report is None and not self.runner.is_running():
            # "Accuracy not measured: digits has no held-out samples" stayed under another model chosen (a walk)
            self.summary.setText(translate("train", "Evaluate a model to see its accuracy, confusion matrix and "
                                                    "weakest classes."))
        path = self.model.itemData(index)
        if not path:
            return
        try:
            info = read_metadata(path)
        except (ModelFileError, OSError, ValueError):
            return  # said when it is evaluated
        listed = [self.dataset_box.itemText(i) for i in range(self.dataset_box.count())]
        better = dataset_to_evaluate(info, self.dataset_box.currentText(), listed)
        if better is not None:
            self.dataset_box.setCurrentText(better)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("train", "Model to evaluate"),
                                              str(file_dialogs.start_folder(file_dialogs.MODELS)),
                                              translate("train", "Keras models (*.h5 *.keras)"))
        if path:
            file_dialogs.remember(file_dialogs.MODELS, path)
            self.choose_model_file(path)

    def choose_model_file(self, path: str) -> bool:
        """Add a model file to the Model list if it can be one, checked as Recognize's Open checks it (its content
        and structure, without Keras); otherwise say why and leave the list as it was."""
        from guiapp.core.filekind import not_a_model
        from guiapp.core.modelfile import ModelFileError, read_metadata

        problem = not_a_model(path)
        if problem is None:
            try:
                read_metadata(path)
            except (ModelFileError, OSError) as exc:
                problem = localise(exc)
        if problem:
            self.summary.setText(translate("train", "Cannot evaluate this model: {0}").format(escape(localise(problem))))
            return False
        self.add_model_choice(translate("train", "file"), path)
        return True


__all__ = ["LABELLED", "ModelChoicesMixin"]
