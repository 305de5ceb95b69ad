"""A Teach… round stopped mid-collection, and taken up again by the collect bar's Start.

Stopped with too few drawings to learn from, a round ends; the collect bar's Start then resumed its collection where
it stopped ("8 drawings left"), and the last drawing ended on "Collected into my-handwriting: train on it…" with
nothing learnt, though the same bar had been teaching the cross (walk 161). A collection of the same characters into
the same dataset, on the same model, is that round again: it learns when its last drawing is added. Any other
collection, or another round, lets it go."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from guiapp.qt.i18n import listing, translate


def stopped_round(teacher) -> None:
    """Stop pressed while teaching: the "Teaching: draw…" line goes (it stayed all session, and the next ordinary
    collection would have started a round). Characters with enough drawings already can be learnt now (a walk drew 5
    stars of the 10 asked and found no way to learn from them); otherwise nothing is learnt, why is said (2 drawings
    of 5 needed were "nothing was learnt" alone: walk 161), and Start takes the round up again."""
    from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS
    from guiapp.qt.teach import TEACH_SAMPLES
    from guiapp.qt.teach_questions import learn_now

    if not teacher.active:
        return
    window = teacher.window
    bar = window.collect_bar
    kept_in = bar.dataset_name() or ""  # a drill's drawings go to a dataset of their own, which the bar leaves
    labels = list(bar.collection_labels)
    if not teacher.practising:
        enough = [label for label in labels if bar.counts.get(label, 0) >= MIN_SAMPLES_PER_CLASS]
        if enough and learn_now(window, labels, bar.counts, enough, kept_in, TEACH_SAMPLES, MIN_SAMPLES_PER_CLASS):
            teacher.collected(kept_in, enough)
            return
        teacher.resumable = (bar.target_dataset(), labels, teacher.base_path, teacher.alone)
    teacher.active = False
    if not teacher.practising and not any(bar.counts.get(label, 0) for label in labels):
        # not "the drawings added so far are kept": there were none (two walks)
        said = translate("teach", "Teaching stopped: nothing was drawn, so nothing was learnt")
    elif teacher.practising:
        kept = translate("teach", "Practice stopped: nothing was fine-tuned; the drawings added so far are kept in {0}")
        said = (kept.format(kept_in) if any(bar.counts.values()) else  # (a drill removes its empty dataset)
                translate("teach", "Practice stopped: nothing was fine-tuned"))
    elif any(bar.counts.get(label, 0) < MIN_SAMPLES_PER_CLASS for label in labels):
        # short: the status line cut a longer one at 1,100 px ("… and Start goes on with the ro…")
        said = translate("teach", "Stopped before learning: a character needs {1} drawings or more; Start goes on "
                                  "(drawings kept in {0})").format(kept_in, MIN_SAMPLES_PER_CLASS)
    else:
        said = translate("teach", "Stopped before learning; Start goes on (drawings kept in {0})").format(kept_in)
    window.statusBar().showMessage(said, 8000)


def resume_round(teacher) -> None:
    """A collection started: the round stopped before it learnt, when the collection is that round's again (its
    characters, its dataset, its model in use); else that round is let go."""
    resumable, teacher.resumable = teacher.resumable, None
    if teacher.active or resumable is None:
        return
    window = teacher.window
    bar = window.collect_bar
    dataset, labels, base_path, alone = resumable
    if (bar.target_dataset(), list(bar.collection_labels), window.current_model_path()) != (dataset, labels, base_path):
        return
    recognizer = window.recognize.recognizer
    teacher.base_path, teacher.active, teacher.practising, teacher.alone = base_path, True, False, alone
    teacher.none_new = recognizer is not None and all(label in recognizer.labels for label in labels)
    # After the bar's own "Collection resumed…", which it says once this returns
    QTimer.singleShot(0, lambda: window.statusBar().showMessage(translate(
        "teach", "Teaching {0} again: it learns once the drawings left are made").format(listing(labels))))


__all__ = ["resume_round", "stopped_round"]
