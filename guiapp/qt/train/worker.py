"""The Qt side of a training run: :class:`TrainingRun` runs the core's
:func:`~guiapp.core.training.session.run_training` in a :class:`~guiapp.qt.tasks.TaskRunner` (which opens the
data and records the run; the training itself happens in the training process, so TensorFlow never holds the
window's interpreter lock) and passes stop, pause and closing on. Events, the run record, the result or the
failure come back as queued signals; the core already throttles batch events to ~10 per second, and the panel
keeps only the latest values and redraws on its own timer. ``stop(quitting=True)`` is the window-closing path:
stop after the current batch and skip the final save, because the best checkpoint is already on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from guiapp.core.training.config import TrainingControl, TrainingEvent
from guiapp.core.training.request import TrainingRequest
from guiapp.core.training.runs import Run, RunStore
from guiapp.qt.recognize.model_picker import run_dataset
from guiapp.qt.tasks import TaskRunner


class TrainingRun(QObject):
    event = Signal(object)  # TrainingEvent (batch events carry step and batch_loss)
    preparing = Signal(str, int, int)  # the dataset as the window names it, done, total (opening / synthesising it)
    runStarted = Signal(object)  # Run
    outcome = Signal(object)  # TrainingResult
    failed = Signal(str)
    ended = Signal()  # after outcome or failed

    def __init__(self, request: TrainingRequest, store: RunStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.request, self.store = request, store
        self.control = TrainingControl()
        self.quitting = False  # read by the session, which passes it on to the training process
        self.runner = TaskRunner(self, name="guiapp-training")
        self.runner.posted.connect(self._posted)
        self.runner.progress.connect(lambda done, total: self.preparing.emit(run_dataset(request.dataset), done, total))
        self.runner.finished.connect(self.outcome)
        self.runner.failed.connect(self.failed)
        self.runner.ended.connect(self.ended)

    def start(self) -> None:
        from guiapp.core.training.process import shared_process
        from guiapp.core.training.session import run_training

        def train(on_progress, should_stop):
            process = shared_process(free=True)  # warm, or starting now beside the preparation
            return run_training(self.request, store=self.store, control=self.control, closing=lambda: self.quitting,
                                on_event=self.runner.post, on_progress=on_progress, on_run=self.runner.post,
                                process=process)

        self.runner.submit("Training", train)

    def is_running(self) -> bool:
        return self.runner.is_running()

    def stop(self, quitting: bool = False) -> None:
        self.quitting = self.quitting or quitting
        self.control.stop()

    def pause(self) -> None:
        self.control.pause()

    def resume(self) -> None:
        self.control.resume()

    def wait(self, timeout_s: float) -> bool:
        """Wait for the run to end and deliver its last signals now (the window closing); True when it ended."""
        return self.runner.wait(timeout_s)

    def _posted(self, item) -> None:
        if isinstance(item, TrainingEvent):
            self.event.emit(item)
        elif isinstance(item, Run):
            self.runStarted.emit(item)


__all__ = ["TrainingRun"]
