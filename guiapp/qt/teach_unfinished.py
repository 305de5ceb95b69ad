"""A Teach… round that closing the window cut short, said at the next start and offered again by Teach…: Quit while
木 was learnt stopped its learning, and after the restart nothing said 木 was never learnt, nor how to go on, though
its drawings were kept; Quit at 3 of 10 drawings of 火 closed without a word, and nothing after the restart said the
round was left (walk 110)."""

from __future__ import annotations

from guiapp.core.training.runs import TAUGHT_SUFFIX, RunStore
from guiapp.core.training.session import stopped_by_closing
from guiapp.qt.i18n import listing, translate

SAID_MS = 30_000  # as long as a round's outcome stays in the status line


def unfinished_round(store: RunStore | None = None) -> tuple[list[str], str] | None:
    """(characters, dataset) of the newest run when it is a Teach… round that the window's closing stopped; None
    otherwise (a round after it, finished or stopped with Stop, says what became of them itself)."""
    try:
        run = (store or RunStore()).newest()
    except OSError:
        return None
    if run is None:
        return None
    taught = run.extra.get("taught") if isinstance(run.extra, dict) else None
    if not taught or not run.dataset.endswith(TAUGHT_SUFFIX) or not stopped_by_closing(run.message):
        return None
    return [str(label) for label in taught], run.dataset[:-len(TAUGHT_SUFFIX)]


def remember_drawing(window) -> None:
    """As the window closes: a round still waiting for drawings is kept in the settings for the next start."""
    teacher, bar = window.teacher, window.collect_bar
    drawing = teacher.active and not teacher.practising and bar.collecting()
    window.settings.teach_left = (bar.dataset_name() or "", ", ".join(bar.collection_labels)) if drawing else None


def say_unfinished(window) -> str:
    """Say an unfinished round in the status line, what to do first (a 1024 px window cut the longer line before
    it); returns what Teach… offers to type again ("" when none)."""
    left = window.settings.teach_left
    if left is not None:
        window.settings.teach_left = None  # said once
        dataset, characters = left
        window.statusBar().showMessage(translate("teach", "Teaching {0} was left unfinished: Teach… offers {0} again "
                                                          "(drawings kept in {1})")
                                       .format(listing(characters.split(", ")), dataset), SAID_MS)
        return characters
    found = unfinished_round()
    if found is None:
        return ""
    characters, dataset = found
    window.statusBar().showMessage(translate("teach", "Teaching {0} was cut short as the window closed: Teach… "
                                                      "offers {0} again (drawings kept in {1})")
                                   .format(listing(characters), dataset), SAID_MS)
    return ", ".join(characters)  # apart: run together, 山川 would be asked about as one class


__all__ = ["remember_drawing", "say_unfinished", "unfinished_round"]
