"""The list of past training runs (``core.runs.RunStore``): show one run's curves, overlay two runs, rerun with
the same config, use a run's model for recognition, delete a run. Reading the runs folder is a few small JSON
files, so it happens in the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from guiapp.core.text import Plural
from guiapp.core.training.runs import Run, RunError, RunStore, accuracy_at_best, in_another_process, trains_elsewhere
from guiapp.qt.a11y import item_keys, read_only_table
from guiapp.qt.i18n import date_time, fmt, localise, number, percent, translate
from guiapp.qt.recognize.model_picker import run_learnt_from, run_title
from guiapp.qt.theme import set_tone
from guiapp.qt.train.runs_delete import RunDeletionMixin
from guiapp.qt.train.runs_watch import RunsFolderWatch
from guiapp.qt.train.training_fields import settings_line

COLUMNS = [QT_TRANSLATE_NOOP("train", "Started"), QT_TRANSLATE_NOOP("train", "Preset"),  # translated where shown
           QT_TRANSLATE_NOOP("train", "Name / dataset"), QT_TRANSLATE_NOOP("train", "Status"),
           QT_TRANSLATE_NOOP("train", "Epochs"), QT_TRANSLATE_NOOP("train", "Best"),
           QT_TRANSLATE_NOOP("train", "Val. accuracy"), QT_TRANSLATE_NOOP("train", "Test accuracy")]
ACCURACY_COLUMNS = COLUMNS[-2:]
# a run's status as the run record stores it (guiapp.core.training.config.StopReason), translated where shown; a
# cancelled run is "stopped", as the Stop button and the run's own message ("stopped by request") call it
STATUSES = {"completed": QT_TRANSLATE_NOOP("train", "completed"),
            "early-stopping": QT_TRANSLATE_NOOP("train", "stopped early"),
            "cancelled": QT_TRANSLATE_NOOP("train", "stopped"), "diverged": QT_TRANSLATE_NOOP("train", "diverged"),
            "failed": QT_TRANSLATE_NOOP("train", "failed"), "running": QT_TRANSLATE_NOOP("train", "running"),
            "interrupted": QT_TRANSLATE_NOOP("train", "interrupted"), "paused": QT_TRANSLATE_NOOP("train", "paused")}
SortRole = Qt.ItemDataRole.UserRole + 1


class _SortItem(QTableWidgetItem):
    """Sorts by its SortRole value (a time stamp, a number) where it has one: the text is the locale's."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SortRole), other.data(SortRole)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def best_val_accuracy(run: Run) -> float | None:
    try:
        history = run.load_curves().history
    except RunError:
        return None
    return accuracy_at_best(history, run.best_epoch)


