"""What every ``guiapp`` subcommand shares: exit codes, progress on stderr, JSON output, and which errors are the
user's (one line, exit 2) rather than a bug (exit 1)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import unicodedata
from pathlib import Path

from guiapp.core.tasks import format_duration

EXIT_OK, EXIT_UNEXPECTED, EXIT_ERROR, EXIT_CANCELLED = 0, 1, 2, 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a tool whose reader closed the pipe


class ProgressPrinter:
    """``done/total``, rate and ETA on stderr; redrawn in place on a terminal, otherwise a line per quarter.

    Not on a terminal (a log file, a CI job, a pipe) every line stays, so only 25, 50, 75 and 100 % are written:
    at most 4 lines a task, enough to see a long one (joyo's synthesis, minutes) advance with its rate and ETA,
    few enough not to bury the command's own output. No 0 % line: its rate and ETA are not known yet."""

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self.last_quarter = 0
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        elapsed = max(time.perf_counter() - self.start, 1e-9)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0.0
        line = f"{self.label}: {done}/{total} ({100 * done / max(total, 1):.0f}%), {rate:,.0f}/s, ETA {format_duration(eta)}"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        elif (quarter := int(4 * done / max(total, 1))) > self.last_quarter:
            self.last_quarter = quarter
            self.stream.write(line + "\n")
        self.stream.flush()


def print_json(data) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def unsure(report) -> str:
    """" (too few to be sure: likely 34%–100%)" after an accuracy measured on few samples (the evaluation
    report's likely range), else ""."""
    likely = report.likely_range()
    return f" (too few to be sure: likely {likely[0]:.0%}–{likely[1]:.0%})" if likely else ""


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide and fullwidth characters (kanji, kana) take 2,
    combining marks none, the rest 1. ``len`` counts characters: a row with a kanji was shifted right of its
    header."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
               for c in text)


def pad(text: str, width: int) -> str:
    """``text`` left-aligned in a column ``width`` terminal columns wide (``f"{text:<{width}}"`` by display width):
    every text column of the command line's tables goes through this one function."""
    return text + " " * max(0, width - display_width(text))


def percent(value) -> str:
    return "    –" if value is None else f"{100 * value:5.1f}%"


class HelpFormatter(argparse.HelpFormatter):
    """Every option's help ends with its default, unless there is none to state (no value, a plain flag)."""

    def _get_help_string(self, action):
        text = action.help or ""
        nothing = action.default is None or action.default is False or action.default == argparse.SUPPRESS
        if "%(default)" in text or nothing or not action.option_strings:
            return text
        return f"{text} (default: %(default)s)"


def say_first_load(path: str) -> None:
    """On stderr, before a model without a converted form loads on TensorFlow: the first command on a run's
    best.h5 was silent for 8 s, the next ones quick (walk 148). Nothing said for a file the load itself refuses."""
    from guiapp.core.inference.store import find_light_form

    try:
        if find_light_form(path) is not None:
            return
    except Exception:  # noqa: BLE001 - the load says what is wrong with the file
        return
    print(f"guiapp: {Path(path).name} is loaded on TensorFlow this time (some seconds); a converted copy is kept "
          "so that the next commands on it are quick", file=sys.stderr)


def keep_converted_form(recognizer, path: str) -> None:
    """After a model from elsewhere ran on TensorFlow (seconds to load each time), cache its converted form, as
    the window does when it opens one: every later command reads it in a fraction of a second (7-10 s a call
    before: a walk). Quietly skipped when it cannot be converted."""
    if getattr(recognizer, "runtime", None) != "tensorflow":
        return
    from guiapp.core.inference import convert_to_cache

    try:
        convert_to_cache(path)
    except Exception:  # noqa: BLE001 - a model that does not convert still recognizes, on TensorFlow
        logging.getLogger(__name__).info("%s: no converted form kept", path, exc_info=True)


def usage_error(message: str) -> ValueError:
    """An error in what the user typed: one line, exit 2 (``main`` prints it; a ValueError is a user error)."""
    return ValueError(message)


