"""The Recognize tab's live answers: a recognition asked for the pad's ink (or image) after every stroke and, throttled,
while a stroke is drawn; the answer shown with what Enter does now, or why there is none. The inference worker only
ever runs the newest request, so the pad never waits; answers carry the generation of the input they belong to, and
an answer for input cleared since is dropped. A mixin of :class:`~guiapp.qt.recognize.panel.RecognizePanel`, which
owns the widgets, the worker and the generation counters."""

from __future__ import annotations

from guiapp.qt.i18n import fmt, translate
from guiapp.qt.recognize.inference import RecognitionJob


class LiveAnswersMixin:
    _loading = ""  # the model being loaded to take over, by name: a drawing's answer waits for it

    def model_loading(self, name: str) -> None:
        """``name``: a model is loading to take over from the one in use, and a drawing made meanwhile is read once
        it is ready (it got no answer for ~10 s, nothing said on the pad: walk 156); "": the load failed, the model
        in use reads it."""
        self._loading = name
        if not self.pad.is_empty():
            self.request_recognition()
    def _on_drawing_changed(self) -> None:
        self._live_timer.stop()
        self.request_recognition()

    def _on_ink_moved(self) -> None:
        if not self._live_timer.isActive():
            self._live_timer.start()

    def current_source(self, include_current: bool = False):
        image = self.pad.image_source()  # the PIL image shown instead of ink (gone once drawn over; back on undo)
        if image is not None:
            return image
        return self.pad.drawing(include_current=include_current)

    def request_recognition(self, include_current: bool = False) -> None:
        self._generation += 1
        if self._unanswered == self._generation - 1:  # new ink: Write is ready again until it is read
            self.update_stroke_actions()
        source = self.current_source(include_current)
        empty = getattr(source, "strokes", None) == []
        if empty:
            self._show_no_answer(translate("recognize", "Draw a character on the pad.") if self.recognizer is not None
                                 else self.predictions.headline.text())
            return
        if self.recognizer is None or self.worker is None:
            return
        if self._loading:
            self._show_no_answer(translate("recognize", "Loading {0}… this drawing is read as soon as it is "
                                                        "ready.").format(self._loading))
            return
        self.worker.submit(RecognitionJob(self.recognizer, source, self._generation, self.pad.pen_width(),
                                          top=self.predictions.top_k(), size_reference=self._size_reference))

    def on_recognized(self, generation: int, prediction) -> None:
        if generation < self._first_valid or (generation != self._generation and self.pad.is_empty()):
            return  # asked of another model, or the pad was cleared since
        if not prediction.found_ink:  # a blank image or a lone dot: the model's answers would be a guess
            self._show_no_answer(translate("recognize", "No character found in this image: it has no ink.")
                                 if self.pad.image() is not None else
                                 translate("recognize", "A dot alone is too small to read: draw the character."))
            self._unanswered = generation
            self.update_stroke_actions()
            return
        self.prediction = prediction
        self._show_enter_note()
        self._update_enter_mode()
        value_range = self.recognizer.spec.value_range if self.recognizer is not None else "0..1"
        self.model_view.set_input(prediction.model_input, value_range)
        self.latency.setText(fmt(translate("recognize", "Latency: {0:.1f} ms"), prediction.latency_ms))
        self.predictionShown.emit(prediction)
        # The saliency of this answer, after it is on screen and in its own worker: recognition never waits.
        self.saliency.request(self.recognizer, self.current_source(include_current=True), self.pad.pen_width(),
                              prediction.top[0][0] if prediction.top else None)

    def _show_enter_note(self, *_args) -> None:
        """The answer shown, with what Enter does now: a label typed after the drawing still read "Enter adds the
        drawing … as ♀" under ☉ until the next stroke (a walk)."""
        if self.prediction is not None:
            from guiapp.core.scribble import looks_scribbled

            top = self.prediction.top
            image = self.pad.image() is not None
            scribbled = bool(top) and not image and looks_scribbled(self.pad.drawing(), str(top[0][0]),
                                                                   self._own_form_of(str(top[0][0])))
            self.predictions.show_prediction(top, self.collect_bar.enter_note(), image=image,
                                             strokes=self.pad.stroke_count(), scribbled=scribbled,
                                             side_by_side=self.prediction.side_by_side,
                                             parts=self.prediction.parts)

    _own_forms: dict | None = None  # {(model file, class, dataset drawn into): measures of the person's drawings}

    def _own_form_of(self, label: str):
        """The :func:`~guiapp.core.scribble.form_measures` of the person's own drawings of ``label``, where it has
        no template (a symbol of one's own: see core.own_forms), read once until a dataset changes (some 60 ms for a
        dataset of 300 drawings); None for a character with templates, or none drawn."""
        from guiapp.core.own_forms import own_datasets, own_forms
        from guiapp.core.scribble import form_measures, template_forms
        from guiapp.qt.datasets.events import dataset_events

        if (len(label) == 1 and template_forms(label)) or self.recognizer is None:
            return None
        if self._own_forms is None:
            self._own_forms = {}
            dataset_events().changed.connect(self._forget_own_forms)  # (added, deleted, relabelled: read again)
        key = (str(self.recognizer.loaded.path), label, self.collect_bar.dataset_name())
        if key not in self._own_forms:
            self._own_forms[key] = form_measures(own_forms(own_datasets(self.recognizer.loaded.metadata, key[2]),
                                                           label))
        return self._own_forms[key]

    def _forget_own_forms(self, *_args) -> None:
        if self._own_forms is not None:
            self._own_forms.clear()

    def _show_no_answer(self, message: str) -> None:
        """Nothing to recognize (an empty pad, a blank image): no answer, no input, no map; ``message`` says why."""
        self.prediction = None
        self.saliency.clear()
        self.model_view.set_input(None)
        self.latency.setText("")
        self.predictions.show_message(message)

    def on_recognition_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self.predictions.show_message(translate("recognize", "Cannot recognize this: {0}").format(message))
