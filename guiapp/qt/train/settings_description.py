"""The Train settings' description of what is chosen: the data's own figures at once, without TensorFlow (can it
train at all, its size, its fixed split, what may disappoint), and the preset built for it (its layers and
parameters), which waits for TensorFlow. A mixin of :class:`~guiapp.qt.train.settings.TrainingSettings` (its
``describe_with`` and ``describe_data_with`` runners, ``data_note``, ``description``, ``cannot_train``)."""

from __future__ import annotations

from guiapp.qt.i18n import fmt, localise, sentence, translate
from guiapp.qt.train.preset_view import describe_choice, describe_data


class DescriptionMixin:
    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        self._describe_if_stale()

    def _describe_if_stale(self) -> None:
        if self._described_stale:
            self._described_stale = False
            self.choiceChanged.emit()

    def describe(self) -> None:
        """Describe the chosen data at once, and the preset for it (it builds a Keras model, so it waits for
        TensorFlow), both off the GUI thread; a change while the preset's description runs asks again when it ends."""
        if self.describe_with is None:
            return
        dataset, samples, preset = self.dataset_name(), self.samples_per_class(), self.preset_name()
        if self._data_described != (dataset, samples):
            self.show_data_description(None)  # not the last choice's refusal meanwhile
        if self.describe_data_with is not None:  # at once, while the preset's parameters wait for TensorFlow
            def data_known(description):
                if (self.dataset_name(), self.samples_per_class()) == (dataset, samples):  # still the data chosen
                    self.show_data_description(description)
                    self._data_described = (dataset, samples)

            self.describe_data_with(lambda: describe_data(dataset, samples), data_known, lambda _error: None)
        if self._describing:
            self._describe_pending = True
            return
        self._describing, self._describe_pending = True, False
        self.description.show(None)

        def done(description, error=None):
            self._describing = False
            if self._describe_pending:
                self.describe()
            else:
                self.show_description(description, error)
                self._data_described = (dataset, samples) if description is not None else None

        self.describe_with(lambda: describe_choice(dataset, samples, preset), done, lambda error: done(None, error))

    def show_description(self, description: dict | None, error: str | None = None) -> None:
        self.show_data_description(description, error)
        self.description.show(description, error)

    def show_data_description(self, description: dict | None, error: str | None = None) -> None:
        """What the chosen data says of itself (see ``describe_data``): its fixed split, whether it can train and
        what may disappoint, how many samples it has."""
        shown = description or {}
        if description is None:
            self._data_described = None
        self.show_fixed_split(shown.get("fixed_split", ""), shown.get("fixed_test", ""))
        # (none while the next dataset's is worked out)
        before, self.cannot_train = self.cannot_train, shown.get("cannot_train", "")
        if self.cannot_train != before:
            self.readinessChanged.emit()
        if description is None and error is not None:
            self.data_note.hide()  # not the last dataset's problems under this one
        if description is not None:  # kept while a new description is worked out: it rarely changes
            problems = description.get("data_problems") or []
            self.data_note.setText("\n".join("⚠ " + sentence(localise(problem)) for problem in problems))
            self.data_note.setVisible(bool(problems))
        if description is not None and self.dataset_name() not in self.builtins and "dataset_samples" in description:
            # a dataset of files: how many, and whether it may train on fewer
            self._offer_fewer(bool(description.get("can_take_fewer")))
            count = int(description["dataset_samples"])  # an empty dataset's read "all 0" ("tous les 0")
            self.samples.setSpecialValueText(fmt(translate("train", "all {0:,}"), count) if count else
                                             translate("train", "none", "no samples to train on"))


__all__ = ["DescriptionMixin"]