def require_file(path: str, what: str = "file") -> Path:
    """The path of an existing, readable file, or a usage error that names it. Checked before TensorFlow is
    imported (seconds), so a typo is reported at once."""
    target = Path(path).expanduser()
    if not target.exists():
        raise usage_error(f"{path}: no such {what}")
    if target.is_dir():
        raise usage_error(f"{path} is a folder, not {'an' if what[:1] in 'aeiou' else 'a'} {what}")
    if not os.access(target, os.R_OK):
        raise usage_error(f"{path}: cannot read the {what} (permission denied)")
    return target


def bundled_model(name: str) -> Path | None:
    """The bundled model called ``name`` ("digits", "Hiragana", "latin.h5"), or None."""
    from guiapp import paths

    return next((p for p in paths.bundled_model_files() if p.stem.lower() == Path(name.lower()).stem), None)


def bundled_model_names() -> list[str]:
    from guiapp import paths

    return [p.stem for p in paths.bundled_model_files()]


def model_help() -> str:
    """--model's help line, naming the bundled models that can be given by name."""
    names = ", ".join(bundled_model_names())
    return ("a model file (.h5 or .keras)" + (f", or a bundled model by name: {names}" if names else "")
            + "; 'last' for the newest run's model, or a run's name or id")


RUNS_NAMED = 5  # runs a wrong --model names, newest first


def _runs_with_a_model() -> list:
    from guiapp.core.training.runs import RunStore

    return [run for run in RunStore().list() if run.best_model_file() is not None]  # newest first


def named_run(name: str, runs: list):
    """The run ``name`` names among ``runs`` (those that kept a model, newest first): "last" the newest, else a run's
    name (as Runs → Rename set it) or folder id; None for none. A maker's `--model robot-symbols` and `--model last`
    found nothing, and the model just trained was to be dug out of the runs folder (walk 148)."""
    if name.lower() == "last":
        return runs[0] if runs else None
    return next((run for run in runs if run.id == name or (run.name or "").lower() == name.lower()), None)


def require_model_file(path: str) -> Path:
    """An existing, readable file whose content could be a model (HDF5 or zip), or a bundled model's name: a
    picture or a text file given as the model is named for what it is, before TensorFlow is imported."""
    from guiapp.core.filekind import not_a_model

    if not Path(path).expanduser().exists() and Path(path).name == path:  # a bare name, no file of that name here
        found = bundled_model(path)
        if found is not None:
            return found
        runs = _runs_with_a_model()  # read once: named here, or listed in the error below
        run = named_run(path, runs)
        if run is not None:  # said which (on stderr, the output unchanged): `last` named none (walk 149)
            found = run.best_model_file()
            print(f"guiapp: --model {path}: the run {run.title} ({found})", file=sys.stderr)
            return found
        if not Path(path).suffix:
            names = ", ".join(bundled_model_names())
            hints = [f"the bundled models: {names}"] if names else []
            hints.append("'last' for the newest run's model, or a run's name or id")
            # which runs there are: walk 165 found their ids only by listing the runs folder
            if runs:
                shown = ", ".join(run.name or run.id for run in runs[:RUNS_NAMED])
                more = f" and {len(runs) - RUNS_NAMED} more" if len(runs) > RUNS_NAMED else ""
                hints.append(f"runs with a model, newest first: {shown}{more}")
            raise usage_error(f"{path}: no such model file ({'; '.join(hints)})")
    target = require_file(path, "model file")
    message = not_a_model(target)
    if message:
        raise usage_error(message)
    return target


def require_writable_parent(path: str) -> Path:
    """``path`` can be created: its folder exists (or can be made) and is writable."""
    target = Path(path).expanduser()
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise usage_error(f"{path}: cannot write there ({folder} is not a writable folder)")
    return target


def is_user_error(exc: BaseException) -> bool:
    """Bad input (exit 2 with the message) as opposed to a bug (exit 1)."""
    from guiapp.core import tasks

    return tasks.is_user_error(exc) or isinstance(exc, argparse.ArgumentError)
