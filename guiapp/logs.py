"""Logging to a rotating file in the per-user logs folder (and warnings to stderr)."""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
import time

from guiapp import paths

LOG_FILE_NAME = "guiapp.log"
NATIVE_LOG_FILE_NAME = "native.log"  # what libraries write straight to file descriptor 2 (TensorFlow's C++, Qt)
_NATIVE_LOG_LIMIT = 2_000_000
_configured = False


class _CurrentStderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time, not the stream that was current at set-up (which may
    since have been replaced and closed, e.g. by an embedding application or a test harness)."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, value):
        pass


def setup_logging(level: int = logging.INFO, console_level: int = logging.WARNING) -> None:
    """Idempotent: the CLI and the GUI both call it at start-up."""
    global _configured
    if _configured:
        return
    root = logging.getLogger("guiapp")
    root.setLevel(level)
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        logging.getLogger(__name__).warning("cannot write the log file: %s", exc)
    console = _CurrentStderrHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    root.addHandler(console)
    quiet_autograph()
    _configured = True


def no_autograph_source_warning(record: logging.LogRecord) -> bool:
    """Drop AutoGraph's "could not transform <function> … Unable to locate the source code": the packaged app
    carries no .py sources, so converting a model for recognition printed seven such paragraphs to the terminal (a
    walk of the frozen app); AutoGraph then runs the function as written, which is what the conversion needs."""
    return not str(record.msg).startswith("AutoGraph could not transform")


def quiet_autograph() -> None:
    """On TensorFlow's logger, before or after TensorFlow is imported, by whichever path imports it (``guiapp
    recognize`` converts a model without the window's TensorFlow set-up: the paragraphs came back there)."""
    logging.getLogger("tensorflow").addFilter(no_autograph_source_warning)  # once: addFilter skips a repeat


def reset_logging() -> None:
    """Remove guiapp's handlers (tests; re-initialising after the per-user folders moved)."""
    global _configured
    root = logging.getLogger("guiapp")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    _configured = False


def _stderr_is_descriptor_2() -> bool:
    try:
        return sys.stderr is not None and sys.stderr.fileno() == 2
    except (AttributeError, OSError, ValueError):  # a test harness's or an embedding application's stream
        return False


@contextlib.contextmanager
def native_output_to_log():
    """While the block runs, what native libraries write to file descriptor 2 goes to ``native.log`` in the logs
    folder, and Python's ``sys.stderr`` (guiapp's own messages, progress, errors) still reaches the terminal.

    TensorFlow's C++ start-up lines (oneDNN notes, CUDA probing, "failed call to cuInit" on machines without a GPU)
    are written before its logging is set up, so TF_CPP_MIN_LOG_LEVEL cannot hold them back, and they come from
    whatever first imports TensorFlow or Keras; Qt's platform warnings are written the same way. They help a bug
    report and bury everything else in a terminal. Child processes (training) inherit the redirection."""
    try:
        path = paths.logs_dir() / NATIVE_LOG_FILE_NAME
        if path.exists() and path.stat().st_size > _NATIVE_LOG_LIMIT:
            path.unlink()
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    except OSError:
        yield
        return
    try:
        saved = os.dup(2)
    except OSError:  # no descriptor 2 at all (a windowed app on Windows): nothing to keep clean
        os.close(target)
        yield
        return
    os.write(target, f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} pid {os.getpid()}: {' '.join(sys.argv)}\n".encode())
    previous, swap = sys.stderr, _stderr_is_descriptor_2()
    if swap:
        previous.flush()
        sys.stderr = open(os.dup(saved), "w", encoding=previous.encoding, errors="backslashreplace", buffering=1)
    os.dup2(target, 2)
    os.close(target)
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)
        if swap:
            sys.stderr.close()
            sys.stderr = previous
