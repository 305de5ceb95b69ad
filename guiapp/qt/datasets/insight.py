"""Data insight: the health report of the open dataset, and a preview grid of augmented variants of a sample.

Both run in their own :class:`TaskRunner` so a health check of 70,000 images or TensorFlow's first import (3-4 s,
needed by the augmenter) never stalls the window.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guiapp.core.datasets import health
from guiapp.core.datasets.base import Dataset
from guiapp.qt.tasks import TaskRunner, call
from guiapp.qt.datasets.grid import coverage_pixmap
from guiapp.qt.progress import ProgressStrip
from guiapp.core.text import Plural
from guiapp.qt.look import icon
from guiapp.qt.i18n import fmt, localise, number, sample_number, sentence, split_label, translate
from guiapp.qt.dataset_names import dataset_title

PairRole = Qt.ItemDataRole.UserRole
SHOWN_PAIRS = 50
PREVIEW_COUNT = 16
PREVIEW_SIDE = 56  # 4 a row: the right pane fits the window's minimum width in every language; 2× a 28×28 sample


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped in the column: a view asks an item's size before it knows the width, so
    a finding's sentence was cut to "exact copies of training images: 4 test …"."""

    def sizeHint(self, option, index):  # noqa: N802 — Qt's name
        tree = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(40, tree.viewport().width() - tree.indentation() * (depth + 1) - 8)
        text = str(index.data() or "")
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(width, height + 4)


