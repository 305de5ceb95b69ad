"""TaskRunner, the one way the window runs work off the GUI thread: one task at a time, progress, failure,
cancel, the newest-request mailbox, posts, joining on close."""

from __future__ import annotations

import threading
import time

from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import check
from guiapp.qt.tasks import TaskRunner


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

    cancelled = []
    runner.cancelled.connect(cancelled.append)
    runner.start("slow", slow)
    assert started.wait(5)
    assert runner.wait(5.0)  # cancels, joins, and the outcome has arrived when it returns
    assert not runner.is_running() and cancelled == ["cancelled"]


def test_the_newest_request_replaces_a_pending_one_with_the_same_key(qtbot):
    runner = TaskRunner()
    gate, running, ran, results = threading.Event(), threading.Event(), [], []

    def job(n):
        def run(on_progress, should_stop):
            running.set()
            gate.wait(10)
            ran.append(n)
            return n
        return run

    runner.submit("job 1", job(1), results.append, key="latest")
    assert running.wait(5)  # the first runs, held at the gate
    for n in range(2, 11):  # each later one replaces the pending one before it
        runner.submit(f"job {n}", job(n), results.append, key="latest")
    runner.submit("other", job("other"), results.append)  # no key: always runs, in order
    gate.set()
    assert runner.join(10.0)
    assert ran == [1, 10, "other"] and results == [1, 10, "other"] and not runner.is_running()


def test_a_task_posts_partial_results_to_the_gui_thread(qtbot):
    runner = TaskRunner()
    posted = []
    runner.posted.connect(lambda item: posted.append((item, threading.get_ident())))

    def work(on_progress, should_stop):
        for i in range(3):
            runner.post(i)
        return "done"

    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.submit("posting", work)
    assert blocker.args == ["done"]
    assert [item for item, _ in posted] == [0, 1, 2]
    assert {thread for _, thread in posted} == {threading.get_ident()}  # handled in the GUI thread


def test_close_ends_the_worker_and_drops_what_was_pending(qtbot):
    runner = TaskRunner(idle_exit_s=None)
    done = []
    runner.submit("quick", lambda on_progress, should_stop: 1, done.append)
    assert runner.join(5.0) and done == [1]
    assert runner.close(5.0)
    assert not runner.is_running()


def test_a_task_that_fails_after_its_window_closed_leaves_no_traceback(qtbot, caplog):
    """At exit h5py drops its converters, and a model still being read in a task failed with "Conversion function
    not found": a traceback in the log though the window had closed and nobody read the outcome (walks 110, 112)."""
    import logging

    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()

    def reading(on_progress, should_stop):
        started.set()
        release.wait(5)
        raise KeyError("Conversion function not found (no appropriate function for conversion path)")

    runner.start("epoch", reading)
    assert started.wait(5)
    thread = runner._thread
    with caplog.at_level(logging.DEBUG, logger="guiapp.qt.tasks"):
        assert not runner.close(0.05)  # still reading as the window closes
        release.set()
        thread.join(5)
    assert not thread.is_alive()
    assert not [r for r in caplog.records if r.levelno >= logging.INFO], [r.getMessage() for r in caplog.records]
    assert any("ended after its window closed" in r.getMessage() for r in caplog.records)
