"""What every ``guiapp`` subcommand shares: exit codes, progress on stderr, JSON output, and which errors are the
user's (one line, exit 2) rather than a bug (exit 1)."""

from __future__ import annotations

import argparse
import json
import sys
import time

from guiapp.core.tasks import format_duration

EXIT_OK, EXIT_UNEXPECTED, EXIT_ERROR, EXIT_CANCELLED = 0, 1, 2, 130


class ProgressPrinter:
    """``done/total``, rate and ETA on stderr; redrawn in place on a terminal, a line per 10 % otherwise."""

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self.last_decile = -1
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0.0
        line = f"{self.label}: {done}/{total} ({100 * done / max(total, 1):.0f}%), {rate:,.0f}/s, ETA {format_duration(eta)}"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        elif (decile := int(10 * done / max(total, 1))) != self.last_decile:
            self.last_decile = decile
            self.stream.write(line + "\n")
        self.stream.flush()


def print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def percent(value) -> str:
    return "    –" if value is None else f"{100 * value:5.1f}%"


def is_user_error(exc: BaseException) -> bool:
    """Bad input (exit 2 with the message) as opposed to a bug (exit 1)."""
    from guiapp.core import tasks

    return tasks.is_user_error(exc) or isinstance(exc, argparse.ArgumentError)
