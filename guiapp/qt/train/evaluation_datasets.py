"""The Evaluation view's "on" list: every dataset, the one kept in memory (a run's own data, which exists nowhere
else), and the size box that only a built-in's size can be chosen in. A mixin of
:class:`~guiapp.qt.train.evaluation.EvaluationView` (its ``dataset_box``, ``samples`` and ``split`` boxes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QMainWindow

from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.datasets.events import fill_with_datasets
from guiapp.qt.i18n import number, translate

# The "on" row's size box, chosen for a built-in
BUILTIN_SIZE_TIP = QT_TRANSLATE_NOOP("train", "Built-in datasets are synthesised with this many samples per class; the "
                                                 "chosen split is a share of them")
WHAT_IT_IS = Qt.ItemDataRole.UserRole + 2  # an "on" item's own tooltip (what the dataset is)


class DatasetChoiceMixin:
    def _show_dataset(self, name: str, dataset=None) -> None:
        """The "on" list shows the dataset being evaluated, even one that is not listed (a run's own data); for a
        dataset in memory the size box shows its own size, which is what is evaluated, not the box's last value."""
        if dataset is not None:
            if self._kept is not None and self._kept[0] != name:  # only one is kept: the other's entry goes
                old = self.dataset_box.findText(self._kept[0])
                if old >= 0 and self.dataset_box.itemData(old) in (None, "path"):
                    self.dataset_box.removeItem(old)
            self._kept = (name, dataset)
        self._list_unlisted(name)
        self.dataset_box.setCurrentText(name)
        if dataset is not None:  # its own size, not a choice; said only when every class has it ("made of 20/class")
            counts = dataset.class_counts()
            even = bool(len(counts)) and int(counts.min()) == int(counts.max())
            self.samples.setEnabled(False)  # first: its size is not the one chosen for built-ins
            if even:
                self.samples.setValue(int(counts.max()))
                # "500 per class" greyed beside "100 per class of its test split" read as a contradiction (walk 125)
                self.samples.setSuffix(translate("train", " per class in all"))
                # not the built-ins' tip: a student read Fashion-MNIST's greyed 1,200 as a synthesis setting
                self.samples.setToolTip(translate("train", "This dataset's own size: {0} samples in every class, "
                                                           "all of them (train, validation and test)").format(
                    number(int(counts.max()))))
            self.samples.setVisible(even)

    def _kept_dataset(self, name: str):
        """The dataset kept in memory under ``name`` when the catalogue does not list it (it exists nowhere else),
        else None: a listed dataset is opened afresh, at the size the box says."""
        if self._kept is None or self._kept[0] != name:
            return None
        listed = self.dataset_box.itemData(self.dataset_box.findText(name)) not in (None, "path")
        return None if listed else self._kept[1]

    def _keep_builtin_size(self, value: int) -> None:
        if self.samples.isEnabled():  # chosen for a built-in, not a shown dataset's own size
            self._builtin_samples = value

    def _dataset_chosen(self, name: str) -> None:
        """Only a built-in's size can be chosen: every other dataset is evaluated as it is (no size to show). A
        built-in gets the size last chosen for built-ins back. Another dataset on the train split goes to the test
        split: "Train accuracy 63 %" of mnist-5k beside the run's "Train accuracy 100 %" read as the same training
        data to a class shown overfitting (a walk)."""
        if self.split.currentData() == "train" and not self.runner.is_running():
            self.choose_split("test")
            window = self.window()
            if isinstance(window, QMainWindow):  # said: the box changing unasked read as a fault (walk 139)
                window.statusBar().showMessage(translate("train", "The split is back to test for {0}: choose train "
                                                                  "again to measure its training part.").format(
                    dataset_title(name)), 8000)
        if name in self.builtins and not self.samples.isEnabled():
            self.samples.setValue(self._builtin_samples)
            self.samples.setToolTip(translate("train", BUILTIN_SIZE_TIP))
        self.samples.setEnabled(name in self.builtins)
        self.samples.setVisible(name in self.builtins)
        if self.samples.isEnabled():
            self.samples.setSuffix(translate("train", " per class"))
        self._offer_trained_size()

    def _offer_trained_size(self, *_args) -> None:
        """On the built-in the chosen model learnt from, the size box offers the size its run made: its test split
        is then the one the run held out. At the 600 offered, a model of 200 a class read 2 points high, its test
        split holding samples it had learnt (walk 119). Not kept as the size for other built-ins."""
        from guiapp.qt.train.evaluation_text import trained_size

        path, name = self.model.currentData(), self.dataset_box.currentText()
        size = trained_size(path, name) if path and name in self.builtins and self.samples.isEnabled() else None
        if size is not None:
            self.samples.blockSignals(True)
            self.samples.setValue(size)
            self.samples.blockSignals(False)

    def refresh_datasets(self, _changed: str = "") -> None:
        """List every dataset again (the catalogue said one changed), keeping the choice and the dataset kept in
        memory (a run's own mix: it left the list, and its figures could not be measured again)."""
        fill_with_datasets(self.dataset_box)
        if self._kept is not None:
            self._list_unlisted(self._kept[0])
        self._mark_measurable()

    def _list_unlisted(self, name: str) -> None:
        """``name`` at the list's end unless listed, shown as the window names it ("小寶的注音+digits" stood in
        Chinese: walk 120)."""
        if self.dataset_box.findText(name) < 0:
            self.dataset_box.addItem(name)
            self.dataset_box.set_shown_text(self.dataset_box.count() - 1, dataset_title(name))

    def _mark_measurable(self, *_args) -> None:
        """Datasets that share no class with the chosen model are greyed in the "on" list, and their tooltip says
        why: chosen, they measured nothing ("no samples … that the model knows": walk 103 tried three). Only those
        whose classes are known without loading them (built-ins, one's own drawings); the others stay choosable."""
        from guiapp.core.datasets.registry import known_classes
        from guiapp.core.evaluation import knows_any
        from guiapp.core.modelfile import ModelFileError, read_metadata

        path = self.model.currentData()
        labels = None
        if path:
            try:
                labels = read_metadata(path).get("labels")
            except (ModelFileError, OSError, ValueError):
                labels = None  # evaluating it says what is wrong with it
        items = self.dataset_box.model()
        for row in range(self.dataset_box.count()):
            item = items.item(row)
            if not item.text():  # the separator between kinds of dataset
                continue
            if item.data(WHAT_IT_IS) is None:  # the tooltip the list gave it, to go back to
                item.setData(item.toolTip() or "", WHAT_IT_IS)
            classes = known_classes(item.text()) if labels else None
            shares_none = classes is not None and not knows_any(labels, classes)
            item.setEnabled(not shares_none)
            what = item.data(WHAT_IT_IS)
            why = translate("train", "Shares no class with the chosen model: nothing could be measured on it")
            item.setToolTip("\n".join(filter(None, [what, why])) if shares_none else what)
