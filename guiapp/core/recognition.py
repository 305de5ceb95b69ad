"""Live recognition: a drawing, bitmap or image → the model's top-k classes, fast enough to run on every stroke.

One path for the data: a :class:`~guiapp.core.strokes.Drawing` is rasterised with the same renderer the user
store uses (``rasterise``, square, the canvas centred), then every input goes through the model file's own
:class:`~guiapp.core.preprocess.PreprocessSpec`. :meth:`Recognizer.preprocess` returns exactly the array that is
fed to the network (the GUI shows it as "what the model sees").

Runtimes. A model file with a converted form (LiteRT, see :mod:`guiapp.core.inference`) is run by it and TensorFlow
is never imported (``self.runtime == "litert"``); everything else runs on TensorFlow through compiled functions
(:mod:`guiapp.core.inference.keras_path`: its speed, and how logits become probabilities).

Threads. TensorFlow is imported lazily (3-4 s). The GUI calls :meth:`Recognizer.predict` from one worker thread
at a time; calls from several threads are safe (an internal lock serialises inference) but not parallel.
"""

from __future__ import annotations

import os
import threading
import time
from functools import cached_property
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image

from guiapp.core import kana_marks, kana_size, letter_case, mark_reader, side_by_side
from guiapp.core.inference.keras_path import KerasPath
from guiapp.core.modelfile import LoadedModel
from guiapp.core.coverage import SOURCE_INKS, to_coverage
from guiapp.core.preprocess import PreprocessSpec
from guiapp.core.strokes import (PEN_WIDTH_FRACTION, Drawing, Stroke, ink_pen_width, may_be_a_dot, pen_width_for,
                                  rasterise)
from guiapp.core.text import Text

MIN_RENDER_SIZE = 128  # drawings are rasterised at max(2 × the model's input side, this) (user store: 128)
RUNTIMES = ("auto", "litert", "tensorflow")
# A kana read again without its mark counts where at least this share of that reading is kana the mark goes on.
MARKED_BASE_MIN = 0.5


class RecognitionError(ValueError):
    """The model cannot be used for recognition as it is (labels or input shape do not match the network)."""


@dataclass
class Prediction:
    """Everything one :meth:`Recognizer.recognize` call produced (the GUI shows all of it)."""

    top: list[tuple[str, float]]  # (label, probability), most probable first
    probabilities: np.ndarray  # (K,) over all classes, in model-label order; sums to ~1
    model_input: np.ndarray  # (H, W, C) float32: what the network saw
    latency_ms: float  # preprocessing + inference + top-k
    # False when there is no character to read: an image without any ink, or a lone dot on the pad (for a model
    # that knows no punctuation); the answers are then the model's guess at next to nothing.
    found_ink: bool = True
    # More than 1: it looks like that many characters side by side, which the model read as one (core.side_by_side);
    # ``parts``: each of them read on its own, left to right, where each could be
    side_by_side: int = 1
    parts: tuple[str, ...] = ()


