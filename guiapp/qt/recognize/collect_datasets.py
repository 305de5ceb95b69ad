"""The collect row's dataset and counters: which of one's own datasets the drawings go into (chosen, made with
"New dataset…", followed when renamed elsewhere) and how many samples each of its classes has. A mixin of
:class:`~guiapp.qt.recognize.collect_bar.CollectBar` (its dataset list, label field and counter)."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from guiapp.core.datasets import catalogue
from guiapp.core.datasets.base import DatasetError
from guiapp.core.datasets.user_store import UserDataset
from guiapp.core.text import Plural
from guiapp.qt.confirm import ask_name
from guiapp.qt.dataset_names import check_not_a_title, first_dataset
from guiapp.qt.i18n import localise, sentence, translate
from guiapp.qt.theme import tone

NEW_DATASET = QT_TRANSLATE_NOOP("recognize", "New dataset…")  # translated where shown


class CollectDatasetsMixin:
    model_labels: tuple = ()  # the classes of the model in use: Enter's choice between one class and its characters
    model_spec = None  # the model in use's input: the size a dataset made here is read at (_new_spec)

    def set_model_labels(self, labels, spec=None) -> None:
        """The model in use's classes: the example of the Classes field in its script, and what Enter answers to "one
        class or its characters?" (町字 on the kana model became one class "町字": walk 123). ``spec``: its input,
        the size a dataset made here is read at (see :meth:`_new_spec`)."""
        from guiapp.qt.teach_questions import example_characters

        self.model_labels = tuple(labels)
        self.model_spec = spec
        self.set_example(example_characters(labels, "あいうえお"))

    def _new_spec(self):
        """A dataset made here is read at the size of the model in use, when that is one of the built-ins' (a kana
        model's 32 px): its header said 28×28 beside a Teach… round's model reading 32×32 (walk 130)."""
        from guiapp.core.datasets.builtin import INPUT_SIZES

        spec = self.model_spec
        return INPUT_SIZES.get(spec.height) if spec is not None and spec.height == spec.width else None

    def set_example(self, characters: str) -> None:
        """The characters the Classes field and its messages give as an example: the model's script (あいうえお on a
        digits model meant nothing to someone collecting + − × ÷: walk 107)."""
        self.example = characters
        # No comma right after the kana: Qt draws it with the Japanese font, full width, in English text (a walk)
        self.classes_edit.setPlaceholderText(translate("recognize", "classes to collect: words separated by commas, "
                                                                    "or characters like {0}").format(characters))

    def refresh(self) -> None:
        # While "New dataset…" is the combo's text (its dialog open, then cancelled), the dataset in use is the one
        # chosen before it: a cancel went back to the first dataset of the list instead.
        current = self.dataset_name() or getattr(self, "_chosen", None)
        names = self.store.list()
        if current and current not in names:
            current = catalogue.follow(current)  # renamed on the Datasets tab: drawings keep going into it
        self.dataset_combo.blockSignals(True)
        self.dataset_combo.clear()
        self.dataset_combo.addItems(names or [first_dataset()])  # the default is created on the first add
        if not names:  # say so, or the list shows a dataset that the Datasets tab does not have yet
            self.dataset_combo.setItemData(0, translate("recognize", "Made when you add your first drawing"),
                                           Qt.ItemDataRole.ToolTipRole)
        self.dataset_combo.addItem(translate("recognize", NEW_DATASET))
        if current and current in names:
            self.dataset_combo.setCurrentText(current)
        self.dataset_combo.blockSignals(False)
        self._load_counts()

    def dataset_name(self) -> str | None:
        text = self.dataset_combo.currentText()
        return text if text and text != translate("recognize", NEW_DATASET) else None

    def target_dataset(self) -> str:
        """The dataset drawings go into: the chosen one, else the default (made with its first drawing)."""
        return self.dataset_name() or first_dataset()

    def set_dataset(self, name: str) -> None:
        """Choose (creating if needed) the dataset drawings go to."""
        if not self.store.exists(name):
            self.store.create(name, self._new_spec())  # the catalogue tells every other list
        self.refresh()
        self.dataset_combo.setCurrentText(name)
        self._load_counts()

    def choose_dataset(self, name: str) -> bool:
        """Add the pad's drawings to ``name`` from now on, if it exists and no collection is under way (its prompts
        go on into the dataset they began in). For a dataset just made on the Datasets tab, whose message says "Draw
        on the Recognize tab and add the drawings to it" (the box stayed on the dataset chosen before), and for the
        one chosen when the window was last closed."""
        if self.collecting() or not self.store.exists(name):
            return False
        self.set_dataset(name)
        return True

    def _dataset_activated(self, _index: int) -> None:
        if self.dataset_combo.currentText() == translate("recognize", NEW_DATASET):
            def accept(name: str) -> str | None:
                try:
                    check_not_a_title(name)
                    self.set_dataset(name)
                except (ValueError, DatasetError) as exc:
                    self._say(f"⚠ {sentence(localise(exc))}")
                    return localise(exc)
                return None

            if not ask_name(self, translate("recognize", "New dataset"),
                            translate("recognize", "Name of your new dataset:"), accept):
                self.refresh()
        else:
            self._load_counts()

    def _load_counts(self) -> None:
        name = self.dataset_name()
        if name:
            self._chosen = name
        before = self.counts
        self.counts = self._user(name).counts() if name and self.store.exists(name) else {}
        if name == getattr(self, "_counted", None):
            self._follow_renamed_class(before, self.counts)
        self.label_edit.set_known(self.counts)
        previous = getattr(self, "_counted", name)
        if previous and name and previous != name and catalogue.follow(previous) == name:
            # The same dataset renamed (or the rename undone): the Classes typed stay (a walk's "moins, égal" became
            # the dataset's "+, moins, ×" on Ctrl+Z), and so does the outcome about it
            self.outcome_of = name if self.outcome_of == previous else self.outcome_of
        elif name != previous:  # another dataset: the collect row's classes follow it
            self.fill_classes()
            if self.outcome_of not in (None, self.target_dataset()):
                self.show_outcome()  # a Teach round's "Learnt ✔ (your drawings: 15 of 15 right)" is not about this one (a walk)
        self._counted = name
        self._show_counter()

    def _show_counter(self) -> None:
        # The gap after the current class in non-breaking spaces: rich text folds two spaces into one, and a drill's
        # counter read "6 : 0 0 : 8" (a walk)
        label = self.current_label()
        total = sum(self.counts.values())
        # a class and its count as the language writes them ("7 : 1" in French, "あ：1" in Japanese: a walk)
        count = translate("recognize", "{0}: {1}", "a class and how many samples it has")
        # Escaped: the line is rich text, and a class named "<" hid every class after it (a walk)
        here = html.escape(count.format(label, self.counts.get(label, 0)), quote=False) if label else ""
        others = " · ".join(html.escape(count.format(k, v), quote=False)
                            for k, v in sorted(self.counts.items())[:8] if k != label)
        if len(self.counts) > 8:
            others += " …"
        classes = localise(Plural("%Ln class(es)", "", len(self.counts)))
        samples = localise(Plural("%Ln sample(s)", "", total))
        line = translate("recognize", "<b>{0}</b>&nbsp;&nbsp;&nbsp;<span style='color:{2}'>{1}</span>")
        totals = html.escape(translate("recognize", "{0}, {1}").format(classes, samples), quote=False)
        self.counter.set_texts(line.format(here, others, tone("muted")) if here or others else
                               translate("recognize", "no samples yet"),
                               line.format(here, totals, tone("muted")) if self.counts else "")
        self.counter.setToolTip(translate("recognize", "{0}, {1} in {2}").format(classes, samples, self.dataset_name())
                                + ("\n" + " · ".join(count.format(k, v) for k, v in sorted(self.counts.items()))
                                   if self.counts else ""))

    def _user(self, name: str) -> UserDataset:
        """One object per dataset: its scans cache what they read, so counting after each add stays cheap."""
        user = self._users.get(name)
        if user is None or not user.path.is_dir():
            user = self._users[name] = self.store.open(name)
        return user

    def _changed_elsewhere(self, name: str) -> None:
        if self._announcing:
            return
        if name == self.dataset_name() or name not in [self.dataset_combo.itemText(i)
                                                        for i in range(self.dataset_combo.count())]:
            self.refresh()


__all__ = ["CollectDatasetsMixin", "NEW_DATASET"]
