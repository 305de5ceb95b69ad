"""The Datasets area: the list of datasets, a virtualised thumbnail grid with class/split filters, the selected
sample, class balance, data health and augmentation preview. Imports, downloads and exports are in
:mod:`guiapp.qt.datasets.sources`, edits in :mod:`guiapp.qt.datasets.actions` (mixins of this panel).

Every dataset is opened by a worker (:class:`TaskRunner`), once; the panel keeps what it opened, so switching back
is instant. Only one task runs at a time; choosing another dataset while one loads cancels the load (the task queue:
:mod:`guiapp.qt.datasets.opening`, a mixin of this panel).
"""

from __future__ import annotations

import html
from collections import deque

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from guiapp.core.datasets.base import Dataset
from guiapp.core.datasets.user_sample import SampleRecord
from guiapp.core.datasets.user_store import UserDataset, UserStore
from guiapp.qt.datasets.events import dataset_events
from guiapp.qt.tasks import TaskRunner
from guiapp.qt.datasets.actions import DatasetActionsMixin
from guiapp.qt.datasets.sources import DatasetSourcesMixin
from guiapp.qt.datasets.opening import DatasetOpeningMixin
from guiapp.qt.datasets.own import OwnDatasetsMixin
from guiapp.qt.datasets.classes import ClassBalance
from guiapp.qt.datasets.filters import SPLIT_NAMES, SampleFiltersMixin
from guiapp.qt.datasets.edit import split_codes
from guiapp.qt.datasets.grid import ThumbnailGrid
from guiapp.qt.datasets.insight import AugmentPreview, HealthView
from guiapp.qt.dataset_names import dataset_title
from guiapp.qt.datasets.listing import KIND_TITLES, DatasetList
from guiapp.qt.datasets.problems import ProblemsBar
from guiapp.qt.progress import ProgressStrip
from guiapp.qt.datasets.sample_view import SampleView
from guiapp.core.text import Plural
from guiapp.qt.i18n import date_time, localise, number, sample_number, split_label, translate, unbroken
from guiapp.qt.theme import set_tone, tone