class Recognizer(KerasPath):
    """A loaded model, ready to recognize single drawings fast and batches efficiently.

    ``source`` is a model file path (loaded with :func:`guiapp.core.modelfile.load_model`) or a
    :class:`~guiapp.core.modelfile.LoadedModel`. ``warm_up=False`` defers compiling to the first call (or an
    explicit :meth:`warm_up`, e.g. in a worker thread). ``jit_compile``: ``"auto"`` (try XLA for the single-image
    path, fall back to a plain graph if the model does not compile), ``True`` (XLA, errors propagate) or
    ``False``. ``runtime``: ``"auto"`` runs a model file on its converted form (inside the file or cached, see
    :mod:`guiapp.core.inference`) when there is one, without importing TensorFlow, else on TensorFlow;
    ``"litert"`` insists on the converted form; ``"tensorflow"`` never uses it. ``self.runtime`` says which ran.
    """

    def __init__(self, source, *, warm_up: bool = True, jit_compile: bool | str = "auto",
                 runtime: str = "auto") -> None:
        if runtime not in RUNTIMES:
            raise ValueError(f"runtime must be one of {RUNTIMES}, got {runtime!r}")
        if jit_compile not in ("auto", True, False):
            raise ValueError(f"jit_compile must be 'auto', True or False, got {jit_compile!r}")
        self.jit_compile = jit_compile
        self.last_latency_ms: float | None = None
        self.compiled_with_xla = False
        self._lock = threading.RLock()
        self._single = None  # concrete function (1, H, W, C) float32 → (1, K) probabilities
        self._batch = None  # concrete function (None, H, W, C) float32 → (None, K) probabilities
        self.light = None  # guiapp.core.inference.LiteModel when the converted form serves recognition
        from guiapp.core.inference.store import light_form_for

        form = light_form_for(source, runtime, RecognitionError)
        if form is not None:
            self._init_light(form)
            if warm_up:
                self.mark_reader  # loaded now, not on the first stroke
            return
        if isinstance(source, LoadedModel):
            loaded = source
        elif isinstance(source, (str, os.PathLike)):
            from guiapp.core.modelfile import load_model

            loaded = load_model(source)
        else:
            raise TypeError(f"a Recognizer needs a model file path or a LoadedModel, got {type(source).__name__}")
        self.runtime = "tensorflow"
        self.loaded = loaded
        self.model = loaded.model
        self.labels: list[str] = [str(label) for label in loaded.labels]
        self.spec: PreprocessSpec = loaded.spec
        self._reshape_to = self._check_input_shape()
        self._check_output_size()
        self.outputs_probabilities: bool = self._detect_probabilities()
        if warm_up:
            self.warm_up()
            self.mark_reader  # loaded now, not on the first stroke

    # -- the light runtime (no TensorFlow) --------------------------------------------------------------------------
    def _init_light(self, form) -> None:
        from guiapp.core.inference.litert import LightModelError, LiteModel

        self.runtime = "litert"
        self.loaded = LoadedModel(model=None, labels=list(form.labels), spec=form.spec, metadata=dict(form.metadata),
                                  path=form.path)
        self.model = None  # no Keras model: TensorFlow is never imported on this path
        self.labels = [str(label) for label in form.labels]
        self.spec = form.spec
        self._reshape_to = None  # the converted form takes (H, W, C) images and returns probabilities
        self.outputs_probabilities = True
        try:
            self.light = LiteModel(form.content, self.spec.input_shape, len(self.labels))
        except LightModelError as exc:
            raise RecognitionError(Text("{0}: {1}", form.path or Text("model"),
                                         exc.args[0] if len(exc.args) == 1 else str(exc))) from None

    def __repr__(self) -> str:
        path = f" from {self.loaded.path}" if self.loaded.path else ""
        return f"<Recognizer {len(self.labels)} classes, input {self.spec.height}×{self.spec.width}×{self.spec.channels}{path}>"

    @property
    def num_classes(self) -> int:
        return len(self.labels)

    # -- input → model input --------------------------------------------------------------------------------------
    def render_size(self) -> int:
        """Side of the square bitmap a drawing is rasterised to before preprocessing."""
        return max(2 * max(self.spec.height, self.spec.width), MIN_RENDER_SIZE)

    def rasterise(self, x, pen_width: float | None = None, canvas: tuple[float, float] | None = None) -> np.ndarray:
        """A Drawing or a list of Strokes → uint8 coverage bitmap (255 = ink) at :meth:`render_size`.

        ``pen_width`` is in canvas units (default ``PEN_WIDTH_FRACTION`` × the canvas' larger side). Strokes need
        ``canvas`` (width, height) to keep their drawn size and place; without it their ink box is used.
        """
        if isinstance(x, Drawing):
            drawing = x
        else:
            strokes = list(x)
            if canvas is None:
                box = None
                if pen_width is None:
                    points = np.concatenate([s.points for s in strokes]) if strokes else np.zeros((1, 2))
                    side = float((points.max(0) - points.min(0)).max())
                    pen_width = PEN_WIDTH_FRACTION * max(side, 1.0)
                return rasterise(strokes, self.render_size(), float(pen_width), box)
            drawing = Drawing(strokes, float(canvas[0]), float(canvas[1]))
        return rasterise(drawing, self.render_size(), ink_pen_width(drawing, pen_width))

    def preprocess(self, x, source_ink: str | None = None, *, pen_width: float | None = None,
                   canvas: tuple[float, float] | None = None) -> np.ndarray:
        """Exactly the model input :meth:`predict` feeds for ``x``: float32 (H, W, C) (the batch axis is added).

        ``x``: a Drawing or list of Strokes (rasterised, then taken as ink coverage); a 2-D array or (H, W, 1)
        array (a coverage bitmap, 0 paper … 255 or 1.0 ink: ``source_ink="light"``); a PIL image or an (H, W, 3|4)
        image array (polarity unknown: ``"auto"`` decides from the border). ``source_ink`` overrides the default.
        """
        return self.spec.apply(*self._source_bitmap(x, source_ink, pen_width, canvas))

    def _source_bitmap(self, x, source_ink, pen_width, canvas):
        """(bitmap or image, its ink) for :meth:`preprocess`: drawings rasterised, polarity defaults by kind."""
        if source_ink is not None and source_ink not in SOURCE_INKS:
            raise ValueError(f"source_ink must be one of {SOURCE_INKS}, got {source_ink!r}")
        if isinstance(x, Drawing) or _is_stroke_list(x):
            bitmap, default_ink = self.rasterise(x, pen_width, canvas), "light"
        elif isinstance(x, Image.Image):
            bitmap, default_ink = x, "auto"
        else:
            bitmap = np.asarray(x)
            if bitmap.ndim == 3 and bitmap.shape[2] == 1:
                bitmap = bitmap[..., 0]
            if bitmap.ndim == 2:
                default_ink = "light"
            elif bitmap.ndim == 3 and bitmap.shape[2] in (3, 4):
                default_ink = "auto"
            else:
                raise ValueError(f"expected a drawing, strokes, a bitmap or an image, got an array of shape {bitmap.shape}")
        return bitmap, source_ink or default_ink

    def preprocess_batch(self, images, source_ink: str | None = None) -> np.ndarray:
        """Many inputs → (N, H, W, C) float32, each exactly as :meth:`preprocess` would make it.

        ``images``: an (N, H, W) or (N, H, W, 1) coverage array (``"light"`` unless told), an (N, H, W, 3|4) image
        array, or a sequence of anything :meth:`preprocess` takes.
        """
        if isinstance(images, np.ndarray):
            if images.ndim == 4 and images.shape[3] == 1:
                images = images[..., 0]
            if images.ndim == 3:
                return self.spec.apply_batch(images, source_ink or "light")
        out = np.empty((len(images), *self.spec.input_shape), np.float32)
        for i, image in enumerate(images):
            out[i] = self.preprocess(image, source_ink)
        return out

    # -- inference ----------------------------------------------------------------------------------------------
    def infer_one(self, model_input: np.ndarray) -> np.ndarray:
        """One model input (H, W, C) float32 → (K,) probabilities through the compiled single-image function."""
        if self.light is not None:
            return self.light.run_one(model_input)
        import tensorflow as tf

        if self._single is None:
            self.warm_up()
        x = tf.constant(np.ascontiguousarray(model_input, np.float32)[None])
        with self._lock:
            return self._single(x).numpy()[0]

    def infer(self, inputs: np.ndarray, batch_size: int = 256) -> np.ndarray:
        """Model inputs (N, H, W, C) float32 (from :meth:`preprocess_batch` or ``spec.apply_batch``) → (N, K)
        probabilities, ``batch_size`` at a time through the compiled batch function."""
        inputs = np.asarray(inputs, np.float32)
        if inputs.shape[1:] != self.spec.input_shape:
            raise ValueError(f"model inputs must be (N, {', '.join(map(str, self.spec.input_shape))}), got {inputs.shape}")
        if batch_size < 1:
            raise ValueError(f"batch size must be ≥ 1, got {batch_size}")
        out = np.empty((len(inputs), len(self.labels)), np.float32)
        if len(inputs) == 0:
            return out
        if self.light is not None:
            for start in range(0, len(inputs), batch_size):
                chunk = inputs[start : start + batch_size]
                out[start : start + len(chunk)] = self.light.run(chunk)
            return out
        import tensorflow as tf

        function = self._batch_function()
        for start in range(0, len(inputs), batch_size):
            chunk = tf.constant(np.ascontiguousarray(inputs[start : start + batch_size]))
            with self._lock:
                out[start : start + len(chunk)] = function(chunk).numpy()
        return out

    def probabilities(self, images, batch_size: int = 256, source_ink: str | None = None) -> np.ndarray:
        """Many inputs (as :meth:`preprocess_batch` takes them) → (N, K) float32 probabilities in label order.
        Preprocessed and run ``batch_size`` at a time, so memory stays bounded for any N."""
        if batch_size < 1:
            raise ValueError(f"batch size must be ≥ 1, got {batch_size}")
        n = len(images)
        out = np.empty((n, len(self.labels)), np.float32)
        for start in range(0, n, batch_size):
            chunk = images[start : start + batch_size]
            out[start : start + len(chunk)] = self.infer(self.preprocess_batch(chunk, source_ink), batch_size)
        return out

    def predict_batch(self, images, top: int | None = 5, batch_size: int = 256,
                      source_ink: str | None = None) -> list[list[tuple[str, float]]]:
        """Many inputs → one top-k list per input (each as :meth:`predict` would return it)."""
        probabilities = self.probabilities(images, batch_size, source_ink)
        return [self.top(p, top) for p in probabilities]

    def recognize(self, x, top: int | None = 5, source_ink: str | None = None, *, pen_width: float | None = None,
                  canvas: tuple[float, float] | None = None,
                  size_reference: kana_size.Reference | None = None, read_parts: bool = True) -> Prediction:
        """One input → :class:`Prediction` (top-k, all probabilities, the model input, the latency).
        ``size_reference``: the writer's scale from the kana written before (write line), for small kana;
        ``read_parts``: several characters side by side are read one by one too (``Prediction.parts``)."""
        start = time.perf_counter()
        found_ink = True
        drawn_on_pad = isinstance(x, Drawing) or (canvas is not None and _is_stroke_list(x))
        if drawn_on_pad:
            drawing = x if isinstance(x, Drawing) else Drawing(list(x), float(canvas[0]), float(canvas[1]))
            found_ink = self._reads_dots or not drawing.is_dot(pen_width_for(drawing, pen_width))
        if drawn_on_pad and letter_case.uses_guide(self.labels, self.spec):
            # The case of same-shape letters is in where the ink sits on the pad's guide lines.
            bitmap = self.rasterise(x, pen_width, canvas)
            model_input = self.spec.apply(bitmap, source_ink or "light")
            probabilities = letter_case.by_drawn_size(self.infer_one(model_input), self.labels,
                                                      letter_case.ink_top(bitmap))
            coverage = bitmap
        else:
            coverage = to_coverage(*self._source_bitmap(x, source_ink, pen_width, canvas))
            window = self.spec.fit_window(coverage)
            found_ink = found_ink and window is not None
            model_input = self.spec.apply_coverage(coverage, window)
            probabilities = self.infer_one(model_input)
            if not drawn_on_pad:
                if self._reads_kana_size:
                    # An image has no pad to measure a kana's size against, and a fitted small kana looks like its
                    # large one (the model's split is a coin toss): the pair goes to the large kana, far the
                    # commoner; the small one stays a click away under "Also:".
                    probabilities = kana_size.as_large(probabilities, self.labels)
                if self.mark_reader is not None:
                    # An image's ゛ and ゜ read again at a finer scale (a stroke's head or hook is not a mark to it).
                    # On the pad the strokes tell marks apart (below) as well, without the reader's ~0.25 ms.
                    probabilities = self.mark_reader.apply(probabilities, coverage,
                                                           self.spec.carry_window(window, self.mark_reader.spec))
            elif self._reads_marks or self._reads_kana_size:
                # A sound mark is separate strokes: without them no marked kana was written (before the size rule,
                # so that ガ read from a small ヵ's hook goes to カ, then to ヵ by its size).
                if self._reads_marks:
                    probabilities = self._read_without_mark(probabilities, drawing, pen_width)
                    probabilities = kana_marks.by_drawn_marks(probabilities, self.labels, drawing)
                if self._reads_kana_size:
                    # Small and large kana are one shape: the size is in how large and where it sits on the pad.
                    probabilities = kana_size.by_drawn_size(probabilities, self.labels,
                                                            kana_size.drawing_box(drawing), size_reference)
        result = self.top(probabilities, top)
        # a drawing measured along its strokes' middles: the pad's thick pen closed the gap of "42" written close
        ink = side_by_side.centre_lines(drawing, self.render_size()) if drawn_on_pad else coverage
        beside = side_by_side.characters_side_by_side(ink, str(result[0][0]) if result else None, drawn_on_pad)
        parts = (self._read_parts(coverage, side_by_side.columns_to_read(ink, drawn_on_pad))
                 if beside > 1 and read_parts else ())
        latency = (time.perf_counter() - start) * 1000.0
        self.last_latency_ms = latency
        return Prediction(result, probabilities, model_input, latency, found_ink, beside, parts)

    def _read_without_mark(self, probabilities: np.ndarray, drawing: Drawing, pen_width: float | None) -> np.ndarray:
        """A kana drawn with its sound mark where the models saw none, read again: the kana without the mark's
        strokes, given the mark (て + ゛ → で), beside the model's reading of the whole. で written with its ゛ in
        the top right corner, as on other kana, read as ず, て or ぞ, never で (walk 154: the synthesised で, like
        KanjiVG's, has its mark under the bar); without the mark it read as て 99.7 %. Only where the pad's strokes
        show the mark apart (kana_marks.mark_strokes), and where the kana under it is one that takes that mark."""
        kind, strokes = kana_marks.mark_strokes(drawing)
        if not kind:
            return probabilities
        base = self.infer_one(self.preprocess(kana_marks.without_strokes(drawing, strokes), pen_width=pen_width))
        marked = kana_marks.with_mark(base, self.labels, kind)
        if marked.sum() < MARKED_BASE_MIN:
            return probabilities
        mixed = probabilities + marked
        return mixed / mixed.sum()

    def _read_parts(self, coverage: np.ndarray, columns: list[tuple[int, int]]) -> tuple[str, ...]:
        """Each character side by side in ``coverage`` read on its own (its ``columns``, every row), left to right,
        as an image is read (written "42" in one go: "4" and "2"); none where they cannot all be read."""
        answers = []
        for start, end in columns:
            answer = self.recognize(np.asarray(coverage)[:, start:end], top=1, source_ink="light", read_parts=False)
            if not answer.found_ink or not answer.top:
                return ()
            answers.append(str(answer.top[0][0]))
        return tuple(answers)

    # Which pad rules this model's labels call for, worked out once: scanning a kanji model's 2,136 labels for them
    # on every live recognition cost ~0.25 ms of a ~1 ms call.
    @cached_property
    def _reads_marks(self) -> bool:
        return bool(kana_marks.mark_pairs(self.labels))

    @cached_property
    def mark_reader(self) -> "mark_reader.MarkReader | None":
        """The kana model's sound-mark reader (inside its file: :mod:`guiapp.core.mark_reader`), or None."""
        return mark_reader.load(self.loaded.path, self.labels) if self._reads_marks else None

    @cached_property
    def _reads_dots(self) -> bool:
        """Whether a lone dot can be one of this model's characters (a label that is punctuation: . ・ 、)."""
        return any(may_be_a_dot(label) for label in self.labels)

    @cached_property
    def _reads_kana_size(self) -> bool:
        return kana_size.uses_size(self.labels, self.spec)

    def predict(self, x, top: int | None = 5, source_ink: str | None = None, *, pen_width: float | None = None,
                canvas: tuple[float, float] | None = None) -> list[tuple[str, float]]:
        """One drawing / strokes / bitmap / image → [(label, probability), ...], the ``top`` most probable first
        (``None``: all classes). Sets ``last_latency_ms`` (preprocessing + inference)."""
        return self.recognize(x, top, source_ink, pen_width=pen_width, canvas=canvas).top

    def top(self, probabilities: np.ndarray, top: int | None = 5) -> list[tuple[str, float]]:
        """(K,) probabilities → the ``top`` (label, probability) pairs, descending (ties: label order)."""
        if top is None:
            top = len(self.labels)
        if not isinstance(top, (int, np.integer)) or top < 1:
            raise ValueError(f"top must be a positive integer or None, got {top!r}")
        order = np.argsort(-np.asarray(probabilities), kind="stable")[: int(top)]
        return [(self.labels[i], float(probabilities[i])) for i in order]


def _is_stroke_list(x) -> bool:
    return isinstance(x, (list, tuple)) and all(isinstance(s, Stroke) for s in x)


def coverage_to_model_input(spec: PreprocessSpec, coverage: np.ndarray) -> np.ndarray:
    """(N, H, W) coverage already at the spec's size (uint8 0..255 or float 0..1) → (N, H, W, C) model input
    WITHOUT fitting again: the conversion the training pipeline applies to samples made for the spec (polarity,
    value range, channels only). Equals ``spec.apply_batch(coverage, "light")`` for ``fit="resize"`` specs."""
    coverage = np.asarray(coverage)
    if coverage.ndim != 3 or coverage.shape[1:] != (spec.height, spec.width):
        raise ValueError(f"expected (N, {spec.height}, {spec.width}) coverage, got {coverage.shape}")
    return replace(spec, fit="resize").apply_batch(coverage, source_ink="light")


__all__ = ["Prediction", "RecognitionError", "Recognizer", "coverage_to_model_input", "PEN_WIDTH_FRACTION",
           "MIN_RENDER_SIZE"]

