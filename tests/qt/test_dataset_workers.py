"""TaskRunner: one background task at a time, progress, failure, cancel, joining on close."""

from __future__ import annotations

import threading
import time

from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import check
from guiapp.qt.dataset_workers import TaskRunner


def test_result_progress_and_one_at_a_time(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    seen, done = [], []
    runner.progress.connect(lambda d, t: seen.append((d, t)))

    def work(on_progress, should_stop):
        for i in range(5):
            on_progress(i + 1, 5)
        release.wait(5)
        return threading.current_thread() is not threading.main_thread()

    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        assert runner.start("work", work, done.append)
        assert not runner.start("second", work)  # refused while the first runs
        release.set()
    assert blocker.args == [True] and done == [True]  # ran off the GUI thread
    assert seen[-1] == (5, 5) and not runner.is_running()


def test_failures_are_messages(qtbot):
    runner = TaskRunner()

    def fail(on_progress, should_stop):
        raise DatasetError("broken.npz: not a dataset")

    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.start("fail", fail)
    assert blocker.args == ["broken.npz: not a dataset"]


def test_cancel_and_wait_join_the_thread(qtbot):
    runner = TaskRunner()
    started = threading.Event()

    def slow(on_progress, should_stop):
        started.set()
        while True:
            check(should_stop)
            time.sleep(0.01)

    runner.start("slow", slow)
    assert started.wait(5)
    assert runner.wait(5.0)  # cancels, then joins
    assert not runner.is_running()
    with qtbot.waitSignal(runner.cancelled, timeout=5000):  # the outcome still arrives, harmlessly
        pass
