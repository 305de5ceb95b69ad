"""Opening datasets in the Datasets area, one task at a time: the queue of opens, imports and downloads the panel's
worker runs, what the list and header say while a dataset opens, and when an open fails or is cancelled. A mixin of
:class:`~guiapp.qt.datasets.panel.DatasetsPanel` (its list, header, runner and views)."""

from __future__ import annotations

import html
import os
from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from guiapp.core.datasets import builtin, registry
from guiapp.qt.datasets.edit import split_codes
from guiapp.qt.i18n import fmt, number, sentence, translate, unbroken
from guiapp.qt.theme import retone, tone
from guiapp.qt.dataset_names import dataset_title


PREVIEW_PER_CLASS = 5  # samples a class of a built-in of gigabytes, made to look at its characters first


class DatasetOpeningMixin:
    def open_dataset(self, name: str) -> None:
        """Show ``name``: at once when opened before, otherwise after a worker has loaded it."""
        if name != self.name:
            self.forget_dataset_message()
        self._queue = deque(t for t in self._queue if t[0] != "open")  # only the latest choice matters
        if name in self.datasets:
            self._show(name)
            return
        building = self.runner.is_running() and self._loading is not None and not self.runner.cancelling()
        if building and name == self._loading:  # back to the build still going: it says so again
            self.header.setText(self._opening_header())
            return
        if self._cache_note(name) and name not in self._make_asked and not builtin.is_made(name):
            # kyoiku and joyo take minutes and gigabytes the first time: a click in the list started that at once,
            # unasked (a walk). The header asks; its link makes it.
            self.header.setText(self._make_question(name))
            return
        self._queue.append(("open", translate("datasets", "Opening {0}").format(dataset_title(name)), self._open_task(name), lambda r, n=name: self._opened(n, r)))
        if self.runner.is_running() and self._loading is not None:
            if building and self._cache_note(self._loading):
                # Minutes of a kyoiku or joyo build are not thrown away by a click on another dataset (a walk lost
                # one at 60 %): it goes on, and the dataset chosen opens after it, or at once if it is cancelled.
                self.header.setText(translate("datasets", "<b>{0}</b> opens once {1} has been made: its progress is "
                                              "below; Cancel there to open {0} now.").format(
                    unbroken(dataset_title(name)), unbroken(dataset_title(self._loading))))
                return
            self._superseded_loads += 1  # its "cancelled" is not news: the person moved on
            self.runner.cancel()  # a load nobody waits for any more
        self._run_next()

    _superseded_loads = 0  # loads cancelled because another dataset was chosen meanwhile
    _make_asked: set[str] = set()  # built-ins of gigabytes the person asked to make (see open_dataset)

    def _make_question(self, name: str) -> str:
        size = builtin.synthesised_bytes(name)
        samples = len(builtin.BUILTINS[name][0]) * builtin.DEFAULT_SAMPLES_PER_CLASS  # what synthesised_bytes counts
        shown = (translate("datasets", "<br><span style='color:{1}'>{0} stays shown until then.</span>").format(
            unbroken(self.name), tone("muted")) if self.dataset is not None else "")
        # ~1.3 ms an image a core (README), a little more for the cache's writes: kyoiku about 7 minutes on 2 cores
        minutes = max(1, round(samples * 1.5e-3 / (os.cpu_count() or 1) / 60))
        return fmt(translate("datasets", "<b>{0}</b> has not been made yet: {1:,} samples, {2} GB on disk, roughly "
                                         "{3} minutes on this computer (Cancel stops it). <a href=\"make\">Make it "
                                         "now</a>"), unbroken(dataset_title(name)), samples, number(size / 1e9, 1), minutes) \
            + " · " + translate("datasets", "<a href=\"preview\">Look at {0} of each character first</a> (a few "
                                            "seconds)").format(PREVIEW_PER_CLASS) + shown

    def _header_link(self, link: str) -> None:
        """The header's "Make it now": the built-in chosen in the list is made (see :meth:`open_dataset`); its
        "Look at … first": a few samples of each class are made, to browse (kyoiku's characters could not be seen
        without making all 2.5 GB: walk 118)."""
        name = self.list.current_name()
        if link == "preview" and name:
            self._previews = self._previews | {name}
            self.queue_task("open", translate("datasets", "Opening {0}").format(dataset_title(name)),
                            self._open_task(name, PREVIEW_PER_CLASS), lambda r, n=name: self._opened(n, r))
        elif link == "size":  # a dataset of one's own: the size its drawings are read at (OwnDatasetsMixin)
            self.choose_input_size()
        elif link == "make" and name:
            self._make_asked = self._make_asked | {name}
            if name in self._previews:  # the preview gives way to the whole
                self._previews = self._previews - {name}
                self.datasets.pop(name, None)
                self.codes.pop(name, None)
            self.open_dataset(name)

    _previews: frozenset = frozenset()  # built-ins shown with PREVIEW_PER_CLASS samples a class, not made whole

    def preview_note(self, name: str) -> str:
        """Under a preview's header: what it is, and the link that makes the whole (see :meth:`_header_link`)."""
        if name not in self._previews:
            return ""
        return "<br>" + fmt(translate("datasets", "A preview: {0} samples of each character, of the {1:,} made for "
                                                  "training. <a href=\"make\">Make it whole</a> ({2} GB)"),
                            PREVIEW_PER_CLASS, builtin.DEFAULT_SAMPLES_PER_CLASS,
                            number(builtin.synthesised_bytes(name) / 1e9, 1))

    def _open_task(self, name: str, samples_per_class: int | None = None):
        user = self.list.kind(name) == "user"

        def run(on_progress, should_stop):
            if user:
                dataset, records = self.user_dataset(name).load()
            else:
                dataset, records = registry.open_dataset(name, samples_per_class, on_progress=on_progress,
                                                         should_stop=should_stop), None
            return dataset, records, split_codes(dataset)

        run.dataset_name = name
        return run

    def _opened(self, name: str, result, show: bool = True) -> None:
        dataset, records, codes = result
        self.datasets[name] = dataset
        self.codes[name] = codes
        if records is not None:
            self.records[name] = records
        if name not in self._previews:  # a preview's size is not the dataset's
            self.list.set_counts(name, len(dataset.classes), len(dataset))
            if self.list.kind(name) == "registered":  # its files may have changed since it was imported
                registry.note_size(name, len(dataset.classes), len(dataset))
        if show and self.list.current_name() in (None, name):
            self._show(name)

    def queue_task(self, kind: str, title: str, fn, on_done) -> None:
        self._queue.append((kind, title, fn, on_done))
        self._run_next()

    def _run_next(self) -> None:
        if self.runner.is_running():
            return
        self._loading = None
        while self._queue or self._background:
            kind, title, fn, on_done = (self._queue or self._background).popleft()
            name = getattr(fn, "dataset_name", None)
            if kind != "open" or name not in self.datasets:
                break
            if self.list.current_name() == name:  # read in the background meanwhile: no second load
                self._show(name)
        else:
            return
        if kind == "open":
            self._loading = getattr(fn, "dataset_name", title)
            if self.list.current_name() == self._loading:  # chosen, not read for its size: the header says so
                self.header.setText(self._opening_header())
        self.progress.set_unit("bytes" if kind == "download" else "samples")
        self._task_kind = kind
        self._superseded_loads = 0  # the load given up has ended (cancelled, or finished before it heard)
        self.runner.start(title, fn, on_done)

    def _opening_header(self) -> str:
        shown = (translate("datasets", "<br><span style='color:{1}'>{0} stays shown until then.</span>").format(
            unbroken(dataset_title(self.name)), tone("muted")) if self.dataset is not None else "")
        preview = self._loading in self._previews  # a few samples a class: nothing of the gigabytes is made
        return (translate("datasets", "Opening <b>{0}</b>…").format(unbroken(dataset_title(self._loading)))
                + ("" if preview else self._cache_note(self._loading)) + shown)

    @staticmethod
    def _cache_note(name: str) -> str:
        """For a built-in that takes gigabytes (kyoiku, joyo: 2.5 and 5.2 GB), what opening it costs on disk."""
        size = builtin.synthesised_bytes(name)
        if size < builtin.STREAM_TO_DISK_BYTES:
            return ""
        return translate("datasets", "<br>The first time, its samples are made and kept in the cache: {0} GB on disk. "
                         "Cancel below to keep the space.").format(number(size / 1e9, 1))

    _task_kind = ""  # the kind of the task running or last run ("open", "import", "merge"…)

    def _task_failed(self, message: str) -> None:
        self.last_error = message
        # what failed, too: a download's "cannot reach storage.googleapis.com" stayed under the next dataset shown,
        # as if about it (walk 153)
        download = self._task_kind == "download"
        said = translate("datasets", "Download failed: {0}").format(message) if download else sentence(message)
        self.show_message(f"⚠ {said}", error=True)
        if self._task_kind == "import" and self.isVisible():
            # A file or folder chosen to import that gave nothing: said where it is seen, not only in the line at
            # the window's foot ("the folder is empty" went unnoticed: walk 140)
            # Opened, not run in its own loop: the import's progress bar stayed up, full, beside it (walk 161)
            box = QMessageBox(QMessageBox.Icon.Warning, translate("datasets", "Import"),
                              translate("datasets", "Nothing was imported: {0}").format(message),
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        if self._loading is not None and self.list.current_name() == self._loading:
            self._clear_view(translate("datasets", "<b>{0}</b> could not be opened: {1}").format(unbroken(dataset_title(self._loading)), html.escape(message)))

    def _task_cancelled(self, message: str) -> None:
        if self._loading in self._make_asked:  # a first build cancelled: the next click asks again (it went on)
            self._make_asked = self._make_asked - {self._loading}
        if self._superseded_loads:  # arrowing through the list said "Synthesis of digits cancelled." at each step
            self._superseded_loads -= 1
            return
        # A sentence starts with a capital, a name as it is written: Japanese, name first, read "Kyoiku の合成を…"
        named = message.startswith(tuple(self.list.names()))
        self.show_message(translate("datasets", "{0}.", "a sentence's end: 。 in Japanese and Chinese").format(
            message if named else message[:1].upper() + message[1:]))
        if self._loading is not None and self.list.current_name() == self._loading:
            # The open was given up: the list and the header go back to the dataset the grid still shows (the
            # cancelled one stayed highlighted over another's samples).
            self.list.select(self.name, emit=False)
            self.header.setText(retone(self._shown_header))  # written before a theme switch, perhaps

    def _clear_view(self, header: str) -> None:
        """Nothing shown (the chosen dataset could not be opened): no stale samples under its name."""
        self.name, self.dataset = None, None
        self.header.setText(header)
        self._shown_header = header
        self.grid.set_dataset(None)
        self.class_filter.clear()
        self.shown_count.setText("")
        self.classes.set_dataset(None)
        self.health.set_dataset(None)
        self.sample_view.clear()
        self.shown_index = None
        self.augment.set_sample(None)
        self.problems.hide()
        self._update_edit_buttons()


__all__ = ["DatasetOpeningMixin"]
