"""Teach a new character…: the loop a person who wants their own recognizer takes, in one flow from the Recognize
area. Type the characters, draw each a few times (the collect bar prompts; Enter adds), and the model in use is
fine-tuned on them in the background (the training process, as Personalize), mixed with some of its own training
data so it keeps what it knew; when it is done the pad switches to the new model (unless the person chose another
meanwhile). What it asks about the characters typed first is in ``teach_questions``.

The pieces are the window's own: the collect bar collects, ``core.training.session.teach_request`` says what to
train, the Train area runs it (curves, runs folder, Stop), ``use_model`` switches.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from guiapp.core.datasets.base import DatasetError
from guiapp.core.tasks import Countdown, format_duration
from guiapp.core.text import Plural
from guiapp.qt.i18n import fmt, listing, localise, sentences, translate
from guiapp.qt.teach_outcome import kept_elsewhere_line, learnt_outcome, what_it_cost
from guiapp.qt.kanji_lookup import CHINESE, attach_kanji_lookup, offers_kanji
from guiapp.qt.teach_questions import example_characters, kanji_meant, learn_alone, new_or_agreed, word_or_letters
from guiapp.qt.teach_resume import resume_round, stopped_round
from guiapp.qt.recognize.model_picker import model_display_name, model_short_name

TEACH_SAMPLES = 10  # drawings of each new character
# How long the status line keeps a round's outcome (it stays beside the pad): left up, a walk saw it over ten
# minutes of later runs and evaluations as if about them.
OUTCOME_MS = 30_000


class Teacher(QObject):
    """Owned by the main window; :meth:`ask` starts a round."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.base_path: str | None = None  # the model being taught, fixed when the round starts
        self.active = False
        self.practising = False  # the round is a drill's (see start)
        self.alone = False  # the round learns a model of only the person's characters (see start)
        self.none_new = False  # the round's every character was a class of the model already (see start)
        self.stopping = False  # the collect bar's Stop ended the round's learning
        self._countdown = Countdown()  # the round's time left, as said beside the pad
        self._dataset = ""  # the dataset the round learns from
        self._taught: list[str] = []  # and the characters it learns
        self._learnt_model: str | None = None  # the model a round made, while its "Learnt ✔" shows
        self._kept: tuple | None = None  # (model, outcome, said) of a round whose model the pad did not take
        self.offered = ""  # what Teach… offers to type: a round the window's closing cut short (teach_unfinished)
        self.resumable: tuple | None = None  # a round stopped before it learnt, that Start takes up (teach_resume)
        window.modelChanged.connect(self._model_changed)
        window.collect_bar.collectionFinished.connect(self.collected)
        window.collect_bar.collectionStopped.connect(self._stopped)
        window.collect_bar.collectionStarted.connect(self._collection_started)
        window.train_area.trainingFinished.connect(self._trained)
        window.train_area.trainingFailed.connect(self._failed)
        window.train_area.progressed.connect(self._progress)

    def ask(self) -> None:
        window = self.window
        if self.active:  # one round at a time: a second one's collection could not be stopped (Start is held)
            window.statusBar().showMessage(translate("teach", "A Teach… round is still under way: wait for it to end "
                                                              "(its progress is beside the pad and on the Train tab)"), 8000)
            return
        if window.current_model_path() is None:
            window.statusBar().showMessage(translate("teach", "Load a model first: the new characters are taught to the model in use"),
                                           5000)
            return
        if self._run_in_progress():
            return
        # What follows OK, said before it: a bare prompt left people guessing (a fresh-eyes walk).
        recognizer = window.recognize.recognizer
        example = example_characters(recognizer.labels if recognizer is not None else (), "日本")
        prompt = "\n\n".join((translate("teach", "Characters to teach (e.g. {0}), or words separated by commas:").format(example),
                               # Two lines: QInputDialog does not wrap its label, and one line made it 1,000 px wide.
                               # The model by name: characters taught to Katakana were not known to Hiragana,
                               # and nothing had said which model learns them (walk 110)
                               translate("teach", "Then draw each one {0} times, pressing Enter after each.\n{1}, the "
                                         "model in use, learns them in the background (other models do not),\nand "
                                         "the pad switches to the new model when it is done.").format(
                                   TEACH_SAMPLES, model_short_name(window.current_model_path())),
                               self._where_drawings_go()))
        labels = recognizer.labels if recognizer is not None else ()
        lookup = offers_kanji(labels, window.language)
        chinese = window.language in CHINESE
        if lookup and chinese:  # no Japanese readings there (walk 138)
            prompt += "\n" + translate("teach", "No Chinese keyboard? Type a character's English meaning (person, "
                                                 "water) and choose it from the list (Japanese kanji: most common "
                                                 "characters are written the same).")
        elif lookup:  # a learner without a Japanese keyboard could not type 森 (walk 118)
            prompt += "\n" + translate("teach", "No Japanese keyboard? Type a kanji's reading or meaning (mori, もり, "
                                                 "forest) and choose it from the list.")
        if lookup:
            QTimer.singleShot(0, lambda: attach_kanji_lookup(readings=not chinese))  # to the dialog's line, once up
        text, ok = QInputDialog.getText(window, translate("teach", "Teach new characters"), prompt,
                                        QLineEdit.EchoMode.Normal, self.offered)
        recognizer = window.recognize.recognizer  # (a model may have finished loading meanwhile)
        if ok and not text.strip():  # OK with nothing typed did nothing, nothing said (walk 161)
            window.statusBar().showMessage(self._nothing_typed(), 15000)
            return
        text = kanji_meant(window, text.strip(), lookup) if ok else ""
        text = word_or_letters(window, text, window.collect_bar.counts,
                               recognizer.labels if recognizer is not None else ()) if text else ""
        if text and new_or_agreed(window, text):
            alone = learn_alone(window, text, window.collect_bar.target_dataset())
            if alone is not None:
                self.start(text, TEACH_SAMPLES, alone=alone)

    def _nothing_typed(self) -> str:
        """What Teach… says to OK with nothing typed: how to learn again from drawings kept (after a rename or an
        import, a walk looked for a way to and pressed OK on an empty line)."""
        bar = self.window.collect_bar
        drawn = [label for label, n in sorted(bar.counts.items()) if n >= TEACH_SAMPLES]
        if not drawn:
            return translate("teach", "Nothing typed, so nothing was taught: type the characters to teach")
        listed = listing(drawn[:8]) + ("…" if len(drawn) > 8 else "")
        return translate("teach", "Nothing typed, so nothing was taught. To learn again from the drawings in {0}, type "
                                  "their characters ({1}): no new drawings are needed").format(bar.target_dataset(),
                                                                                              listed)

    def _where_drawings_go(self) -> str:
        """The dataset the drawings go into, and its other characters learnt again with them: said before OK (a
        round taught α ω already in the dataset along with the one character typed, and the model's name said only
        that one)."""
        dataset = self.window.collect_bar.target_dataset()
        text = translate("teach", "Your drawings are kept in the dataset {0}.").format(dataset)
        if self.window.collect_bar.counts:  # "draw each one 10 times" asked for 10 more of characters it held 8 of
            text = sentences(text, translate("teach", "Drawings of a character already there count towards the "
                                                      "{0}.").format(TEACH_SAMPLES))
        also, _, _ = self._others(dataset, [], self.window.current_model_path())
        if also:
            from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS

            listed = listing(also[:12]) + ("…" if len(also) > 12 else "")
            # Said before the characters are typed: one typed again is among them, so not "its other characters".
            # The figure, not "enough": typed again, such a character was asked for more drawings, up to the round's
            # count, right after "enough" (a walk).
            text += "\n" + translate("teach", "The characters it already holds {1} or more drawings of ({0}) are "
                                                "learnt again too, without new drawings.").format(
                listed, MIN_SAMPLES_PER_CLASS)
        kept = kept_elsewhere_line(self.window.current_model_path(), dataset, self.window.collect_bar.counts)
        return text + ("\n" + kept if kept else "")

    def _run_in_progress(self) -> bool:
        """A round learns on the Train tab, one run at a time: while a run goes on there, said before anything is
        typed or drawn (a walk drew all ten drawings during a run, then read "Cannot teach now" beside "Done ✔")."""
        if not self.window.train_area.is_training():
            return False
        self.window.statusBar().showMessage(translate("teach", "A run is in progress on the Train tab: Teach… learns "
                                                               "when it has ended (stop it there, or wait for it)"), 10000)
        return True

    def start(self, classes: str, samples: int = TEACH_SAMPLES, practising: bool = False,
              alone: bool = False) -> bool:
        """Collect ``samples`` drawings of each of ``classes``, then teach them to the model in use, or with ``alone``
        learn a new model of only the dataset's characters. ``practising``: a "Draw what it confuses" round, of
        classes the model knows (its lines say fine-tuning, not new characters)."""
        from guiapp.core.training.process import shared_process

        if self._run_in_progress():
            return False
        window = self.window
        bar = window.collect_bar
        # Active before the collection starts: one whose every character has its drawings already (collected
        # earlier into the same dataset) finishes at once, and the round starts from that.
        self.base_path, self.active, self.practising = window.current_model_path(), True, practising
        self.alone = alone and not practising
        have = {} if practising else dict(bar.counts)  # a drill asks for fresh drawings of what it practises
        if not bar.store.exists(bar.target_dataset()):
            # Made now, not with the first drawing, and not chosen on the Train tab as a new dataset of the
            # person's would be: the round trains itself, and Train had become "my-handwriting, all 20" in place
            # of the digits the person had chosen there (a walk).
            try:
                with window.train_area.settings.keeping_choice():
                    bar.set_dataset(bar.target_dataset())
            except (ValueError, DatasetError, OSError):
                pass  # the first add says what is wrong
        if not bar.start_collect(classes, samples, have=have):
            self.active = False
            return False
        recognizer = window.recognize.recognizer
        # every character already a class of the model: nothing new is learnt, only this writer's way of writing
        # them ("recognizes the new characters too" was said of l and t taught onto Latin: walk 117)
        self.none_new = recognizer is not None and all(label in recognizer.labels for label in bar.collection_labels)
        self.offered = ""
        # the keyboard to the pad, where the drawings go: after "Only my characters" it sat on the Grid button, and
        # the Enter after a drawing would have toggled the grid (walk 167)
        window.recognize.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        shared_process()  # TensorFlow loads in the training process while the person draws
        if not practising and bar.collecting():  # a drill says what it practises itself
            needed = samples * len(bar.collection_labels)
            kept = needed - len(bar.prompts)  # drawings already there that count (up to ``samples`` a character)
            if kept:
                # Of the drawings needed: "29 already in" a dataset of 30 read as a miscount (one class had 11).
                said = Plural("Teaching: %Ln more drawing(s) to make, {0} of the {1} needed already in {2}; press "
                              "Enter after each", "", len(bar.prompts), kept, needed, bar.target_dataset())
                window.statusBar().showMessage(localise(said))
            else:
                window.statusBar().showMessage(translate("teach", "Teaching: draw each character {0} times; press Enter after each").format(samples))
        return True

    def collected(self, dataset: str, labels: list) -> None:
        if not self.active:
            # An ordinary collection ended on "Done ✔" with no next step: say where the drawings are learnt.
            # Short enough for the status bar beside the TensorFlow label at the window's minimum width (a longer
            # one was cut off mid-word).
            from guiapp.core.training.engine import MIN_SAMPLES_PER_CLASS

            counts = self.window.collect_bar.counts
            short = [label for label in labels if counts.get(label, 0) < MIN_SAMPLES_PER_CLASS]
            if short:  # said now, not first on the Train tab (walk 108 collected 2 and was told to train on them)
                said = translate("teach", "Collected into {0}: too few to train on yet ({2}: {1} of each needed)").format(
                    dataset, MIN_SAMPLES_PER_CLASS, listing(short))
            else:
                said = translate("teach", "Collected into {0}: train on it in Train (Personalize), or draw and learn at "
                                          "once with Teach…").format(dataset)
            self.window.statusBar().showMessage(said, 20000)
            return
        from guiapp.core.training.session import own_model_request, teach_request

        window = self.window
        self._dataset, self._taught = dataset, list(labels)
        request = (own_model_request(dataset, taught=labels) if self.alone else
                   teach_request(self.base_path, dataset, taught=labels))
        if not window.train_area.start(request):
            # A run started on the Train tab while the drawings were made: they are kept, and "Done ✔" goes (it
            # read as if the round had succeeded).
            self.active = False
            reason = translate("teach", "Cannot teach now: {0} Your drawings are kept in {1}: Teach… {2} again learns "
                                        "from them.").format(window.train_area.status.text(), dataset, listing(labels))
            window.collect_bar.show_outcome(translate("teach", "Not learnt"), reason)
            window.statusBar().showMessage(reason, OUTCOME_MS)
            return
        # Short: what follows ("also x, o…", "left out…") was cut off at the window's width by the TensorFlow label.
        message = (translate("teach", "Fine-tuning on your {0} in the background (progress: Train tab)")
                   if self.practising else
                   translate("teach", "Learning {0} in the background (progress: Train tab)")).format(listing(labels))
        also, too_few, unknown = self._others(dataset, labels, None if self.alone else self.base_path)
        if also:  # learnt again from the dataset too: "Learning t" read as if x and o were not
            message += translate("teach", " · also {0}, already in {1}").format(listing(also), dataset)
        if too_few:  # said, so that a class drawn only a few times earlier is not thought learnt
            message += translate("teach", " · left out, too few drawings: {0}").format(listing(too_few))
        if unknown:  # drawn for another model's rounds: added only when typed (walk 158)
            message += translate("teach", " · not added: {0} (type them to teach them too)").format(listing(unknown))
        window.statusBar().showMessage(message)
        # "Done ✔" beside the pad while it learns read as if it were done learning.
        # "Learning…" stood without a figure while the data and the training process got ready (a walk)
        window.collect_bar.show_outcome(translate("teach", "Learning… getting ready"), room_for=fmt(
            translate("teach", "Learning… {0:.0%} · {1} left at most"), 1.0, format_duration(599)))
        self._hold_collecting(True)

    def _hold_collecting(self, hold: bool) -> None:
        """No new collection while a round learns (see CollectBar.hold_start): the collect bar's button stops the
        round instead."""
        self.stopping, self._countdown = False, Countdown()
        self.window.collect_bar.hold_start(
            translate("teach", "Stop learning: the drawings stay in their dataset; a new collection can start when "
                               "the learning is done") if hold else "", self._stop_learning if hold else None)

    def _stop_learning(self) -> None:
        self.stopping = True
        self.window.train_area.stop()
        self.window.collect_bar.show_outcome(translate("teach", "Stopping…"))

    def _progress(self, event) -> None:
        """How far the round is, beside the pad: "Learning…" alone for 1 min 46 s (onto Latin) read as stuck, and the
        progress was on the Train tab only. The time left is at most that: the round ends once it stops improving,
        and "27 % · 1:25 left" ended seconds later (a walk)."""
        if self.active and not self.stopping and event.saving:
            # Nothing left to stop, as on the Train tab: a Stop pressed now ended in "Learnt ✔" (a walk)
            self.window.collect_bar.start_button.setEnabled(False)
            self.window.collect_bar.show_outcome(translate("teach", "Learning… saving the new model"))
            return
        if not self.active or self.stopping or event.kind not in ("batch", "epoch") or not event.epochs:
            return  # (stopping: "Stopping…" stays, not a late batch's "Learning… 40 %")
        done = (event.epoch - 1 + (event.batch / event.batches if event.kind == "batch" and event.batches else 1.0))
        done = min(done / event.epochs, 1.0)
        if event.eta_s is None:  # not known before the first epoch's end (its validation is most of a small round)
            self.window.collect_bar.show_outcome(fmt(translate("teach", "Learning… {0:.0%}"), done))
        else:
            self.window.collect_bar.show_outcome(fmt(translate("teach", "Learning… {0:.0%} · {1} left at most"), done,
                                                     format_duration(self._countdown.left(event.eta_s))))

    def _others(self, dataset: str, labels: list, base_path: str | None) -> tuple[list[str], list[str], list[str]]:
        """The dataset's other classes as a round onto ``base_path`` (None: a model of one's own) takes them
        (:func:`~guiapp.core.training.session.round_parts`)."""
        from guiapp.core.training.session import round_parts

        bar = self.window.collect_bar
        return round_parts(dataset, bar.counts if bar.dataset_name() == dataset else {}, labels, base_path)

    def _learnt_text(self) -> str:
        if self.alone:
            return translate("teach", "Learnt: the pad now uses a model of only your characters")
        return (translate("teach", "Learnt: the pad now reads your way of writing them") if self.none_new
                else translate("teach", "Learnt: the pad now recognizes the new characters too"))

    def _stopped(self) -> None:
        stopped_round(self)

    def _collection_started(self) -> None:
        resume_round(self)

    def _model_changed(self, path: str) -> None:
        """Another model on the pad: the round's "Learnt ✔" and its classes no longer describe it (a walk drew a
        star on a digits model beside "Learnt ✔ · Classes: star, heart, spiral" and got 4), so the row closes."""
        bar = self.window.collect_bar
        if self._kept is not None:  # "not in use" no longer says which: the round's model picked, or another
            model, outcome, said = self._kept
            self._kept = None
            if path == model:
                self._learnt_model = model
                bar.show_outcome(outcome, said)
                # not "the pad keeps Latin" beside the model just picked (a walk)
                self.window.statusBar().showMessage(said, OUTCOME_MS)
                return
            self._learnt_model = ""  # (another model: the row closes below)
        if self._learnt_model is not None and path != self._learnt_model:
            self._learnt_model = None
            if not bar.collecting() and not self.active:
                bar.collect_button.setChecked(False)

    def _failed(self, message: str) -> None:
        if self.active:
            self.active = False
            self._hold_collecting(False)
            self.window.collect_bar.show_outcome()  # the collection's "Done ✔" read as if the round had succeeded
            # A dialog, not the status line: the reason is long (which class needs how many more) and was cut off.
            box = QMessageBox(QMessageBox.Icon.Warning, translate("teach", "Teaching failed"),
                              translate("teach", "Teaching failed: {0}").format(message), parent=self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.window.statusBar().showMessage(translate("teach", "Teaching failed: {0}").format(message), 10000)

    def _trained(self, result) -> None:
        if not self.active:
            return
        stopped = self.stopping
        self.active = False
        self._hold_collecting(False)
        window = self.window
        if result.model_path is not None and result.stopped.finished:
            # A model the person chose while the round learnt stays on the pad: it was swapped for the taught one
            # unasked (a walk), so the new model is named instead, to be picked from the list.
            chosen = window.current_model_path()
            kept = chosen is not None and self.base_path is not None and chosen != self.base_path
            if kept:
                window.offer_model(str(result.model_path))
                # Short: the new model's whole name, in the tooltip, was cut off at 1024 px (a walk)
                said = translate("teach", "Learnt: the new model is in the model list; the pad keeps {0}").format(
                    model_display_name(chosen))
            else:
                self._learnt_model = str(result.model_path)
                window.use_model(str(result.model_path))
                # Kept until something else is said (8 seconds went by unseen while the person was on another tab).
                said = (translate("teach", "Fine-tuned: the pad now uses the fine-tuned model") if self.practising
                        else self._learnt_text())
            kept_said = said  # (the figures follow it)
            if stopped:  # Stop came as it was saving: "Learnt ✔" after Stop read as a mistake (a walk)
                said = translate("teach", "It had finished before Stop took effect. {0}").format(said)
            # What the round cost the characters it knew (Latin's held-out letters 83 % → 79 %): said only on the
            # Train tab's Personalize page before, which a person teaching from the pad never opens.
            before, after = (result.personal.get(f"{when}_original_held_out") for when in ("before", "after"))
            # How it reads the person's own drawings it did not learn from: only the run's test accuracy, on digits
            # and drawings mixed, was said, and a hobbyist read its 94.7 % as their symbols' (a walk)
            mine = result.personal.get("after_held_out")
            mine = tuple(mine) if mine and mine[1] and not self.practising else None
            if mine:
                said += fmt(translate("teach", " · your held-out drawings: {0} of {1} read right"), *mine)
            cost = None
            if before and after and before[1] and after[1]:
                cost = what_it_cost(before, after)
                said += translate("teach", " · the characters it knew: {0} → {1} on held-out samples").format(*cost)
            # Beside the pad as well: the status line's next message took it away (a fresh-eyes walk), and it was
            # cut at 1024 px, so the drawings' figure was seen nowhere (another)
            if kept:  # its own outcome and line once it is picked (see _model_changed)
                picked = self._learnt_text()
                self._kept = (str(result.model_path), learnt_outcome(mine, cost), picked + said[len(kept_said):])
            window.collect_bar.show_outcome(translate("teach", "Learnt ✔ · not in use: the pad keeps your choice")
                                            if kept else learnt_outcome(mine, cost), said)
            window.statusBar().showMessage(said, OUTCOME_MS)
        elif stopped:  # by the collect bar's Stop
            window.collect_bar.show_outcome(translate("teach", "Stopped"))
            # How to learn from them later: Start on the collect bar collects new drawings, it does not learn (a walk)
            window.statusBar().showMessage(translate("teach", "Learning stopped: the pad keeps its model; the drawings "
                                                              "are kept in {0}: Teach… {1} again learns from them").format(
                self._dataset, listing(self._taught)), OUTCOME_MS)
        else:
            window.collect_bar.show_outcome()
            window.statusBar().showMessage(translate("teach", "Teaching ended without a new model: {0}").format(localise(result.message)), 8000)


__all__ = ["TEACH_SAMPLES", "Teacher", "learnt_outcome", "what_it_cost"]