class _WrappingTree(QTreeWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the wrapped heights follow the new width


class HealthView(QWidget):
    """``sampleRequested(index)`` when a duplicate pair is clicked: the panel shows that sample."""

    sampleRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.dataset: Dataset | None = None
        self.report: health.HealthReport | None = None
        self._parts: dict[int, str] = {}  # sample → "validation" / "test" (training otherwise), for the pairs
        self.runner = TaskRunner(self)
        self.check_button = QPushButton(icon("health"), translate("datasets", "Check data health"))
        self.check_button.clicked.connect(self.run_check)
        self.summary = QLabel(translate("datasets", "Looks for test images that copy training images, classes with too few samples and "
                              "imbalance."))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.tree = _WrappingTree()
        self.tree.setHeaderHidden(True)
        self.tree.itemClicked.connect(self._clicked)
        # and from the keyboard: the arrows to a pair, or Enter on it (only a click compared: walk 115)
        self.tree.currentItemChanged.connect(lambda item, _before: item is not None and self._clicked(item, 0))
        self.tree.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.check_button)
        layout.addWidget(ProgressStrip(self.runner, "steps"))
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.pair_view = QLabel()
        self.pair_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.pair_view)
        self.pair_caption = QLabel()  # which is which, and of what class (a tooltip alone: a walk could not tell)
        self.pair_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pair_caption.setWordWrap(True)
        layout.addWidget(self.pair_caption)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(lambda m: self.summary.setText(translate("datasets", "The check failed: {0}").format(m)))
        self.runner.cancelled.connect(lambda _m: self.summary.setText(translate("datasets", "Check cancelled.")))

    def set_dataset(self, dataset: Dataset | None) -> None:
        self.runner.cancel()
        self.dataset = dataset
        self.report = None
        self.tree.clear()
        self.pair_view.clear()
        self.pair_caption.clear()
        self.check_button.setEnabled(dataset is not None and len(dataset) > 0)
        # An empty dataset: not "Press the button" beside a button that is off (a fresh-eyes walk)
        self.summary.setText("" if dataset is None else
                             translate("datasets", "No samples to check yet.") if len(dataset) == 0 else
                             translate("datasets", "Press the button to check this dataset."))

    def run_check(self) -> None:
        dataset = self.dataset
        if dataset is None or self.runner.is_running():
            return
        self.tree.clear()
        self.runner.start(translate("datasets", "Checking {0}").format(dataset_title(dataset.name)),
                          lambda on_progress, should_stop: health.check(dataset, on_progress=on_progress,
                                                                        should_stop=should_stop))

    def _show(self, report: health.HealthReport) -> None:
        self.report = report
        self.tree.clear()
        # Every joint the language's own: Chinese read half-width commas in full-width brackets, "警告， 共"
        sizes = translate("recognize", ", ").join(f"{number(n)} {split_label(split)}"
                                                  for split, n in report.split_sizes.items())
        if report.ok:  # with what it notes (a small test split) on lines of their own
            self.summary.setText(localise(Plural("✔ No problems found in %Ln sample(s)", "", report.samples))
                                 + translate("datasets", " ({0}).").format(sizes)
                                 + "".join(f"<br>{html.escape(sentence(localise(f.message)))}"
                                           for f in report.findings))
        else:
            # Each finding once: one with pairs to click is an item of the tree below, the others are listed here.
            lines = "".join(f"<li>{html.escape(sentence(localise(f.message)))}</li>" for f in report.findings
                            if not f.pairs)
            n = len(report.findings)
            self.summary.setText(translate("datasets", "{0} {1}", "a count of warnings, then of the samples checked").format(
                                     localise(Plural("⚠ %Ln warning(s)", "", n)),
                                     localise(Plural("for %Ln sample(s)", "", report.samples)))
                                 + translate("datasets", " ({0}):<ul style='margin-left:-20px'>{1}</ul>").format(sizes, lines)
                                 # only when there are pairs to click (a class-balance warning has none)
                                 + (translate("datasets", "Choose a pair below to compare.")
                                    if any(f.pairs for f in report.findings) else ""))
        # Which part the other sample of a pair is in (the check splits as training does, Dataset.split's defaults).
        parts = None
        if self.dataset is not None and any(f.pairs for f in report.findings):
            split = self.dataset.split()
            parts = {int(i): "validation" for i in split.validation} | {int(i): "test" for i in split.test}
        self._parts = parts or {}
        for finding in (f for f in report.findings if f.pairs):
            item = QTreeWidgetItem(self.tree, [localise(finding.message)])
            item.setToolTip(0, item.text(0))
            for a, b in finding.pairs[:SHOWN_PAIRS]:
                other = split_label(self._parts.get(int(b), "train"))
                child = QTreeWidgetItem(item, [fmt(translate("datasets", "training #{0}  ↔  {1} #{2}"),
                                                   sample_number(a), other, sample_number(b))])
                child.setData(0, PairRole, (a, b))
            if len(finding.pairs) > SHOWN_PAIRS:
                QTreeWidgetItem(item, [fmt(translate("datasets", "… and {0:,} more"), len(finding.pairs) - SHOWN_PAIRS)])

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        pair = item.data(0, PairRole)
        if pair and self.dataset is not None:
            a, b = int(pair[0]), int(pair[1])
            both = np.concatenate([self.dataset.images[a], np.zeros((self.dataset.image_shape[0], 2), np.uint8) + 255,
                                   self.dataset.images[b]], axis=1)
            self.pair_view.setPixmap(coverage_pixmap(both, 2 * PREVIEW_SIDE * 2))
            part = self._parts.get(b, "train")
            self.pair_caption.setText(fmt(translate("datasets", "Left: training #{0} · right: {1} #{2} · class {3}"),
                                          sample_number(a), split_label(part), sample_number(b),
                                          self.dataset.classes[int(self.dataset.labels[b])]))
            self.sampleRequested.emit(b)


def augment_samples(pixels: np.ndarray, strength: float, count: int = PREVIEW_COUNT, seed: int = 0) -> np.ndarray:
    """``count`` augmented variants of one coverage image (uint8 (H, W)) by the training augmenter; uint8 out."""
    from guiapp.core.training.augment import make_augmenter

    batch = np.repeat((pixels.astype(np.float32) / 255.0)[None, :, :, None], count, axis=0)
    augment = make_augmenter(strength, seed=seed, paper=0.0)
    if augment is None:
        out = batch
    else:
        out = np.asarray(augment(batch))
    return np.rint(np.clip(out[..., 0], 0.0, 1.0) * 255.0).astype(np.uint8)