class DatasetsPanel(DatasetOpeningMixin, DatasetSourcesMixin, DatasetActionsMixin, OwnDatasetsMixin, SampleFiltersMixin,
                    QWidget):
    """The whole Datasets area. ``datasetsChanged`` after anything is imported, downloaded, created or edited;
    ``datasetOpened(name)`` when a dataset is shown; ``message(text)`` for the status line."""

    datasetsChanged = Signal()
    datasetOpened = Signal(str)
    datasetCreated = Signal(str)  # a dataset of one's own made here (New…), by its name
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None, store: UserStore | None = None,
                 count_in_background: bool = True):
        super().__init__(parent)
        self.store = store or UserStore()
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.datasets: dict[str, Dataset] = {}
        self.records: dict[str, list[SampleRecord]] = {}  # user datasets: the sample file of each row
        self.codes: dict[str, np.ndarray] = {}  # per dataset: the split of each sample (see split_codes)
        self._users: dict[str, UserDataset] = {}
        self.name: str | None = None
        self.dataset: Dataset | None = None
        self.shown_index: int | None = None  # the sample in the sample view and the augmentation preview
        self.split_codes = np.empty(0, np.int8)
        self._queue: deque = deque()  # (kind, title, fn, on_done) the user asked for, in order
        self._background: deque = deque()  # reading installed/imported datasets for their sizes, when idle
        self._loading: str | None = None
        self.last_error = ""
        self._build()
        self.runner.ended.connect(self._run_next)
        self.runner.failed.connect(self._task_failed)
        self.runner.cancelled.connect(self._task_cancelled)
        dataset_events().changed.connect(self._dataset_changed)
        self.setAcceptDrops(True)
        self.refresh()
        self._update_edit_buttons()
        self._count_pending = count_in_background  # started when the panel is first shown, not at app start-up

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._count_pending:
            self._count_pending = False
            self._count_in_background()

    # -- layout ---------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.list = DatasetList()
        self.list.setAccessibleName(translate("datasets", "Datasets"))
        self.list.datasetChosen.connect(self.open_dataset)
        self.list.removeRequested.connect(self.remove_registered)
        self.list.renameRequested.connect(self.choose_rename_dataset)
        self.list.deleteRequested.connect(self.choose_delete_dataset)
        self.list.sizeRequested.connect(self.choose_input_size)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(self._build_source_buttons())
        hint = QLabel(translate("datasets", "Drop IDX files, .npz files or a folder of class sub-folders here to import them."))
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        left_layout.addWidget(hint)

        self._shown_header = translate("datasets", "Choose a dataset on the left.")  # what the header says when not opening
        self.header = QLabel(self._shown_header)
        self.header.setWordWrap(True)
        self.header.linkActivated.connect(self._header_link)  # "Make it now" (kyoiku, joyo: see open_dataset)
        self.class_filter = QComboBox()
        self.class_filter.setMinimumContentsLength(14)
        self.class_filter.currentIndexChanged.connect(self._apply_filter)
        self.split_filter = QComboBox()
        self.split_filter.addItem(translate("datasets", "All splits"), None)
        for code, split in SPLIT_NAMES.items():
            self.split_filter.addItem(split_label(split).capitalize(), code)
        self.split_filter.currentIndexChanged.connect(self._apply_filter)
        self.shown_count = QLabel()
        self.shown_count.setWordWrap(True)  # "1 234 sur 31 200 affichés" beside the filters must not widen the window
        filters = QHBoxLayout()
        for text, box in ((translate("datasets", "Class:"), self.class_filter),
                          (translate("datasets", "Split:"), self.split_filter)):
            label = QLabel(text)
            label.setBuddy(box)  # the label is the combo box's name for a screen reader
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addWidget(self.shown_count, 1)
        self.grid = ThumbnailGrid()
        self.grid.setAccessibleName(translate("datasets", "Samples"))
        self.grid.sampleSelected.connect(self.show_sample)
        self.grid.selectionModel().selectionChanged.connect(self._update_edit_buttons)
        self.problems = ProblemsBar()
        self.problems.deleteBrokenRequested.connect(self.delete_broken)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.header)
        middle_layout.addLayout(self._build_edit_buttons())
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.grid, 1)
        middle_layout.addWidget(self.problems)

        self.sample_view = SampleView()
        self.classes = ClassBalance()
        self.classes.classActivated.connect(self.set_class_filter)
        self.classes.renameRequested.connect(self.choose_rename_class)
        self.classes.deleteRequested.connect(self.delete_class)
        self.health = HealthView()
        self.health.sampleRequested.connect(self.reveal_sample)
        self.augment = AugmentPreview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sample_view, translate("datasets", "Sample"))
        self.tabs.addTab(self.classes, translate("datasets", "Classes"))
        self.tabs.addTab(self.health, translate("datasets", "Health"))
        self.tabs.addTab(self.augment, translate("datasets", "Augment"))
        # Every tab in view: at the window's minimum width in French the last one hid behind scroll arrows, and
        # nothing said it was there. The pane has no more room there, so the labels take a point less.
        self.tabs.setUsesScrollButtons(False)
        font = self.tabs.tabBar().font()
        font.setPointSizeF(font.pointSizeF() - 1)
        self.tabs.tabBar().setFont(font)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)  # dragged shut, a side was a 3 px handle (walk 132)
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([250, 560, 340])
        self.progress = ProgressStrip(self.runner)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status_is_error = False
        # The status line and the progress strip take turns in one row as tall as the strip: the grid above jumped
        # 14 px each time a task's strip came and went. A message said while a task runs shows beside it.
        self.status.setMinimumHeight(self.progress.sizeHint().height())
        self.runner.started.connect(self.status.hide)
        self.runner.ended.connect(self.status.show)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
                           (QKeySequence.StandardKey.Delete, self.delete_selected)):
            QShortcut(keys, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- listing and opening --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        # (a preview's size is not the dataset's: walk 123 read 5,130 for kyoiku after one)
        counts = {name: (len(ds.classes), len(ds)) for name, ds in self.datasets.items() if name not in self._previews}
        for name in self.store.list():
            if name not in counts:
                try:
                    labels = self.user_dataset(name).counts()
                    counts[name] = (len(labels), sum(labels.values()))
                except Exception:  # noqa: BLE001 - a broken user dataset is reported when opened
                    pass
        self.list.refresh(counts)
        self._update_edit_buttons()  # Merge… follows the datasets there are to merge into

    def current_kind(self) -> str | None:
        return self.list.kind(self.name) if self.name else None

    def show_message(self, text: str, error: bool = False) -> None:
        set_tone(self.status, "error" if error else None)
        self.status.setText(text)
        if text:
            self.status.show()
        self.status_is_error = error and bool(text)
        self.message.emit(text)

    # -- showing --------------------------------------------------------------------------------------------------
    def _show(self, name: str) -> None:
        dataset = self.datasets[name]
        same = name == self.name and self.dataset is not None
        keep_class = self.class_filter.currentData() if same else None
        self.name, self.dataset = name, dataset
        if len(self.codes.get(name, ())) != len(dataset):
            self.codes[name] = split_codes(dataset)
        self.split_codes = self.codes[name]
        kind = self.list.kind(name) or dataset.kind
        h, w = dataset.image_shape
        access = translate("datasets", "editable") if kind == "user" else translate("datasets", "read-only")
        # Not "My datasets (editable) — … · editable" (a walk): the header says it once, at its end
        kind_title = (translate("datasets", "My datasets") if kind == "user"
                      else translate("datasets", KIND_TITLES.get(kind, kind)))
        # Each part unbroken: a narrow window wrapped the line inside "10 | samples" rather than between parts
        samples = unbroken(localise(Plural("%Ln sample(s)", "", len(dataset))), spaces=True)
        classes = unbroken(localise(Plural("%Ln class(es)", "", len(dataset.classes))), spaces=True)
        self._shown_header = translate("datasets", "<b>{0}</b> — {1} — {2} · {3} · {4}×{5}&nbsp;px · {6}<br><span style='color:{8}'>{7}</span>").format(unbroken(dataset_title(name)), kind_title, samples, classes, h, w, unbroken(access, spaces=True), html.escape(localise(dataset.source), quote=False), tone("muted"))
        if kind == "user":  # its size a link: the drawings can be read at another (OwnDatasetsMixin.choose_input_size)
            size = f"{h}×{w}&nbsp;px"
            self._shown_header = self._shown_header.replace(size, f"<a href='size'>{size}</a>", 1)
        self._shown_header += self.preview_note(name)
        self.header.setText(self._shown_header)
        counts = dataset.class_counts()
        self.class_filter.blockSignals(True)
        self.class_filter.clear()
        everything = translate("datasets", "All classes ({0})").format(len(dataset.classes))
        self.class_filter.addItem(everything, None)
        self._fit_class_filter(everything)
        for index, (cls, count) in enumerate(zip(dataset.classes, counts.tolist())):
            self.class_filter.addItem(f"{cls}  ({number(count)})", index)
        if keep_class is not None and keep_class < len(dataset.classes):
            self.class_filter.setCurrentIndex(keep_class + 1)
        self.class_filter.blockSignals(False)
        self.grid.set_dataset(dataset, self._filtered_rows())
        if not same:
            self.grid.scrollToTop()  # another dataset opens at its first sample, not at the last one's scroll place
            if self.status_is_error:  # a failed download's or edit's error stayed under every dataset opened after
                self.show_message("")
        self._update_count()
        by_split = {s: np.bincount(dataset.labels[self.split_codes == code], minlength=len(dataset.classes))
                    for code, s in SPLIT_NAMES.items()}
        self.classes.set_dataset(dataset, by_split)
        self.health.set_dataset(dataset)
        self.sample_view.clear()
        self.shown_index = None
        self.augment.set_sample(None)
        broken = [b.id for b in self.user_dataset(name).broken()] if kind == "user" else []
        self.problems.set_problems(dataset.problems, broken)
        self._update_edit_buttons()
        self.datasetOpened.emit(name)

    def show_sample(self, index: int) -> None:
        dataset = self.dataset
        if dataset is None or not 0 <= index < len(dataset):
            return
        label = dataset.classes[int(dataset.labels[index])]
        details = [translate("datasets", "sample #{0} of {1}").format(sample_number(index), number(len(dataset))),
                   translate("datasets", "split: {0}").format(split_label(SPLIT_NAMES[int(self.split_codes[index])]))]
        drawing, pen_width = None, None
        records = self.records.get(self.name or "")
        if records is not None and index < len(records):
            record = records[index]
            origin = translate("datasets", "drawn on the pad") if record.has_strokes else \
                translate("datasets", "added image")
            details.append(f"{origin}, {date_time(record.time.isoformat())}")  # local, as Runs writes times
            # Whole, wrapping after its slashes (the sample view's) and its name's hyphen, which a line breaks after
            # only before a letter ("…Z-2173cef….png" stayed one word and was cut): it was shortened with "…".
            name = record.path.name.replace("-", "-\u200b")
            details.append(translate("datasets", "file: {0}").format(f"{record.path.parent.parent.name}/samples/{name}"))
            self.sample_view.details.setToolTip(str(record.path))
            if record.has_strokes:
                try:
                    _pixels, drawing, meta = self.store.open(self.name).load_sample(record.id)
                    pen_width = meta.get("pen_width")
                except (KeyError, Exception) as exc:  # noqa: BLE001 - deleted or damaged meanwhile
                    details.append(translate("datasets", "strokes unavailable: {0}").format(exc))
        else:
            details.append(translate("datasets", "source: {0}").format(localise(dataset.source)))
            if dataset.files is not None and index < len(dataset.files):  # which file, to find or delete it
                details.append(translate("datasets", "file: {0}").format(dataset.files[index]))
            # Only drawings on the pad had a replay, and nothing said why a built-in had none: its synthetic writer's
            # strokes are made again (a few ms); a scan or an image has none, said so.
            written = dataset.drawing_of(index) if dataset.drawing_of is not None else None
            if written is not None:
                drawing, pen_width = written
                details.append(translate("datasets", "written by the synthesiser's writer, stroke by stroke: replay below"))
            else:
                details.append(translate("datasets", "an image (printed or scanned): no strokes to replay"))
        self.sample_view.show_sample(dataset.images[index], label, details, drawing, pen_width)
        self.shown_index = index
        self.augment.set_sample(dataset.images[index])

    # -- other processes and the collect bar ----------------------------------------------------------------------
    def _dataset_changed(self, name: str) -> None:
        """The catalogue says ``name`` changed: re-read it if it is a user dataset that is open, and list again.
        Imports and downloads announce themselves (``datasetsChanged``) when this panel has finished them; a user
        dataset grown elsewhere (the collect bar) is announced here."""
        user = self.store.exists(name)
        if name in self.datasets and user:
            self.reload_user(name)
        self.refresh()
        if user:
            self.datasetsChanged.emit()

    def reload_user(self, name: str, focus: list[str] = ()) -> None:
        """Re-read a user dataset after its files changed (edits, added samples) and show it again, on the first
        of the ``focus`` sample ids if given, else on the sample shown before."""
        current = self._id_of(self.grid.currentIndex().row()) if name == self.name else None
        previous = (self.datasets[name], self.records[name]) if name in self.datasets and name in self.records else None
        dataset, records = self.user_dataset(name).load(previous=previous)  # decodes only new samples
        self.datasets[name], self.records[name] = dataset, records
        self.list.set_counts(name, len(dataset.classes), len(dataset))
        if len(dataset) and self.status.text() == self.creation_hint:
            self.status.clear()  # "Created … Draw … and add the drawings to it" stayed up after they were added
        if name == self.name:
            self._show(name)
            index = {r.id: i for i, r in enumerate(records)}
            shown = next((sample_id for sample_id in focus if sample_id in index), current)
            if shown in index:
                self.reveal_sample(index[shown])

    def user_dataset(self, name: str) -> UserDataset:
        """One object per user dataset: it caches what its scans read, so re-reading after an edit is cheap."""
        user = self._users.get(name)
        if user is None or not user.path.is_dir():
            user = self._users[name] = self.store.open(name)
        return user

    def _id_of(self, row: int) -> str | None:
        """The sample id shown in grid row ``row`` (user datasets only)."""
        records = self.records.get(self.name or "")
        if records is None or not 0 <= row < self.grid.thumb_model.rowCount():
            return None
        return records[self.grid.thumb_model.sample_index(row)].id

    def stop_and_wait(self, timeout_s: float = 2.0) -> bool:
        """Cancel background work and wait for it (the window is closing)."""
        self._queue.clear()
        self._background.clear()
        ok = self.runner.wait(timeout_s)
        return self.health.runner.wait(timeout_s) and self.augment.runner.wait(timeout_s) and ok
