"""``guiapp`` command line. No subcommand launches the GUI; subcommands call the same core functions the GUI does.

Bad input ends with ``guiapp: error: <what and where>`` and exit status 2, never a traceback. One module per
command group (``datasets``, ``training``, ``recognition``); what they share is in ``common``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from guiapp import DISPLAY_NAME, __version__, paths
from guiapp.cli import datasets, export, recognition, training
from guiapp.cli.common import EXIT_BROKEN_PIPE, EXIT_CANCELLED, EXIT_ERROR, EXIT_UNEXPECTED, HelpFormatter, is_user_error
from guiapp.logs import LOG_FILE_NAME, native_output_to_log, setup_logging


class OneLineErrors(argparse.ArgumentParser):
    """A mistyped argument is one line, as every other error here is (argparse printed the whole usage, 12 lines
    for `train`, before it); the line says where the usage is."""

    def parse_args(self, args=None, namespace=None):
        self._argv = list(sys.argv[1:] if args is None else args)
        return super().parse_args(args, namespace)

    def error(self, message: str):
        # An option the subcommand does not take is reported here, by the top parser: the usage to see is the
        # subcommand's, and a near name is offered ("--learning-rate" for train's --lr: walk 121)
        command = self._subcommand()
        where = f"{self.prog} {command.prog.split()[-1]}" if command is not None else self.prog
        hint = ""
        if command is not None and message.startswith("unrecognized arguments:"):
            import difflib

            unknown = [word.split("=")[0] for word in message.split(":", 1)[1].split() if word.startswith("-")]
            near = [match for word in unknown for match in
                    difflib.get_close_matches(word, list(command._option_string_actions), n=1, cutoff=0.6)]
            hint = f"; did you mean {', '.join(near)}?" if near else ""
        self.exit(2, f"{self.prog}: error: {message}{hint} (see {where} --help)\n")

    def _subcommand(self):
        """The subcommand's parser when the command line names one, else None."""
        actions = [a for a in self._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions:
            return None
        return next((actions[0].choices[word] for word in getattr(self, "_argv", []) if word in actions[0].choices),
                    None)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrors(prog="guiapp", formatter_class=HelpFormatter, description=f"{DISPLAY_NAME}: draw a character, watch a CNN "
                                     "recognize it, grow the data, train the network. No subcommand opens the window.")
    parser.add_argument("--version", action="version", version=f"{DISPLAY_NAME} (guiapp) {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="offscreen: build the window, load each bundled model, recognize synthetic strokes "
                        "of known characters; exit 0, or print what failed and exit 1")
    parser.add_argument("--with-training", action="store_true",
                        help="with --self-test: also train a tiny model for one epoch through the Train area, in "
                        "its background training process, and load the saved model")
    parser.add_argument("--reset-settings", action="store_true",
                        help="forget window geometry, last model, recent files and pen settings")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    datasets.add_commands(sub)
    training.add_commands(sub)
    recognition.add_commands(sub)
    export.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    with native_output_to_log():  # the terminal shows guiapp's lines only; libraries' chatter goes to the log
        return _run(args)


def _run(args) -> int:
    if args.self_test:
        from guiapp.qt.self_test import run_self_test

        return run_self_test(training=args.with_training)
    if args.command is None:
        from guiapp.qt.app import run_gui

        return run_gui(reset_settings=args.reset_settings)
    if args.reset_settings:
        from guiapp.qt.settings import Settings

        Settings(reset=True)
    from guiapp.core.tasks import Cancelled

    try:
        code = args.func(args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (`guiapp recognize … | head -3`): not an error of the input. Silent, with the
        # status of a tool ended by SIGPIPE, and stdout pointed at nothing so the exit's own flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except (Cancelled, KeyboardInterrupt):
        print("guiapp: cancelled", file=sys.stderr)
        return EXIT_CANCELLED
    except Exception as exc:  # noqa: BLE001 — every failure ends in one clear line, never a traceback
        if is_user_error(exc):
            print(f"guiapp: error: {exc}", file=sys.stderr)
            return EXIT_ERROR
        logging.getLogger("guiapp.cli").exception("unexpected error")
        print(f"guiapp: unexpected error: {type(exc).__name__}: {exc} (details in {paths.logs_dir() / LOG_FILE_NAME})",
              file=sys.stderr)
        return EXIT_UNEXPECTED