class RunsView(RunDeletionMixin, QWidget):
    showRequested = Signal(object)  # Run: show its curves
    overlayRequested = Signal(object, object)  # Run shown, Run overlaid
    rerunRequested = Signal(object)  # Run: same config, same dataset, start again
    continueRequested = Signal(object)  # Run: stopped before its end, trained on from its best model (right-click)
    useRequested = Signal(object)  # Run: recognize with its model
    runsDeleted = Signal(list)  # the ids of the runs just deleted
    runsRestored = Signal(list)  # the ids of the runs Ctrl+Z just brought back
    runRenamed = Signal(object, str)  # Run renamed, its title before

    def __init__(self, store: RunStore, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.runs: list[Run] = []
        self.active_id: str | None = None  # the run in progress (its status says "running" legitimately)
        self.elsewhere: set[str] = set()  # runs another process trains now (guiapp train beside the window)
        self.busy = False  # a run is in progress (or preparing, before it has an id): see set_busy
        self.active_paused = False  # and whether it is paused
        self._live: tuple | None = None  # the run in progress: its id, epochs done, best epoch and accuracy
        self.model_in_use: str | None = None  # the Recognize pad's model (the delete question says so if it goes)
        self.deleted: list[list[str]] = []  # each deletion's trash tokens, newest last: Ctrl+Z brings them back
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        # The accuracies' headers on two lines ("Val." over "accuracy"): on one, the two of them left a name at
        # 1024×640 a 45 px column, a letter or two a line.
        self.table.setHorizontalHeaderLabels([translate("train", column).replace(" ", "\n", 1)
                                              if column in ACCURACY_COLUMNS else translate("train", column)
                                              for column in COLUMNS])
        self.table.verticalHeader().hide()
        # Each row as tall as its name's lines: a long name wrapped in a narrow column (French at 1024×640) was cut
        # to "Chiffres + my-handwriting (appris :…" in rows of two lines.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(translate("train", "Runs"))
        read_only_table(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Enter on a selected run shows it, as a double click does (the keyboard had to Tab on to Show: a walk)
        self.table.activated.connect(lambda _index: self._show())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        item_keys(self.table, menu=lambda: self._context_menu(
            self.table.visualRect(self.table.currentIndex()).bottomLeft()), delete=self._delete, rename=self._rename)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(translate("train", "Show"))  # tooltips: _selection_changed
        self.overlay_button = QPushButton(translate("train", "Overlay"))
        self.rerun_button = QPushButton(translate("train", "Rerun"))
        self._rerun_tip = translate("train", "Train again with the same settings, data and seed: on the CPU the "
                                             "curves come out the same (a check that a result can be reproduced)")
        self.rerun_button.setToolTip(self._rerun_tip)
        self.use_button = QPushButton(translate("train", "Use"))
        self.use_button.setToolTip(translate("train", "Recognize with this run's model"))
        self.rename_button = QPushButton(translate("train", "Rename…"))
        self.rename_button.setToolTip(translate("train", "Name the run and its model (the model list shows the name)"))
        self.delete_button = QPushButton(translate("train", "Delete"))
        for button, slot in ((self.show_button, self._show), (self.overlay_button, self._overlay),
                             (self.rerun_button, self._rerun), (self.use_button, self._use),
                             (self.rename_button, self._rename),
                             (self.delete_button, self._delete)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.refresh_button = QPushButton(translate("train", "Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.note = QLabel()
        set_tone(self.note, "muted")
        layout.addWidget(self.note)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.watch = RunsFolderWatch(store.root, self.refresh, self.isVisible, self)  # runs other processes train
        self.refresh()

    def show_progress(self, epochs_done: int, best_epoch: int | None, accuracy: float | None) -> None:
        """The run in progress's row follows its epochs (it said 0 epochs while the bar said epoch 8/15); the run
        record itself is written when the run ends."""
        self._live = (self.active_id, epochs_done, best_epoch, accuracy)  # for the list read again meanwhile
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) != self.active_id or self.active_id is None:
                continue
            for col, (text, key) in ((4, (number(epochs_done), epochs_done)),
                                     (5, ("", -1) if best_epoch is None else (number(best_epoch), best_epoch)),
                                     (6, ("", -1.0) if accuracy is None else (percent(accuracy), accuracy))):
                item = self.table.item(row, col)
                item.setText(text)
                item.setData(SortRole, key)

    def set_paused(self, paused: bool) -> None:
        """The run in progress paused or going on: its row says which."""
        if paused != self.active_paused:
            self.active_paused = paused
            for row in range(self.table.rowCount()):
                if self.active_id is not None and self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == self.active_id:
                    self.table.item(row, 3).setText(translate("train", STATUSES["paused" if paused else "running"]))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Listed afresh when the tab is opened: a run that `guiapp train` went on with beside the window still
        read "running, 1 of 3" after it had ended (a walk)."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        from guiapp.core.training.session import continuations, stopped_by_closing

        # The rows are rewritten in place, so Qt would keep the selection by row number: after a new run it moved
        # to whichever run took the row (a fresh-eyes walk's Show and Delete then named a run never picked).
        chosen = [run.id for run in self.selected()]
        self.runs = self.store.list()
        continued = continuations(self.runs)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.runs))
        # the runs another live process started (asked once of every run: a signal and a /proc read each), followed
        # while it lives; of those, the ones it trains still
        others = [run for run in self.runs if run.id != self.active_id and in_another_process(run)]
        self.elsewhere = {run.id for run in others if trains_elsewhere(run)}
        for row, run in enumerate(self.runs):
            status = run.status
            if status == "running" and run.id != self.active_id and run.id not in self.elsewhere:
                status = "interrupted"
            elif status == "running" and self.active_paused:  # it said "running" while paused (a walk)
                status = "paused"
            status_text = translate("train", STATUSES.get(status, status))
            if run.id in continued:  # its continuation is the row to look at: the two read as unrelated
                status_text = translate("train", "{0}, continued").format(status_text)
            elif status in ("cancelled", "interrupted") and run.best_model_file() is None:
                # stopped before an epoch ended: nothing to continue or use, beside a stopped run that has both
                # (two rows read "stopped" alike: walk 111)
                status_text = translate("train", "{0}, no model").format(status_text)
            elif status == "cancelled" and run.message and stopped_by_closing(run.message):
                # (a run stopped by hand and one the window's closing stopped read "stopped" alike: walk 163)
                status_text = translate("train", "stopped, window closed")
            epochs_text = number(run.epochs_done)
            if status in ("cancelled", "interrupted") and run.config.get("epochs"):  # "4 of 10": how far it got
                epochs_text = translate("train", "{0} of {1}").format(epochs_text, number(int(run.config["epochs"])))
            accuracy = best_val_accuracy(run)
            # (text in the locale's form, what it sorts by)
            # the date over the time, as the accuracies' headers are: the name's column is the room left
            values = [(date_time(run.created, seconds=True, two_lines=True), run.created), (run.config.get("preset", "?"), None),
                      (_name_and_data(run), None), (status_text, None),
                      (epochs_text, run.epochs_done),
                      ("", -1) if run.best_epoch is None else (number(run.best_epoch), run.best_epoch),
                      ("", -1.0) if accuracy is None else (percent(accuracy), accuracy),
                      ("", -1.0) if run.test_accuracy is None else (percent(run.test_accuracy[0]), run.test_accuracy[0])]
            # and its id, which names it on the command line (walk 149 found it only in the runs folder)
            how = "\n".join(filter(None, (_split_line(run), settings_line(run.config), translate(
                "train", "On the command line: --model {0} (or --model last for the newest)").format(run.id))))
            for col, (value, key) in enumerate(values):
                item = _SortItem(value)
                item.setData(Qt.ItemDataRole.UserRole, run.id)
                if key is not None:
                    item.setData(SortRole, key)
                if run.message:
                    said = localise(run.message)
                elif run.id in self.elsewhere:
                    said = translate("train", "Training in another Inkling process (guiapp train, or another "
                                              "window): the list follows it")
                else:
                    said = ""
                item.setToolTip("\n".join(filter(None, (said, how))))  # and how it learnt (walk 111)
                if col == len(values) - 1 and run.test_accuracy is not None:  # the figure's footing
                    item.setToolTip(fmt(translate("train", "On {0:,} held-out samples the run never trained on"),
                                        run.test_accuracy[1]))
                elif col == len(values) - 1 and status == "completed" and run.config.get("test_split"):
                    # An empty cell said nothing (the window closed as the run ended: walk 111)
                    item.setToolTip(translate("train", "Not measured: Show the run, then evaluate it on its "
                                                       "dataset's test split to record it here"))
                self.table.setItem(row, col, item)
        self.table.clearSelection()
        for run_id in chosen:
            self.select_run(run_id, add=True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        n_bad = len(self.store.problems)
        problems = " · " + localise(Plural("%Ln unreadable run folder(s) skipped", "", n_bad)) if n_bad else ""
        self.note.setText(localise(Plural("%Ln run(s) in ", "", len(self.runs)))
                          + f"{self.store.root}{problems}")
        self.watch.follow(others)
        live = self._live
        if live is not None and self.active_id is not None and live[0] == self.active_id:
            # read again, the record said 0 epochs of the run paused after epoch 1 (walk 111)
            self.show_progress(*live[1:])
        self._selection_changed()

    def _rename(self) -> None:
        runs = self.selected()
        if len(runs) != 1:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(translate("train", "Rename run"))
        dialog.setLabelText(translate("train", "Name of this run and its model:"))
        dialog.setTextValue(run_title(runs[0]))
        # Wide enough for the whole name: QInputDialog's default width cut "my-handwriting (taught x o)" off.
        width = dialog.fontMetrics().horizontalAdvance(dialog.textValue()) + 80
        dialog.resize(max(dialog.sizeHint().width(), min(width, 700)), dialog.sizeHint().height())
        if dialog.exec() and dialog.textValue().strip():
            self.rename(runs[0], dialog.textValue())

    def rename(self, run: Run, name: str) -> bool:
        before = run_title(run)
        try:
            self.store.rename(run, name)
        except (RunError, OSError) as exc:
            self.note.setText(translate("train", "Cannot rename: {0}").format(localise(exc)))
            return False
        self.refresh()
        self.select_run(run.id)
        self.runRenamed.emit(run, before)
        return True

    def selected(self) -> list[Run]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.runs[row] for row in rows if row < len(self.runs)]

    def select_run(self, run_id: str, add: bool = False) -> None:
        for row, run in enumerate(self.runs):
            if run.id == run_id:
                if not add:
                    self.table.clearSelection()
                self.table.selectionModel().select(
                    self.table.model().index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)

    def set_busy(self, busy: bool) -> None:
        """While a run is in progress the Curves tab is its: a past run cannot be shown or overlaid there. Shown,
        the live run's points went on landing on the past run's curves (an epoch 3 on a 2-epoch run) and stayed
        spliced into the live run's curves (a walk)."""
        self.busy = busy
        self._selection_changed()

    def _shows_live_run(self, run: Run) -> bool:
        return self.busy and run.id == self.active_id

    def _selection_changed(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        # A run another process trains has no curves on disk until it ends: Show drew empty plots (a walk)
        elsewhere = any(run.id in self.elsewhere for run in chosen)
        self.show_button.setEnabled(one and not elsewhere and (not self.busy or self._shows_live_run(chosen[0])))
        self.overlay_button.setEnabled(len(chosen) == 2 and not self.busy and not elsewhere)
        if elsewhere and not self.busy:
            wait = translate("train", "This run is training in another Inkling process: its curves can be shown "
                                      "when it ends (press Refresh).")
            self.show_button.setToolTip(wait)
            self.overlay_button.setToolTip(wait)
            self.rerun_button.setToolTip(self._rerun_tip)
        elif self.busy:
            wait = translate("train", "A run is in progress: its curves are on the Curves tab. Past runs can be "
                                      "shown and overlaid when it ends.")
            self.show_button.setToolTip(wait)
            self.overlay_button.setToolTip(wait)
            # Refused by Start, a Rerun had already put its run's settings in the form, which the next Start used
            self.rerun_button.setToolTip(translate("train", "A run is in progress: rerun when it ends."))
        else:
            self.show_button.setToolTip(translate("train", "Show the run's curves"))
            self.overlay_button.setToolTip(translate("train", "Select two runs (Ctrl+click): the one shown stays drawn, "
                                                              "the other dashed over it (neither shown: the older is "
                                                              "drawn)"))
            self.rerun_button.setToolTip(self._rerun_tip)
        self.rerun_button.setEnabled(one and not self.busy)
        self.rename_button.setEnabled(one)
        self.use_button.setEnabled(one and chosen[0].best_model_file() is not None)
        self.delete_button.setEnabled(bool(chosen) and all(run.id != self.active_id and run.id not in self.elsewhere
                                                            for run in chosen))

    def context_actions(self) -> list[tuple[str, object]]:
        """(text, slot) of what the right-click menu offers for the selection: the buttons' actions that apply, and
        Continue for a run stopped before its end (Stop, or the window closed mid-run: after a restart only this
        list shows it). Continue is a menu entry, not another button: the row of buttons is as wide as the French
        window allows at 1024 px."""
        from guiapp.core.training.session import epochs_left

        chosen = self.selected()
        actions = [(button.text(), slot) for button, slot in ((self.show_button, self._show),
                                                               (self.overlay_button, self._overlay),
                                                               (self.rerun_button, self._rerun))
                   if button.isEnabled()]
        if len(chosen) == 1 and chosen[0].id != self.active_id and (left := epochs_left(chosen[0])):
            run = chosen[0]
            actions.append((localise(Plural("Continue training (%Ln epoch(s) left)", "", left)),
                            lambda: self.continueRequested.emit(run)))
        actions += [(button.text(), slot) for button, slot in ((self.use_button, self._use),
                                                                (self.rename_button, self._rename),
                                                                (self.delete_button, self._delete))
                    if button.isEnabled()]
        return actions

    def _context_menu(self, pos) -> None:
        actions = self.context_actions()
        if not actions:
            return
        menu = QMenu(self)
        for text, slot in actions:
            menu.addAction(text, slot)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _show(self) -> None:
        """Show (also Enter or a double click on a row; those reach here when the button is greyed)."""
        if len(self.selected()) != 1:
            return
        if not self.show_button.isEnabled():
            self.note.setText(self.show_button.toolTip())
            return
        self.showRequested.emit(self.selected()[0])

    def _overlay(self) -> None:
        chosen = self.selected()
        if len(chosen) == 2:
            older, newer = sorted(chosen, key=lambda run: run.created)  # whatever order the table is sorted in
            self.overlayRequested.emit(older, newer)

    def _rerun(self) -> None:
        if len(self.selected()) == 1:
            self.rerunRequested.emit(self.selected()[0])

    def _use(self) -> None:
        if len(self.selected()) == 1:
            self.useRequested.emit(self.selected()[0])


def _name_and_data(run: Run) -> str:
    """What the Name / dataset column says: what the run learnt from, and a name given by Rename… with it unless
    the name says it already (a name alone hid the dataset: a walk); then how many samples it split, so two runs
    on one dataset of 15 and of 33 drawings do not read alike (walk 124): those it trained on, since all it split
    read as its training data (walk 139 counted the test set in); the whole split is in the tooltip."""
    learnt = run_learnt_from(run)
    if not run.name or learnt in run.name:
        named = run.name or learnt
    else:
        named = translate("train", "{0} ({1})").format(run.name, learnt)
    sizes = run.split_sizes
    if not sizes:
        return named
    return translate("train", "{0} · {1}").format(named, localise(Plural("trained on %Ln sample(s)", "",
                                                                         sizes["train"])))


def _split_line(run: Run) -> str:
    """The run's split in its rows' tooltip: "26 trained, 3 validated, 4 tested" ("" for a run without it)."""
    sizes = run.split_sizes
    if not sizes:
        return ""
    return fmt(translate("train", "Samples: {0:,} to train, {1:,} to validate, {2:,} to test"), sizes["train"],
               sizes["validation"], sizes["test"])


__all__ = ["RunsView", "best_val_accuracy", "run_title"]