class AugmentPreview(QWidget):
    """A grid of augmented variants of the selected sample under the given strength (the training setting)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pixels: np.ndarray | None = None
        self.runner = TaskRunner(self)
        self.strength = QDoubleSpinBox()
        self.strength.setRange(0.0, 3.0)
        self.strength.setSingleStep(0.25)
        self.strength.setValue(1.0)
        self.strength.setPrefix(translate("datasets", "strength "))
        self.seed = 0
        self.generation = self._running_generation = 0  # which sample is selected / the running preview is for
        self._rerun = False
        self.preview_button = QPushButton(translate("datasets", "Show variants"))
        self.preview_button.clicked.connect(self.run_preview)
        self.again_button = QPushButton(translate("datasets", "New variants"))
        self.again_button.clicked.connect(self._again)
        self.note = QLabel(translate("datasets", "Select a sample to see how training will vary it (rotation, shift, zoom)."))
        self.note.setWordWrap(True)
        self.cells = [QLabel() for _ in range(PREVIEW_COUNT)]
        grid = QGridLayout()
        for i, cell in enumerate(self.cells):
            cell.setFixedSize(PREVIEW_SIDE + 4, PREVIEW_SIDE + 4)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setStyleSheet("background: white; border: 1px solid #ccc;")
            grid.addWidget(cell, i // 4, i % 4)
        # The strength above the two buttons, not beside them: one row of all three set the pane's minimum width
        # (and the window's) in French.
        controls = QHBoxLayout()
        controls.addWidget(self.preview_button)
        controls.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.strength, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(controls)
        layout.addWidget(ProgressStrip(self.runner, "steps"))
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.runner.finished.connect(self._show)
        self.runner.failed.connect(lambda m: self.note.setText(translate("datasets", "Augmentation failed: {0}").format(m)))
        self._enable()

    def set_strength(self, strength: float) -> None:
        """The training settings' augmentation strength (the Train panel may call this)."""
        self.strength.setValue(float(strength))

    def set_sample(self, pixels: np.ndarray | None) -> None:
        """Follow the selected sample: variants of the previous one are cleared at once, a preview still running
        for it is ignored when it ends, and if variants were on show, the new sample's are made."""
        if pixels is not None and self.pixels is not None and np.array_equal(pixels, self.pixels):
            return  # the same sample selected again (a filter kept it): its variants stay
        showing = self.cells[0].pixmap() is not None and not self.cells[0].pixmap().isNull()
        self.pixels = None if pixels is None else np.array(pixels, dtype=np.uint8)
        self.generation += 1
        for cell in self.cells:
            cell.clear()
        self._enable()
        if self.pixels is None:
            self.note.setText(translate("datasets", "Select a sample to see how training will vary it (rotation, shift, zoom)."))
        elif showing:
            self.run_preview()
        else:
            self.note.setText(translate("datasets", "Show variants to see how training will vary this sample."))

    def _enable(self) -> None:
        self.preview_button.setEnabled(self.pixels is not None)
        self.again_button.setEnabled(self.pixels is not None)

    def _again(self) -> None:
        self.seed += 1
        self.run_preview()

    def run_preview(self) -> None:
        if self.pixels is None:
            return
        if self.runner.is_running():  # the sample changed meanwhile: run again for it when this one ends
            self._rerun = True
            return
        pixels, strength, seed = self.pixels, self.strength.value(), self.seed
        self._running_generation, self._rerun = self.generation, False
        self.note.setText(translate("datasets", "Preparing the augmenter (TensorFlow loads the first time)…"))
        # TensorFlow the safe way (one import at a time, the status bar told): imported bare, it left the status bar
        # at "TensorFlow: not needed yet" (a walk).
        self.runner.start(translate("datasets", "Augmenting"),
                          call(lambda: augment_samples(pixels, strength, seed=seed), tensorflow=True))

    def _show(self, variants: np.ndarray) -> None:
        if self._running_generation != self.generation:  # made for a sample no longer selected
            if self._rerun:
                self.run_preview()
            return
        self.note.setText(translate("datasets", "{0} variants at strength {1:g} (0 = none; training uses the strength set in its settings).").format(len(variants), self.strength.value()))
        for cell, image in zip(self.cells, variants):
            cell.setPixmap(coverage_pixmap(image, PREVIEW_SIDE))
